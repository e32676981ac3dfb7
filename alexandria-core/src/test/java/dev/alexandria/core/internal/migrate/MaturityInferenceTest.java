package dev.alexandria.core.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.Inferred;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.Version;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maturity a plan proposes follows the version and the module's files: never a level whose file criteria
 * (README, examples, tests, as validate judges them) the module does not meet, unless the version allows no
 * other level, and then the plan says so for review.
 */
class MaturityInferenceTest {

    static final MaturityModel DEFAULTS = new MaturityModel(List.of(), List.of());

    @TempDir
    Path dir;

    final List<String> review = new ArrayList<>();

    private Inferred<MaturityLevel> of(String version) {
        return Planner.maturity(Inferred.of(Version.parse(version), 0.9, "a tag"), dir, DEFAULTS, review::add);
    }

    private void files(String... paths) {
        for (String p : paths) {
            MigrateFixtures.write(dir.resolve(p), p.endsWith(".tf") ? "module \"m\" {\n  source = \"../..\"\n}\n"
                    : "x\n");
        }
    }

    @Test
    void zeroX_withoutAlphasFiles_isExperimental() {
        files("main.tf");
        Inferred<MaturityLevel> level = of("0.4.1");
        assertEquals(MaturityLevel.EXPERIMENTAL, level.get());
        assertEquals("version 0.4.1 is 0.x: not stable yet; alpha needs a README.md, tests in tests/unit, which the "
                + "module lacks", level.evidence());
        assertEquals(List.of(), review);
    }

    @Test
    void zeroX_withAlphasFiles_isAlpha() {
        files("main.tf", "README.md", "tests/unit/main.tftest.hcl");
        assertEquals(MaturityLevel.ALPHA, of("0.4.1").get());
        assertEquals(List.of(), review);
    }

    @Test
    void aRelease_withStablesFiles_isStableWithoutReview() {
        files("main.tf", "README.md", "tests/unit/a.tftest.hcl", "tests/integration/b.tftest.hcl",
                "examples/complete/main.tf", "examples/minimal/main.tf");
        Inferred<MaturityLevel> level = of("1.2.0");
        assertEquals(MaturityLevel.STABLE, level.get());
        assertEquals("version 1.2.0 is a release >= 1.0.0", level.evidence());
        assertEquals(List.of(), review);
    }

    @Test
    void aRelease_withoutStablesFiles_staysStableAndSaysWhyForReview() {
        files("main.tf", "README.md", "examples/complete/main.tf");
        Inferred<MaturityLevel> level = of("1.2.0");
        assertEquals(MaturityLevel.STABLE, level.get(), "1.2.0 allows no active level below stable");
        assertEquals(0.3, level.confidence());
        assertEquals(List.of("maturity stable follows from version 1.2.0 (the only level below mature that allows "
                + "it), but stable needs 2 examples in examples/<name>/ (found 1: complete), tests in tests/unit, "
                + "tests in tests/integration, which the module lacks: validate reports each (examples-count, "
                + "tests-missing) until they are added; add them after the migration, or set version 0.1.0 and "
                + "maturity experimental in the plan"), review);
    }

    @Test
    void aPreRelease_withoutBetasFiles_staysBetaAndSaysWhy() {
        files("main.tf", "README.md", "tests/unit/a.tftest.hcl");
        assertEquals(MaturityLevel.BETA, of("2.0.0-rc.1").get());
        assertEquals(1, review.size(), review.toString());
        assertTrue(review.get(0).startsWith("maturity beta follows from version 2.0.0-rc.1"), review.get(0));
    }
}
