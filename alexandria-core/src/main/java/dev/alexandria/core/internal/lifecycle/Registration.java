package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.Library;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.RefusedException;
import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityChange;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.RegisterRequest;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.ReleaseRequest;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.internal.versioning.DefaultModuleVersions;
import dev.alexandria.core.internal.versioning.Fingerprints;
import dev.alexandria.core.internal.versioning.FolderTrees;
import dev.alexandria.core.internal.versioning.ReleaseStep;
import dev.alexandria.core.internal.versioning.TaggedCopies;
import dev.alexandria.core.internal.versioning.VersionHints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans {@code register}: the validation gate, {@code promote}'s check for another maturity, then the release
 * step of the version with the registry entry completed in the same commit (git tag, the module folder's tree
 * hash, the interface fingerprint, the tags, the cost estimate); once applied, the search index is brought up to
 * date.
 */
final class Registration {

    private static final Logger LOG = LoggerFactory.getLogger(Registration.class);

    private Registration() {
    }

    static ChangePlan plan(DefaultLifecycle lifecycle, RegisterRequest request) {
        Library library = lifecycle.library();
        LibraryModule module = lifecycle.libraryModule();
        String id = module.id().value();
        Version version = request.version();
        String summary = "refusing to register " + id + " " + version + ":";
        ModuleMetadata metadata = module.metadata();
        if (metadata.maturity() == MaturityLevel.ARCHIVED) {
            throw new RefusedException(summary, List.of(Transitions.archivedRefusal(module, "register")));
        }
        Optional<RegisteredVersion> existing = module.registryEntry().flatMap(e -> e.registeredVersion(version));
        if (existing.isPresent()) {
            return again(lifecycle, existing.get(), summary);
        }
        List<String> notes = new ArrayList<>();
        List<String> reasons = new ArrayList<>(Validation.releaseRefusals(library, module, notes));
        List<String> unknownTags = request.tags().stream().filter(t -> !library.catalog().tags().isDeclared(t))
                .toList();
        if (!unknownTags.isEmpty()) {
            reasons.add(unknownTags(unknownTags, library.catalog().tags()));
        }
        ModuleMetadata.Builder next = metadata.toBuilder();
        if (!request.tags().isEmpty()) {
            next.tags(request.tags());
        }
        Optional<MaturityLevel> target = request.maturity().filter(m -> m != metadata.maturity());
        if (target.isPresent()) {
            List<String> promotion = new ArrayList<>();
            lifecycle.transitionCheck(target.get(), lifecycle.history(), promotion);
            if (!promotion.isEmpty()) {
                reasons.add("registering at " + target.get() + " moves " + id + " from " + metadata.maturity()
                        + ", and promote refuses that:");
                promotion.forEach(r -> reasons.add("  " + r));
            }
            next.maturity(target.get()).maturityHistory(DefaultLifecycle.appended(lifecycle.history().history(),
                    new MaturityChange(target.get(), lifecycle.asOf())));
        }
        MaturityLevel level = target.orElse(metadata.maturity());
        boolean misfit = !level.allowsVersion(version);
        if (misfit) { // validate's version-maturity rule, for the version registered
            List<Version> registered = module.registryEntry()
                    .map(e -> e.versions().stream().map(RegisteredVersion::version).toList()).orElse(List.of());
            reasons.add("maturity '" + level + "' needs " + level.versionRule() + ", and " + version + " is not one ("
                    + "version-maturity); " + VersionHints.registerHint(level, version, metadata.maturity(),
                    metadata.version(), registered, taken(library, module, lifecycle),
                    registered.isEmpty() ? Bump.PATCH : requiredBump(library, module, lifecycle)));
        }
        DefaultModuleVersions versions = new DefaultModuleVersions(library, module,
                library.catalog().settings().versioning().riskyIsBreaking(), lifecycle.catalog());
        String tag = versions.tagName(version);
        if (misfit) {
            // the release step refuses what else is wrong with the version (a git tag that holds it already, one of
            // a tree, a version not above the last release): listed too, so register names every reason version
            // names for the same version, before its own maturity reason, whose fix covers them
            reasons.addAll(reasons.size() - 1, releaseReasons(versions, version, request, lifecycle, next.build()));
        } else if (!reasons.isEmpty()) {
            // refused already (validation, tags, promotion): what the release step would refuse too is listed after
            // them (a registered version's tag that points at a tree, say), so one run names every reason, as it
            // does when validation passes
            reasons.addAll(releaseReasons(versions, version, request, lifecycle, next.build()));
        }
        if (!reasons.isEmpty()) {
            throw new RefusedException(summary, reasons);
        }
        Optional<RegistryEntry.CostInfo> cost = cost(library, module, notes);
        String fingerprint = Fingerprints.of(module.interfaceSpec());
        ReleaseStep release = versions.release(ReleaseRequest.to(version, request.changelog()).date(lifecycle.asOf()),
                next.build(), "register", (entry, files) -> completed(library, module, entry, files, version, tag, fingerprint,
                        request, cost));
        release.notes().forEach(notes::add);
        return new ModulePlan(lifecycle.catalog(), module.id(), "register", "register " + id + " " + version
                + " (" + next.build().maturity() + ")", List.of(), Optional.of(release), notes,
                (outNotes, notifications) -> outNotes.add(SearchRefresh.refresh(lifecycle.reopen(), id)))
                .then("the search index is updated with " + id + "'s new registry entry (alexandria search finds "
                        + "it by its tags and description)");
    }

