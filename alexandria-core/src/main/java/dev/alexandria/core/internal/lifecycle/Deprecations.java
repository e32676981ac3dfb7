package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.LifecyclePlan;
import dev.alexandria.api.LifecycleRefusedException;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.DeprecationRequest;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityChange;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plans deprecation (metadata, registry, README banner, MIGRATION.md) and archiving. */
final class Deprecations {

    private Deprecations() {
    }

    static LifecyclePlan deprecate(DefaultLifecycle lc, DeprecationRequest request) {
        java.util.Objects.requireNonNull(request, "request");
        LibraryModule module = lc.libraryModule();
        ModuleMetadata metadata = module.metadata();
        String id = module.id().value();
        List<String> reasons = new ArrayList<>();
        Transitions.refusal(id, metadata.maturity(), MaturityLevel.DEPRECATED).ifPresent(reasons::add);
        if (reasons.isEmpty()) {
            reasons.addAll(lc.dataProblems(false));
        }
        Optional<LibraryModule> replacement = Optional.empty();
        if (request.replacement().isPresent()) {
            String r = request.replacement().get().value();
            replacement = lc.library().module(r);
            if (r.equals(id)) {
                reasons.add("the replacement is " + id + " itself; name another module");
            } else if (replacement.isEmpty()) {
                reasons.add("the replacement " + r + " is not a module of this library; name an existing module "
                        + "(alexandria browse lists them)");
            } else if (!replacement.get().metadata().maturity().isActive()) {
                reasons.add("the replacement " + r + " is " + replacement.get().metadata().maturity()
                        + " itself; name a module that is not deprecated");
            }
        }
        request.removalDate().ifPresent(d -> {
            if (!d.isAfter(lc.asOf())) {
                reasons.add("the removal date " + d + " is not in the future (today is " + lc.asOf()
                        + "); pick a later date");
            }
        });
        if (!reasons.isEmpty()) {
            throw new LifecycleRefusedException("refusing to deprecate " + id + ":", reasons);
        }
        Deprecation deprecation = new Deprecation(request.effectiveReason(), request.replacement(),
                request.removalDate());
        MaturityHistories.Resolved history = lc.history();
        List<MaturityChange> newHistory = DefaultLifecycle.appended(history.history(),
                new MaturityChange(MaturityLevel.DEPRECATED, lc.asOf()));
        ModuleMetadata next = metadata.toBuilder().maturity(MaturityLevel.DEPRECATED).deprecation(deprecation)
                .maturityHistory(newHistory).build();
        List<LifecycleChange.FileChange> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        files.add(lc.metadataChange(next));
        lc.registryChange(e -> e.toBuilder().maturity(MaturityLevel.DEPRECATED).deprecation(deprecation)
                .maturityHistory(newHistory).build()).ifPresent(files::add);
        Path readme = module.directory().resolve("README.md");
        Optional<String> readmeText = read(readme);
        String banner = ReadmeBanner.banner(id, deprecation);
        String withBanner = ReadmeBanner.insert(readmeText.orElse("# " + metadata.name() + "\n"), banner);
        files.add(LifecycleChange.FileChange.of(readme, "_library/" + module.path() + "/README.md",
                lc.readmeWithHeader(withBanner, MaturityLevel.DEPRECATED).orElse(withBanner)));
        if (readmeText.isEmpty()) {
            notes.add("the module has no README.md; one is created with the banner");
        }
        // what the dependents get from validate once it is deprecated, in the dependency graph's words
        notes.addAll(DependentImpact.notes(lc, next, "deprecating", true));
        replacement.ifPresent(r -> files.add(LifecycleChange.FileChange.of(module.directory().resolve(
                "MIGRATION.md"), "_library/" + module.path() + "/MIGRATION.md",
                MigrationGuide.render(module, r, deprecation))));
        return new LifecycleChange(lc.catalog(), module.id(), metadata.maturity(), MaturityLevel.DEPRECATED,
                "deprecate", files, Optional.empty(), notes);
    }

