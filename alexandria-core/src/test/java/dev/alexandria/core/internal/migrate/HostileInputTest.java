package dev.alexandria.core.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.PlannedModule;
import dev.alexandria.api.model.SkippedFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders a migration must survive: loops, empty folders, odd names, a broken override table. */
class HostileInputTest {

    @TempDir
    Path tmp;

    private static final String VPC = "resource \"aws_vpc\" \"this\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n";

    @Test
    void symlinkLoop_isReportedAndNotFollowed() throws Exception {
        Path root = tmp.resolve("root");
        MigrateFixtures.write(root.resolve("vpc/main.tf"), VPC);
        Files.createSymbolicLink(root.resolve("vpc/modules"), Path.of(".."));
        Files.createDirectories(root.resolve("group"));
        Files.createSymbolicLink(root.resolve("group/back"), Path.of(".."));
        MigrationPlan plan = MigrateFixtures.migration(root).plan();
        assertEquals(List.of("vpc"), plan.modules().stream().map(PlannedModule::source).toList());
        assertEquals(List.of(new SkippedFolder("group/back", "a symlink back to a folder already looked at (.); not"
                + " followed, so a loop cannot repeat it")), plan.skipped().stream()
                .filter(s -> s.path().startsWith("group/")).toList());
    }

    @Test
    void aSymlinkThatLoopsOnItself_isSkippedAsALoopNotAsLeadingNowhere() throws Exception {
        Path root = tmp.resolve("root");
        MigrateFixtures.write(root.resolve("vpc/main.tf"), VPC);
        Files.createSymbolicLink(root.resolve("self"), Path.of("self"));
        Files.createSymbolicLink(root.resolve("gone"), Path.of("nowhere"));
        MigrationPlan plan = MigrateFixtures.migration(root).plan();
        assertEquals(List.of(new SkippedFolder("gone", "a symlink that leads nowhere"),
                new SkippedFolder("self", "a symlink loop (self -> self); not followed")),
                plan.skipped().stream().filter(s -> !s.path().startsWith("vpc")).sorted(
                        java.util.Comparator.comparing(SkippedFolder::path)).toList());
    }

    @Test
    void symlinkToAModuleAlreadyPlanned_isPlannedOnce() throws Exception {
        Path root = tmp.resolve("root");
        MigrateFixtures.write(root.resolve("vpc/main.tf"), VPC);
        Files.createSymbolicLink(root.resolve("vpc-link"), Path.of("vpc"));
        MigrationPlan plan = MigrateFixtures.migration(root).plan();
        assertEquals(List.of("vpc"), plan.modules().stream().map(PlannedModule::source).toList());
        assertEquals(List.of(new SkippedFolder("vpc-link", "a symlink back to a folder already looked at (vpc); not"
                + " followed, so a loop cannot repeat it")), plan.skipped());
    }

    @Test
    void aFolderWithoutModules_givesAnEmptyPlanThatSaysWhy() {
        Path root = tmp.resolve("root");
        MigrateFixtures.write(root.resolve("docs/README.md"), "# Docs\n");
        MigrationPlan plan = MigrateFixtures.migration(root).plan();
        assertEquals(List.of(), plan.modules());
        assertEquals(List.of(new SkippedFolder("docs", "no .tf files in it or below it; not a module")),
                plan.skipped());
    }

    @Test
    void aMissingFolder_isAnErrorNamingIt() {
        Path missing = tmp.resolve("nope");
        AlexandriaException e = assertThrows(AlexandriaException.class, () -> MigrateFixtures.migration(missing).plan());
        assertEquals(missing + ": is not a folder; name the folder that holds the modules", e.getMessage());
    }

    @Test
    void aMissingPlanFile_isAnErrorSayingHowToWriteOne() {
        Path missing = tmp.resolve("plan.yaml");
        AlexandriaException e = assertThrows(AlexandriaException.class,
                () -> MigrateFixtures.migration(tmp).readPlan(missing));
        assertEquals(missing + ": no such file; write the plan first (alexandria migrate <folder> --write-plan"
                + " plan.yaml) or name an existing one", e.getMessage());
    }

    @Test
    void folderNamesThatAreNoIds_areMadeIntoIds() {
        Path root = tmp.resolve("root");
        MigrateFixtures.write(root.resolve("My_VPC.v2/main.tf"), VPC);
        MigrateFixtures.write(root.resolve("9lives/main.tf"), VPC);
        MigrationPlan plan = MigrateFixtures.migration(root).plan();
        assertEquals("m-9lives", plan.module("9lives").orElseThrow().id().get().value());
        PlannedModule vpc = plan.module("My_VPC.v2").orElseThrow();
        assertEquals("my-vpc-v2", vpc.id().get().value());
        assertEquals("folder name 'My_VPC.v2', made lower-case kebab-case", vpc.id().evidence());
    }

    @Test
    void moduleWithBrokenHcl_isStillPlannedFromWhatCanBeRead() {
        Path root = tmp.resolve("root");
        MigrateFixtures.write(root.resolve("vpc/main.tf"), VPC + "resource \"aws_subnet\" {{{\n");
        PlannedModule vpc = MigrateFixtures.migration(root).plan().module("vpc").orElseThrow();
        assertEquals("networking", vpc.category().get());
    }

    @Test
    void overrideTable_replacesAShippedEntry() {
        Path root = tmp.resolve("root");
        MigrateFixtures.write(root.resolve("vpc/main.tf"), VPC);
        MigrateFixtures.write(root.resolve("_catalog/migrate-categories.yaml"),
                "types:\n  aws_vpc: {category: foundations/network-core, weight: 10}\n");
        PlannedModule vpc = MigrateFixtures.migration(root).plan().module("vpc").orElseThrow();
        assertEquals("network-core", vpc.category().get());
        assertTrue(vpc.newCategory());
    }

    @Test
    void overrideTable_withABadEntry_isRefusedAtItsLine() {
        Path root = tmp.resolve("root");
        MigrateFixtures.write(root.resolve("vpc/main.tf"), VPC);
        MigrateFixtures.write(root.resolve("_catalog/migrate-categories.yaml"),
                "types:\n  aws_vpc: {category: networking, weight: 10}\n  aws_subnet: {category: data/x, weight: -1}\n");
        CatalogValidationException e = assertThrows(CatalogValidationException.class,
                () -> MigrateFixtures.migration(root).plan());
        assertEquals(List.of("_catalog/migrate-categories.yaml:2:13: types 'aws_vpc': category 'networking' is not"
                        + " <layer>/<category>; write e.g. foundations/networking",
                "_catalog/migrate-categories.yaml:3:34: types 'aws_subnet': weight must be a number above 0 and at"
                        + " most 100; write e.g. weight: 5"),
                e.findings().stream().map(Object::toString).toList());
    }
}