    /**
     * The reasons the release step refuses the version for besides the maturity one (which register words itself,
     * with its own fix): the same the {@code version} command gives; when it can plan the release, what would stop
     * applying it as things are (uncommitted changes, a locked index). Empty when nothing else refuses it.
     */
    private static List<String> releaseReasons(DefaultModuleVersions versions, Version version,
                                               RegisterRequest request, DefaultLifecycle lifecycle,
                                               ModuleMetadata metadata) {
        try {
            return versions.release(ReleaseRequest.to(version, request.changelog()).date(lifecycle.asOf()), metadata,
                    "register", (entry, files) -> entry).refusals();
        } catch (RefusedException e) {
            return e.reasons().stream().filter(r -> !r.startsWith("maturity '")).toList();
        }
    }

    /** Every version of the module registered or tagged in git: a release can name none of them. */
    private static List<Version> taken(Library library, LibraryModule module, DefaultLifecycle lifecycle) {
        return new DefaultModuleVersions(library, module, library.catalog().settings().versioning().riskyIsBreaking(),
                lifecycle.catalog()).list().stream().map(dev.alexandria.api.model.VersionInfo::version).toList();
    }

    /**
     * The bump the changes since the highest registered version require, for a suggested version the release
     * step then accepts; {@code PATCH} when it cannot be worked out (no git, no tag for that version): the release
     * step says why itself.
     */
    private static Bump requiredBump(Library library, LibraryModule module, DefaultLifecycle lifecycle) {
        try {
            return new DefaultModuleVersions(library, module, library.catalog().settings().versioning()
                    .riskyIsBreaking(), lifecycle.catalog()).check(false).diff().map(InterfaceDiff::requiredBump)
                    .orElse(Bump.PATCH);
        } catch (AlexandriaException e) {
            LOG.debug("no required bump for the version hint of {}: {}", module.id(), e.getMessage());
            return Bump.PATCH;
        }
    }

    private static RegistryEntry completed(Library library, LibraryModule module, RegistryEntry entry,
                                           Map<String, String> files, Version version, String tag,
                                           String fingerprint, RegisterRequest request,
                                           Optional<RegistryEntry.CostInfo> cost) {
        String tree = FolderTrees.next(library.root(), module.directory(), files).orElseThrow(() ->
                new RefusedException("refusing to register " + module.id() + " " + version + ":", List.of(
                        "the library is not in a git repository with a commit; register records the module "
                                + "folder's git tree, so commit the module first (to make the library a "
                                + "repository: " + DefaultModuleVersions.MAKE_REPOSITORY + ")")));
        List<RegisteredVersion> versions = new ArrayList<>();
        for (RegisteredVersion v : entry.versions()) {
            versions.add(v.version().equals(version) ? v.withRelease(tag, tree, fingerprint) : v);
        }
        RegistryEntry.Builder b = entry.toBuilder().versions(versions);
        if (!request.tags().isEmpty()) {
            b.tags(request.tags());
        }
        cost.ifPresent(b::cost);
        return b.build();
    }

