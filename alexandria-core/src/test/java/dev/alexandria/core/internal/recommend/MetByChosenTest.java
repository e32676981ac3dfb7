package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An implied need a chosen module makes is met by that module, never said to be made by no module of the library:
 * a state backend making its DynamoDB table "to lock the state" meets the "dynamodb lock table" that "terraform
 * state" implies, though no resource type holds the word "lock".
 */
class MetByChosenTest {

    private static final Path ROOT = Path.of("src/test/resources/libraries/recommend-met-by-chosen");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(ROOT).noCache().open();
    }

    @Test
    void anImpliedNeedAChosenModuleMakes_isMetByIt_notUncovered() {
        Recommend r = library.recommend().forUseCase("terraform state backend for all teams");
        List<Recommendation> rs = r.run();
        assertEquals("state-backend", rs.get(0).module().id().value());
        assertTrue(r.uncovered().stream().noneMatch(u -> u.contains("lock table")), r.uncovered().toString());
        assertTrue(rs.get(0).evidence().contains("meets a dynamodb lock table ('terraform state' implies it) itself:"
                + " makes aws_dynamodb_table"), rs.get(0).evidence().toString());
    }

    @Test
    void aTypeIsTheThingForAKind_onlyWhenTheModuleSaysTheWordsTheTypeLacks() {
        assertEquals(Optional.of("aws_dynamodb_table"),
                Makers.thingFor(library.requireModule("state-backend"), "dynamodb lock table"));
        // A table described without "lock" is no lock table, and a bucket is no table at all.
        assertFalse(Makers.thingFor(library.requireModule("dynamodb-table"), "dynamodb lock table").isPresent());
        assertFalse(Makers.thingFor(library.requireModule("state-backend"), "lock table for sessions").isPresent());
    }
}
