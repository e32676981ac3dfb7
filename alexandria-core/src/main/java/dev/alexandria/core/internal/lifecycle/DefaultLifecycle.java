package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.Library;
import dev.alexandria.api.Lifecycle;
import dev.alexandria.api.LifecyclePlan;
import dev.alexandria.api.PromotionResult;
import dev.alexandria.api.ReleaseRefusedException;
import dev.alexandria.api.model.CriterionCheck;
import dev.alexandria.api.model.DeprecationRequest;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityChange;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.MaturityStatus;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.RegisterRequest;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.ReleaseRequest;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.internal.text.IoProblems;
import dev.alexandria.core.internal.versioning.CatalogWriter;
import dev.alexandria.core.internal.versioning.DefaultModuleVersions;
import dev.alexandria.core.internal.versioning.ReadmeHeader;
import dev.alexandria.core.internal.versioning.ReleaseStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The built-in {@link Lifecycle}: reads the module of an immutable {@link Library} snapshot and plans changes
 * against the files on disk. Immutable, so thread-safe; the plans it returns are not.
 */
public final class DefaultLifecycle implements Lifecycle {

    private final Library library;
    private final LibraryModule module;
    private final CatalogWriter catalog;
    private final LocalDate asOf;
    /** The evidence sources; null: those found with ServiceLoader on Alexandria's class loader. */
    private final EvidenceSources evidence;
    private final java.util.function.Supplier<Library> reopen;
    private final java.util.function.Function<Path, Library> openCopy;

    /**
     * @param library  the library snapshot
     * @param module   the module
     * @param catalog  the library's catalog, which the plans write
     * @param asOf     the day against which dates are judged
     * @param reopen   opens the library again after a write (register brings the search index up to date with it)
     * @param openCopy opens, without a cache, a copy of the library in another folder (publish validates the
     *                 release as its tag holds it)
     */
    public DefaultLifecycle(Library library, LibraryModule module, CatalogWriter catalog, LocalDate asOf,
                            java.util.function.Supplier<Library> reopen,
                            java.util.function.Function<Path, Library> openCopy) {
        this.library = Objects.requireNonNull(library, "library");
        this.module = Objects.requireNonNull(module, "module");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.reopen = Objects.requireNonNull(reopen, "reopen");
        this.openCopy = Objects.requireNonNull(openCopy, "openCopy");
        this.evidence = null;
    }

    private DefaultLifecycle(DefaultLifecycle other, LocalDate asOf, EvidenceSources evidence) {
        this(other, other.library, other.openCopy, asOf, evidence);
    }

    private DefaultLifecycle(DefaultLifecycle other, Library library, java.util.function.Function<Path, Library> openCopy,
                             LocalDate asOf, EvidenceSources evidence) {
        this.library = library;
        this.module = other.module;
        this.catalog = other.catalog;
        this.asOf = asOf;
        this.evidence = evidence;
        this.reopen = other.reopen;
        this.openCopy = openCopy;
    }

    /**
     * This lifecycle working on the library as a host opened it ({@code Alexandria.builder()}): its validation
     * gates validate through that library, so with the validators the host registered, and publish opens the copy
     * of a release with the same choices.
     *
     * @param library  the library as the host opened it (the same snapshot as this lifecycle's)
     * @param openCopy opens, without a cache, a copy of the library in another folder, as the host would
     * @return a new lifecycle
     */
    public DefaultLifecycle within(Library library, java.util.function.Function<Path, Library> openCopy) {
        return new DefaultLifecycle(this, Objects.requireNonNull(library, "library"),
                Objects.requireNonNull(openCopy, "openCopy"), asOf, evidence);
    }

    /**
     * This lifecycle with other evidence sources: those a host registered with {@code Alexandria.builder()}.
     *
     * @param sources the sources
     * @return a new lifecycle
     */
    public DefaultLifecycle withEvidence(EvidenceSources sources) {
        return new DefaultLifecycle(this, asOf, Objects.requireNonNull(sources, "sources"));
    }

    java.util.function.Supplier<Library> reopen() {
        return reopen;
    }

    /** @return opens a copy of the library in another folder, without a cache */
    public java.util.function.Function<Path, Library> openCopy() {
        return openCopy;
    }