    static LifecyclePlan archive(DefaultLifecycle lc, boolean force) {
        LibraryModule module = lc.libraryModule();
        ModuleMetadata metadata = module.metadata();
        String id = module.id().value();
        List<String> reasons = new ArrayList<>();
        Transitions.refusal(id, metadata.maturity(), MaturityLevel.ARCHIVED).ifPresent(reasons::add);
        if (reasons.isEmpty()) {
            reasons.addAll(lc.dataProblems(false));
        }
        Optional<java.time.LocalDate> removal = metadata.deprecation().flatMap(Deprecation::removalDate);
        if (reasons.isEmpty() && removal.isPresent() && lc.asOf().isBefore(removal.get()) && !force) {
            reasons.add("the removal date of " + id + " is " + removal.get() + ", after today (" + lc.asOf()
                    + "); wait until then, or archive it now with --force");
        }
        if (!reasons.isEmpty()) {
            throw new LifecycleRefusedException("refusing to archive " + id + ":", reasons);
        }
        List<MaturityChange> newHistory = DefaultLifecycle.appended(lc.history().history(),
                new MaturityChange(MaturityLevel.ARCHIVED, lc.asOf()));
        ModuleMetadata next = metadata.toBuilder().maturity(MaturityLevel.ARCHIVED).maturityHistory(newHistory)
                .build();
        List<LifecycleChange.FileChange> files = new ArrayList<>();
        files.add(lc.metadataChange(next));
        lc.registryArchive(e -> e.toBuilder().maturity(MaturityLevel.ARCHIVED).maturityHistory(newHistory).build())
                .ifPresent(files::add);
        // the banner follows the state: "will be archived on …" is replaced by when it was archived
        Path readme = module.directory().resolve("README.md");
        Optional<String> readmeText = read(readme);
        if (readmeText.isPresent()) {
            String withBanner = ReadmeBanner.insert(readmeText.get(), ReadmeBanner.archivedBanner(id,
                    metadata.deprecation(), lc.asOf()));
            files.add(LifecycleChange.FileChange.of(readme, "_library/" + module.path() + "/README.md",
                    lc.readmeWithHeader(withBanner, MaturityLevel.ARCHIVED).orElse(withBanner)));
        }
        // MIGRATION.md opens with what happens next: now it says the module is archived, since when, and where to go
        Path migration = module.directory().resolve("MIGRATION.md");
        Optional<String> guide = read(migration);
        Optional<Deprecation> deprecation = metadata.deprecation();
        Optional<String> replacement = deprecation.flatMap(Deprecation::replacement).map(Object::toString);
        if (guide.isPresent() && replacement.isPresent()) {
            String planned = MigrationGuide.deprecatedStatus(id, replacement.get(), deprecation.get());
            String done = MigrationGuide.archivedStatus(id, replacement.get(), deprecation.get(), lc.asOf());
            String text = guide.get();
            String updated;
            if (text.contains(planned)) {
                updated = text.replace(planned, done);
            } else {
                // edited by hand: the archived paragraph goes first, under the title when there is one
                int title = text.startsWith("# ") ? text.indexOf('\n') + 1 : 0;
                updated = title > 0 ? text.substring(0, title) + "\n" + done + text.substring(title)
                        : done + "\n" + text;
            }
            files.add(LifecycleChange.FileChange.of(migration, "_library/" + module.path() + "/MIGRATION.md",
                    updated));
        }
        List<String> notes = new ArrayList<>();
        notes.add("the module's files are kept for history; archived modules are read-only");
        notes.addAll(DependentImpact.notes(lc, next, "archiving", true));
        return new LifecycleChange(lc.catalog(), module.id(), metadata.maturity(), MaturityLevel.ARCHIVED,
                "archive", files, Optional.empty(), notes);
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
