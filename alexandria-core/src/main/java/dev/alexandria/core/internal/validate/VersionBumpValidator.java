package dev.alexandria.core.internal.validate;

import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.core.internal.cache.FileStamp;
import dev.alexandria.core.internal.versioning.CatalogWriter;
import dev.alexandria.core.internal.versioning.DefaultModuleVersions;
import dev.alexandria.core.internal.versioning.GitDiscovery;
import dev.alexandria.core.internal.versioning.SharedRepository;
import dev.alexandria.spi.validate.ModuleValidator;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code alexandria-versioning}: the CI gate of {@code alexandria diff <module> --check} as a validation rule
 * ({@value ModuleVersions#VERSION_BUMP_RULE}), reusing {@link DefaultModuleVersions#checkFindings(boolean)}: the
 * working tree's interface is compared with the highest registered version's git tag, and each change that needs
 * more than the version in {@code .alexandria.yaml} declares is an error at the change's line, with the text the
 * gate prints. The library's {@code versioning.risky_changes} policy applies. Outside git there is nothing to
 * compare with and the rule finds nothing; a module whose highest registered version has no tag is not compared
 * either, and the run's report lists it as skipped with the fix ({@link #partlySkipped()}); a tag that is there but
 * broken (of a tree or a blob, or on a commit holding other files than the registry records) is an error with its fix
 * ({@link DefaultModuleVersions#checkOutcome}), which fails the run. Each module's outcome is
 * kept in the library's cache ({@link VersionCheckEntries}), so a run in which nothing it depends on changed opens
 * no git repository.
 */
final class VersionBumpValidator extends BuiltInValidator implements BuiltIns.PerRun {

    private static final Logger LOG = LoggerFactory.getLogger(VersionBumpValidator.class);

    private static final List<ValidationRule> RULES = List.of(ValidationRule.of(ModuleVersions.VERSION_BUMP_RULE,
            Finding.Severity.ERROR, "The version in .alexandria.yaml is at least the bump the interface changes since "
                    + "the highest registered version require (the gate of 'alexandria diff <module> --check'); "
                    + "needs the library in git with the registered version's tag."));

    /**
     * The library's cache folder, where the versions read are kept (so a registered version read before is not
     * parsed again, and its tag and tree not looked up in git again); empty for the prototype and for a library
     * opened without a cache.
     */
    private final Optional<Path> cacheDirectory;

    /** Whether this is a run's copy, which remembers that its library is outside git; the prototype never does. */
    private final boolean perRun;

    /** The library root this run found outside every git work tree ({@link GitDiscovery}); null until then. */
    private volatile Path outsideGit;

    /**
     * The library's repository, opened by the first module of this run checked in a git work tree and shared by the
     * others; null for the prototype, which opens it per module.
     */
    private final SharedRepository repository;

    /** A module not checked: its missing tag and the reason with the fix. */
    private record Untagged(String tag, String reason) {
    }

    /** How many tags the reason of {@link #partlySkipped()} lists. */
    static final int LISTED = 5;

    /**
     * The modules of this run whose highest registered version has no tag: module id to its tag and the reason;
     * null for the prototype.
     */
    private final ConcurrentSkipListMap<String, Untagged> untagged;

    /** The library root of the modules noted as untagged, which the fix's git command runs in; null until one. */
    private volatile Path untaggedRoot;

    /** The run's kept outcomes ({@link VersionCheckEntries}); null until the first module asks. */
    private volatile Optional<VersionCheckEntries> entries;

    /** The validator ServiceLoader and the built-ins use. */
    VersionBumpValidator() {
        this(Optional.empty(), false);
    }

    private VersionBumpValidator(Optional<Path> cacheDirectory, boolean perRun) {
        super("alexandria-versioning", Stage.HCL, RULES);
        this.cacheDirectory = cacheDirectory;
        this.perRun = perRun;
        this.repository = perRun ? new SharedRepository() : null;
        this.untagged = perRun ? new ConcurrentSkipListMap<>() : null;
    }

    @Override
    public ModuleValidator forRun(ToolCache cache) {
        return new VersionBumpValidator(cache == null ? Optional.empty() : cache.cacheDirectory(), true);
    }

    @Override
    public Optional<String> stopped() {
        return Optional.empty(); // it runs no tool, so nothing stops it
    }

    @Override
    public List<Finding> validate(ValidationRequest request) {
        // Outside git no registered version can be read and a module without one has nothing to compare with, so
        // the check finds nothing (DefaultModuleVersions.checkFindings says so per module, at debug): asked once
        // per run, not once per module, and without decoding each module's registry entry.
        Path root = request.root();
        if (root.equals(outsideGit)) {
            return List.of();
        }
        if (!GitDiscovery.mayBeInWorkTree(root)) {
            LOG.debug("no version-bump check for {}: the library {} is not in a git repository, so no registered "
                    + "version can be read", request.moduleId(), root);
            if (perRun) {
                outsideGit = root;
            }
            return List.of();
        }
        LibraryModule module = request.module();
        Optional<RegisteredVersion> top = DefaultModuleVersions.highestRegistered(module);
        if (top.isEmpty()) {
            return List.of(); // nothing registered, nothing to compare with: git is not even opened
        }
        boolean risky = request.catalog().settings().versioning().riskyIsBreaking();
        String tag = DefaultModuleVersions.tagName(module.id(), top.get().version());
        Optional<VersionCheckEntries> entries = entries(root);
        String key = module.path();
        String context = null;
        List<Path> refs = List.of();
        Optional<List<FileStamp>> stamps = Optional.empty();
        if (entries.isPresent()) {
            refs = GitDiscovery.tagRefFiles(entries.get().gitDir(), tag);
            List<String> boilerplate = new ArrayList<>(request.catalog().settings().inspect().boilerplateFiles());
            Collections.sort(boilerplate);
            List<String> taken = module.registryEntry().map(e -> e.versions()).orElse(List.of()).stream()
                    .map(r -> r.version().toString()).sorted().toList();
            context = entries.get().context(key, module.version().toString(), top.get().version().toString(), risky,
                    boilerplate, refs, module.metadata().maturity().id(), taken,
                    GitDiscovery.looseTag(entries.get().gitDir(), module.id().value())).orElse(null);
            if (context != null) {
                Optional<DefaultModuleVersions.CheckOutcome> kept = entries.get().lookup(key, context,
                        module.directory(), refs);
                if (kept.isPresent()) {
                    return noted(root, module, tag, kept.get());
                }
                stamps = entries.get().before(key, module.directory(), refs);
            }
        }
        DefaultModuleVersions.CheckOutcome outcome = new DefaultModuleVersions(root, request.catalog(), module, risky,
                READ_ONLY, cacheDirectory).checkOutcome(false, repository);
        if (stamps.isPresent() && repository != null && repository.opened(entries.get().gitDir())) {
            entries.get().store(key, context, stamps.get(), outcome);
        }
        return noted(root, module, tag, outcome);
    }

    /** The findings of an outcome, noting the module when its check was skipped for want of a tag. */
    private List<Finding> noted(Path root, LibraryModule module, String tag, DefaultModuleVersions.CheckOutcome outcome) {
        if (outcome.untagged().isPresent() && untagged != null) {
            untaggedRoot = root;
            untagged.put(module.id().value(), new Untagged(tag, outcome.untagged().get()));
        }
        return outcome.findings();
    }

    /** The run's kept outcomes, for the run's library (the first module's decides), once per run. */
    private Optional<VersionCheckEntries> entries(Path root) {
        if (!perRun) {
            return VersionCheckEntries.of(cacheDirectory, root);
        }
        Optional<VersionCheckEntries> e = entries;
        if (e == null) {
            synchronized (this) {
                e = entries;
                if (e == null) {
                    e = VersionCheckEntries.of(cacheDirectory, root);
                    entries = e;
                }
            }
        }
        return e;
    }

    /**
     * The modules whose check was skipped because their highest registered version has no git tag, in one
     * reason: the module's own when it is one, else how many, the first {@value #LISTED} tags and the fix.
     */
    @Override
    public Optional<String> partlySkipped() {
        if (untagged == null || untagged.isEmpty()) {
            return Optional.empty();
        }
        if (untagged.size() == 1) {
            return Optional.of(untagged.firstEntry().getValue().reason());
        }
        List<String> tags = new ArrayList<>();
        for (Untagged t : untagged.values()) {
            if (tags.size() == LISTED) {
                break;
            }
            tags.add(t.tag());
        }
        return Optional.of(untagged.size() + " modules have a registered version without its git tag, so their "
                + "interfaces were not compared: " + String.join(", ", tags)
                + (untagged.size() > LISTED ? " and " + (untagged.size() - LISTED) + " more" : "")
                + "; tag the commit each was released from (" + DefaultModuleVersions.tagCommand(untaggedRoot,
                "<module>/v<version>", "<module> <version>", "<commit>", false) + ")");
    }

    @Override
    public void endRun() {
        if (repository != null) {
            repository.close();
        }
    }

    /** The check only reads: a release is never planned here. */
    private static final CatalogWriter READ_ONLY = new CatalogWriter() {
        @Override
        public ModuleRegistry readRegistry() {
            throw new UnsupportedOperationException("validation does not release");
        }

        @Override
        public String previewRegistry(ModuleRegistry registry) {
            throw new UnsupportedOperationException("validation does not release");
        }

        @Override
        public String previewMetadata(String modulePath, ModuleMetadata metadata) {
            throw new UnsupportedOperationException("validation does not release");
        }

        @Override
        public <T> T withLock(Supplier<T> work) {
            throw new UnsupportedOperationException("validation does not release");
        }

        @Override
        public void replaceFile(Path file, String text, String display) {
            throw new UnsupportedOperationException("validation does not release");
        }
    };
}
