package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.Library;
import dev.alexandria.api.LifecyclePlan;
import dev.alexandria.api.LifecycleRefusedException;
import dev.alexandria.api.RefusedException;
import dev.alexandria.api.ReleaseRefusedException;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.DeprecationRequest;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.ReleaseBump;
import dev.alexandria.api.model.ReleaseRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deprecation (metadata, registry, README banner, MIGRATION.md) and archiving, with every refusal. */
class DeprecationTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    static final DeprecationRequest TO_NEXT = DeprecationRequest.replacedBy(ModuleId.of("vpc-next"))
            .removalDate(LocalDate.of(2027, 6, 1));

    @TempDir
    Path tmp;

    static String expected(String name) throws IOException {
        return Files.readString(LifecycleFixture.resource("expected/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void deprecate_withReplacement_writesBannerAndMigrationGuideAsExpected() throws IOException {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        LifecyclePlan plan = f.open().lifecycle("vpc-old").asOf(DAY).deprecate(TO_NEXT);

        assertEquals("deprecate vpc-old stable → deprecated", plan.summary());
        assertEquals(List.of("deprecating vpc-old affects 1 module that depends on it (vpc-tracked): validate will "
                + "report 1 new finding, listed next",
                "vpc-tracked: warning deprecated-dependency at _library/foundations/networking/vpc-tracked/"
                        + ".alexandria.yaml:13:5: requires 'vpc-old', which is deprecated (Replaced by vpc-next); it "
                        + "will be removed on 2027-06-01; depend on 'vpc-next' instead before 2027-06-01"),
                plan.notes());
        var done = plan.apply();

        String dir = LifecycleFixture.M + "vpc-old/";
        assertEquals(List.of(dir + ".alexandria.yaml", "_catalog/module-registry.yaml", dir + "README.md",
                dir + "MIGRATION.md"), done.files());
        assertEquals(expected("vpc-old-README.md"), f.read(dir + "README.md"));
        assertEquals(expected("vpc-old-MIGRATION.md"), f.read(dir + "MIGRATION.md"));
        LibraryModule old = f.open().requireModule("vpc-old");
        Deprecation d = new Deprecation("Replaced by vpc-next", Optional.of(ModuleId.of("vpc-next")),
                Optional.of(LocalDate.of(2027, 6, 1)));
        assertEquals(MaturityLevel.DEPRECATED, old.maturity());
        assertEquals(Optional.of(d), old.metadata().deprecation());
        RegistryEntry entry = old.registryEntry().orElseThrow();
        assertEquals(MaturityLevel.DEPRECATED, entry.maturity());
        assertEquals(Optional.of(d), entry.deprecation());
    }

    @Test
    void deprecate_neverAddsTheBannerTwice() {
        Deprecation d = new Deprecation("Old.", Optional.empty(), Optional.empty());
        String banner = ReadmeBanner.banner("vpc-old", d);
        String once = ReadmeBanner.insert("# Old VPC\n\nText.\n", banner);
        String twice = ReadmeBanner.insert(once, ReadmeBanner.banner("vpc-old", new Deprecation("Older.",
                Optional.empty(), Optional.empty())));

        assertEquals(1, twice.split(ReadmeBanner.BEGIN, -1).length - 1);
        assertTrue(twice.contains("vpc-old is deprecated. Older.\n"));
        assertEquals(once, ReadmeBanner.insert(once, banner));
    }

    @Test
    void deprecate_withoutAReadme_createsOneWithTheBanner() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        LifecyclePlan plan = f.open().lifecycle("vpc-alpha").asOf(DAY).deprecate(DeprecationRequest.because(
                "Merged into vpc-next."));
        assertEquals(List.of("the module has no README.md; one is created with the banner"), plan.notes());
        plan.apply();
        assertEquals("# Alpha VPC\n\n" + ReadmeBanner.BEGIN + "\n> **Deprecated:** vpc-alpha is deprecated. Merged "
                + "into vpc-next.\n" + ReadmeBanner.END + "\n", f.read(LifecycleFixture.M + "vpc-alpha/README.md"));
        assertFalse(Files.exists(f.root.resolve(LifecycleFixture.M + "vpc-alpha/MIGRATION.md")));
    }

    @Test
    void deprecate_refusal_listsEveryReason() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        DeprecationRequest bad = DeprecationRequest.replacedBy(ModuleId.of("vpc-nope")).removalDate(DAY);
        LifecycleRefusedException e = assertThrows(LifecycleRefusedException.class,
                () -> f.open().lifecycle("vpc-old").asOf(DAY).deprecate(bad));

        assertEquals("refusing to deprecate vpc-old:\n"
                + "the replacement vpc-nope is not a module of this library; name an existing module (alexandria "
                + "browse lists them)\n"
                + "the removal date 2026-03-01 is not in the future (today is 2026-03-01); pick a later date",
                e.getMessage());
    }

    @Test
    void deprecate_replacementThatIsDeprecatedItself_isRefused() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        LifecycleRefusedException e = assertThrows(LifecycleRefusedException.class, () -> f.open()
                .lifecycle("vpc-old").asOf(DAY).deprecate(DeprecationRequest.replacedBy(ModuleId.of("vpc-retired"))));

        assertEquals(List.of("the replacement vpc-retired is deprecated itself; name a module that is not "
                + "deprecated"), e.reasons());
    }

    @Test
    void deprecate_alreadyDeprecated_isRefused() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        LifecycleRefusedException e = assertThrows(LifecycleRefusedException.class, () -> f.open()
                .lifecycle("vpc-retired").asOf(DAY).deprecate(DeprecationRequest.because("Again.")));

        assertEquals(List.of("vpc-retired is already deprecated; archive it to retire it (alexandria archive "
                + "vpc-retired), or edit the deprecation: block of its .alexandria.yaml to change its reason, "
                + "replacement or removal date"), e.reasons());
    }

    @Test
    void deprecationRequest_needsAReasonOrAReplacement() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DeprecationRequest(Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals("a deprecation needs a reason or a replacement (the reason then defaults to \"Replaced by "
                + "<id>\")", e.getMessage());
        assertEquals("Replaced by vpc-next", TO_NEXT.effectiveReason());
    }

    @Test
    void apply_failureBetweenTwoFileWrites_leavesTheLibraryByteForByteAsItWas() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        Map<String, String> before = f.snapshot();
        LifecycleChange plan = (LifecycleChange) f.open().lifecycle("vpc-old").asOf(DAY).deprecate(TO_NEXT);
        plan.afterWrite(path -> {
            if (path.equals("_catalog/module-registry.yaml")) {
                throw new IllegalStateException("disk full");
            }
        });

        AlexandriaException e = assertThrows(AlexandriaException.class, plan::apply);

        assertEquals("could not deprecate vpc-old: writing failed (disk full); every file was restored, so the "
                + "library is as it was", e.getMessage());
        assertEquals(before, f.snapshot());
    }

    @Test
    void apply_refusesWhenAFileChangedSinceThePlan() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        LifecyclePlan plan = f.open().lifecycle("vpc-old").asOf(DAY).deprecate(TO_NEXT);
        f.write(LifecycleFixture.M + "vpc-old/README.md", "# Old VPC\n\nEdited meanwhile.\n");
        Map<String, String> before = f.snapshot();

        LifecycleRefusedException e = assertThrows(LifecycleRefusedException.class, plan::apply);

        assertEquals("refusing to deprecate vpc-old:\n_library/foundations/networking/vpc-old/README.md changed "
                + "since the change was planned; plan it again", e.getMessage());
        assertEquals(before, f.snapshot());
        assertThrows(IllegalStateException.class, plan::apply);
    }

    @Test
    void archive_onlyFromDeprecated() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        LifecycleRefusedException e = assertThrows(LifecycleRefusedException.class,
                () -> f.open().lifecycle("vpc-old").asOf(DAY).archive(true));

        assertEquals("refusing to archive vpc-old:\nvpc-old is stable, and only a deprecated module can be archived; "
                + "deprecate it first (alexandria deprecate vpc-old)", e.getMessage());
    }

    @Test
    void archive_beforeTheRemovalDate_needsForce() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        LifecycleRefusedException e = assertThrows(LifecycleRefusedException.class,
                () -> f.open().lifecycle("vpc-retired").asOf(DAY).archive(false));

        assertEquals(List.of("the removal date of vpc-retired is 2026-06-01, after today (2026-03-01); wait until "
                + "then, or archive it now with --force"), e.reasons());
        assertEquals(MaturityLevel.ARCHIVED, f.open().lifecycle("vpc-retired").asOf(DAY).archive(true).to());
    }

    @Test
    void archive_movesTheRegistryEntryToArchivedAndKeepsTheFiles() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.open().lifecycle("vpc-retired").asOf(LocalDate.of(2026, 6, 1)).archive(false).apply();

        Library after = f.open();
        assertTrue(after.catalog().registry().entry(ModuleId.of("vpc-retired")).isEmpty());
        RegistryEntry archived = after.catalog().registry().archivedEntry(ModuleId.of("vpc-retired")).orElseThrow();
        assertEquals(MaturityLevel.ARCHIVED, archived.maturity());
        LibraryModule m = after.requireModule("vpc-retired");
        assertEquals(MaturityLevel.ARCHIVED, m.maturity());
        assertEquals(Optional.of(archived), m.registryEntry());
        assertTrue(Files.exists(m.directory().resolve("variables.tf")), "files are kept for history");
        String registry = f.read("_catalog/module-registry.yaml");
        assertTrue(registry.startsWith("# Registered modules of the lifecycle test library.\n"), registry);
        assertTrue(registry.contains("\narchived:\n  - id: vpc-retired\n"), registry);
        // the entry keeps every field it had, the empty lists too
        assertEquals("""
                archived:
                  - id: vpc-retired
                    name: Retired VPC
                    version: 1.1.0
                    category: foundations/networking
                    tags: []
                    maturity: archived
                    deprecation:
                      reason: Replaced by vpc-next.
                      replacement: vpc-next
                      removal_date: 2026-06-01
                    description: A VPC kept for old stacks.
                    examples: []
                    requires: []
                    support:
                      maintainer: team-networking
                    versions:
                      - version: 1.1.0
                        released: 2025-03-01
                        maturity: stable
                        changelog: Last release.
                    maturity_history:
                      - level: stable
                        date: 2025-01-10
                      - level: deprecated
                        date: 2026-01-20
                      - level: archived
                        date: 2026-06-01
                """, registry.substring(registry.indexOf("archived:\n")));
    }

    @Test
    void archivedModule_isRefusedByEveryWritePath() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.open().lifecycle("vpc-retired").asOf(LocalDate.of(2026, 6, 1)).archive(false).apply();
        f.committed(LocalDate.of(2026, 6, 2));
        Library lib = f.open();

        assertEquals(List.of("vpc-retired is archived, and archived modules are read-only; nothing leaves archived"),
                lib.lifecycle("vpc-retired").promote(MaturityLevel.STABLE).reasons());
        assertEquals(List.of("vpc-retired is archived, and archived modules are read-only; nothing leaves archived"),
                assertThrows(LifecycleRefusedException.class, () -> lib.lifecycle("vpc-retired")
                        .deprecate(DeprecationRequest.because("Again."))).reasons());
        assertEquals(List.of("vpc-retired is archived, and archived modules are read-only; nothing leaves archived"),
                assertThrows(LifecycleRefusedException.class, () -> lib.lifecycle("vpc-retired").archive(true))
                        .reasons());
        ReleaseRefusedException r = assertThrows(ReleaseRefusedException.class, () -> lib.versions("vpc-retired")
                .release(ReleaseRequest.bump(ReleaseBump.PATCH, "A fix.")));
        assertTrue(r.reasons().contains("vpc-retired is archived, and archived modules are read-only; its files are "
                + "kept for history only, so release its replacement instead"), r.reasons().toString());
        assertEquals(List.of("vpc-retired is archived, and archived modules are read-only; publish its replacement "
                + "vpc-next instead"), assertThrows(RefusedException.class,
                        () -> lib.lifecycle("vpc-retired").publish()).reasons());
    }

    @Test
    void deprecate_withoutRemovalDate_guideSaysWhatHappensNext() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.open().lifecycle("vpc-old").asOf(DAY).deprecate(DeprecationRequest.replacedBy(ModuleId.of("vpc-next")))
                .apply();

        String guide = f.read(LifecycleFixture.M + "vpc-old/MIGRATION.md");
        assertTrue(guide.startsWith("# Migrating from vpc-old to vpc-next\n\nvpc-old is deprecated: Replaced by "
                + "vpc-next.\nNo removal date is set: it stays usable (modules depending on it get a "
                + "deprecated-dependency warning) until it is archived with 'alexandria archive vpc-old', which can "
                + "happen at any time; from then on it is read-only, and browse, search and recommend no longer list "
                + "it. Move every call of it to vpc-next now, as shown below.\n\nThis guide compares"), guide);
    }

    @Test
    void archive_withoutRemovalDate_guideSaysArchivedAndNotesTheDependents() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.open().lifecycle("vpc-old").asOf(DAY).deprecate(DeprecationRequest.replacedBy(ModuleId.of("vpc-next")))
                .apply();
        LifecyclePlan plan = f.open().lifecycle("vpc-old").asOf(LocalDate.of(2026, 3, 2)).archive(false);

        assertEquals(List.of("the module's files are kept for history; archived modules are read-only",
                "archiving vpc-old affects 1 module that depends on it (vpc-tracked): validate will report 1 new "
                        + "finding, listed next",
                "vpc-tracked: warning deprecated-dependency at _library/foundations/networking/vpc-tracked/"
                        + ".alexandria.yaml:13:5: requires 'vpc-old', which is archived (Replaced by vpc-next); no "
                        + "removal date is set; depend on 'vpc-next' instead"), plan.notes());
        plan.apply();
        String guide = f.read(LifecycleFixture.M + "vpc-old/MIGRATION.md");
        assertTrue(guide.startsWith("# Migrating from vpc-old to vpc-next\n\nvpc-old was archived on 2026-03-02: "
                + "Replaced by vpc-next. It is read-only, and browse, search and recommend no longer list it (info "
                + "still shows it). Move every call of it to vpc-next as shown below.\n\nThis guide compares"),
                guide);
    }

    @Test
    void archive_guideEditedByHand_getsTheArchivedParagraphUnderItsTitle() throws IOException {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.open().lifecycle("vpc-old").asOf(DAY).deprecate(TO_NEXT).apply();
        Path guide = f.root.resolve(LifecycleFixture.M + "vpc-old/MIGRATION.md");
        Files.writeString(guide, "# Moving to vpc-next\n\nOur own words.\n");

        f.open().lifecycle("vpc-old").asOf(LocalDate.of(2026, 3, 2)).archive(true).apply();

        assertEquals("# Moving to vpc-next\n\nvpc-old was archived on 2026-03-02: Replaced by vpc-next. It is "
                + "read-only, and browse, search and recommend no longer list it (info still shows it). Move every "
                + "call of it to vpc-next as shown below.\n\nOur own words.\n", Files.readString(guide));
    }

    @Test
    void archive_early_replacesTheWillBeArchivedBannerWithWhenItWasArchived() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.open().lifecycle("vpc-old").asOf(DAY).deprecate(TO_NEXT).apply();
        String readme = LifecycleFixture.M + "vpc-old/README.md";
        assertTrue(f.read(readme).contains("> It will be archived on 2027-06-01.\n"), f.read(readme));

        f.open().lifecycle("vpc-old").asOf(LocalDate.of(2026, 3, 2)).archive(true).apply();

        String after = f.read(readme);
        assertEquals(ReadmeBanner.BEGIN + "\n"
                + "> **Archived:** vpc-old was archived on 2026-03-02 and is read-only; its files are kept for history."
                + " It was deprecated: Replaced by vpc-next.\n"
                + ">\n"
                + "> Use `vpc-next` instead; see [MIGRATION.md](MIGRATION.md).\n"
                + ReadmeBanner.END + "\n", after.substring(after.indexOf(ReadmeBanner.BEGIN),
                after.indexOf(ReadmeBanner.END) + ReadmeBanner.END.length() + 1));
        assertFalse(after.contains("will be archived"), after);
        assertEquals(1, after.split(ReadmeBanner.BEGIN, -1).length - 1);
        String guide = f.read(LifecycleFixture.M + "vpc-old/MIGRATION.md");
        assertTrue(guide.startsWith("# Migrating from vpc-old to vpc-next\n\nvpc-old was archived on 2026-03-02: "
                + "Replaced by vpc-next. It is read-only, and browse, search and recommend no longer list it (info "
                + "still shows it). Move every call of it to vpc-next as shown below.\n\nThis guide compares"),
                guide);
        assertFalse(guide.contains("is deprecated"), guide);
        assertFalse(guide.contains("will be archived"), guide);
    }
}