    @Override
    public ModuleId module() {
        return module.id();
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public Lifecycle asOf(LocalDate date) {
        return new DefaultLifecycle(this, Objects.requireNonNull(date, "date"), evidence);
    }

    LibraryModule libraryModule() {
        return module;
    }

    Library library() {
        return library;
    }

    CatalogWriter catalog() {
        return catalog;
    }

    MaturityHistories.Resolved history() {
        return MaturityHistories.resolve(library.root(), module);
    }

    @Override
    public MaturityStatus status() {
        MaturityLevel level = module.metadata().maturity();
        MaturityHistories.Resolved history = history();
        Optional<MaturityLevel> next = level.next();
        List<CriterionCheck> checklist = next.map(n -> criteria(level, n, history)).orElse(List.of());
        // a recorded-results file that cannot be read is a problem of the module's lifecycle data, at its line,
        // whatever the level (a mature module's checklist reads no runs, so it would go unseen)
        List<Finding> problems = new ArrayList<>(LifecycleData.problems(library.root(), module, asOf, true));
        problems.addAll(TestRecords.problems(library.root(), module.id()));
        return new MaturityStatus(module.id(), level, module.metadata().version(), history.since(level),
                history.days(level, asOf), asOf, history.source(), history.history(), next, checklist,
                module.metadata().deprecation(), problems);
    }

    /**
     * The problems of the lifecycle data that stop a write, as reasons ({@code file:line:col: what; fix}).
     *
     * @param bugs whether {@code critical_bug_dates} count (for a promotion)
     */
    List<String> dataProblems(boolean bugs) {
        return LifecycleData.problems(library.root(), module, asOf, bugs).stream().map(Object::toString).toList();
    }

    private List<CriterionCheck> criteria(MaturityLevel from, MaturityLevel to, MaturityHistories.Resolved history) {
        MaturityModel model = library.catalog().maturityModel();
        List<MaturityModel.Criterion> criteria = DefaultCriteria.promotion(model, from, to)
                .map(MaturityModel.Promotion::criteria).orElse(List.of());
        return evaluator(history).evaluate(criteria);
    }

    private CriteriaEvaluator evaluator(MaturityHistories.Resolved history) {
        MaturityLevel level = module.metadata().maturity();
        List<CriteriaEvaluator.Declared> declared = (evidence != null ? evidence : EvidenceSources.discovered())
                .declared(module, asOf);
        boolean readable = TestRecords.problems(library.root(), module.id()).isEmpty();
        return new CriteriaEvaluator(ModuleFacts.of(module), declared, level, history.days(level, asOf),
                history.since(level), asOf, readable ? TestRecords.read(library.root(), module.id())
                        : java.util.Map.of(), TestRecords.display(module.id()), readable);
    }

    @Override
    public PromotionResult promote(MaturityLevel target) {
        Objects.requireNonNull(target, "target");
        if (!target.isActive()) {
            throw new IllegalArgumentException("promote moves along experimental → alpha → beta → stable → mature; "
                    + "use deprecate(...) or archive(...) for '" + target + "'");
        }
        ModuleMetadata metadata = module.metadata();
        MaturityLevel from = metadata.maturity();
        String id = module.id().value();
        List<String> reasons = new ArrayList<>();
        MaturityHistories.Resolved history = history();
        Optional<String> rule = Transitions.refusal(id, from, target);
        if (rule.isEmpty()) {
            // critical_bug_dates only count for a step up (a demotion judges no criteria)
            reasons.addAll(dataProblems(from.isActive() && target.ordinal() > from.ordinal()));
            if (from.isActive() && target.ordinal() > from.ordinal()) {
                // the test criteria are judged from the recorded runs: a file that cannot be read judges nothing
                TestRecords.problems(library.root(), module.id()).forEach(p -> reasons.add(p.toString()));
            }
        }
        boolean up = from.isActive() && target.ordinal() > from.ordinal();
        List<CriterionCheck> checklist = transitionCheck(target, history, reasons);
        Version version = metadata.version();
        Optional<Version> fit = Optional.empty();
        DefaultModuleVersions versions = new DefaultModuleVersions(library, module,
                library.catalog().settings().versioning().riskyIsBreaking(), catalog);
        if (rule.isEmpty() && !target.allowsVersion(version)) {
            // the one suggestion rule: a version the release then accepts (free of every registered or tagged one)
            fit = versions.smallestRelease(target);
            if (fit.isEmpty()) {
                // canTransitionTo allows beta → alpha/experimental, but allowsVersion then needs 0.x, below the
                // released 1.0.0-beta.N: the version rule is what refuses it, so the refusal names both
                reasons.add(from + " → " + target + " is a demotion the state machine allows, but " + target
                        + " needs " + target.versionRule() + " and " + id + " is at " + version + "; versions never"
                        + " go down, so a module released as " + from + " cannot return to " + target + ": fix what"
                        + " is wrong in another " + from + " release, or deprecate it and start a new module");
            }
        }
        if (!reasons.isEmpty()) {
            return new PromotionResult.Refused(module.id(), from, target, checklist, reasons);
        }
        MaturityChange change = new MaturityChange(target, asOf);
        List<MaturityChange> newHistory = appended(history.history(), change);
        ModuleMetadata next = metadata.toBuilder().maturity(target).maturityHistory(newHistory).build();
        String verb = up ? "promote" : "demote";
        List<String> notes = new ArrayList<>();
        // said as a plan ("would be recorded") until the change is applied
        String recovered = null;
        if (history.source().startsWith(MaturityHistories.FROM_GIT)) {
            recovered = "the maturity history was recovered from git; it %s recorded in maturity_history";
        } else if (history.source().equals(MaturityHistories.FROM_RELEASES)) {
            recovered = "the day " + from + " was entered was taken from the release dates of module-registry.yaml;"
                    + " it %s recorded in maturity_history";
        }
        if (recovered != null) {
            notes.add(recovered.formatted("would be"));
        }
        if (checklist.stream().anyMatch(c -> c.note().isPresent())) {
            // the tests' own note: it says whether no run is recorded or the recorded runs cannot be read
            notes.add("tests and benchmarks are " + checklist.stream().flatMap(c -> c.note().stream())
                    .filter(n -> n.startsWith("judged by the presence")).findFirst()
                    .orElse(CriteriaEvaluator.TESTS_NOTE));
        }
        if (fit.isPresent()) {
            // a release may break the module calls of its dependents (call-version): say so in the plan
            notes.addAll(DependentImpact.notes(this, next.toBuilder().version(fit.get()).build(), (up ? "promoting"
                    : "demoting") + " to " + target + " with release " + fit.get() + " of", false));
            try {
                ReleaseStep release = versions.release(ReleaseRequest.to(fit.get(), (up ? "Promoted" : "Demoted")
                        + " to " + target + ".").date(asOf), next);
                if (!release.refusals().isEmpty()) {
                    throw new ReleaseRefusedException("refused", release.refusals());
                }
                return new PromotionResult.Ready(module.id(), from, target, checklist, new LifecycleChange(catalog,
                        module.id(), from, target, verb, List.of(), Optional.of(release), notes,
                        appliedNotes(notes, recovered)));
            } catch (ReleaseRefusedException e) {
                List<String> why = new ArrayList<>();
                why.add(target + " needs " + target.versionRule() + ", so the " + verb + " releases " + fit.get()
                        + ", and that release is refused:");
                e.reasons().forEach(r -> why.add("  " + r));
                return new PromotionResult.Refused(module.id(), from, target, checklist, why);
            }
        }
        List<LifecycleChange.FileChange> files = new ArrayList<>();
        files.add(metadataChange(next));
        registryChange(e -> e.toBuilder().maturity(target).maturityHistory(newHistory).build())
                .ifPresent(files::add);
        readmeHeaderChange(target).ifPresent(files::add);
        return new PromotionResult.Ready(module.id(), from, target, checklist, new LifecycleChange(catalog,
                module.id(), from, target, verb, files, Optional.empty(), notes, appliedNotes(notes, recovered)));
    }

    /** The notes of a plan once it is applied: the recovered history's note (the first) says it "is now" recorded. */
    private static List<String> appliedNotes(List<String> notes, String recovered) {
        if (recovered == null) {
            return notes;
        }
        List<String> out = new ArrayList<>(notes);
        out.set(0, recovered.formatted("is now"));
        return out;
    }

    /**
     * The state machine's and the criteria's part of a promotion, without the version: adds every reason to refuse
     * {@code target} to {@code reasons}.
     *
     * @return the checklist of the criteria (empty when the transition itself is refused, or goes down)
     */
    List<CriterionCheck> transitionCheck(MaturityLevel target, MaturityHistories.Resolved history,
                                         List<String> reasons) {
        MaturityLevel from = module.metadata().maturity();
        Optional<String> rule = Transitions.refusal(module.id().value(), from, target);
        rule.ifPresent(reasons::add);
        boolean up = from.isActive() && target.ordinal() > from.ordinal();
        List<CriterionCheck> checklist = List.of();
        if (rule.isEmpty() && up) {
            checklist = criteria(from, target, history);
            for (CriterionCheck c : checklist) {
                if (!c.met()) {
                    reasons.add("unmet " + c.id() + " (" + c.description() + "): found " + c.found()
                            + "; to meet it: " + c.toMeet());
                }
            }
        }
        return checklist;
    }

    static List<MaturityChange> appended(List<MaturityChange> history, MaturityChange change) {
        List<MaturityChange> out = new ArrayList<>(history);
        if (!out.isEmpty() && out.get(out.size() - 1).date().isAfter(change.date())) {
            throw new dev.alexandria.api.LifecycleRefusedException("refusing to change the maturity:", List.of(
                    "the last maturity change is dated " + out.get(out.size() - 1).date() + ", after " + change.date()
                            + "; correct maturity_history or judge the change as of a later day"));
        }
        out.add(change);
        return out;
    }

    /**
     * The README with its header table showing {@code level} (see {@link ReadmeHeader}), on top of {@code text}
     * (the README as this change leaves it otherwise).
     *
     * @return the new README text, or empty when it has no header table or the table says so already
     */
    Optional<String> readmeWithHeader(String text, MaturityLevel level) {
        return ReadmeHeader.update(text, level, module.metadata().version());
    }

    /** The README's change for a move to {@code level}: its header table, when it has one that says otherwise. */
    Optional<LifecycleChange.FileChange> readmeHeaderChange(MaturityLevel level) {
        Path readme = module.directory().resolve("README.md");
        if (!Files.isRegularFile(readme)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AlexandriaException("cannot read _library/" + module.path() + "/README.md: "
                    + IoProblems.reason(e) + "; check the file's permissions", e);
        }
        return readmeWithHeader(text, level).map(t -> LifecycleChange.FileChange.of(readme, "_library/"
                + module.path() + "/README.md", t));
    }

    LifecycleChange.FileChange metadataChange(ModuleMetadata next) {
        String display = "_library/" + module.path() + "/.alexandria.yaml";
        return LifecycleChange.FileChange.of(module.directory().resolve(".alexandria.yaml"), display,
                catalog.previewMetadata(module.path(), next));
    }

    /** The registry with the module's entry changed, if it has one. */
    Optional<LifecycleChange.FileChange> registryChange(java.util.function.UnaryOperator<RegistryEntry> change) {
        ModuleRegistry registry = catalog.readRegistry();
        Optional<RegistryEntry> entry = registry.entry(module.id());
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LifecycleChange.FileChange.of(library.root().resolve("_catalog/module-registry.yaml"),
                "_catalog/module-registry.yaml", catalog.previewRegistry(registry.with(change.apply(entry.get())))));
    }

