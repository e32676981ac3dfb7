package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.cache.CacheIndex;
import dev.alexandria.core.internal.cache.CacheInput;
import dev.alexandria.core.internal.cache.CacheOutput;
import dev.alexandria.core.internal.cache.FileStamp;
import dev.alexandria.core.internal.cache.FileStat;
import dev.alexandria.core.internal.cache.LibraryCache;
import dev.alexandria.core.internal.cache.ModelCodec;
import dev.alexandria.core.internal.inspect.DiagnosticTexts;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.core.internal.inspect.NestedRoots;
import dev.alexandria.core.internal.recommend.ModuleFacts;
import dev.alexandria.core.internal.text.PlainFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads modules' HCL for one library, on first use: from the library's cache when the module's {@code *.tf}
 * and {@code *.tf.json} files are unchanged, else with the {@link ModuleInspector}, storing the result in the
 * cache. Modules whose configuration files include a link, a FIFO or anything else that is not a plain file
 * are always inspected again (what a link points to can change without the link changing).
 *
 * <p>Immutable and thread-safe.
 */
final class ModuleHcl {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleHcl.class);

    /** The kinds of module entries: the small summary that browsing needs, and the whole interface. */
    static final String SUMMARY = "summary";
    static final String INTERFACE = "interface";

    private final Path root;
    private final InspectOptions options;
    private final String context;
    /** Names the layout of a folder entry's {@link OwnFacts} (a new layout never reads an old one) and the context. */
    private final String factsContext;
    private final LibraryCache cache;
    /** The cache index of the open, where what a module's tier was derived from is attached to its folder. */
    private final CacheIndex index;
    private final ModuleInspector inspector = new ModuleInspector();

    /**
     * @param index the cache index of the open that made the modules, where facts learnt from their HCL are
     *              attached to their folders' entries (a disabled index to attach nothing)
     */
    ModuleHcl(Path root, Set<String> boilerplateFiles, LibraryCache cache, CacheIndex index) {
        this.root = root;
        this.options = new InspectOptions(boilerplateFiles);
        this.context = "boilerplate=" + String.join(",", new java.util.TreeSet<>(boilerplateFiles));
        this.factsContext = "own-facts-2 " + context;
        this.cache = cache;
        this.index = index;
    }

    /**
     * What reading a module's HCL gave.
     *
     * @param summary the summary, always
     * @param spec    the interface, if it was asked for or had to be computed
     */
    record Read(HclSummary summary, Optional<ModuleInterface> spec) {
    }

    /**
     * Reads a module's HCL.
     *
     * @param m             the module
     * @param wantInterface whether the full interface is needed (else the summary is enough)
     * @return the summary, and the interface when asked for or computed
     */
    Read read(CatalogModule m, boolean wantInterface) {
        if (!m.inspectable()) {
            ModuleInterface refused = refused(m);
            return new Read(HclSummary.of(root, m.id(), refused), Optional.of(refused));
        }
        long before = System.currentTimeMillis() * 1_000_000L; // before any file is stat'd
        NestedRoots.Listing nested = NestedRoots.list(m.directory());
        Readme readme = Readme.of(m.directory());
        Optional<List<PlainFiles.PlainFile>> own = cache.enabled() ? ModuleInspector.plainConfigFiles(m.directory())
                : Optional.empty();
        Optional<List<LibraryCache.NamedFile>> files = nested.cacheable() && readme.cacheable()
                ? own.map(o -> namedFiles(o, nested, readme)) : Optional.empty();
        if (files.isPresent()) {
            String kind = wantInterface ? INTERFACE : SUMMARY;
            Optional<CacheInput> hit = cache.lookupModule(m.path(), kind, context, files.get());
            if (hit.isPresent()) {
                try {
                    if (!wantInterface) {
                        return new Read(attachOwnFacts(m, own, before, HclSummary.read(hit.get())), Optional.empty());
                    }
                    ModuleInterface spec = ModelCodec.readInterface(hit.get());
                    // The summary, stored with the interface, holds what the interface does not (where the
                    // provider constraints are written), and its convention findings are not checked again.
                    // Without it the module is read again below.
                    Optional<CacheInput> small = cache.lookupModule(m.path(), SUMMARY, context, files.get());
                    if (small.isPresent()) {
                        return new Read(attachOwnFacts(m, own, before, HclSummary.read(small.get())), Optional.of(spec));
                    }
                } catch (RuntimeException e) {
                    LOG.debug("ignoring the cache entry of module {}", m.path(), e);
                }
            }
        }
        List<FileStamp> stamps = files.flatMap(ModuleHcl::stamp).orElse(null);
        ModuleInspector.Inspection inspection = inspect(m.directory());
        // named from the root, as findings and every other message of the library name its files
        ModuleInterface spec = DiagnosticTexts.namedFrom(root, inspection.spec());
        List<Diagnostic> undeclared = new ArrayList<>(inspection.undeclaredReferences());
        NestedRoots.Problems problems = NestedRoots.check("_library/" + m.path(), nested.files(), options);
        undeclared.addAll(problems.undeclared());
        HclSummary summary = HclSummary.of(root, m.id(), spec, inspection.providerVersionLocations(), undeclared,
                problems.errors(),
                readme.text().map(t -> java.util.Map.entry("_library/" + m.path() + "/" + README, t)));
        if (stamps != null) {
            CacheOutput small = CacheOutput.create();
            summary.write(small);
            cache.storeModule(m.path(), SUMMARY, context, stamps, small);
            CacheOutput whole = CacheOutput.create();
            ModelCodec.write(whole, spec);
            cache.storeModule(m.path(), INTERFACE, context, stamps, whole);
        }
        return new Read(attachOwnFacts(m, own, before, summary), Optional.of(spec));
    }

    /**
     * What a module's own configuration files (not its examples, tests or README) say that commands over every
     * module read: the count of its own input variables (its complexity tier), the type of each managed resource,
     * its module calls, and its inputs and outputs as a recommendation's wiring reads them of the modules it chose
     * (their names; each input's requiredness and description), as its {@link HclSummary} has them.
     *
     * @param ownVariableCount {@link HclSummary#ownVariableCount()}
     * @param resourceTypes    {@link HclSummary#resourceTypes()}
     * @param calls            the module calls of {@link HclSummary#graph()}
     * @param inputNames       the input names of {@link HclSummary#names()}
     * @param inputs           {@link HclSummary#inputs()}
     * @param outputNames      the output names of {@link HclSummary#names()}
     */
    record OwnFacts(int ownVariableCount, List<String> resourceTypes, List<ModuleCallRef> calls,
                    List<String> inputNames, List<ModuleFacts.Input> inputs, List<String> outputNames) {
    }

    /**
     * A module's {@link OwnFacts} from what {@link #attachOwnFacts} attached to its folder's entry in the cache
     * index, if that still holds: the folder's list of entries is the same (its stat, which the open checked
     * against the entry), and each of its configuration files has the size, modification and change time it had,
     * neither folder nor file modified within the racy margin of when they were stat'd ({@link LibraryCache#isClean}).
     * One {@code lstat} per file; no folder is listed and no file read. Its examples and tests, which reading the
     * whole summary must walk to check its cache entry, say nothing of these facts.
     *
     * @param m the module
     * @return the facts, or empty when they must be read from the HCL
     */
    Optional<OwnFacts> cachedOwnFacts(CatalogModule m) {
        Optional<CacheIndex.Payload> entry = m.folderEntry();
        if (!m.inspectable() || entry.isEmpty() || m.folderStat().isEmpty()) {
            return Optional.empty();
        }
        try {
            CacheInput in = entry.get().open();
            if (in.atEnd() || !in.readString().equals(factsContext)) {
                return Optional.empty();
            }
            long before = in.readSignedVarLong();
            long folderMtime = in.readSignedVarLong();
            if (folderMtime != m.folderStat().get().mtimeNanos() || !LibraryCache.isClean(folderMtime, before)) {
                return Optional.empty();
            }
            int n = in.readCount();
            for (int i = 0; i < n; i++) {
                String name = in.readString();
                long size = in.readSignedVarLong();
                long mtime = in.readSignedVarLong();
                long ctime = in.readSignedVarLong();
                Optional<FileStat> now = FileStat.of(m.directory().resolve(name));
                if (now.isEmpty() || now.get().size() != size || now.get().mtimeNanos() != mtime
                        || now.get().ctimeNanos() != ctime
                        || !LibraryCache.isClean(Math.max(mtime, ctime), before)) {
                    return Optional.empty();
                }
            }
            OwnFacts facts = new OwnFacts(in.readCount(), in.readStrings(), in.readList(ModelCodec::readModuleCall),
                    in.readStrings(), HclSummary.readInputs(in), in.readStrings());
            return in.atEnd() ? Optional.of(facts) : Optional.empty();
        } catch (RuntimeException e) {
            LOG.debug("ignoring the cached facts of module {}", m.path(), e);
            return Optional.empty();
        }
    }

    /**
     * Attaches a module's {@link OwnFacts} to its folder's entry in the cache index (see {@link #cachedOwnFacts}),
     * with its configuration files' stats as listed, when they were stat'd and the folder's modification time.
     * Only when every configuration file is a plain file, and not when the entry holds them already (a summary read
     * for another reason would otherwise mark the index changed); {@link DefaultLibrary#keepOwnFacts()} writes the
     * index.
     *
     * @param own    the module's configuration files, listed after {@code before}
     * @param before the time before they were listed and stat'd, in nanoseconds since the epoch
     * @return the summary
     */
    private HclSummary attachOwnFacts(CatalogModule m, Optional<List<PlainFiles.PlainFile>> own, long before,
                                      HclSummary summary) {
        if (own.isEmpty() || m.folderStat().isEmpty() || !index.enabled() || m.cachedOwnFacts().isPresent()) {
            return summary;
        }
        CacheOutput out = CacheOutput.create();
        out.writeString(factsContext).writeSignedVarLong(before)
                .writeSignedVarLong(m.folderStat().get().mtimeNanos());
        out.writeVarInt(own.get().size());
        for (PlainFiles.PlainFile f : own.get()) {
            FileStat stat = FileStat.of(f.path(), f.attributes());
            out.writeString(f.path().getFileName().toString()).writeSignedVarLong(stat.size())
                    .writeSignedVarLong(stat.mtimeNanos()).writeSignedVarLong(stat.ctimeNanos());
        }
        out.writeVarInt(summary.ownVariableCount()).writeStrings(summary.resourceTypes())
                .writeList(summary.graph().calls(), ModelCodec::write).writeStrings(summary.names().inputs());
        HclSummary.writeInputs(out, summary.inputs());
        out.writeStrings(summary.names().outputs());
        index.attachToFolder(LibraryLoader.folderKey(m.path()), out);
        return summary;
    }

    /**
     * The module's configuration files (see {@link ModuleInspector#plainConfigFiles}), each named by its file name,
     * then those of its examples and tests ({@link NestedRoots}), named by their path below the module folder:
     * the reference-declared findings cached with the module come from both; last its README.md when it is a
     * plain file, which the README rule's findings cached with the module come from.
     */
    private static List<LibraryCache.NamedFile> namedFiles(List<PlainFiles.PlainFile> files,
                                                           NestedRoots.Listing nested, Readme readme) {
        List<LibraryCache.NamedFile> out = new ArrayList<>(files.size() + nested.files().size() + 1);
        files.forEach(f -> out.add(new LibraryCache.NamedFile(f.path().getFileName().toString(), f.path(),
                Optional.of(FileStat.of(f.path(), f.attributes())))));
        nested.files().forEach(f -> out.add(new LibraryCache.NamedFile(f.name(), f.file().path(),
                Optional.of(FileStat.of(f.file().path(), f.file().attributes())))));
        readme.file().ifPresent(f -> out.add(new LibraryCache.NamedFile(README, f.path(),
                Optional.of(FileStat.of(f.path(), f.attributes())))));
        return out;
    }

    /** The README the README rule reads, whose findings are kept with the module's HCL. */
    private static final String README = "README.md";

    /**
     * A module's README.md as the cache sees it.
     *
     * @param file      the README when it is a plain file no larger than {@link ModuleInspector#MAX_FILE_BYTES}
     * @param cacheable false when README.md is there but a link or anything else that is not a plain file (what
     *                  a link points to can change without the link changing)
     */
    private record Readme(Optional<PlainFiles.PlainFile> file, boolean cacheable) {

        static Readme of(Path dir) {
            Path p = dir.resolve(README);
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return new Readme(Optional.empty(), !Files.exists(p, LinkOption.NOFOLLOW_LINKS));
            }
            if (!attrs.isRegularFile()) {
                return new Readme(Optional.empty(), false);
            }
            return attrs.size() > ModuleInspector.MAX_FILE_BYTES ? new Readme(Optional.empty(), true)
                    : new Readme(Optional.of(new PlainFiles.PlainFile(p, attrs)), true);
        }

        /** @return its text, read now; empty when there is none or it cannot be read as UTF-8 */
        Optional<String> text() {
            try {
                return file.isPresent() ? Optional.of(Files.readString(file.get().path(), StandardCharsets.UTF_8))
                        : Optional.empty();
            } catch (IOException e) {
                return Optional.empty(); // the README rule reads it again and says why it cannot
            }
        }
    }

    /** Stamps the files before the inspector reads them; empty if one cannot be read now. */
    private static Optional<List<FileStamp>> stamp(List<LibraryCache.NamedFile> files) {
        List<FileStamp> stamps = new ArrayList<>(files.size());
        for (LibraryCache.NamedFile f : files) {
            Optional<FileStat> stat = f.stat().isPresent() ? f.stat() : FileStat.of(f.path());
            if (stat.isEmpty() || stat.get().size() > ModuleInspector.MAX_FILE_BYTES) {
                return Optional.empty();
            }
            try {
                stamps.add(FileStamp.of(f.name(), stat.get(), Files.readAllBytes(f.path())));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(stamps);
    }

    /**
     * Inspects one folder. The inspector turns bad input into diagnostics; an exception here is a bug in the
     * reader, which must not hide the module from the registry, so it becomes an error diagnostic (logged with
     * its stack trace) on an otherwise empty interface.
     */
    private ModuleInspector.Inspection inspect(Path dir) {
        try {
            return inspector.inspectWithLocations(dir, options);
        } catch (RuntimeException e) {
            LOG.warn("inspecting {} failed", dir, e);
            return new ModuleInspector.Inspection(withDiagnostic(dir, Diagnostic.error("Internal error", "The module's configuration could not be "
                    + "read: " + e + ". Please report this as a bug of Alexandria.", SourceLocation.of(dir.toString()))),
                    java.util.Map.of(), List.of());
        }
    }

    /**
     * The interface of a module whose HCL was not read because one of its files is a link that leaves the
     * library root (an error of opening): empty, with an error diagnostic that says why, so no rule mistakes
     * it for a module without variables.
     */
    private ModuleInterface refused(CatalogModule m) {
        return withDiagnostic(m.directory(), Diagnostic.error("Configuration not read", "A configuration file of "
                + "this module is a symbolic link that leaves the library root, so none of its files were read.",
                SourceLocation.of(m.directory().toString())));
    }

    private ModuleInterface withDiagnostic(Path dir, Diagnostic d) {
        return new ModuleInterface(dir.toString(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(d), options.boilerplateFiles());
    }
}
