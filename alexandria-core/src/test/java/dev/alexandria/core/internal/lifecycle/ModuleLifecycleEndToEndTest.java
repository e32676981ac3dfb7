package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.Library;
import dev.alexandria.api.RefusedException;
import dev.alexandria.api.model.ChangeResult;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.NotificationResult;
import dev.alexandria.api.model.RegisterRequest;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.ReleaseBump;
import dev.alexandria.api.model.ReleaseRequest;
import dev.alexandria.api.model.ScaffoldRequest;
import dev.alexandria.api.model.TestOutcome;
import dev.alexandria.api.model.TestReport;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.internal.catalog.CatalogStore;
import dev.alexandria.core.internal.versioning.Fingerprints;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A temporary git repository per test: scaffold → validate → test → register → version bump → publish, checking
 * the files, the registry, the tags and the notifications.
 */
class ModuleLifecycleEndToEndTest {

    static final String ID = "vpc-enterprise";
    static final String FOLDER = LifecycleFixture.M + ID;

    @TempDir
    Path tmp;

    LifecycleFixture f;
    WebhookNotifierTest.Hooks hooks;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void library() {
        f = LifecycleFixture.create(tmp).committed(today);
        hooks = new WebhookNotifierTest.Hooks();
        f.write("_catalog/tags.yaml", "tags:\n  - name: networking\n    description: Network building blocks.\n"
                + "  - name: vpc\n    description: Virtual private clouds.\n    parent: networking\n"
                + "  - name: multi-az\n    description: Spread over availability zones.\n");
        f.write("_catalog/settings.yaml", "notify:\n  webhooks: [\"" + hooks.url("/ok") + "\", \""
                + hooks.url("/broken") + "\"]\n");
        f.commit("tags and webhooks", today);
    }

    @AfterEach
    void stop() {
        hooks.close();
    }

    /** Scaffolds the module and commits it; records a unit test run with the stand-in terraform. */
    private void scaffoldedAndTested(String fixture, int exit) {
        f.open().scaffold(ScaffoldRequest.of(ID, "foundations/networking")).apply();
        f.commit("scaffold " + ID, today);
        test(fixture, exit);
    }

    private TestReport test(String fixture, int exit) {
        Library lib = f.open();
        TestReport report = Lifecycles.test(lib, lib.requireModule(ID), CatalogStore.of(f.root),
                Lifecycles.runners(getClass().getClassLoader()), StandIns.terraform(tmp, fixture, exit, false), today)
                .run();
        f.commit("test results", today);
        return report;
    }

    private String git(String revision) throws Exception {
        // The fixture's Git owns the repository: closing it here would close it a second time at the end.
        ObjectId id = f.git().getRepository().resolve(revision);
        return id == null ? "none" : id.name();
    }