    /** The registry with the module's entry moved to {@code archived:}, if it has one. */
    Optional<LifecycleChange.FileChange> registryArchive(java.util.function.UnaryOperator<RegistryEntry> change) {
        ModuleRegistry registry = catalog.readRegistry();
        Optional<RegistryEntry> entry = registry.entry(module.id());
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LifecycleChange.FileChange.of(library.root().resolve("_catalog/module-registry.yaml"),
                "_catalog/module-registry.yaml", catalog.previewRegistry(registry.archive(change.apply(
                        entry.get())))));
    }

    @Override
    public LifecyclePlan deprecate(DeprecationRequest request) {
        return Deprecations.deprecate(this, request);
    }

    @Override
    public LifecyclePlan archive(boolean force) {
        return Deprecations.archive(this, force);
    }

    @Override
    public ChangePlan register(RegisterRequest request) {
        return Registration.plan(this, Objects.requireNonNull(request, "request"));
    }

    @Override
    public ChangePlan publish() {
        return Publication.plan(this, Notifiers.discovered(DefaultLifecycle.class.getClassLoader()));
    }

    OptionalLong daysInLevel() {
        return history().days(module.metadata().maturity(), asOf);
    }

    @Override
    public String toString() {
        return "Lifecycle{" + module.id() + ", " + module.metadata().maturity() + ", asOf=" + asOf + "}";
    }
}
