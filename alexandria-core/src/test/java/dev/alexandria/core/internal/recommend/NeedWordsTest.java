package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A need is answered by what its words mean, not by a module that only uses them ({@code libraries/recommend-words}):
 * a word for a whole ("platform") finds no module that merely uses it, and a need whose implied kind a chosen
 * module makes gets no module of its own nor a runner-up.
 */
class NeedWordsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/libraries/recommend-words");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.open(FIXTURE);
    }

    @Test
    void wordForAWhole_findsNoModuleThatMerelyUsesIt() {
        // "S3 bucket for data platforms" shares "platform" with the use case, which names kubernetes.
        List<Recommendation> rs = library.recommend().forUseCase("microservices platform on kubernetes").run();
        assertEquals("k8s-cluster", rs.get(0).module().id().value(), rs.toString());
        assertTrue(rs.stream().flatMap(r -> r.evidence().stream())
                .noneMatch(e -> e.contains("for 'microservices platform'")), rs.toString());
        assertEquals("microservices", Recommender.withoutWholeWords("microservices platform"));
        assertEquals("kubernetes with add-ons", Recommender.withoutWholeWords("kubernetes platform with add-ons"));
        assertEquals("platform", Recommender.withoutWholeWords("platform"), "nothing else left: the text as is");
        assertEquals("platform-engineering team", Recommender.withoutWholeWords("platform-engineering team"));
    }

    @Test
    void needWhoseImpliedKindAChosenModuleMakes_getsNoModuleOfItsOwn() {
        // "sign up" implies the user pool chosen for "user login"; the ECS service only says "teams sign up".
        List<Recommendation> rs = library.recommend().forUseCase("user login and sign up").run();
        assertEquals("user-pool", rs.get(0).module().id().value(), rs.toString());
        assertTrue(rs.stream().flatMap(r -> r.evidence().stream()).noneMatch(e -> e.contains("for 'sign up'")),
                rs.toString()); // the category step's "matches 'sign up'" is another rule's
    }
}
