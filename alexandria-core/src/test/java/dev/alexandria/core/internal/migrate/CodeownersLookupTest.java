package dev.alexandria.core.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.PlannedModule;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The maintainer from CODEOWNERS where GitHub looks for it: {@code .github/}, the repository root, {@code docs/},
 * in that order, with patterns relative to the repository root; a file nearer the module comes first.
 */
class CodeownersLookupTest {

    @TempDir
    Path tmp;

    private static final String RULES = "*  @platform-team\n/components/terraform/eks/  @compute-team\n";

    /** A git repository with two modules in components/terraform; returns that folder. */
    private Path repository() throws Exception {
        Path repo = tmp.resolve("repo");
        Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call().close();
        Path root = repo.resolve("components/terraform");
        MigrateFixtures.write(root.resolve("vpc/main.tf"), "resource \"aws_vpc\" \"this\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n");
        MigrateFixtures.write(root.resolve("eks/main.tf"), "resource \"aws_eks_cluster\" \"this\" {\n  name = \"x\"\n}\n");
        return root;
    }

    private static PlannedModule module(MigrationPlan plan, String source) {
        return plan.module(source).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"})
    void maintainer_fromTheRepositoryRootsCodeowners_inEachPlaceGitHubLooks(String location) throws Exception {
        Path folder = repository();
        MigrateFixtures.write(tmp.resolve("repo").resolve(location), RULES);
        MigrationPlan plan = MigrateFixtures.migration(folder).plan();
        assertEquals("@compute-team", module(plan, "eks").maintainer().get());
        assertEquals("../../" + location + " rule '/components/terraform/eks/'",
                module(plan, "eks").maintainer().evidence());
        assertEquals("@platform-team", module(plan, "vpc").maintainer().get());
        assertEquals("../../" + location + " rule '*'", module(plan, "vpc").maintainer().evidence());
    }

    @Test
    void maintainer_dotGithubComesBeforeTheRoot_andTheRootBeforeDocs() throws Exception {
        Path folder = repository();
        Path repo = tmp.resolve("repo");
        MigrateFixtures.write(repo.resolve("docs/CODEOWNERS"), "* @docs-owners\n");
        MigrateFixtures.write(repo.resolve("CODEOWNERS"), "* @root-owners\n");
        assertEquals("@root-owners", module(MigrateFixtures.migration(folder).plan(), "vpc").maintainer().get());
        MigrateFixtures.write(repo.resolve(".github/CODEOWNERS"), "* @github-owners\n");
        assertEquals("@github-owners", module(MigrateFixtures.migration(folder).plan(), "vpc").maintainer().get());
    }

    @Test
    void maintainer_aRuleInTheMigratedFolderComesBeforeTheRepositoryRoot_whoseRulesStillCoverTheRest()
            throws Exception {
        Path folder = repository();
        MigrateFixtures.write(tmp.resolve("repo/.github/CODEOWNERS"), RULES);
        MigrateFixtures.write(folder.resolve("CODEOWNERS"), "/vpc/ @network-team\n");
        MigrationPlan plan = MigrateFixtures.migration(folder).plan();
        assertEquals("@network-team", module(plan, "vpc").maintainer().get());
        assertEquals("CODEOWNERS rule '/vpc/'", module(plan, "vpc").maintainer().evidence());
        assertEquals("@compute-team", module(plan, "eks").maintainer().get());
    }

    @Test
    void maintainer_withoutAnyCodeowners_isNotInvented() throws Exception {
        Path folder = repository();
        assertFalse(module(MigrateFixtures.migration(folder).plan(), "eks").maintainer().isKnown());
    }
}
