package dev.alexandria.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.CatalogException;
import dev.alexandria.api.Library;
import dev.alexandria.api.Migration;
import dev.alexandria.api.MigrationPlanException;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Inferred;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.MigrationResult;
import dev.alexandria.api.model.MigrationStep;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.PlannedModule;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.FollowFilter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.RevSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on a temporary git repository holding the design's 22 components (the flat-components example):
 * plan, edit, apply; the legacy symlinks resolve, the library lists all 22 modules, every module reads the same
 * through its legacy and its new path, history follows the moves; applying again changes nothing; a failure
 * half-way leaves the tree and the git index as they were; hostile input is refused with the plan's file:line.
 */
class FlatComponentsMigrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    /** Where the shipped plan puts each component (the design's target tree). */
    private static final Map<String, String> DESIGN = Map.ofEntries(
            Map.entry("vpc", "foundations/networking/vpc-advanced"),
            Map.entry("dns", "foundations/networking/dns"),
            Map.entry("securitygroup", "foundations/security/securitygroup"),
            Map.entry("iam", "foundations/identity/iam"),
            Map.entry("backend", "data/storage/backend"),
            Map.entry("acm", "security/access-control/acm"),
            Map.entry("secretsmanager", "security/secrets/secretsmanager"),
            Map.entry("ec2", "compute/virtual-machines/ec2"),
            Map.entry("eks", "compute/containers/eks-standard"),
            Map.entry("eks-addons", "compute/containers/eks-addons"),
            Map.entry("eks-backend-services", "compute/containers/eks-backend-services"),
            Map.entry("ecs", "compute/containers/ecs-fargate"),
            Map.entry("rds", "data/databases/rds-postgres"),
            Map.entry("apigateway", "integration/api-management/apigateway-rest"),
            Map.entry("lambda", "compute/serverless/lambda-basic"),
            Map.entry("external-secrets", "security/secrets/external-secrets"),
            Map.entry("monitoring", "observability/metrics/monitoring"),
            Map.entry("security-monitoring", "security/compliance/security-monitoring"),
            Map.entry("cost-monitoring", "observability/metrics/cost-monitoring"),
            Map.entry("backup", "data/storage/backup"),
            Map.entry("cost-optimization", "patterns/governance/cost-governance"),
            Map.entry("idp-platform", "patterns/platform/idp-platform"));

    @TempDir
    Path tmp;

    /** The example copied into a fresh git repository, committed. */
    private Path repository() throws IOException, GitAPIException {
        Path repo = tmp.resolve("repo");
        copy(FlatComponentsTest.ROOT, repo);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("flat components").setAuthor(author()).setCommitter(author()).call();
        }
        return repo;
    }

    private static PersonIdent author() {
        return new PersonIdent("Platform Team", "platform@example.com", Instant.parse("2026-01-01T00:00:00Z"),
                ZoneOffset.UTC);
    }

    private static Migration migration(Path repo) {
        return Alexandria.migrate(repo.resolve("components/terraform"));
    }

    private static MigrationPlan shippedPlan(Path repo) {
        return migration(repo).readPlan(repo.resolve("migration-plan.yaml"));
    }

    @Test
    void shippedPlan_placesTheComponentsWhereTheDesignsTreeShowsThem() throws Exception {
        MigrationPlan plan = shippedPlan(repository());
        Map<String, String> targets = new TreeMap<>();
        for (PlannedModule m : plan.modules()) {
            if (m.action() == dev.alexandria.api.model.MigrationAction.MOVE) {
                targets.put(m.source(), m.target().orElseThrow().substring("_library/".length()));
            }
        }
        assertEquals(new TreeMap<>(DESIGN), targets);
        assertEquals(List.of("monitoring/modules/alarm"), plan.modules().stream()
                .filter(m -> m.action() == dev.alexandria.api.model.MigrationAction.KEEP).map(PlannedModule::source)
                .toList());
    }

    @Test
    void inferredPlan_agreesWithTheDesignOrTheShippedPlanSaysWhyNot() throws Exception {
        Path repo = repository();
        MigrationPlan inferred = migration(repo).plan();
        String shipped = Files.readString(repo.resolve("migration-plan.yaml"), StandardCharsets.UTF_8);
        List<String> undocumented = new ArrayList<>();
        int agree = 0;
        for (Map.Entry<String, String> e : DESIGN.entrySet()) {
            PlannedModule m = inferred.module(e.getKey()).orElseThrow();
            String place = value(m.layer()).map(Object::toString).orElse("?") + "/" + value(m.category()).orElse("?");
            String designPlace = e.getValue().substring(0, e.getValue().lastIndexOf('/'));
            if (place.equals(designPlace)) {
                agree++;
            } else if (!commented(shipped, e.getKey())) {
                undocumented.add(e.getKey() + ": inferred " + place + ", design " + designPlace);
            }
        }
        assertEquals(List.of(), undocumented, "every disagreement is explained in the shipped plan");
        // Clear-cut components: inference alone files them where the design does.
        for (String clear : List.of("vpc", "dns", "securitygroup", "iam", "acm", "secretsmanager", "eks",
                "eks-addons", "rds", "apigateway", "backup", "idp-platform")) {
            PlannedModule m = inferred.module(clear).orElseThrow();
            String designPlace = DESIGN.get(clear).substring(0, DESIGN.get(clear).lastIndexOf('/'));
            assertEquals(designPlace, m.layer().get() + "/" + m.category().get(), clear);
        }
        assertTrue(agree >= 12, "only " + agree + " of 22 components are inferred where the design puts them");
    }

    private static <T> java.util.Optional<T> value(Inferred<T> f) {
        return f.value();
    }

    /** Whether the module's entry in the shipped plan carries a comment line. */
    private static boolean commented(String plan, String source) {
        int at = plan.indexOf("  - source: " + source + "\n");
        int next = plan.indexOf("  - source: ", at + 1);
        String entry = plan.substring(at, next < 0 ? plan.length() : next);
        return entry.lines().anyMatch(l -> l.strip().startsWith("#") && !l.strip().startsWith("# target:"));
    }

    @Test
    void apply_editedPlan_movesAllModules_leavesWorkingLegacyPaths_andKeepsHistory() throws Exception {
        Path repo = repository();
        Path root = repo.resolve("components/terraform");
        String eksBefore = Files.readString(root.resolve("eks/main.tf"), StandardCharsets.UTF_8);
        Map<String, ModuleInterface> before = new TreeMap<>();
        for (String c : DESIGN.keySet()) {
            before.put(c, Alexandria.inspect(root.resolve(c)));
        }
        Migration migration = migration(repo);
        MigrationPlan plan = edit(shippedPlan(repo), "backend", "databases"); // the reviewer's change
        List<MigrationStep> steps = new ArrayList<>();
        MigrationResult result = migration.apply(plan).clock(CLOCK).progress(steps::add).run();

        assertEquals(22, result.moved().size());
        assertEquals(List.of("monitoring/modules/alarm"), result.keptInPlace());
        assertEquals(23, steps.size());
        assertTrue(result.inGit());
        assertTrue(result.staged());
        assertEquals(List.of("../.."), result.callerScope());
        assertEquals("[22/22] moved vpc to _library/foundations/networking/vpc-advanced", steps.get(21).toString());
        assertEquals(14, result.rewritten().size());
        assertEquals(List.of(
                "../../live/prod/main.tf:4: module \"vpc\" source ../../components/terraform/vpc -> "
                        + "../../components/terraform/_library/foundations/networking/vpc-advanced",
                "../../live/prod/main.tf:12: module \"eks\" source ../../components/terraform/eks -> "
                        + "../../components/terraform/_library/compute/containers/eks-standard"),
                result.legacyCallers().stream().map(Object::toString).toList());

        // the edit is honoured; every other component is where the design puts it
        Map<String, String> expected = new TreeMap<>(DESIGN);
        expected.put("backend", "data/databases/backend");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path target = root.resolve("_library").resolve(e.getValue());
            Path legacy = root.resolve(e.getKey());
            assertTrue(Files.isRegularFile(target.resolve(".alexandria.yaml")), e.getKey());
            assertTrue(Files.isSymbolicLink(legacy), e.getKey() + " is not a symlink");
            assertFalse(Files.readSymbolicLink(legacy).isAbsolute(), e.getKey() + "'s link is absolute");
            assertEquals(target.toRealPath(), legacy.toRealPath(), e.getKey());
            // the module reads the same through its legacy path, its new path and as before the move
            ModuleInterface viaLegacy = Alexandria.inspect(legacy);
            ModuleInterface viaTarget = Alexandria.inspect(target);
            assertEquals(List.of(), viaLegacy.diagnostics(), e.getKey());
            assertEquals(names(before.get(e.getKey())), names(viaLegacy), e.getKey());
            assertEquals(names(viaTarget), names(viaLegacy), e.getKey());
        }
        // the nested module moved with its parent; its call was not touched
        assertTrue(Files.isRegularFile(root.resolve("_library/observability/metrics/monitoring/modules/alarm/main.tf")));
        // sibling calls are rewritten in place, nothing else in the file changes
        assertEquals(eksBefore.replace("source = \"../iam\"", "source = \"../../../foundations/identity/iam\""),
                Files.readString(root.resolve("_library/compute/containers/eks-standard/main.tf"),
                        StandardCharsets.UTF_8));
        // the caller outside the folder is listed, not rewritten, and still resolves through the symlink
        assertTrue(Files.readString(repo.resolve("live/prod/main.tf")).contains("../../components/terraform/vpc\""));
        assertTrue(Files.isRegularFile(repo.resolve("live/prod/../../components/terraform/vpc/main.tf")));

        // the library lists all 22 in place, without a finding
        Library library = Alexandria.open(root);
        assertEquals(22, library.modules().size());
        assertEquals(22, library.browse().run().total());
        List<Finding> findings = library.allFindings();
        assertEquals(List.of(), findings.stream().map(Finding::toString).toList());
        LibraryModule eks = library.requireModule("eks-standard");
        assertEquals("compute/containers", eks.metadata().category().id());
        assertEquals("2.3.0", library.requireModule("vpc-advanced").metadata().version().toString());
        assertEquals(List.of(), library.inspect("cost-governance").diagnostics());

        // history follows the moves once the staged migration is committed
        try (Git git = Git.open(repo.toFile())) {
            assertEquals(List.of(), git.status().call().getUncommittedChanges().stream()
                    .filter(p -> !isStaged(git, p)).toList());
            // the lock file the writes took is ignored by the catalog's new .gitignore
            assertEquals(java.util.Set.of(), git.status().call().getUntracked());
            assertTrue(Files.exists(root.resolve("_catalog/.alexandria.lock")));
            git.commit().setMessage("migrate").setAuthor(author()).setCommitter(author()).call();
            assertEquals(List.of("migrate", "flat components"),
                    follow(git, "components/terraform/_library/compute/containers/eks-standard/main.tf"));
        }
    }

    @Test
    void apply_rewritesSourcesInJsonSyntaxToo_changingOnlyThePathsInsideTheQuotes() throws Exception {
        Path repo = repository();
        Path root = repo.resolve("components/terraform");
        String inside = "{\n  \"module\": {\n    \"backup\": {\n      \"source\": \"../backup\",\n"
                + "      \"name\": \"idp\"\n    }\n  }\n}\n";
        String outside = "{\"module\": [\n  {\"rds\": {\"source\": \"../../components/terraform/rds\"}}\n]}\n";
        Files.writeString(root.resolve("idp-platform/backup.tf.json"), inside);
        Files.createDirectories(repo.resolve("live/json"));
        Files.writeString(repo.resolve("live/json/main.tf.json"), outside);
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("json callers").setAuthor(author()).setCommitter(author()).call();
        }
        MigrationResult result = migration(repo).apply(shippedPlan(repo)).rewriteSources(true).clock(CLOCK).run();

        assertEquals(inside.replace("\"../backup\"", "\"../../../data/storage/backup\""), Files.readString(
                root.resolve("_library/patterns/platform/idp-platform/backup.tf.json"), StandardCharsets.UTF_8));
        assertEquals(outside.replace("\"../../components/terraform/rds\"",
                "\"../../components/terraform/_library/data/databases/rds-postgres\""),
                Files.readString(repo.resolve("live/json/main.tf.json"), StandardCharsets.UTF_8));
        assertTrue(result.rewritten().stream().map(Object::toString).toList().contains(
                "../../live/json/main.tf.json:2: module \"rds\" source ../../components/terraform/rds -> "
                        + "../../components/terraform/_library/data/databases/rds-postgres"),
                result.rewritten().toString());
        assertEquals(List.of(), Alexandria.inspect(root.resolve("_library/patterns/platform/idp-platform"))
                .diagnostics());
    }

    @Test
    void apply_inferredPlanAsIs_movesTheNestedModuleOnItsOwnAndKeepsItsCallWorking() throws Exception {
        Path repo = repository();
        Path root = repo.resolve("components/terraform");
        Migration migration = migration(repo);
        MigrationPlan inferred = migration.plan();
        PlannedModule alarm = inferred.module("monitoring/modules/alarm").orElseThrow();
        PlannedModule monitoring = inferred.module("monitoring").orElseThrow();
        MigrationResult result = migration.apply(inferred).acceptDefaults(true).clock(CLOCK).run();

        assertEquals(23, result.moved().size());
        Path alarmTarget = root.resolve(alarm.target().orElseThrow());
        Path monitoringTarget = root.resolve(monitoring.target().orElseThrow());
        // the parent's call reaches the nested module at its own new place
        String call = Files.readString(monitoringTarget.resolve("main.tf"), StandardCharsets.UTF_8);
        String expected = monitoringTarget.relativize(alarmTarget).toString();
        assertTrue(call.contains("source   = \"" + (expected.startsWith("..") ? expected : "./" + expected) + "\""),
                call);
        assertEquals(List.of(), Alexandria.inspect(monitoringTarget).diagnostics());
        // its legacy path still resolves, through the parent's link and the link left inside the parent
        assertEquals(alarmTarget.toRealPath(), root.resolve("monitoring/modules/alarm").toRealPath());
        Library library = Alexandria.open(root);
        assertEquals(23, library.modules().size());
        assertEquals(List.of(), library.allFindings().stream().filter(Finding::isError).map(Finding::toString)
                .toList());
        // applying the same plan again changes nothing: the nested module's link is found inside its parent
        Map<String, String> after = snapshot(repo);
        MigrationResult again = migration.apply(inferred).acceptDefaults(true).clock(CLOCK).run();
        assertFalse(again.changed(), again.toString());
        assertEquals(23, again.alreadyInPlace().size());
        assertEquals(after, snapshot(repo));
    }

    @Test
    void apply_twice_changesNothingTheSecondTime() throws Exception {
        Path repo = repository();
        Migration migration = migration(repo);
        migration.apply(shippedPlan(repo)).clock(CLOCK).run();
        Map<String, String> after = snapshot(repo);
        MigrationResult again = migration.apply(shippedPlan(repo)).clock(CLOCK).run();
        assertFalse(again.changed(), again.toString());
        assertEquals(List.of(), again.moved());
        assertEquals(22, again.alreadyInPlace().size());
        assertEquals(List.of(), again.files());
        assertEquals(after, snapshot(repo));
    }

    @Test
    void apply_categoryChangedAfterMigration_movesTheModuleAgainAndFollowsItsCallers() throws Exception {
        Path repo = repository();
        Path root = repo.resolve("components/terraform");
        Migration migration = migration(repo);
        migration.apply(shippedPlan(repo)).clock(CLOCK).run();
        MigrationPlan edited = edit(shippedPlan(repo), "cost-monitoring", "logging");
        MigrationResult result = migration.apply(edited).clock(CLOCK).run();

        assertEquals(List.of("_library/observability/metrics/cost-monitoring -> "
                + "_library/observability/logging/cost-monitoring"), result.moved().stream().map(Object::toString)
                .toList());
        assertEquals(root.resolve("_library/observability/logging/cost-monitoring").toRealPath(),
                root.resolve("cost-monitoring").toRealPath());
        assertTrue(Files.readString(root.resolve("_library/patterns/governance/cost-governance/main.tf"))
                .contains("source = \"../../../observability/logging/cost-monitoring\""));
        Library library = Alexandria.open(root);
        assertEquals("observability/logging", library.requireModule("cost-monitoring").metadata().category().id());
        assertEquals(List.of(), library.allFindings().stream().map(Finding::toString).toList());
        assertTrue(Files.isDirectory(root.resolve("_library/observability/metrics")), "monitoring is still there");
    }

    @Test
    void apply_failureHalfWay_leavesTheTreeAndTheIndexAsTheyWere() throws Exception {
        Path repo = repository();
        Map<String, String> before = snapshot(repo);
        MigrationPlan plan = shippedPlan(repo);
        AlexandriaException e = assertThrows(AlexandriaException.class, () -> migration(repo).apply(plan)
                .clock(CLOCK).progress(step -> {
                    if (step.done() == 5) {
                        throw new IllegalStateException("injected failure after 5 moves");
                    }
                }).run());
        assertTrue(e.getMessage().endsWith("failed: java.lang.IllegalStateException: injected failure after 5 moves;"
                + " the tree and the git index are as they were"), e.getMessage());
        assertEquals(before, snapshot(repo));
    }

    @Test
    void apply_targetThatAlreadyExists_isRefusedAtThePlansLine() throws Exception {
        Path repo = repository();
        Path root = repo.resolve("components/terraform");
        Files.createDirectories(root.resolve("_library/foundations/networking/dns"));
        Map<String, String> before = snapshot(repo);
        MigrationPlanException e = assertThrows(MigrationPlanException.class,
                () -> migration(repo).apply(shippedPlan(repo)).run());
        assertEquals(List.of(repo.resolve("migration-plan.yaml") + ":" + line(repo, "dns", "id") + ":5: module 'dns': "
                + "its target _library/foundations/networking/dns already exists; give the module another id or "
                + "category, or move the existing folder away"), e.findings().stream().map(Finding::toString).toList());
        assertEquals(before, snapshot(repo));
    }

    @Test
    void apply_legacyPathThatIsASymlinkLoop_isRefused() throws Exception {
        Path repo = repository();
        Path root = repo.resolve("components/terraform");
        deleteTree(root.resolve("dns"));
        Files.createSymbolicLink(root.resolve("dns"), Path.of("dns"));
        MigrationPlanException e = assertThrows(MigrationPlanException.class,
                () -> migration(repo).apply(shippedPlan(repo)).run());
        assertEquals(List.of(repo.resolve("migration-plan.yaml") + ":" + line(repo, "dns", "source") + ":5: module 'dns': "
                + "dns is a symlink loop; remove the link (rm dns) or point it at a folder"),
                e.findings().stream().map(Finding::toString).toList());
    }

    @Test
    void apply_unknownRequiredField_isRefusedUnlessDefaultsAreAccepted() throws Exception {
        Path repo = repository();
        Path planFile = repo.resolve("migration-plan.yaml");
        String text = Files.readString(planFile, StandardCharsets.UTF_8);
        int at = text.indexOf("  - source: dns\n");
        int maintainer = text.indexOf("    maintainer:\n", at);
        int end = text.indexOf("  - source: ", maintainer);
        Files.writeString(planFile, text.substring(0, maintainer) + "    maintainer:\n      unknown: nobody owns it\n"
                + text.substring(end), StandardCharsets.UTF_8);
        MigrationPlanException e = assertThrows(MigrationPlanException.class,
                () -> migration(repo).apply(shippedPlan(repo)).run());
        assertEquals(List.of(planFile + ":" + line(repo, "dns", "maintainer") + ":5: module 'dns': maintainer is "
                + "unknown; write its maintainer into the plan, or apply with --accept-defaults"),
                e.findings().stream().map(Finding::toString).toList());
        MigrationResult result = migration(repo).apply(shippedPlan(repo)).acceptDefaults(true).run();
        assertEquals(22, result.moved().size());
        assertEquals("unassigned", Alexandria.open(repo.resolve("components/terraform")).requireModule("dns")
                .metadata().maintainer());
    }

    @Test
    void apply_intoALibraryOutsideTheFoldersRepository_isRefusedBeforeAnythingChanges() throws Exception {
        Path repo = repository();
        Path library = Files.createDirectories(tmp.resolve("library"));
        intoLibrary(repo, "../library");
        Map<String, String> before = snapshot(repo);
        CatalogException e = assertThrows(CatalogException.class,
                () -> migration(repo).apply(shippedPlan(repo)).dryRun());
        Path folder = repo.toRealPath().resolve("components/terraform");
        assertEquals("cannot migrate " + folder + " into " + library.toRealPath() + ": " + folder + " is in the git "
                + "repository at " + repo.toRealPath() + ", but " + library.toRealPath() + " is not in a git "
                + "repository; a module moved between repositories loses its history, and its legacy link would "
                + "point out of its repository; plan it again into a library root inside " + repo.toRealPath()
                + " (--into " + repo.toRealPath() + ", or no --into), or copy the folder into the library's "
                + "repository first and migrate it there", e.getMessage());
        assertThrows(CatalogException.class, () -> migration(repo).apply(shippedPlan(repo)).run());
        Git.init().setDirectory(library.toFile()).setInitialBranch("main").call().close();
        assertTrue(assertThrows(CatalogException.class, () -> migration(repo).apply(shippedPlan(repo)).run())
                .getMessage().contains(", but " + library.toRealPath() + " is in the git repository at "
                        + library.toRealPath() + ";"));
        assertEquals(before, snapshot(repo));
        try (Stream<Path> left = Files.list(library)) {
            assertEquals(List.of(".git"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void apply_outsideGit_intoAnotherFolder_looksForCallersBesideTheFolder_andSaysNothingWasStaged()
            throws Exception {
        Path plain = tmp.resolve("plain");
        copy(FlatComponentsTest.ROOT, plain);
        Path library = Files.createDirectories(tmp.resolve("library"));
        intoLibrary(plain, "../library");
        MigrationResult result = migration(plain).apply(shippedPlan(plain)).clock(CLOCK).run();
        assertEquals(22, result.moved().size());
        assertFalse(result.inGit());
        assertFalse(result.staged());
        assertEquals(List.of(".", "../plain/components"), result.callerScope());
        assertTrue(Files.isSymbolicLink(plain.resolve("components/terraform/vpc")));
        assertEquals(library.resolve("_library/foundations/networking/vpc-advanced").toRealPath(),
                plain.resolve("components/terraform/vpc").toRealPath());
        assertEquals(22, Alexandria.open(library).modules().size());
    }

    @Test
    void apply_planErrorsOfOneModule_areListedInTheOrderOfThePlanFile() throws Exception {
        Path repo = repository();
        Path planFile = repo.resolve("migration-plan.yaml");
        String text = Files.readString(planFile, StandardCharsets.UTF_8);
        int at = text.indexOf("  - source: dns\n");
        int end = text.indexOf("  - source: ", at + 1);
        String dns = text.substring(at, end).replaceAll("(?m)^    (maturity|version|maintainer):\n(      .*\n)+",
                "    $1:\n      unknown: not known\n");
        Files.writeString(planFile, text.substring(0, at) + dns + text.substring(end), StandardCharsets.UTF_8);
        MigrationPlanException e = assertThrows(MigrationPlanException.class,
                () -> migration(repo).apply(shippedPlan(repo)).run());
        List<Integer> lines = e.findings().stream().map(f -> f.location().line()).toList();
        assertEquals(3, lines.size(), e::getMessage);
        assertEquals(lines.stream().sorted().toList(), lines, e::getMessage);
        assertEquals(List.of(line(repo, "dns", "maturity"), line(repo, "dns", "version"),
                line(repo, "dns", "maintainer")).stream().sorted().toList(), lines);
    }

    /** Points the shipped plan of a copy at another library root, relative to the copy. */
    private static void intoLibrary(Path copy, String into) throws IOException {
        Path planFile = copy.resolve("migration-plan.yaml");
        String text = Files.readString(planFile, StandardCharsets.UTF_8);
        Files.writeString(planFile, text.replace("\ninto: components/terraform\n", "\ninto: " + into + "\n"),
                StandardCharsets.UTF_8);
    }

    @Test
    void dryRun_showsTheFileChanges_andWritesNothing() throws Exception {
        Path repo = repository();
        Map<String, String> before = snapshot(repo);
        MigrationResult result = migration(repo).apply(shippedPlan(repo)).dryRun();
        assertTrue(result.dryRun());
        assertEquals(22, result.moved().size());
        assertTrue(result.diff().contains("--- a/_library/compute/containers/eks-standard/main.tf\n"
                + "+++ b/_library/compute/containers/eks-standard/main.tf\n"), result.diff());
        assertTrue(result.diff().contains("+++ b/_catalog/legacy-links.yaml\n"));
        assertEquals(before, snapshot(repo));
    }

    @Test
    void check_afterMigration_listsTheCallerStillOnALegacyPath() throws Exception {
        Path repo = repository();
        Migration migration = migration(repo);
        migration.apply(shippedPlan(repo)).run();
        List<Finding> findings = migration.check();
        assertEquals(List.of("../../live/prod/main.tf:4: module \"vpc\" still calls legacy path vpc (source "
                + "\"../../components/terraform/vpc\")", "../../live/prod/main.tf:12: module \"eks\" still calls "
                + "legacy path eks (source \"../../components/terraform/eks\")"), findings.stream()
                .filter(f -> f.severity() != Finding.Severity.INFO).map(f -> f.location() + ": " + f.message())
                .toList());
        assertEquals(20, findings.stream().filter(f -> f.severity() == Finding.Severity.INFO).count());
    }

    // ------------------------------------------------------------------------------------------------------

    /** The plan with one module's category changed, as a reviewer would edit it. */
    private static MigrationPlan edit(MigrationPlan plan, String source, String category) {
        List<PlannedModule> modules = new ArrayList<>();
        for (PlannedModule m : plan.modules()) {
            modules.add(m.source().equals(source)
                    ? m.toBuilder().category(Inferred.of(category, 1.0, "set in review")).build() : m);
        }
        MigrationPlan.Builder edited = MigrationPlan.builder(plan.folder(), plan.into()).modules(modules)
                .skipped(plan.skipped());
        plan.file().ifPresent(edited::file);
        return edited.build();
    }

    private static int line(Path repo, String source, String field) throws IOException {
        List<String> lines = Files.readAllLines(repo.resolve("migration-plan.yaml"), StandardCharsets.UTF_8);
        int at = lines.indexOf("  - source: " + source);
        if (field.equals("source")) {
            return at + 1;
        }
        for (int i = at + 1; i < lines.size(); i++) {
            if (lines.get(i).equals("    " + field + ":")) {
                return i + 1;
            }
        }
        throw new IllegalStateException(field + " of " + source + " not in the plan");
    }

    private static List<String> names(ModuleInterface spec) {
        List<String> out = new ArrayList<>();
        spec.variables().forEach(v -> out.add("var." + v.name()));
        spec.outputs().forEach(o -> out.add("output." + o.name()));
        spec.managedResources().forEach(r -> out.add(r.type() + "." + r.name()));
        return out;
    }

    private static boolean isStaged(Git git, String path) {
        try {
            var s = git.status().call();
            return s.getAdded().contains(path) || s.getChanged().contains(path) || s.getRemoved().contains(path);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages of the commits that touched a file, following renames, newest first. */
    private static List<String> follow(Git git, String path) throws IOException {
        List<String> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            walk.setTreeFilter(FollowFilter.create(path, git.getRepository().getConfig().get(DiffConfig.KEY)));
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(git.getRepository().resolve("HEAD")));
            for (RevCommit c : walk) {
                out.add(c.getShortMessage());
            }
        }
        return out;
    }

    /** Every file, folder and symlink under a folder (the git index included), with its content hash. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                out.put(dir.relativize(d) + "/", "dir");
                return d.getFileName().toString().equals("objects") ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                if (f.getFileName().toString().equals(".alexandria.lock")) {
                    return FileVisitResult.CONTINUE; // the catalog lock file stays once a writer took it
                }
                out.put(dir.relativize(f).toString(), Files.isSymbolicLink(f) ? "-> " + Files.readSymbolicLink(f)
                        : hash(Files.readAllBytes(f)));
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.collect(Collectors.toList())) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