    private String headSubject() throws Exception {
        Repository repo = f.git().getRepository(); // the fixture's, not closed here
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repo)) {
            return walk.parseCommit(repo.resolve("HEAD")).getShortMessage();
        }
    }

    /** The files the HEAD commit changed. */
    private List<String> headFiles() throws Exception {
        Repository repo = f.git().getRepository(); // the fixture's, not closed here
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repo);
                org.eclipse.jgit.diff.DiffFormatter diff =
                new org.eclipse.jgit.diff.DiffFormatter(org.eclipse.jgit.util.io.DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            org.eclipse.jgit.revwalk.RevCommit head = walk.parseCommit(repo.resolve("HEAD"));
            org.eclipse.jgit.revwalk.RevCommit parent = walk.parseCommit(head.getParent(0));
            return diff.scan(parent.getTree(), head.getTree()).stream()
                    .map(org.eclipse.jgit.diff.DiffEntry::getNewPath).toList();
        }
    }

    @Test
    void scaffoldValidateTestRegisterBumpPublish() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        assertEquals(List.of(), f.open().validate(List.of(ID)).findings(), "a scaffolded module validates clean");
        assertTrue(f.read("_catalog/test-results/" + ID + ".yaml").contains("outcome: \"passed\""));

        ChangePlan register = f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))
                .maturity(MaturityLevel.ALPHA).tags(List.of("vpc", "networking", "multi-az")));
        ChangeResult registered = register.apply();
        assertEquals(List.of("_library/foundations/networking/vpc-enterprise/.alexandria.yaml",
                "_catalog/module-registry.yaml", "_library/foundations/networking/vpc-enterprise/CHANGELOG.md",
                "_library/foundations/networking/vpc-enterprise/README.md"), registered.files());
        assertTrue(f.read(LifecycleFixture.M + ID + "/README.md").contains("\n| alpha | 0.1.0 | foundations | "
                + "`foundations/networking` |\n"), "the header table shows the registered level");
        assertEquals(ID + "/v0.1.0", registered.release().orElseThrow().tag());
        Library lib = f.open();
        RegistryEntry entry = lib.catalog().registry().entry(ID).orElseThrow();
        RegisteredVersion v010 = entry.registeredVersion(Version.parse("0.1.0")).orElseThrow();
        assertEquals(today, v010.released());
        assertEquals(MaturityLevel.ALPHA, entry.maturity());
        assertEquals(List.of("vpc", "networking", "multi-az"), entry.tags());
        assertEquals(java.util.Optional.of(ID + "/v0.1.0"), v010.tag());
        assertEquals(git(ID + "/v0.1.0^{commit}:" + FOLDER), v010.tree().orElseThrow(),
                "the recorded tree is the folder's tree in the tagged commit");
        assertEquals(java.util.Optional.of(Fingerprints.of(lib.requireModule(ID).interfaceSpec())),
                v010.fingerprint());
        assertTrue(entry.cost().isPresent(), "the cost estimate is written");
        assertEquals(git("HEAD"), git(ID + "/v0.1.0^{commit}"), "the tag is on the release commit");
        assertTrue(f.read(FOLDER + "/CHANGELOG.md").contains("## [0.1.0] - " + today));
        assertTrue(registered.notes().contains("search index updated: 'alexandria search " + ID + "' lists " + ID
                        + " first"),
                registered.notes().toString());
        assertEquals(ID, lib.search("vpc enterprise").limit(1).run().hits().get(0).module().id().value());

        f.write(FOLDER + "/variables.tf", f.read(FOLDER + "/variables.tf") + "\nvariable \"flow_logs\" {\n"
                + "  description = \"Whether to record VPC flow logs.\"\n  type        = bool\n"
                + "  default     = false\n}\n");
        f.write(FOLDER + "/main.tf", f.read(FOLDER + "/main.tf").replace("count = var.enabled ? 1 : 0",
                "count = var.enabled || var.flow_logs ? 1 : 0"));
        f.commit("flow logs", today);
        dev.alexandria.api.ReleasePlan bump = f.open().versions(ID).release(ReleaseRequest.bump(ReleaseBump.AUTO,
                "Flow logs.").date(today));
        assertTrue(bump.render().contains("note: README.md: the inputs table lacks input flow_logs now; the release "
                + "step updates the stale rows between the markers, so validation judged the README as the release "
                + "leaves it\n"), "version's validation gate, register's, judges the README as the release leaves it: "
                + bump.render());
        bump.apply();

        String beforePublish = git("HEAD");
        ChangeResult published = f.open().lifecycle(ID).publish().apply();
        assertEquals(List.of("_catalog/module-registry.yaml"), published.files());
        assertEquals(beforePublish, git("HEAD^"), "publish adds one commit");
        assertEquals("publish vpc-enterprise 0.2.0 (vpc-enterprise/v0.2.0)", headSubject());
        assertEquals(List.of("_catalog/module-registry.yaml"), headFiles());
        assertTrue(f.git().status().call().isClean(), "the publication is committed");
        assertEquals(List.of(NotificationResult.delivered("alexandria-webhook", hooks.url("/ok"), "HTTP 204"),
                NotificationResult.failed("alexandria-webhook", hooks.url("/broken"),
                        "HTTP 500 (a 2xx answer was expected)")), published.notifications());
        assertTrue(hooks.bodies.get(0).contains("\"version\":\"0.2.0\""), hooks.bodies.get(0));
        RegistryEntry after = f.open().catalog().registry().entry(ID).orElseThrow();
        assertEquals(java.util.Optional.of(today), after.registeredVersion(Version.parse("0.2.0")).orElseThrow()
                .published());
        assertFalse(after.registeredVersion(Version.parse("0.1.0")).orElseThrow().isPublished());

        RefusedException again = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).publish());
        assertEquals(List.of("0.2.0 was published on " + today + ", and published versions are immutable; release a "
                + "new version to publish (alexandria version vpc-enterprise --bump auto --changelog \"<what changed>\")"), again.reasons());
    }

    @Test
    void register_judgesTheVersionBumpForTheVersionRegistered_notTheOneDeclaredNow() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0")).maturity(MaturityLevel.ALPHA))
                .apply();
        f.write(FOLDER + "/variables.tf", f.read(FOLDER + "/variables.tf") + "\nvariable \"owner_team\" {\n"
                + "  description = \"The team that owns the VPC.\"\n  type        = string\n}\n");
        f.commit("owner team", today);
        assertTrue(f.open().validate(List.of(ID)).findings().stream()
                        .anyMatch(x -> x.ruleId().equals(dev.alexandria.api.ModuleVersions.VERSION_BUMP_RULE)),
                "validate reports the unbumped change against the version declared (0.1.0)");

        RefusedException shortOf = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID)
                .register(RegisterRequest.of(Version.parse("0.1.1"))));
        assertTrue(shortOf.reasons().stream().anyMatch(r -> r.contains("0.1.1") && r.endsWith("; register 0.2.0 (--version 0.2.0)")),
                "a version short of the required bump is refused by the release step, naming register's own option: "
                        + shortOf.reasons());

        ChangeResult registered = f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.2.0")))
                .apply();
        assertEquals(ID + "/v0.2.0", registered.release().orElseThrow().tag(),
                "the version the required bump asks for is registered");
        assertEquals(List.of(), f.open().validate(List.of(ID)).findings().stream()
                .filter(x -> x.ruleId().equals(dev.alexandria.api.ModuleVersions.VERSION_BUMP_RULE)).toList());
    }

    @Test
    void register_theFixOfATakenVersionKeepsTheMaturityAsked() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.tagged(ID, "0.1.0", today);
        RefusedException taken = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID)
                .register(RegisterRequest.of(Version.parse("0.1.0")).maturity(MaturityLevel.ALPHA)));
        assertTrue(taken.reasons().stream().anyMatch(r -> r.contains("register 0.1.1 (--version 0.1.1 --maturity "
                + "alpha)")), "the version fits the maturity asked, so the fix asks for it too: " + taken.reasons());
        ChangeResult registered = f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.1"))
                .maturity(MaturityLevel.ALPHA)).apply();
        assertEquals(ID + "/v0.1.1", registered.release().orElseThrow().tag(), "the fix, fed back, registers");
    }

    /** A host's rule, registered through {@code Alexandria.builder()}: every module needs an owner's sign-off. */
    static final class SignOff implements dev.alexandria.spi.validate.ModuleValidator {

        @Override
        public dev.alexandria.spi.ProviderDescriptor descriptor() {
            return new dev.alexandria.spi.ProviderDescriptor("host-sign-off", 0, SPI_VERSION);
        }

        @Override
        public List<dev.alexandria.spi.validate.ValidationRule> rules() {
            return List.of(dev.alexandria.spi.validate.ValidationRule.of("host-sign-off",
                    dev.alexandria.api.model.Finding.Severity.ERROR, "a module is signed off by its owner"));
        }

        @Override
        public List<dev.alexandria.api.model.Finding> validate(dev.alexandria.spi.validate.ValidationRequest request) {
            return List.of(dev.alexandria.api.model.Finding.error("host-sign-off",
                    dev.alexandria.api.model.SourceLocation.of(request.metadataFile(), 1, 1),
                    request.moduleId() + " is not signed off", "ask its owner"));
        }
    }

    private Library openWithSignOff() {
        return dev.alexandria.core.Alexandria.builder().root(f.root).moduleValidator(new SignOff()).open();
    }

    @Test
    void theValidationGatesRunTheValidatorsAHostRegisteredWithTheBuilder() {
        scaffoldedAndTested("pass.jsonl", 0);
        String error = "_library/foundations/networking/vpc-enterprise/.alexandria.yaml:1:1: vpc-enterprise is not "
                + "signed off [host-sign-off]; ask its owner";
        assertTrue(openWithSignOff().validate(List.of(ID)).errors().stream()
                .anyMatch(e -> e.ruleId().equals("host-sign-off")), "validate runs the host's validator");

        RefusedException register = assertThrows(RefusedException.class, () -> openWithSignOff().lifecycle(ID)
                .register(RegisterRequest.of(Version.parse("0.1.0"))));
        assertEquals(List.of("validation found 1 error (alexandria validate " + ID + "), listed below; fix them first",
                error), register.reasons(), "register's gate runs the host's validator");

        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        f.write(FOLDER + "/outputs.tf", f.read(FOLDER + "/outputs.tf") + "\n# reviewed\n");
        f.commit("a patch", today);
        RefusedException version = assertThrows(dev.alexandria.api.ReleaseRefusedException.class,
                () -> openWithSignOff().versions(ID).release(ReleaseRequest.bump(ReleaseBump.AUTO, "Patch.")
                        .date(today)));
        assertEquals(List.of("validation found 1 error (alexandria validate " + ID + "), listed below; fix them first",
                error), version.reasons(), "version's gate is register's, with the host's validator");
        f.open().versions(ID).release(ReleaseRequest.bump(ReleaseBump.AUTO, "Patch.").date(today)).apply();
        RefusedException publish = assertThrows(RefusedException.class, () -> openWithSignOff().lifecycle(ID)
                .publish());
        assertEquals(ID + "/v0.1.1:" + error, publish.reasons().get(publish.reasons().size() - 1),
                "publish's gate on the release as its tag holds it runs the host's validator: " + publish.reasons());
        assertEquals(1, f.open().lifecycle(ID).publish().files().size(),
                "without the host's validator the release publishes (the registry is its one file)");
    }

    @Test
    void version_refusesWhatRegistersValidationGateRefuses_inTheSameWords_andChangesNothing() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        // HCL that parses, but refers to a variable the module does not declare: only validation finds it
        f.write(FOLDER + "/main.tf", f.read(FOLDER + "/main.tf") + "\nlocals {\n  nope = var.nope\n}\n");
        f.commit("a reference to an undeclared variable", today);
        String head = git("HEAD");
        String registry = f.read("_catalog/module-registry.yaml");
        String changelog = f.read(FOLDER + "/CHANGELOG.md");
        RefusedException register = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID)
                .register(RegisterRequest.of(Version.parse("0.1.1"))));
        RefusedException version = assertThrows(dev.alexandria.api.ReleaseRefusedException.class,
                () -> f.open().versions(ID).release(ReleaseRequest.bump(ReleaseBump.AUTO, "Nope.").date(today)));
        assertTrue(version.getMessage().startsWith("refusing to release " + ID + " 0.1.1:"), version.getMessage());
        assertTrue(version.reasons().get(1).startsWith(FOLDER + "/main.tf:") && version.reasons().get(1)
                .contains("Reference to undeclared input variable") && version.reasons().get(1)
                .contains("[reference-declared]; declare the variable in variables.tf"), version.reasons().toString());
        assertEquals(register.reasons().subList(0, 2), version.reasons().subList(0, 2),
                "the same gate, in the same words, with every error and its fix");
        assertEquals(head, git("HEAD"), "no commit");
        assertEquals("none", git(ID + "/v0.1.1"), "no tag");
        assertEquals(registry, f.read("_catalog/module-registry.yaml"));
        assertEquals(changelog, f.read(FOLDER + "/CHANGELOG.md"));
        assertTrue(f.git().status().call().isClean(), "no file written");
    }

    /** A refusal lists every reason found: failing validation does not hide what the release step refuses too. */
    @Test
    void register_refusedByValidation_alsoListsTheRegisteredVersionsTagOnATree() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        f.git().tagDelete().setTags(ID + "/v0.1.0").call();
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(f.git().getRepository())) {
            f.git().tag().setName(ID + "/v0.1.0").setAnnotated(true).setMessage("by hand").setSigned(false)
                    .setObjectId(walk.parseAny(f.git().getRepository().resolve("HEAD^{tree}"))).call();
        }
        RefusedException valid = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID)
                .register(RegisterRequest.of(Version.parse("0.2.0"))));
        String tree = valid.reasons().stream().filter(r -> r.contains("points at a tree")).findFirst()
                .orElseThrow(() -> new AssertionError(valid.reasons().toString()));
        f.write(FOLDER + "/main.tf", f.read(FOLDER + "/main.tf") + "\nlocals {\n  nope = var.nope\n}\n");
        f.commit("a reference to an undeclared variable", today);
        RefusedException both = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID)
                .register(RegisterRequest.of(Version.parse("0.2.0"))));
        assertTrue(both.reasons().get(0).startsWith("validation found "), both.reasons().toString());
        assertTrue(both.reasons().stream().anyMatch(r -> r.contains("[reference-declared]")),
                both.reasons().toString());
        assertEquals(tree, both.reasons().get(both.reasons().size() - 1),
                "the tag's reason, as register gives it when validation passes, follows validation's");
    }

    @Test
    void register_atAnotherLevelIsRefusedWithTheUnmetCriteria() {
        scaffoldedAndTested("fail.jsonl", 1);
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).register(
                RegisterRequest.of(Version.parse("0.1.0")).maturity(MaturityLevel.ALPHA)));
        String commit = f.read("_catalog/test-results/" + ID + ".yaml").lines().filter(l -> l.contains("commit:"))
                .findFirst().orElseThrow().substring(10).replace("\"", "");
        assertEquals(List.of("registering at alpha moves vpc-enterprise from experimental, and promote refuses that:",
                "  unmet unit_tests (Unit tests pass): found tests/unit failed on " + today + " at commit " + commit
                        + " (alexandria-terraform: 1 passed, 1 failed; 1 of 2 runs failed); to meet it: fix the "
                        + "failing tests and run 'alexandria test' again"), e.reasons());
        RefusedException skip = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).register(
                RegisterRequest.of(Version.parse("1.0.0-beta.1")).maturity(MaturityLevel.BETA)));
        assertEquals("  experimental → beta skips a level; promote one level at a time, next to alpha",
                skip.reasons().get(1));
    }

    @Test
    void register_aVersionTheNewMaturityDoesNotAllowIsRefused() {
        scaffoldedAndTested("pass.jsonl", 0);
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).register(
                RegisterRequest.of(Version.parse("1.0.0")).maturity(MaturityLevel.ALPHA)));
        assertTrue(e.reasons().stream().anyMatch(r -> r.startsWith("maturity 'alpha' needs ")
                && r.contains("and 1.0.0 is not one (version-maturity)")), e.reasons().toString());
    }

    @Test
    void register_aRegisteredVersionWhoseFolderChangedIsRefused() {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        ChangePlan same = f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0")));
        assertEquals(List.of(), same.files(), "the same files again: nothing to do");
        f.write(FOLDER + "/outputs.tf", f.read(FOLDER + "/outputs.tf") + "\n# changed\n");
        f.commit("change after registering", today);
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).register(
                RegisterRequest.of(Version.parse("0.1.0"))));
        assertTrue(e.reasons().get(0).startsWith("version 0.1.0 is registered with module folder tree "),
                e.reasons().get(0));
        assertFalse(e.reasons().get(0).contains("uncommitted"), "the change is committed: " + e.reasons().get(0));
        assertTrue(e.reasons().get(0).endsWith("; registered versions never change, so register a higher version "
                + "(alexandria version vpc-enterprise --bump auto --changelog \"<what changed>\")"), e.reasons().get(0));
    }

    /**
     * The registered version's tag deleted: with the same files, register does not say "nothing to do" (diff, version
     * and publish need the tag); with other files, its fix restores the tag before the release that would need it.
     * Each fix, typed back, works.
     */
    @Test
    void register_aRegisteredVersionWithoutItsTag_namesTheTagToRestoreFirst() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        String released = git("HEAD");
        f.git().tagDelete().setTags(ID + "/v0.1.0").call();
        String commit = released.substring(0, 12); // the registry records its tree: the fix finds the commit

        RefusedException same = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).register(
                RegisterRequest.of(Version.parse("0.1.0"))));
        assertTrue(same.reasons().get(0).matches("version 0\\.1\\.0 is registered with these files \\(tree [0-9a-f]{12}\\), "
                + "but there is no git tag vpc-enterprise/v0\\.1\\.0 on a commit holding them, and diff, version and "
                + "publish read the version from its tag; tag the commit that holds these files \\(commit " + commit
                + " is the first that does\\): " + java.util.regex.Pattern.quote(git()) + " tag -a vpc-enterprise/v0\\.1\\.0 -m \"vpc-enterprise 0\\.1\\.0\" "
                + commit), same.reasons().get(0));

        f.write(FOLDER + "/outputs.tf", f.read(FOLDER + "/outputs.tf") + "\n# changed\n");
        f.commit("change after registering", today);
        RefusedException changed = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).register(
                RegisterRequest.of(Version.parse("0.1.0"))));
        assertTrue(changed.reasons().get(0).endsWith("; registered versions never change, so register a higher "
                + "version: first tag the commit of 0.1.0, which the release counts the bump from (" + git() + " tag -a "
                + "vpc-enterprise/v0.1.0 -m \"vpc-enterprise 0.1.0\" " + commit + "; commit " + commit + " is the first "
                + "that holds its registered files), then alexandria version vpc-enterprise --bump auto --changelog "
                + "\"<what changed>\""), changed.reasons().get(0));

        // the tag put back on the wrong commit (the change after the release): the release would count the bump
        // from other files than 0.1.0's, so it is refused, naming the commit that holds them
        f.git().tag().setName(ID + "/v0.1.0").setAnnotated(true).setMessage("vpc-enterprise 0.1.0").setSigned(false)
                .call();
        List<String> wrong = assertThrows(dev.alexandria.api.ReleaseRefusedException.class, () -> f.open().versions(ID)
                .release(ReleaseRequest.bump(ReleaseBump.PATCH, "Docs.").date(today))).getMessage().lines().toList();
        assertTrue(wrong.stream().anyMatch(r -> r.matches("the git tag vpc-enterprise/v0\\.1\\.0 of 0\\.1\\.0 holds "
                + "other files of vpc-enterprise than the registry records for it \\(module folder tree [0-9a-f]{12}, "
                + "registered [0-9a-f]{12}\\), so it is not on the commit 0\\.1\\.0 was released from; put it back "
                + "there \\(" + java.util.regex.Pattern.quote(git()) + " tag -f -a vpc-enterprise/v0\\.1\\.0 -m \"vpc-enterprise 0\\.1\\.0\" " + commit + "\\): "
                + "commit " + commit + " is the first that holds those files")), wrong::toString);
        f.git().tagDelete().setTags(ID + "/v0.1.0").call();

        // typed back: the tag on the commit the fix names, then the release
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(f.git().getRepository())) {
            f.git().tag().setName(ID + "/v0.1.0").setAnnotated(true).setMessage("vpc-enterprise 0.1.0")
                    .setSigned(false).setObjectId(walk.parseCommit(f.git().getRepository().resolve(released))).call();
        }
        assertTrue(f.open().versions(ID).release(ReleaseRequest.bump(ReleaseBump.PATCH, "Docs.").date(today))
                .refusals().isEmpty());
    }

    @Test
    void register_aRefusingGitHookIsARefusalOnOneLineAndItsOutputNeverReachesStdout() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        Path hook = f.root.resolve(".git/hooks/pre-commit");
        java.nio.file.Files.createDirectories(hook.getParent());
        java.nio.file.Files.writeString(hook, "#!/bin/sh\necho 'see the wiki'\necho 'lint failed' >&2\n"
                + "echo 'fix main.tf' >&2\nexit 1\n");
        hook.toFile().setExecutable(true);
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
        RefusedException e;
        try {
            System.setOut(new java.io.PrintStream(seen, true, java.nio.charset.StandardCharsets.UTF_8));
            e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).register(
                    RegisterRequest.of(Version.parse("0.1.0"))).apply());
        } finally {
            System.setOut(stdout);
        }
        assertEquals("", seen.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("refusing to register " + ID + " 0.1.0:", e.getMessage().lines().findFirst().orElseThrow(),
                "the command the user ran, as register's other refusals say it");
        assertEquals(1, e.reasons().size(), e.reasons()::toString);
        assertTrue(e.reasons().get(0).startsWith("git's pre-commit hook refused the commit (exit 1): see the wiki "
                + "lint failed fix main.tf; every file was restored, so the library is as it was"), e.reasons().get(0));
        assertFalse(e.reasons().get(0).contains("\n"), e.reasons().get(0));
    }

    @Test
    void register_aRegisteredVersionWithUncommittedEditsIsRefused() {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        f.write(FOLDER + "/outputs.tf", f.read(FOLDER + "/outputs.tf") + "\n# not committed\n");
        RefusedException edited = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).register(
                RegisterRequest.of(Version.parse("0.1.0"))));
        assertTrue(edited.reasons().get(0).contains(", and the folder's files now have tree ")
                && edited.reasons().get(0).contains("(the committed files are the registered ones, so the difference "
                + "is uncommitted edits); registered versions never change"), edited.reasons().get(0));
        f.write(FOLDER + "/outputs.tf", f.read(FOLDER + "/outputs.tf").replace("\n# not committed\n", ""));
        f.write(FOLDER + "/extra.tf", "# a new file git would add\n");
        assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).register(
                RegisterRequest.of(Version.parse("0.1.0"))), "an untracked file is part of what would be committed");
    }

    /** The module scaffolded, tested and registered as 0.1.0, with a registry entry from before trees were recorded. */
    private void registeredWithoutTrees() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        String registry = f.read("_catalog/module-registry.yaml");
        f.write("_catalog/module-registry.yaml", registry.lines().filter(l -> !l.trim().startsWith("tree: "))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        f.commit("a registry entry from before trees were recorded", today);
    }

    @Test
    void register_withoutARecordedTreeComparesWithTheTagOrSaysThereIsNothingToCompare() throws Exception {
        registeredWithoutTrees();
        ChangePlan same = f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0")));
        assertEquals(List.of(), same.files(), "the tag's tree is the folder's: nothing to do");
        assertTrue(same.summary().contains(", its git tag vpc-enterprise/v0.1.0's tree, since the registry records "
                + "none), nothing to do"), same.summary());
        f.git().tagDelete().setTags("vpc-enterprise/v0.1.0").call();
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).register(
                RegisterRequest.of(Version.parse("0.1.0"))));
        assertEquals(List.of("version 0.1.0 is registered, but the registry records no git tree for it and there is "
                + "no git tag vpc-enterprise/v0.1.0, so there is nothing to compare the module folder with, and a "
                + "higher version cannot be released before that tag marks a commit either (the release compares the "
                + "interface with it); tag the commit that holds exactly the files of 0.1.0 (for a module migrated "
                + "into the library, the migration's commit; git -C " + f.open().root() + " log --oneline -- "
                + FOLDER + " lists the "
                + "candidates): " + git() + " tag -a vpc-enterprise/v0.1.0 -m \"vpc-enterprise 0.1.0\" <commit>, then register "
                + "again (with the tag, a higher version can be released too)"), e.reasons());
        // the advice works: a release from before, tagged, is the same files, and a higher version can follow
        f.git().tag().setName("vpc-enterprise/v0.1.0").setAnnotated(true).setMessage("vpc-enterprise 0.1.0")
                .setSigned(false).call();
        assertEquals(List.of(), f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).files());
        assertTrue(f.open().versions(ID).release(ReleaseRequest.bump(ReleaseBump.PATCH, "Docs.").date(today))
                .refusals().isEmpty());
    }

    /** A tag made by hand of a tree is there but marks no release: register names it and moves it (-f). */
    @Test
    void register_withoutARecordedTreeAndWithATagOnATree_saysSoAndMovesTheTag() throws Exception {
        registeredWithoutTrees();
        f.git().tagDelete().setTags(ID + "/v0.1.0").call();
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(f.git().getRepository())) {
            f.git().tag().setName(ID + "/v0.1.0").setAnnotated(true).setMessage("by hand").setSigned(false)
                    .setObjectId(walk.parseAny(f.git().getRepository().resolve("HEAD^{tree}"))).call();
        }
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).register(
                RegisterRequest.of(Version.parse("0.1.0"))));
        assertEquals(List.of("version 0.1.0 is registered, but the registry records no git tree for it and its git "
                + "tag vpc-enterprise/v0.1.0 points at a tree, not a commit, so there is nothing to compare the module "
                + "folder with, and a higher version cannot be released before that tag marks a commit either (the "
                + "release compares the interface with it); point it at the commit that holds exactly the files of "
                + "0.1.0 (for a module migrated into the library, the migration's commit; git -C " + f.open().root()
                + " log --oneline -- " + FOLDER + " lists the candidates): " + git() + " tag -f -a "
                + "vpc-enterprise/v0.1.0 -m \"vpc-enterprise 0.1.0\" <commit>, then register again (with the tag, a "
                + "higher version can be released too)"), e.reasons());
    }

    @Test
    void register_anOlderVersionWithoutTreeOrTag_namesTheVersionAboveTheLast_notTheTag() throws Exception {
        registeredWithoutTrees();
        f.open().versions(ID).release(ReleaseRequest.bump(ReleaseBump.PATCH, "Docs.").date(today)).apply();
        f.git().tagDelete().setTags("vpc-enterprise/v0.1.0").call();
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).register(
                RegisterRequest.of(Version.parse("0.1.0"))));
        assertEquals(List.of("version 0.1.0 is registered, but the registry records no git tree for it and there is "
                + "no git tag vpc-enterprise/v0.1.0, so there is nothing to compare the module folder with; "
                + "registered versions never change, so register a version above 0.1.1 (alexandria version "
                + "vpc-enterprise --bump auto --changelog \"<what changed>\")"), e.reasons(),
                "0.1.1 was released without 0.1.0's tag: the message does not say the tag stops a release");
        assertTrue(f.open().versions(ID).release(ReleaseRequest.bump(ReleaseBump.PATCH, "More docs.").date(today))
                .refusals().isEmpty(), "and the release it names can be made");
    }

    @Test
    void register_judgesTheReadmeAsItsReleaseStepLeavesIt() {
        scaffoldedAndTested("pass.jsonl", 0);
        f.write(FOLDER + "/variables.tf", f.read(FOLDER + "/variables.tf") + "\nvariable \"n\" {\n"
                + "  description = \"How many.\"\n  type        = number\n  default     = 1\n}\n");
        f.commit("a variable the README tables do not list yet", today);
        assertEquals(List.of("readme-tables"), f.open().validate(List.of(ID)).errors().stream()
                .map(x -> x.ruleId()).toList(), "validate judges the README as it is");
        ModulePlan plan = (ModulePlan) f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0")));
        assertTrue(plan.render().contains("README.md: the inputs table lacks input n now; the release step "
                + "updates the stale rows between the markers, so validation judged the README as the release leaves "
                + "it"), plan.render());
        plan.apply();
        assertEquals(List.of(), f.open().validate(List.of(ID)).errors(), "the release wrote the tables");
    }

    @Test
    void register_staleTablesWithoutTheMarkersAreNotRegenerated() {
        scaffoldedAndTested("pass.jsonl", 0);
        f.write(FOLDER + "/README.md", f.read(FOLDER + "/README.md").replace("<!-- BEGIN_TF_DOCS -->", "")
                .replace("<!-- END_TF_DOCS -->", ""));
        f.commit("no markers", today);
        ModulePlan plan = (ModulePlan) f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0")));
        assertTrue(plan.render().contains("README.md has no <!-- BEGIN_TF_DOCS --> … <!-- END_TF_DOCS --> markers"),
                plan.render());
        assertFalse(plan.render().contains("updates the stale rows"), plan.render());
    }

    @Test
    void register_archivedModulesAreRefused() {
        f.open().lifecycle("vpc-retired").asOf(LocalDate.of(2026, 7, 1)).archive(false).apply();
        f.commit("archive vpc-retired", today);
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle("vpc-retired")
                .register(RegisterRequest.of(Version.parse("1.2.0"))));
        assertEquals("refusing to register vpc-retired 1.2.0:\nvpc-retired is archived, and archived modules are "
                + "read-only; register its replacement vpc-next instead", e.getMessage());
        RefusedException publish = assertThrows(RefusedException.class, () -> f.open().lifecycle("vpc-retired")
                .publish());
        assertEquals("refusing to publish vpc-retired 1.1.0:\nvpc-retired is archived, and archived modules are "
                + "read-only; publish its replacement vpc-next instead", publish.getMessage(),
                "the version refused is named, as register's refusal names it");
    }

    @Test
    void register_dryRunChangesNothingAndAFailureHalfWayLeavesTheLibraryAsItWas() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        Map<String, String> before = f.snapshot();
        String head = git("HEAD");
        ModulePlan plan = (ModulePlan) f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0")));
        assertTrue(plan.render().contains("tag vpc-enterprise/v0.1.0 (annotated) on that commit"), plan.render());
        assertEquals(before, f.snapshot(), "planning writes nothing");
        plan.afterWrite(step -> {
            if (step.equals("commit")) {
                throw new IllegalStateException("power cut");
            }
        });
        AlexandriaException e = assertThrows(AlexandriaException.class, plan::apply);
        assertTrue(e.getMessage().contains("every file, the commit and the tag were restored"), e.getMessage());
        assertEquals(before, f.snapshot());
        assertEquals(head, git("HEAD"));
        assertEquals("none", git("refs/tags/" + ID + "/v0.1.0"));
    }

    @Test
    void publish_aFailureHalfWayRestoresTheRegistryAndNotifiesNobody() {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        Map<String, String> before = f.snapshot();
        ModulePlan plan = (ModulePlan) f.open().lifecycle(ID).publish();
        plan.afterWrite(path -> {
            throw new IllegalStateException("disk full");
        });
        assertThrows(AlexandriaException.class, plan::apply);
        assertEquals(before, f.snapshot());
        assertEquals(List.of(), hooks.bodies);
    }

    @Test
    void publish_aMovedTagOfAVersionBumpIsRefusedNamingTheTagAndBothTrees() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        f.open().versions(ID).release(ReleaseRequest.bump(ReleaseBump.PATCH, "Docs.").date(today)).apply();
        RegisteredVersion v011 = f.open().catalog().registry().entry(ID).orElseThrow()
                .registeredVersion(Version.parse("0.1.1")).orElseThrow();
        String released = git(ID + "/v0.1.1^{commit}:" + FOLDER);
        assertEquals(java.util.Optional.of(ID + "/v0.1.1"), v011.tag());
        assertEquals(java.util.Optional.of(released), v011.tree(), "version records the tree like register");
        assertEquals(java.util.Optional.of(Fingerprints.of(f.open().requireModule(ID).interfaceSpec())),
                v011.fingerprint());
        // the tag is moved onto the release of 0.1.0, whose folder differs
        f.git().tagDelete().setTags(ID + "/v0.1.1").call();
        f.git().tag().setName(ID + "/v0.1.1").setAnnotated(true).setMessage("moved").setSigned(false)
                .setObjectId(new org.eclipse.jgit.revwalk.RevWalk(f.git().getRepository())
                        .parseCommit(f.git().getRepository().resolve(ID + "/v0.1.0^{commit}"))).call();
        String moved = git(ID + "/v0.1.1^{commit}:" + FOLDER);
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).publish());
        assertEquals(List.of("the tag " + ID + "/v0.1.1 holds the module folder tree " + moved + ", not the "
                + "registered " + released + "; the tag was moved: put it back on the release commit"), e.reasons());
    }

    @Test
    void publish_ofAVersionWithoutARecordedTreeWarnsThatAMovedTagCannotBeNoticed() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        // an entry written before releases recorded trees
        f.write("_catalog/module-registry.yaml", java.util.Arrays.stream(f.read("_catalog/module-registry.yaml")
                .split("\n", -1)).filter(l -> !l.strip().startsWith("tree:")).collect(java.util.stream.Collectors
                .joining("\n")));
        f.commit("an old entry", today);
        String tree = git(ID + "/v0.1.0^{commit}:" + FOLDER);
        ChangePlan plan = f.open().lifecycle(ID).publish();
        assertTrue(plan.notes().contains("warning: the registry records no folder tree for 0.1.0 (released before "
                + "releases recorded one), so a moved tag cannot be noticed: check that " + ID + "/v0.1.0 is the "
                + "release commit (git show " + ID + "/v0.1.0) before publishing; it holds the tree " + tree),
                plan.notes().toString());
    }

    @Test
    void publish_commitsOnlyTheRegistryAndLeavesOtherChangesAlone() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        f.write("notes.txt", "work in progress\n");
        f.write(FOLDER + "/README.md", f.read(FOLDER + "/README.md") + "\nA draft paragraph.\n");
        f.git().add().addFilepattern(FOLDER + "/README.md").call();
        f.open().lifecycle(ID).publish().apply();
        assertEquals(List.of("_catalog/module-registry.yaml"), headFiles());
        org.eclipse.jgit.api.Status status = f.git().status().call();
        assertEquals(java.util.Set.of(FOLDER + "/README.md"), status.getChanged(), "a staged change stays staged");
        assertEquals(java.util.Set.of("notes.txt"), status.getUntracked());
        assertEquals(java.util.Set.of(), status.getModified());
    }

    @Test
    void publish_refusesWhenTheRegistryHasUncommittedChanges() {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        f.write("_catalog/module-registry.yaml", f.read("_catalog/module-registry.yaml") + "\n# a hand edit\n");
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).publish());
        assertEquals("refusing to publish vpc-enterprise 0.1.0:\n_catalog/module-registry.yaml has uncommitted "
                + "changes; commit or discard them first, so the publish commit holds only the publication",
                e.getMessage());
    }

    @Test
    void publish_aFailedCommitRestoresTheRegistryAndHead() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        Map<String, String> before = f.snapshot();
        String head = git("HEAD");
        ModulePlan plan = (ModulePlan) f.open().lifecycle(ID).publish();
        plan.afterWrite(step -> {
            if (step.equals("commit")) {
                throw new IllegalStateException("power cut");
            }
        });
        AlexandriaException e = assertThrows(AlexandriaException.class, plan::apply);
        assertTrue(e.getMessage().contains("every file and HEAD were restored"), e.getMessage());
        assertEquals(before, f.snapshot());
        assertEquals(head, git("HEAD"));
        assertTrue(f.git().status().call().isClean(), f.git().status().call().getUncommittedChanges()::toString);
        assertEquals(List.of(), hooks.bodies);
    }

    /** Moves a tag onto another commit, as {@code git tag -f -a} does. */
    private void moveTag(String tag, String revision) throws Exception {
        f.git().tagDelete().setTags(tag).call();
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(f.git().getRepository())) {
            f.git().tag().setName(tag).setAnnotated(true).setMessage("moved").setSigned(false)
                    .setObjectId(walk.parseCommit(f.git().getRepository().resolve(revision + "^{commit}"))).call();
        }
    }

    /** Leaves out the registry's recorded trees, as in an entry written before releases recorded one. */
    private void forgetRecordedTrees() {
        f.write("_catalog/module-registry.yaml", java.util.Arrays.stream(f.read("_catalog/module-registry.yaml")
                .split("\n", -1)).filter(l -> !l.strip().startsWith("tree:")).collect(java.util.stream.Collectors
                .joining("\n")));
        f.commit("an old entry", today);
    }

    /**
     * Registers 0.1.0 of the scaffolded module, then commits text appended to one of its files.
     *
     * @return the file's text as registered
     */
    private String registeredThenAppended(String file, String appended, String message) {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        String released = f.read(FOLDER + "/" + file);
        f.write(FOLDER + "/" + file, released + appended);
        f.commit(message, today);
        return released;
    }

    @Test
    void publish_judgesTheTaggedReleaseNotAWorkingFolderBrokenAfterIt() throws Exception {
        registeredThenAppended("variables.tf", "\nvariable \"BadName\" {}\n", "work after the release"); // broken
        f.write(FOLDER + "/outputs.tf", f.read(FOLDER + "/outputs.tf") + "\noutput \"Broken\" {\n"); // and an edit
        assertFalse(f.open().validate(List.of(ID)).errors().isEmpty(), "the working folder has errors");

        ChangeResult published = f.open().lifecycle(ID).publish().apply();

        assertEquals("publish vpc-enterprise 0.1.0 (vpc-enterprise/v0.1.0)", headSubject());
        assertEquals(java.util.Optional.of(today), f.open().catalog().registry().entry(ID).orElseThrow()
                .registeredVersion(Version.parse("0.1.0")).orElseThrow().published());
        assertEquals(2, published.notifications().size(), published.notifications().toString());
        assertTrue(f.read(FOLDER + "/outputs.tf").endsWith("output \"Broken\" {\n"), "the edit is left alone");
    }

    @Test
    void publish_refusesATagWhoseTreeFailsValidationThoughTheWorkingFolderPasses() throws Exception {
        String good = registeredThenAppended("main.tf", "\nlocals {\n  broken = local.missing\n}\n",
                "a reference to nothing");
        moveTag(ID + "/v0.1.0", "HEAD"); // the tag now holds the broken folder
        forgetRecordedTrees(); // so only validation can tell
        f.write(FOLDER + "/main.tf", good); // fixed in the working folder, not committed
        assertEquals(List.of(), f.open().validate(List.of(ID)).errors(), "the working folder passes");
        Map<String, String> before = f.snapshot();
        String head = git("HEAD");

        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).publish());

        assertTrue(e.reasons().get(0).startsWith("validation of the release vpc-enterprise/v0.1.0 (the module folder "
                + "as the tag holds it; uncommitted edits and later commits are not judged) found "),
                e.reasons().toString());
        // validate's rule, at its place in the tag (terraform validate, when installed, reports it too)
        String at = ID + "/v0.1.0:" + FOLDER + "/main.tf:" + (good.lines().count() + 3) + ":";
        assertTrue(e.reasons().stream().skip(1).allMatch(r -> r.startsWith(at)), e.reasons().toString());
        assertTrue(e.reasons().stream().anyMatch(r -> r.contains("\"missing\"") && r.contains("[reference-declared]")),
                e.reasons().toString());
        assertEquals(before, f.snapshot(), "nothing is written");
        assertEquals(head, git("HEAD"));
        assertEquals(List.of(), hooks.bodies);
    }

    @Test
    void publish_announcesTheTaggedMetadataNotTheWorkingOne() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        String tagged = f.read(FOLDER + "/.alexandria.yaml");
        String edited = tagged.replaceFirst("(?m)^name: .*$", "name: Renamed After The Tag")
                .replaceFirst("(?m)^description: .*$", "description: Described after the tag.");
        assertFalse(edited.equals(tagged), tagged);
        f.write(FOLDER + "/.alexandria.yaml", edited);

        f.open().lifecycle(ID).publish().apply();

        String body = hooks.bodies.get(0);
        assertTrue(body.contains("\"name\":\"vpc-enterprise\""), body);
        assertFalse(body.contains("after the tag") || body.contains("After The Tag"), body);
        assertEquals(edited, f.read(FOLDER + "/.alexandria.yaml"), "the working edit is left alone");
    }

    @Test
    void publish_refusesATagThatHoldsTheModuleArchivedThoughTheLibraryNowDoesNot() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        List<String> files = List.of(FOLDER + "/.alexandria.yaml", FOLDER + "/README.md",
                "_catalog/module-registry.yaml");
        Map<String, String> registered = new java.util.HashMap<>();
        files.forEach(file -> registered.put(file, f.read(file)));
        f.open().lifecycle(ID).asOf(today).deprecate(dev.alexandria.api.model.DeprecationRequest.replacedBy(
                dev.alexandria.api.model.ModuleId.of("vpc-next")).removalDate(today.plusDays(30))).apply();
        f.commit("deprecate", today);
        f.open().lifecycle(ID).asOf(today).archive(true).apply();
        f.commit("archive", today);
        moveTag(ID + "/v0.1.0", "HEAD"); // the tag now holds the archived module
        registered.forEach(f::write); // and the library no longer does
        java.nio.file.Files.deleteIfExists(f.root.resolve(FOLDER + "/MIGRATION.md"));
        f.commit("undo the archiving by hand", today);
        forgetRecordedTrees(); // so the moved tag is not what refuses
        assertEquals(MaturityLevel.EXPERIMENTAL, f.open().requireModule(ID).metadata().maturity());
        Map<String, String> before = f.snapshot();

        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).publish());

        assertTrue(e.reasons().contains("the release vpc-enterprise/v0.1.0 holds vpc-enterprise as archived (maturity: "
                + "archived in its .alexandria.yaml), and an archived module is not published; put the tag back on the "
                + "release commit (" + git() + " tag -f -a vpc-enterprise/v0.1.0 -m \"vpc-enterprise 0.1.0\" <release commit>, "
                + "where " + git() + " log --oneline -- " + FOLDER + " lists the candidate commits), or publish its replacement "
                + "vpc-next instead"), e.reasons().toString());
        assertEquals(before, f.snapshot(), "nothing is written");
        assertEquals(List.of(), hooks.bodies);
    }

    @Test
    void publish_notifiesTheLibrarysPresentWebhooksNotThoseTheTagHolds() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        // after the release the hooks are replaced: the tag still lists /ok and /broken of the old server
        try (WebhookNotifierTest.Hooks replaced = new WebhookNotifierTest.Hooks()) {
            f.write("_catalog/settings.yaml", "notify:\n  webhooks: [\"" + replaced.url("/ok") + "\"]\n");
            f.commit("new webhook", today);

            ChangeResult published = f.open().lifecycle(ID).publish().apply();

            assertEquals(List.of(NotificationResult.delivered("alexandria-webhook", replaced.url("/ok"), "HTTP 204")),
                    published.notifications());
            assertEquals(1, replaced.bodies.size(), replaced.bodies.toString());
            assertEquals(List.of(), hooks.bodies, "the hooks the tag lists are not posted to");
        }
    }

    @Test
    void publish_aTagWithoutTheModuleFolderIsRefusedNamingTagAndFolder() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        moveTag(ID + "/v0.1.0", "HEAD~3"); // the library before the module was scaffolded

        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).publish());

        assertEquals(1, e.reasons().size(), e.reasons()::toString);
        assertTrue(e.reasons().get(0).matches(java.util.regex.Pattern.quote("the tag vpc-enterprise/v0.1.0 holds no "
                + "folder " + FOLDER + ", so it is not a release of vpc-enterprise there (the module was moved, or the tag "
                + "is on another commit); put the tag back on the release commit (" + git() + " tag -f -a "
                + "vpc-enterprise/v0.1.0 -m \"vpc-enterprise 0.1.0\" ") + "[0-9a-f]{12}" + java.util.regex.Pattern.quote(
                ", the first commit that holds its registered files), or release a new version (alexandria version "
                + "vpc-enterprise --bump auto --changelog \"<what changed>\") and publish that")), e.reasons()::toString);
    }

    /** A release tag moved by hand onto a tree: publish says so, and its fix moves the tag (-f), as diff's does. */
    @Test
    void publish_aTagOnATreeIsRefusedWithTheFixThatMovesIt() throws Exception {
        scaffoldedAndTested("pass.jsonl", 0);
        f.open().lifecycle(ID).register(RegisterRequest.of(Version.parse("0.1.0"))).apply();
        f.git().tagDelete().setTags(ID + "/v0.1.0").call();
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(f.git().getRepository())) {
            f.git().tag().setName(ID + "/v0.1.0").setAnnotated(true).setMessage("moved").setSigned(false)
                    .setObjectId(walk.parseAny(f.git().getRepository().resolve("HEAD^{tree}"))).call();
        }

        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).publish());

        // the registry records the release's tree: the fix names the commit that holds it, from any folder
        assertEquals(1, e.reasons().size(), e.reasons()::toString);
        assertTrue(e.reasons().get(0).matches(java.util.regex.Pattern.quote("the git tag vpc-enterprise/v0.1.0 of "
                + "0.1.0 points at a tree, not a commit, so what would be published cannot be read; point it at the "
                + "release commit (" + git() + " tag -f -a vpc-enterprise/v0.1.0 -m \"vpc-enterprise 0.1.0\" ")
                + "[0-9a-f]{12}" + java.util.regex.Pattern.quote(", the first commit that holds its registered files)")),
                e.reasons()::toString);
    }

    @Test
    void publish_withoutARegisteredVersionIsRefused() {
        scaffoldedAndTested("pass.jsonl", 0);
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle(ID).publish());
        assertEquals("refusing to publish vpc-enterprise:\nvpc-enterprise has no registered version; register one "
                + "first (alexandria register vpc-enterprise --version 0.1.0)", e.getMessage());
    }

    @Test
    void test_recordsTheRunAndMeasuresInterfaceCoverage() throws Exception {
        f.open().scaffold(ScaffoldRequest.of(ID, "foundations/networking")).apply();
        f.commit("scaffold", today);
        String head = git("HEAD");
        TestReport report = test("pass.jsonl", 0);
        // the report has HEAD's full id; the record (what the maturity criteria read) keeps the short one
        assertEquals(Optional.of(head), report.commitId());
        assertEquals(Optional.of(head.substring(0, 12)), report.commit());
        assertFalse(report.uncommittedChanges());
        assertTrue(f.read("_catalog/test-results/" + ID + ".yaml").contains("commit: \"" + head.substring(0, 12)
                + "\"\n"), () -> f.read("_catalog/test-results/" + ID + ".yaml"));
        assertEquals(TestOutcome.PASSED, report.suites().get(0).outcome());
        assertEquals(TestOutcome.SKIPPED, report.suites().get(1).outcome());
        assertEquals(1.0, report.coverage().share());
        assertEquals(12, report.coverage().variablesSet().size());
        assertEquals(List.of("enabled", "id", "settings", "tags"), report.coverage().outputsAsserted());
    }

    /** How a fix runs git: in the library, from any folder. */
    private String git() {
        return "git -C " + f.open().root();
    }
}
