package dev.alexandria.core.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.PlannedModule;
import dev.alexandria.api.model.SkippedFolder;
import dev.alexandria.api.model.Version;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inference rules of the plan, one at a time, on the flat fixture (src/test/resources/migrate/flat). */
class PlannerTest {

    @TempDir
    static Path tmp;

    static MigrationPlan plan;

    @BeforeAll
    static void planTheFixture() {
        plan = MigrateFixtures.migration(MigrateFixtures.copy("flat", tmp)).plan();
    }

    private static PlannedModule module(String source) {
        return plan.module(source).orElseThrow(() -> new AssertionError("not planned: " + source + " in "
                + plan.modules()));
    }

    @Test
    void discovery_plansRootAndNestedModulesAndSkipsExamples() {
        assertEquals(List.of("eks", "groups/a/vpc", "groups/b/vpc", "lambda-fn", "lambda-fn/modules/alias", "mwaa",
                "platform", "rds", "vpc"), plan.modules().stream().map(PlannedModule::source).toList());
    }

    @Test
    void discovery_reportsAFolderWithoutTerraformOnce() {
        assertEquals(List.of(new SkippedFolder("docs", "no .tf files in it or below it; not a module"),
                new SkippedFolder("empty-group", "no .tf files in it or below it; not a module")), plan.skipped());
    }

    @Test
    void layerAndCategory_fromTheMainResources() {
        PlannedModule vpc = module("vpc");
        assertEquals(Layer.FOUNDATIONS, vpc.layer().get());
        assertEquals("networking", vpc.category().get());
        assertEquals("_library/foundations/networking/vpc", vpc.target().orElseThrow());
        assertTrue(vpc.category().evidence().startsWith("foundations/networking"), vpc.category().evidence());
        assertEquals("data/databases", module("rds").layer().get().id() + "/" + module("rds").category().get());
    }

    @Test
    void layerAndCategory_helperRolesAndLogGroupsDoNotOutvoteTheMainResource() {
        PlannedModule eks = module("eks");
        assertEquals(Layer.COMPUTE, eks.layer().get(), eks.category().evidence());
        assertEquals("containers", eks.category().get());
    }

    @Test
    void layerAndCategory_localPartsCountAsTheModulesOwn() {
        PlannedModule fn = module("lambda-fn");
        assertEquals("compute/serverless", fn.layer().get().id() + "/" + fn.category().get());
        assertFalse(fn.category().evidence().contains("calls"), fn.category().evidence());
    }

    @Test
    void layerAndCategory_aModuleThatOnlyCallsModulesIsAPattern() {
        PlannedModule p = module("platform");
        assertEquals(Layer.PATTERNS, p.layer().get());
        assertEquals("platform", p.category().get());
        assertTrue(p.category().evidence().startsWith("calls 3 modules (../vpc, ../eks, ../rds)"),
                p.category().evidence());
    }

    @Test
    void layerAndCategory_aCategoryTheTaxonomyLacksIsProposedNewAndFlagged() {
        PlannedModule mwaa = module("mwaa");
        assertEquals("analytics", mwaa.category().get());
        assertTrue(mwaa.newCategory());
        assertTrue(mwaa.review().contains("new category data/analytics: none in the design's taxonomy fits"),
                mwaa.review().toString());
    }

    @Test
    void name_fromTheReadmeTitle_elseTheFolderName() {
        assertEquals("VPC Standard", module("vpc").name().get());
        assertEquals("title of README.md", module("vpc").name().evidence());
        assertEquals("Lambda Fn", module("lambda-fn").name().get());
        assertEquals(0.4, module("lambda-fn").name().confidence());
    }

    @Test
    void description_fromTheReadmeFirstParagraph_elseTheMainResource() {
        assertEquals("A VPC with public and private subnets across availability zones, and a NAT gateway per zone.",
                module("vpc").description().get());
        assertEquals("Manages aws_db_instance and 3 related resources.", module("rds").description().get());
        assertEquals("main resource aws_db_instance (no README paragraph)", module("rds").description().evidence());
    }