    /** At most this many declared tags are named in a refusal; a longer list ends with how many more there are. */
    private static final int TAGS_NAMED = 30;

    /**
     * The refusal of tags {@code _catalog/tags.yaml} does not declare: a synonym is named with its tag; the declared
     * tags to choose from follow (or that there are none).
     */
    static String unknownTags(List<String> unknown, dev.alexandria.api.model.TagTaxonomy taxonomy) {
        List<String> synonyms = new ArrayList<>();
        for (String t : unknown) {
            taxonomy.resolve(t).ifPresent(tag -> synonyms.add("'" + t + "' is a synonym of " + tag + ": use " + tag));
        }
        List<String> declared = taxonomy.tags().stream().map(dev.alexandria.api.model.TagTaxonomy.TagDefinition::name)
                .toList();
        String choose = declared.isEmpty() ? "it declares no tag yet"
                : "declared: " + String.join(", ", declared.subList(0, Math.min(TAGS_NAMED, declared.size())))
                + (declared.size() > TAGS_NAMED ? " and " + (declared.size() - TAGS_NAMED) + " more" : "");
        return (unknown.size() == 1 ? "tag " + unknown.get(0) + " is" : "tags " + String.join(", ", unknown) + " are")
                + " not declared in _catalog/tags.yaml (" + choose + "); " + (synonyms.isEmpty() ? ""
                : String.join("; ", synonyms) + "; ") + "use declared tags, or declare "
                + (unknown.size() == 1 ? "it" : "them") + " there (- name: " + unknown.get(0)
                + " with a description:) and commit the file";
    }

