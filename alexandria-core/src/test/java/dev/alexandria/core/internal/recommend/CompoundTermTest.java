package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * A late step (another category, another match) adds a module for a word no module above answers; a matched term of
 * several words ({@code log_group}) is answered by one of its words that a module above answers.
 */
class CompoundTermTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");

    private static final Library sample = Alexandria.open(SAMPLE);

    @Test
    void centralizedLogging_getsNoNetworkForItsFlowLogsLogGroup() {
        List<Recommendation> rs = sample.recommend().forUseCase("centralized logging").run();
        assertTrue(rs.stream().anyMatch(r -> r.module().id().value().equals("cloudwatch-logs")), rs::toString);
        assertTrue(rs.stream().noneMatch(r -> r.evidence().stream().anyMatch(e -> e.contains("'log_group'"))),
                rs::toString);
    }

    @Test
    void aTermOfSeveralWords_isAnsweredByAnAnsweredWordOfIt_unlessTheModuleIsMadeForThatWord() {
        LibraryModule vpc = sample.requireModule("vpc-advanced");
        assertTrue(Recommender.partAnswered(vpc, "log_group", Set.of("logging"), Set.of("logging")));
        assertFalse(Recommender.partAnswered(vpc, "log_group", Set.of("queue"), Set.of("queue")));
        assertFalse(Recommender.partAnswered(vpc, "queue", Set.of("queue"), Set.of("queue"))); // one word
        // a logs module matched on its log_group is made for logs: still a module of its own
        LibraryModule logs = sample.requireModule("cloudwatch-logs");
        assertFalse(Recommender.partAnswered(logs, "log_group", Set.of("logging"), Set.of("logging")));
    }

    /** Answering more words never makes a term of several words unanswered again. */
    @Test
    void answeringMoreWords_neverUnanswersATerm() {
        List<String> words = List.of("log", "logging", "group", "queue", "stream", "streaming", "bucket", "key");
        qt().withExamples(500).forAll(SourceDSL.integers().between(0, words.size() - 1),
                SourceDSL.integers().between(0, words.size() - 1), SourceDSL.integers().between(0, 255))
                .checkAssert((a, b, mask) -> {
                    String term = words.get(a) + "_" + words.get(b);
                    Set<String> some = new java.util.HashSet<>();
                    for (int i = 0; i < words.size(); i++) {
                        if ((mask & (1 << i)) != 0) {
                            some.add(words.get(i));
                        }
                    }
                    Set<String> more = new java.util.HashSet<>(some);
                    more.add(words.get((a + b) % words.size()));
                    LibraryModule vpc = sample.requireModule("vpc-advanced");
                    if (Recommender.partAnswered(vpc, term, some, some)) {
                        assertTrue(Recommender.partAnswered(vpc, term, more, more), term + " " + more);
                    }
                });
    }
}
