package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.cache.CacheIndex;
import dev.alexandria.core.internal.cache.FileStat;
import dev.alexandria.core.internal.validate.ComplexityRule;

import dev.alexandria.core.internal.validate.InterfaceNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A module of an opened library. Its metadata and registry entry may be read from the cache on first use (an
 * unchanged library of thousands of modules opens without decoding them all); its layer, category and id come
 * from its path. Its HCL is read on first use, through {@link ModuleHcl} (and so from the cache when its files
 * are unchanged): {@link #interfaceSpec()} reads the interface once and keeps it;
 * {@link #complexity()} and the HCL's findings need only a small summary, which is all that is kept for modules
 * whose interface was never asked for, so browsing thousands of modules does not hold thousands of interfaces.
 *
 * <p>Thread-safe: the first reads are guarded by this object's lock and published through volatile fields.
 */
final class CatalogModule implements LibraryModule, InterfaceNames.Source,
        dev.alexandria.core.internal.recommend.ModuleFacts {

    private final ModuleId id;
    private final String path;
    private final Path directory;
    private final Layer layer;
    private final Category category;
    private final Supplier<ModuleMetadata> metadata;
    private final Supplier<Optional<RegistryEntry>> registryEntry;
    private final Supplier<SourceLocation> complexityAt;
    private final boolean inspectable;
    private final ModuleHcl hcl;
    private final Optional<FileStat> folderStat;
    private final Optional<CacheIndex.Payload> folderEntry;
    private volatile ModuleInterface spec;
    private volatile HclSummary summary;
    private volatile ComplexityTier tier;
    /** Its {@link ModuleHcl.OwnFacts} in the cache index, once looked up ({@link #cachedOwnFacts()}). */
    private volatile Optional<ModuleHcl.OwnFacts> ownFacts;

    /**
     * @param layer         the layer of its path, which its metadata must agree with
     * @param category      the category of its path, which its metadata must agree with
     * @param metadata      its metadata, read on first use when it comes from the cache
     * @param registryEntry its registry entry, read on first use when the registry comes from the cache
     * @param complexityAt  where {@code complexity:} is declared, for the tier warning
     * @param inspectable   false when a configuration file is a link leaving the root (then nothing is read)
     * @param folderStat    the stat of its folder when the library was opened, if it is a plain folder
     * @param folderEntry   the payload of its folder's entry in the cache index, when the open found the entry
     *                      valid (what {@link ModuleHcl} attached to it)
     */
    CatalogModule(ModuleId id, String path, Path directory, Layer layer, Category category,
                  Supplier<ModuleMetadata> metadata, Supplier<Optional<RegistryEntry>> registryEntry,
                  Supplier<SourceLocation> complexityAt, boolean inspectable, ModuleHcl hcl,
                  Optional<FileStat> folderStat, Optional<CacheIndex.Payload> folderEntry) {
        this.id = Objects.requireNonNull(id, "id");
        this.path = Objects.requireNonNull(path, "path");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.layer = Objects.requireNonNull(layer, "layer");
        this.category = Objects.requireNonNull(category, "category");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.registryEntry = Objects.requireNonNull(registryEntry, "registryEntry");
        this.complexityAt = Objects.requireNonNull(complexityAt, "complexityAt");
        this.inspectable = inspectable;
        this.hcl = Objects.requireNonNull(hcl, "hcl");
        this.folderStat = Objects.requireNonNull(folderStat, "folderStat");
        this.folderEntry = Objects.requireNonNull(folderEntry, "folderEntry");
    }

    @Override
    public ModuleId id() {
        return id;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public ModuleMetadata metadata() {
        return metadata.get();
    }

    @Override
    public Optional<RegistryEntry> registryEntry() {
        return registryEntry.get();
    }

    /** From the path; opening refuses metadata that disagrees with it, so this is the metadata's layer too. */
    @Override
    public Layer layer() {
        return layer;
    }

    /** From the path; opening refuses metadata that disagrees with it, so this is the metadata's category too. */
    @Override
    public Category category() {
        return category;
    }

    boolean inspectable() {
        return inspectable;
    }

    Optional<FileStat> folderStat() {
        return folderStat;
    }

    Optional<CacheIndex.Payload> folderEntry() {
        return folderEntry;
    }

    @Override
    public ModuleInterface interfaceSpec() {
        ModuleInterface s = spec;
        if (s == null) {
            synchronized (this) {
                s = spec;
                if (s == null) {
                    ModuleHcl.Read read = hcl.read(this, true);
                    s = read.spec().orElseThrow();
                    summary = read.summary();
                    spec = s;
                }
            }
        }
        return s;
    }

    /**
     * Derived from the count of the module's own variables: from the summary when it was read, else from the
     * cache index while the module's configuration files are unchanged ({@link #ownFacts()}), else from the
     * summary, which is then read.
     */
    @Override
    public ComplexityTier complexity() {
        ComplexityTier t = tier;
        if (t == null) {
            Optional<ModuleHcl.OwnFacts> cached = ownFacts();
            t = ComplexityTier.forVariableCount(cached.isPresent() ? cached.get().ownVariableCount()
                    : summary().ownVariableCount());
            tier = t;
        }
        return t;
    }

    /**
     * What the module's own configuration files say that commands over every module read, from the cache index
     * while they are unchanged ({@link ModuleHcl#cachedOwnFacts}, a stat per file), so that such a command does
     * not check the cache entry of each module's whole summary (which walks its examples and tests); empty when the
     * summary was read already (it has them) or the cache index does not hold them.
     */
    private Optional<ModuleHcl.OwnFacts> ownFacts() {
        return summary != null ? Optional.empty() : cachedOwnFacts();
    }

    /** {@link ModuleHcl#cachedOwnFacts}, looked up once. */
    Optional<ModuleHcl.OwnFacts> cachedOwnFacts() {
        Optional<ModuleHcl.OwnFacts> f = ownFacts;
        if (f == null) {
            f = hcl.cachedOwnFacts(this);
            ownFacts = f;
        }
        return f;
    }

    HclSummary summary() {
        HclSummary s = summary;
        if (s == null) {
            synchronized (this) {
                s = summary;
                if (s == null) {
                    s = hcl.read(this, false).summary();
                    summary = s;
                }
            }
        }
        return s;
    }

    /**
     * From the interface when it was read, else from the cache index ({@link #ownFacts()}) or the summary (the
     * graph's facts), never decoding the interface.
     */
    @Override
    public List<dev.alexandria.api.model.ModuleCallRef> moduleCalls() {
        ModuleInterface s = spec;
        if (s != null) {
            return s.moduleCalls();
        }
        Optional<ModuleHcl.OwnFacts> cached = ownFacts();
        return cached.isPresent() ? cached.get().calls() : summary().graph().calls();
    }

    /** From the cache index ({@link #ownFacts()}) or the summary, which is read with the interface too. */
    @Override
    public List<String> resourceTypes() {
        Optional<ModuleHcl.OwnFacts> cached = ownFacts();
        return cached.isPresent() ? cached.get().resourceTypes() : summary().resourceTypes();
    }

    /**
     * From the cache index ({@link #ownFacts()}) or the summary, so recommendations match outputs to inputs without
     * decoding the interface.
     */
    @Override
    public List<String> inputNames() {
        Optional<ModuleHcl.OwnFacts> cached = ownFacts();
        return cached.isPresent() ? cached.get().inputNames() : summary().names().inputs();
    }

    /**
     * From the cache index ({@link #ownFacts()}) or the summary, so wiring reads which inputs are required without
     * decoding the interface.
     */
    @Override
    public List<dev.alexandria.core.internal.recommend.ModuleFacts.Input> inputs() {
        Optional<ModuleHcl.OwnFacts> cached = ownFacts();
        return cached.isPresent() ? cached.get().inputs() : summary().inputs();
    }

    /** From the cache index ({@link #ownFacts()}) or the summary, as {@link #inputNames()}. */
    @Override
    public List<String> outputNames() {
        Optional<ModuleHcl.OwnFacts> cached = ownFacts();
        return cached.isPresent() ? cached.get().outputNames() : summary().names().outputs();
    }

    /** From the summary, so the README rule never needs the whole interface. */
    @Override
    public InterfaceNames interfaceNames() {
        return summary().names();
    }

    /** From the summary, which keeps them with the README's stamp. */
    @Override
    public java.util.Optional<List<Finding>> readmeFindings() {
        return summary().readme();
    }

    /**
     * The findings of the module's HCL: its diagnostics, and a declared complexity tier that disagrees with
     * the derived one - unless the HCL has errors, when the count would be incomplete.
     *
     * @return the findings, unsorted
     */
    List<Finding> hclFindings() {
        HclSummary s = summary();
        List<Finding> out = new ArrayList<>(s.findings());
        ComplexityRule.check(metadata().complexity(), s.ownVariableCount(), s.boilerplateInUse(), s.hasErrors(),
                complexityAt.get()).ifPresent(f -> out.add(f.withModule(id)));
        return out;
    }

    /**
     * The findings of the rules over the interface alone ({@code HclRules}: naming, documented and typed
     * variables, documented outputs, required version, pinned providers), computed when the HCL was read and
     * cached with it. Only {@code validate} reports them.
     *
     * @return the findings, unsorted
     */
    List<Finding> conventionFindings() {
        return summary().conventions();
    }

    /** Equal when every fact but the (lazily read) HCL is equal, as for every {@link LibraryModule}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogModule m && id.equals(m.id) && path.equals(m.path) && directory.equals(m.directory)
                && metadata().equals(m.metadata()) && registryEntry().equals(m.registryEntry());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, path, directory, metadata(), registryEntry());
    }

    /** @return {@code id (path)} */
    @Override
    public String toString() {
        return id + " (" + path + ")";
    }
}