    /**
     * The same version again: the module folder's files as git would commit them now are compared with the
     * registered ones (the recorded tree, else the tree of the version's git tag): nothing to do when they are the
     * same, refused when they differ or when there is nothing to compare with.
     */
    private static ChangePlan again(DefaultLifecycle lifecycle, RegisteredVersion registered, String summary) {
        LibraryModule module = lifecycle.libraryModule();
        Library library = lifecycle.library();
        String id = module.id().value();
        Version version = registered.version();
        String state = "version " + version + " is registered" + registered.published()
                .map(d -> " and was published on " + d).orElse("");
        DefaultModuleVersions versions = new DefaultModuleVersions(library, module,
                library.catalog().settings().versioning().riskyIsBreaking(), lifecycle.catalog());
        String tag = registered.tag().orElseGet(() -> versions.tagName(version));
        Optional<String> compared = registered.tree();
        Optional<String> tagged = FolderTrees.at(library.root(), module.directory(), "refs/tags/" + tag);
        Optional<RegisteredVersion> highest = module.registryEntry().stream().flatMap(e -> e.versions().stream())
                .filter(v -> v.version().isNewerThan(version)).max(java.util.Comparator.comparing(
                        RegisteredVersion::version));
        // a release counts its bump from the highest registered version's tag: without it, restore that first
        // (worked out only for a refusal: it reads git again)
        Supplier<String> release = () -> {
            Optional<String> restore;
            if (highest.isPresent()) {
                String highestTag = highest.get().tag().orElseGet(() -> versions.tagName(highest.get().version()));
                restore = restoreFirst(library, module, highest.get(), highestTag,
                        FolderTrees.at(library.root(), module.directory(), "refs/tags/" + highestTag));
            } else {
                restore = restoreFirst(library, module, registered, tag, tagged);
            }
            return restore.map(r -> ": first " + r + ", then " + DefaultModuleVersions.releaseCommand(id))
                    .orElse(" (" + DefaultModuleVersions.releaseCommand(id) + ")");
        };
        Supplier<String> bump = () -> "registered versions never change, so register a higher version"
                + release.get();
        String basis = "";
        if (compared.isEmpty()) {
            compared = tagged;
            // A tag made by hand of a tree or a blob is there but marks no release: say which, and move it.
            Optional<String> stray = compared.isEmpty() ? TaggedCopies.nonCommitTarget(library.root(), tag)
                    : Optional.empty();
            String noTag = stray.map(type -> "its git tag " + tag + " points at a " + type + ", not a commit")
                    .orElse("there is no git tag " + tag);
            String retag = DefaultModuleVersions.tagCommand(library.root(), tag, id + " " + version, "<commit>",
                    stray.isPresent());
            if (compared.isEmpty() && highest.isPresent()) {
                // Not the version a release counts its bump from: its missing tag stops nothing else.
                throw new RefusedException(summary, List.of(state + ", but the registry records no git tree for it "
                        + "and " + noTag + ", so there is nothing to compare the module folder with; registered "
                        + "versions never change, so register a version above " + highest.get().version()
                        + release.get() + (stray.isEmpty() ? "" : "; or point that tag at the commit that holds "
                        + "exactly the files of " + version + " (" + candidates(library, module) + "): " + retag)));
            }
            if (compared.isEmpty()) {
                // A higher version cannot be released either: the release compares the interface with this tag.
                throw new RefusedException(summary, List.of(state + ", but the registry records no git tree for it "
                        + "and " + noTag + ", so there is nothing to compare the module folder "
                        + "with, and a higher version cannot be released before that tag marks a commit either (the "
                        + "release compares the interface with it); " + (stray.isPresent() ? "point it at" : "tag")
                        + " the commit that holds exactly the files of " + version + " (for a module migrated into "
                        + "the library, the migration's commit; " + candidates(library, module) + "): " + retag
                        + ", then register again (with the tag, a higher version can be released too)"));
            }
            basis = "its git tag " + tag + "'s tree, since the registry records none";
        }
        Optional<String> now = FolderTrees.working(library.root(), module.directory());
        if (now.isEmpty()) {
            throw new RefusedException(summary, List.of(state + ", and the library is not in a git repository, so "
                    + "the module folder cannot be compared with the registered files; " + bump.get()));
        }
        String registeredTree = compared.get();
        if (now.get().equals(registeredTree) && tagged.isEmpty()) {
            // the same files, but diff, version and publish read the version from its tag, which is not there
            Optional<String> stray = TaggedCopies.nonCommitTarget(library.root(), tag);
            Optional<String> first = FolderTrees.firstCommitWith(library.root(), module.directory(), registeredTree);
            throw new RefusedException(summary, List.of(state + " with these files (tree "
                    + registeredTree.substring(0, 12) + "), but " + stray.map(type -> "its git tag " + tag
                    + " points at a " + type + ", not a commit").orElse("there is no git tag " + tag + " on a commit "
                    + "holding them") + ", and diff, version and publish read the version from its tag; "
                    + (stray.isPresent() ? "point it at" : "tag") + " the commit that holds these files ("
                    + first.map(c -> "commit " + c + " is the first that does").orElseGet(() -> candidates(library,
                    module)) + "): " + DefaultModuleVersions.tagCommand(library.root(), tag, id + " " + version,
                    first.orElse("<commit>"), stray.isPresent())));
        }
        if (now.get().equals(registeredTree)) {
            return new ModulePlan(lifecycle.catalog(), module.id(), "register", "register " + id + " " + version
                    + ": already registered with these files (tree " + registeredTree.substring(0, 12)
                    + (basis.isEmpty() ? "" : ", " + basis) + "), nothing to do", List.of(), Optional.empty(), List.of(), null);
        }
        boolean edits = FolderTrees.next(library.root(), module.directory(), Map.of())
                .filter(registeredTree::equals).isPresent();
        throw new RefusedException(summary, List.of(state + " with module folder tree "
                + registeredTree.substring(0, 12) + (basis.isEmpty() ? "" : " (" + basis + ")")
                + ", and the folder's files now have tree " + now.get().substring(0, 12) + (edits ? " (the "
                + "committed files are the registered ones, so the difference is uncommitted edits)" : "") + "; " + bump.get()));
    }

