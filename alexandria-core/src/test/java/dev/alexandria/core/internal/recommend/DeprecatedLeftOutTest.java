package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.SearchResult;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan says what leaving deprecated modules out hid from the use case's search, as search does. */
class DeprecatedLeftOutTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");

    @Test
    void leftOut_namesTheDeprecatedModuleTheUseCaseMatches_unlessDeprecatedOnesAreIncluded() {
        Library library = Alexandria.builder().root(SAMPLE).noCache().open();
        Recommend r = library.recommend().forUseCase("mysql database");
        assertEquals(List.of(), r.leftOut(), "before a run");
        r.run();
        assertEquals(1, r.leftOut().size(), r.leftOut().toString());
        SearchResult.LeftOut l = r.leftOut().get(0);
        assertEquals(SearchResult.LeftOut.Condition.DEPRECATED, l.condition());
        assertEquals("rds-mysql-legacy", l.best().get(0).id().value());
        Recommend all = library.recommend().forUseCase("the and of").includeDeprecated();
        all.run();
        assertEquals(List.of(), all.leftOut());
        Recommend based = library.recommend().basedOn("rds-aurora");
        based.run();
        assertEquals(List.of(), based.leftOut());
    }

    @Test
    void withDeprecatedIncluded_theReplacementIsChosen_andTheDeprecatedModuleItReplacesIsLeftOutForIt() {
        Library library = Alexandria.builder().root(SAMPLE).noCache().open();
        Recommend r = library.recommend().forUseCase("mysql database").includeDeprecated();
        List<String> ids = r.run().stream().map(x -> x.module().id().value()).toList();
        assertEquals("rds-aurora", ids.get(0), ids.toString());
        assertFalse(ids.contains("rds-mysql-legacy"), ids.toString());
        assertEquals(1, r.leftOut().size(), r.leftOut().toString());
        assertEquals(SearchResult.LeftOut.Condition.DEPRECATED, r.leftOut().get(0).condition());
        assertEquals("rds-mysql-legacy", r.leftOut().get(0).best().get(0).id().value());
    }
}
