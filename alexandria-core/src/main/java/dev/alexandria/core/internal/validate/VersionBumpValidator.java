package dev.alexandria.core.internal.validate;

import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.core.internal.versioning.CatalogWriter;
import dev.alexandria.core.internal.versioning.DefaultModuleVersions;
import dev.alexandria.core.internal.versioning.GitDiscovery;
import dev.alexandria.core.internal.versioning.SharedRepository;
import dev.alexandria.spi.validate.ModuleValidator;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code alexandria-versioning}: the CI gate of {@code alexandria diff <module> --check} as a validation rule
 * ({@value ModuleVersions#VERSION_BUMP_RULE}), reusing {@link DefaultModuleVersions#checkFindings(boolean)}: the
 * working tree's interface is compared with the highest registered version's git tag, and each change that needs
 * more than the version in {@code .alexandria.yaml} declares is an error at the change's line, with the text the
 * gate prints. The library's {@code versioning.risky_changes} policy applies. Outside git, or when the registered
 * version has no tag, there is nothing to compare with and the rule finds nothing.
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

    /** The validator ServiceLoader and the built-ins use. */
    VersionBumpValidator() {
        this(Optional.empty(), false);
    }

    private VersionBumpValidator(Optional<Path> cacheDirectory, boolean perRun) {
        super("alexandria-versioning", Stage.HCL, RULES);
        this.cacheDirectory = cacheDirectory;
        this.perRun = perRun;
        this.repository = perRun ? new SharedRepository() : null;
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
        boolean risky = request.catalog().settings().versioning().riskyIsBreaking();
        return new DefaultModuleVersions(request.root(), request.catalog(), request.module(), risky, READ_ONLY,
                cacheDirectory).checkFindings(false, repository);
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
