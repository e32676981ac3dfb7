package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.cli.Cli.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training's read command lines do what its Javadoc says they are there for: a line that fails (a misspelt
 * option, a module the sample does not have) or takes another path than meant would record nothing of the path it
 * stands for, and every later run of that path would generate its lambdas at run time again, silently.
 */
class StartupTrainingTest {

    /**
     * The read commands whose paths the training is for (the others, such as {@code diff}, depend on whether the
     * sample lies in a git work tree, and a failing run still loads the classes of its failure).
     */
    private static final Set<String> READ_COMMANDS = Set.of("browse", "info", "inspect", "search", "compare",
            "recommend");

    /** The line meant to fail, for the classes of a missing module. */
    private static final List<String> FAILING = List.of("info", "no-such-module");

    @TempDir
    Path temp;

    @Test
    void everyReadCommandLine_butTheOneMeantToFail_succeedsOnTheBundledSample() {
        List<String> failed = new ArrayList<>();
        for (List<String> line : StartupTraining.COMMANDS) {
            if (!READ_COMMANDS.contains(line.get(0))) {
                continue;
            }
            Result r = Cli.in(temp).run(line.toArray(String[]::new));
            if ((r.exitCode() == 0) == line.equals(FAILING)) {
                failed.add(line + " exited " + r.exitCode() + ": " + r.err());
            }
        }
        assertEquals(List.of(), failed);
    }

    @Test
    void useCases_takeTheRecommendersPaths_theTrainingNamesThemFor() {
        assertTrue(recommend("streaming data pipeline").contains("pattern matching the use case"), "a pattern matches");
        assertTrue(recommend("microservices on kubernetes").contains("'microservices' implies"), "implied modules");
        String best = recommend("postgres database");
        assertTrue(best.contains("best match for 'postgres database'") && best.contains("used together with"),
                "a best match and its companions");
        assertTrue(Cli.in(temp).run("recommend", "--for", "static website", "--output", "json").out()
                .contains("uncovered"), "words nothing makes");
        assertTrue(recommend("kubernetis clustr").contains("searched for 'kubernetes' (for 'kubernetis')"),
                "corrected words");
    }

    private String recommend(String useCase) {
        List<String> line = List.of("recommend", "--for", useCase);
        assertTrue(StartupTraining.COMMANDS.contains(line), line + " is not in the training");
        Result r = Cli.in(temp).run(line.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return r.out() + r.err();
    }
}