    @Test
    void tier_leavesSharedBoilerplateFilesOut() {
        PlannedModule vpc = module("vpc");
        assertEquals(ComplexityTier.BASIC, vpc.tier().get());
        assertEquals("1 input variable of its own (context.tf shared by 3 modules, left out)", vpc.tier().evidence());
    }

    @Test
    void tags_fromMainResourceTypesThroughTagSynonyms() {
        assertEquals(List.of("vpc", "subnets", "nat-gateway"), module("vpc").tags().get());
        assertTrue(module("vpc").tags().evidence().contains("subnets from resource aws_subnet"),
                module("vpc").tags().evidence());
    }

    @Test
    void version_fromTheChangelog_andMaturityNeverStableFor0x() {
        PlannedModule rds = module("rds");
        assertEquals(Version.parse("0.3.0"), rds.version().get());
        assertEquals("newest version in CHANGELOG.md", rds.version().evidence());
        // 0.x is never stable; and without tests/unit (alpha's criterion) it is experimental, so validate passes
        assertEquals(MaturityLevel.EXPERIMENTAL, rds.maturity().get());
        assertTrue(rds.maturity().evidence().startsWith("version 0.3.0 is 0.x: not stable yet; alpha needs "),
                rds.maturity().evidence());
    }

    @Test
    void version_unknownWhenNothingSaysIt_andMaturityWithIt() {
        PlannedModule vpc = module("vpc");
        assertFalse(vpc.version().isKnown());
        assertEquals("no version tag naming the module and no CHANGELOG.md", vpc.version().evidence());
        assertFalse(vpc.maturity().isKnown());
        assertEquals(List.of("version", "maturity"), vpc.unknownRequired().stream()
                .filter(f -> !f.equals("description")).toList());
    }

    @Test
    void maintainer_fromTheLastMatchingCodeownersRule() {
        assertEquals("@compute-team", module("eks").maintainer().get());
        assertEquals("CODEOWNERS rule '/eks/'", module("eks").maintainer().evidence());
        assertEquals("@platform-team", module("vpc").maintainer().get());
    }

    @Test
    void id_twoModulesWithTheSameFolderName_bothKeptRenamedAndFlagged() {
        assertEquals("vpc", module("vpc").id().get().value());
        assertEquals("vpc-2", module("groups/a/vpc").id().get().value());
        assertEquals("vpc-3", module("groups/b/vpc").id().get().value());
        assertEquals(List.of("id vpc is proposed for groups/a/vpc, groups/b/vpc too; kept here"),
                module("vpc").review());
        assertEquals(List.of("id vpc is proposed for vpc, groups/b/vpc too; renamed to vpc-2"),
                module("groups/a/vpc").review());
    }

    @Test
    void id_nestedModulesTakeTheirParentsName() {
        assertEquals("lambda-fn-alias", module("lambda-fn/modules/alias").id().get().value());
    }

    @Test
    void id_modulesNestedTwiceTakeEveryEnclosingModulesName_soTheyStayUnique(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        for (String module : List.of("app", "app/modules/db", "app/modules/db/modules/replica", "db",
                "db/modules/replica")) {
            java.nio.file.Files.createDirectories(dir.resolve(module));
            java.nio.file.Files.writeString(dir.resolve(module).resolve("main.tf"),
                    "resource \"aws_db_instance\" \"this\" {}\n");
        }
        MigrationPlan nested = MigrateFixtures.migration(dir).plan();
        java.util.Map<String, String> ids = new java.util.TreeMap<>();
        nested.modules().forEach(m -> ids.put(m.source(), m.id().get().value()));
        assertEquals(java.util.Map.of("app", "app", "app/modules/db", "app-db", "app/modules/db/modules/replica",
                "app-db-replica", "db", "db", "db/modules/replica", "db-replica"), ids);
    }

    @Test
    void planning_changesNothingOnDisk() {
        MigrationPlan again = MigrateFixtures.migration(plan.folder()).plan();
        assertEquals(plan, again);
    }
}
