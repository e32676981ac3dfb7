package dev.alexandria.core.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.PlannedModule;
import dev.alexandria.api.model.Version;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version, maturity and maintainer from git: tags that name a module, and who changed it most. */
class GitInferenceTest {

    @TempDir
    Path tmp;

    private static final String VPC = "resource \"aws_vpc\" \"this\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n";

    private static void commit(Git git, String who, String message) throws Exception {
        PersonIdent id = new PersonIdent(who, who.toLowerCase().replace(' ', '.') + "@example.com");
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(id).setCommitter(id).setSign(false).call();
    }

    @Test
    void versionFromTheLatestTagNamingTheModule_maturityFromTheVersion_maintainerFromTheHistory() throws Exception {
        Path repo = tmp.resolve("repo");
        Path root = repo.resolve("components/terraform");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            MigrateFixtures.write(root.resolve("vpc/main.tf"), VPC);
            MigrateFixtures.write(root.resolve("dns/main.tf"), "resource \"aws_route53_zone\" \"z\" {\n  name = \"x\"\n}\n");
            commit(git, "Ada Lovelace", "vpc and dns");
            git.tag().setName("vpc/v0.9.0").setAnnotated(false).call();
            MigrateFixtures.write(root.resolve("vpc/variables.tf"), "variable \"cidr\" {}\n");
            commit(git, "Grace Hopper", "vpc input");
            MigrateFixtures.write(root.resolve("vpc/outputs.tf"), "output \"id\" {\n  value = aws_vpc.this.id\n}\n");
            commit(git, "Grace Hopper", "vpc output");
            git.tag().setName("vpc/v1.2.0").setAnnotated(false).call();
            git.tag().setName("vpc/v1.10.0-rc.1").setAnnotated(false).call();
            git.tag().setName("dns-v0.4.1").setAnnotated(false).call();
        }
        MigrationPlan plan = MigrateFixtures.migration(root).plan();
        PlannedModule vpc = plan.module("vpc").orElseThrow();
        assertEquals(Version.parse("1.10.0-rc.1"), vpc.version().get());
        assertEquals("latest git tag vpc/v1.10.0-rc.1", vpc.version().evidence());
        assertEquals(MaturityLevel.BETA, vpc.maturity().get());
        assertEquals("Grace Hopper", vpc.maintainer().get());
        assertEquals("most frequent git author (2 of 3 commits)", vpc.maintainer().evidence());
        PlannedModule dns = plan.module("dns").orElseThrow();
        assertEquals(Version.parse("0.4.1"), dns.version().get());
        assertEquals(MaturityLevel.EXPERIMENTAL, dns.maturity().get()); // it has no tests/unit, which alpha needs
        assertTrue(dns.maturity().evidence().startsWith("version 0.4.1 is 0.x: not stable yet; alpha needs "),
                dns.maturity().evidence());
        assertEquals("Ada Lovelace", dns.maintainer().get());
    }

    @Test
    void aModuleThatIsItsOwnRepository_takesItsPlainVersionTags() throws Exception {
        Path root = tmp.resolve("modules");
        Path vpc = root.resolve("vpc");
        try (Git git = Git.init().setDirectory(vpc.toFile()).setInitialBranch("main").call()) {
            MigrateFixtures.write(vpc.resolve("main.tf"), VPC);
            commit(git, "Ada Lovelace", "first");
            git.tag().setName("v2.0.1").setAnnotated(false).call();
        }
        PlannedModule m = MigrateFixtures.migration(root).plan().module("vpc").orElseThrow();
        assertEquals(Version.parse("2.0.1"), m.version().get());
        assertEquals(MaturityLevel.STABLE, m.maturity().get());
    }
}
