package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * A need the user typed is never dropped without a word: when the module answering it is past the limit, the
 * result says at which rank (issue 12: the database of "web application with a database" was ninth on a library of
 * real modules, and nothing said so).
 */
class NeedsPastLimitTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");
    private static final List<String> USE_CASES = List.of("web application with a database",
            "static website with a cdn and a dns zone", "serverless api with a queue and a database",
            "vpc with a bastion host and a postgres database", "eks cluster with monitoring and alerting",
            "encrypted sqs queue with a lambda function and a dynamodb table");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(SAMPLE).noCache().open();
    }

    private static List<String> ids(List<Recommendation> rs) {
        return rs.stream().map(r -> r.module().id().value()).toList();
    }

    @Test
    void aTypedNeedsModulePastTheLimit_isNamedWithItsRank() {
        Recommend whole = library.recommend().forUseCase("serverless api with a queue and a database").limit(50);
        List<String> plan = ids(whole.run());
        Map<String, String> answered = whole.answeredNeeds();
        assertTrue(answered.size() >= 2, answered.toString());
        assertEquals(Map.of(), whole.needsPastLimit(), "nothing is past a limit the whole plan fits in");
        // The last answered need's module, cut by a limit just above the first module.
        String need = List.copyOf(answered.keySet()).get(answered.size() - 1);
        int rank = plan.indexOf(answered.get(need)) + 1;
        assertTrue(rank > 1, plan.toString());
        Recommend cut = library.recommend().forUseCase("serverless api with a queue and a database").limit(rank - 1);
        assertFalse(ids(cut.run()).contains(answered.get(need)));
        assertEquals(rank, cut.needsPastLimit().get(need), cut.needsPastLimit().toString());
        assertEquals(answered, cut.answeredNeeds(), "the whole plan is read, whatever the limit");
    }

    @Test
    void aNeedIsPastTheLimit_exactlyWhenItsModuleRanksBelowIt() {
        for (String useCase : USE_CASES) {
            Recommend whole = library.recommend().forUseCase(useCase).limit(50);
            List<String> plan = ids(whole.run());
            Map<String, String> answered = whole.answeredNeeds();
            answered.values().forEach(id -> assertTrue(plan.contains(id), useCase + ": " + id + " not in " + plan));
            qt().withExamples(12).forAll(Generate.range(1, Math.max(1, plan.size()))).checkAssert(limit -> {
                Recommend r = library.recommend().forUseCase(useCase).limit(limit);
                List<String> shown = ids(r.run());
                Map<String, Integer> expected = new LinkedHashMap<>();
                answered.forEach((need, id) -> {
                    if (!shown.contains(id)) {
                        expected.put(need, plan.indexOf(id) + 1);
                    }
                });
                assertEquals(expected, r.needsPastLimit(), useCase + " --limit " + limit);
            });
        }
    }

    @Test
    void aModuleHasNoAnsweredNeeds() {
        Recommend r = library.recommend().basedOn("vpc-standard").limit(1);
        r.run();
        assertEquals(Map.of(), r.answeredNeeds());
        assertEquals(Map.of(), r.needsPastLimit());
    }
}
