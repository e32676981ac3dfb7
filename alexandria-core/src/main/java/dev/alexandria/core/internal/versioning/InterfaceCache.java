package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.cache.BuildKey;
import dev.alexandria.core.internal.cache.CacheFiles;
import dev.alexandria.core.internal.cache.CacheInput;
import dev.alexandria.core.internal.cache.CacheOutput;
import dev.alexandria.core.internal.cache.ModelCodec;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleDetails;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code diff} read of a version of a module (its interface and the details the rules need), kept in the
 * library's cache folder so that a version read before is not parsed again. A version is named by its content,
 * so an entry never goes stale: a version read from git by the id of the module folder's tree at that commit (git
 * names a tree by the hash of everything in it), the working tree by the git ids of its configuration files
 * (computed from their bytes, so an edit in the same second as the last read is seen). The entry also records the
 * folder as locations name it and the boilerplate files of the library's settings, which change what is read;
 * an entry that differs in any of these is a miss and is replaced.
 *
 * <p>Each version read from git is a file of its own, {@value #FOLDER}{@code /<tree id>.bin}, whose content
 * never changes; the working tree has one file per module, {@value #FOLDER}{@code /working-tree-<module>.bin},
 * replaced as it changes, so edits do not pile up entries. Files are written as every cache file is
 * ({@link CacheFiles}: a header with the format, the build and the library, a checksum, a temporary file renamed
 * into place), so a file of another build, a truncated or a foreign one is ignored. A cache that cannot be read or
 * written is only slower.
 *
 * <p>Thread-safe: stateless but for its folder; concurrent writers replace a file atomically.
 */
final class InterfaceCache {

    private static final Logger LOG = LoggerFactory.getLogger(InterfaceCache.class);

    /** The folder in the library's cache folder. */
    static final String FOLDER = "interfaces";
    private static final String KIND = "interface";

    private final Path folder;
    private final String owner;

    private InterfaceCache(Path folder, String owner) {
        this.folder = folder;
        this.owner = owner;
    }

    /**
     * @param cacheDirectory the library's cache folder, if it has one
     * @param libraryRoot    the library's root, which the files record as their owner
     * @return the cache, or empty when the library is opened without a cache
     */
    static Optional<InterfaceCache> in(Optional<Path> cacheDirectory, Path libraryRoot) {
        return cacheDirectory.map(d -> new InterfaceCache(d.resolve(FOLDER),
                libraryRoot.toAbsolutePath().normalize().toString()));
    }

    /**
     * The key of a version: what it was read from and how.
     *
     * @param content what names the files read: {@code tree <id>} or {@code files <name> <id> ...}
     * @param display the folder as locations name it
     * @param options the inspector's options
     * @return the key
     */
    static String key(String content, String display, InspectOptions options) {
        return content + "\n" + display + "\n" + String.join("\n", options.boilerplateFiles());
    }

    /**
     * @param file  the entry's file name, without {@code .bin}: a tree id or {@code working-tree-<module>}
     * @param key   the version's key ({@link #key})
     * @param label what the version was asked for as
     * @return the version as read before, if this entry holds it
     */
    Optional<ModuleSnapshot> lookup(String file, String key, String label) {
        Optional<CacheFiles.Contents> hit = CacheFiles.read(path(file), BuildKey.current(), KIND, owner);
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        try {
            CacheInput in = hit.get().body();
            if (!in.readString().equals(key)) {
                return Optional.empty();
            }
            ModuleInterface iface = ModelCodec.readInterface(in);
            ModuleDetails details = readDetails(in);
            return Optional.of(new ModuleSnapshot(label, iface, details));
        } catch (RuntimeException e) {
            LOG.debug("ignoring the cache entry {}", path(file), e);
            return Optional.empty();
        }
    }

    /**
     * Keeps a version; never throws (a failure is logged at debug level).
     *
     * @param file     the entry's file name, as for {@link #lookup}
     * @param key      the version's key
     * @param snapshot the version as read
     */
    void store(String file, String key, ModuleSnapshot snapshot) {
        CacheOutput out = CacheOutput.create();
        out.writeString(key);
        ModelCodec.write(out, snapshot.iface());
        writeDetails(out, snapshot.details());
        CacheFiles.write(path(file), BuildKey.current(), KIND, owner, out);
    }

    private Path path(String file) {
        return folder.resolve(file + ".bin");
    }

    static void writeDetails(CacheOutput out, ModuleDetails d) {
        out.writeList(d.moved(), (o, m) -> {
            o.writeString(m.from()).writeString(m.to());
            ModelCodec.write(o, m.location());
        });
        out.writeList(d.removed(), (o, r) -> {
            o.writeString(r.from()).writeBoolean(r.destroy());
            ModelCodec.write(o, r.location());
        });
        out.writeList(List.copyOf(d.moduleCalls().entrySet()), (o, e) -> {
            o.writeString(e.getKey());
            o.writeOptionalString(e.getValue().count()).writeOptionalString(e.getValue().forEach());
        });
        out.writeList(List.copyOf(d.validations().entrySet()), (o, e) -> {
            o.writeString(e.getKey());
            o.writeList(e.getValue(), (o2, v) -> {
                o2.writeString(v.condition()).writeString(v.errorMessage());
                ModelCodec.write(o2, v.location());
            });
        });
        out.writeList(List.copyOf(d.requirementLocations().entrySet()), (o, e) -> {
            o.writeString(e.getKey());
            ModelCodec.write(o, e.getValue());
        });
        out.writeList(d.hidden(), (o, h) -> {
            o.writeString(h.type()).writeStrings(h.labels());
            ModelCodec.write(o, h.location());
            o.writeString(h.problem());
        });
    }

    static ModuleDetails readDetails(CacheInput in) {
        List<ModuleDetails.Moved> moved = in.readList(i -> new ModuleDetails.Moved(i.readString(), i.readString(),
                ModelCodec.readLocation(i)));
        List<ModuleDetails.Removed> removed = in.readList(i -> new ModuleDetails.Removed(i.readString(),
                i.readBoolean(), ModelCodec.readLocation(i)));
        Map<String, ModuleDetails.Repetition> calls = new LinkedHashMap<>();
        for (int n = in.readCount(), k = 0; k < n; k++) {
            calls.put(in.readString(), new ModuleDetails.Repetition(in.readOptionalString(), in.readOptionalString()));
        }
        Map<String, List<ModuleDetails.Validation>> validations = new LinkedHashMap<>();
        for (int n = in.readCount(), k = 0; k < n; k++) {
            validations.put(in.readString(), in.readList(i -> new ModuleDetails.Validation(i.readString(),
                    i.readString(), ModelCodec.readLocation(i))));
        }
        Map<String, SourceLocation> requirements = new LinkedHashMap<>();
        for (int n = in.readCount(), k = 0; k < n; k++) {
            requirements.put(in.readString(), ModelCodec.readLocation(in));
        }
        List<ModuleDetails.Hidden> hidden = in.readList(i -> new ModuleDetails.Hidden(i.readString(),
                i.readStrings(), ModelCodec.readLocation(i), i.readString()));
        return new ModuleDetails(moved, removed, calls, validations, requirements, hidden);
    }
}