    /**
     * The registry cost from the estimate; a declared cost more than 20% off is a warning. A cost the registry
     * already records as complete (curated by hand, or a complete estimate) is kept when the estimate is only a
     * lower bound, and the note says so and how to record the estimate instead.
     */
    static Optional<RegistryEntry.CostInfo> cost(Library library, LibraryModule module, List<String> notes) {
        ModuleCost estimate;
        try {
            estimate = library.cost(module.id().value()).estimate();
        } catch (AlexandriaException e) {
            LOG.debug("no cost estimate for {}", module.id(), e);
            notes.add("cost not written: the estimate failed (" + e.getMessage().lines().findFirst().orElse("")
                    + "); run 'alexandria cost " + module.id() + "' for the details");
            return Optional.empty();
        }
        BigDecimal fixed = estimate.fixedMonthlyUsd();
        Optional<RegistryEntry.CostInfo> recorded = module.registryEntry().flatMap(RegistryEntry::cost);
        if (estimate.partial() && recorded.isPresent() && !recorded.get().partial()) {
            notes.add("cost: the registry's $" + usd(recorded.get().estimatedCost()) + " a month ("
                    + recorded.get().costCategory().id() + ") is kept, since the estimate is only a lower bound (at "
                    + "least $" + usd(fixed) + ", " + Plurals.count(estimate.notPricedLines().size(), "line")
                    + " not priced); to record the estimate instead, remove cost: from " + module.id()
                    + "'s entry in _catalog/module-registry.yaml before registering");
            return recorded;
        }
        recorded.filter(r -> r.estimatedCost().compareTo(fixed) != 0).ifPresent(r -> notes.add("cost: the "
                + "registry's $" + usd(r.estimatedCost()) + " a month is replaced by the estimate"));
        notes.add("cost: " + (estimate.partial() ? "at least " : "") + "$" + fixed + " a month (fixed lines, "
                + estimate.region() + ")" + (estimate.partial() ? "; "
                + Plurals.count(estimate.notPricedLines().size(), "line")
                + " not priced, so the category is a lower bound" : "")
                + (estimate.usagePriced() ? "; usage-priced lines add to it with use" : ""));
        Optional<BigDecimal> declared = module.metadata().estimatedMonthlyCost();
        if (declared.isPresent() && DeclaredCost.differs(declared.get(), estimate)) {
            notes.add("warning: " + DeclaredCost.where(library.root(), module.path()) + ": cost.estimated_monthly_usd"
                    + " declares $" + declared.get().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                    + " a month, but the estimate of its fixed lines is " + (estimate.partial() ? "at least " : "")
                    + "$" + fixed.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " ("
                    + DeclaredCost.difference(declared.get(), fixed) + "); the registry records the estimate, so set "
                    + "cost.estimated_monthly_usd to " + (estimate.partial() ? "at least " : "")
                    + fixed.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " or remove it");
        }
        return Optional.of(new RegistryEntry.CostInfo(fixed, estimate.category(), estimate.partial(),
                estimate.usagePriced()));
    }

    private static String usd(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** The git command that lists the commits of a module folder, from any working folder. */
    private static String candidates(Library library, LibraryModule module) {
        return dev.alexandria.core.internal.versioning.GitCommands.candidates(library.root(), module.directory())
                + " lists the candidates";
    }

    /**
     * What a release of a higher version needs first when a registered version's tag does not give its files (the
     * release counts its bump from the highest one's): empty when the tag is there.
     *
     * @param taggedTree the module folder's tree at the tag, empty when the tag gives none
     */
    private static Optional<String> restoreFirst(Library library, LibraryModule module, RegisteredVersion registered,
                                                 String tag, Optional<String> taggedTree) {
        if (taggedTree.isPresent()) {
            return Optional.empty();
        }
        Version version = registered.version();
        boolean stray = TaggedCopies.nonCommitTarget(library.root(), tag).isPresent();
        Optional<String> first = registered.tree().flatMap(t -> FolderTrees.firstCommitWith(library.root(),
                module.directory(), t));
        return Optional.of((stray ? "point the git tag " + tag + ", which points at no commit, at" : "tag")
                + " the commit of " + version + ", which the release counts the bump from ("
                + DefaultModuleVersions.tagCommand(library.root(), tag, module.id() + " " + version, first.orElse("<commit>"), stray)
                + "; " + first.map(c -> "commit " + c + " is the first that holds its registered files")
                        .orElseGet(() -> candidates(library, module)) + ")");
    }
}
