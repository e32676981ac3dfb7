package dev.alexandria.core.internal.discovery;

import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.internal.cache.BuildKey;
import dev.alexandria.core.internal.cache.CacheFiles;
import dev.alexandria.core.internal.cache.CacheFormatException;
import dev.alexandria.core.internal.cache.CacheInput;
import dev.alexandria.core.internal.cache.CacheOutput;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules' document fingerprints of the last search, kept in the library's search cache folder with the stamps of
 * the files they were computed from, so an unchanged module's fingerprint is taken from here instead of computed
 * again (computing it decodes the module's metadata and registry entry and digests them, most of a short search's
 * own work before the query on a cold JVM).
 *
 * <p>A fingerprint is a function of the module's metadata file, README and Terraform files, the catalog's registry
 * file and the catalog parts that shape documents ({@link ModuleDocuments}): a cached one is used only when the
 * stamps of all of those files (name, size, modification and change time to the nanosecond, file key) are the same
 * as when it was computed, every one of them was last modified or changed before the cache file was written (a
 * file changed in the same instant the cache was written could keep its stamp, so it is not trusted), and the
 * catalog parts are byte for byte
 * those it was computed with: the file keeps them ({@link ModuleDocuments#catalogKey()}, a few kilobytes) rather
 * than their digest, so that a search of an unchanged library computes no digest at all. The file is checked as
 * every cache file is ({@link CacheFiles}: format, build, checksum); a missing, corrupt or foreign one is ignored and
 * rewritten.
 *
 * <p>Thread-safe.
 */
final class FingerprintCache {

    private static final Logger LOG = LoggerFactory.getLogger(FingerprintCache.class);
    static final String FILE_NAME = "fingerprints.bin";
    private static final String KIND = "search-fingerprints-4";

    /** Whether a module's HCL had errors when its document was built: not known yet, no, yes. */
    private static final byte HCL_UNKNOWN = 0;
    private static final byte HCL_CLEAN = 1;
    private static final byte HCL_ERRORS = 2;

    /**
     * A fingerprint, the stamps it was computed from, and whether the module's HCL had errors when the document of
     * that fingerprint was built ({@link #HCL_UNKNOWN} until one was built from these files), and the keys of its
     * README's sentences ({@link ModuleDocuments#readmeKeys}), from which the library's {@link Boilerplate} is found
     * without reading an unchanged README.
     */
    private record Entry(String stamps, String fingerprint, byte hcl, long[] readme) {
    }

    private final Optional<Path> file;
    private final String owner;
    /** The catalog's part of every stamp key ({@link ModuleDocuments#catalogKey()}), as of now. */
    private final byte[] catalogKey;
    /** The registry file's part of every stamp key, as of now. */
    private final String registryStamp;
    private final Map<String, Entry> cached;
    private final long writtenNanos;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private FingerprintCache(Optional<Path> file, String owner, byte[] catalogKey, String registryStamp,
                             Map<String, Entry> cached, long writtenNanos) {
        this.file = file;
        this.owner = owner;
        this.catalogKey = catalogKey;
        this.registryStamp = registryStamp;
        this.cached = cached;
        this.writtenNanos = writtenNanos;
    }

    /**
     * @param folder       the search cache folder; empty for no cache (every fingerprint is computed)
     * @param registryFile the catalog's registry file, whose stamp every cached fingerprint depends on
     * @param documents    the documents whose fingerprints are cached (its catalog key is part of every key)
     * @return the cache as last written, or an empty one
     */
    static FingerprintCache open(Optional<Path> folder, Path registryFile, ModuleDocuments documents) {
        ModuleDocuments.Stamps registry = ModuleDocuments.stamp(registryFile);
        byte[] catalogKey = documents.catalogKey();
        String registryStamp = registry.text();
        if (folder.isEmpty()) {
            return new FingerprintCache(Optional.empty(), "", catalogKey, registryStamp, Map.of(), Long.MIN_VALUE);
        }
        Path file = folder.get().resolve(FILE_NAME);
        String owner = folder.get().toString();
        Optional<CacheFiles.Contents> contents = CacheFiles.read(file, BuildKey.current(), KIND, owner);
        if (contents.isEmpty() || registry.newestNanos() >= contents.get().mtimeNanos()) {
            return new FingerprintCache(Optional.of(file), owner, catalogKey, registryStamp, Map.of(), Long.MIN_VALUE);
        }
        try {
            CacheInput in = contents.get().body();
            if (!Arrays.equals(in.readBytes(), catalogKey) || !in.readString().equals(registryStamp)) {
                return new FingerprintCache(Optional.of(file), owner, catalogKey, registryStamp, Map.of(),
                        Long.MIN_VALUE);
            }
            int n = in.readCount();
            Map<String, Entry> entries = new HashMap<>(n * 4 / 3 + 1);
            for (int i = 0; i < n; i++) {
                String id = in.readString();
                String stamps = in.readString();
                String fingerprint = in.readString();
                byte hcl = (byte) in.readByte();
                long[] readme = new long[in.readCount()];
                for (int k = 0; k < readme.length; k++) {
                    readme[k] = in.readLong();
                }
                entries.put(id, new Entry(stamps, fingerprint, hcl, readme));
            }
            if (!in.atEnd()) {
                throw new CacheFormatException("data after the last entry");
            }
            return new FingerprintCache(Optional.of(file), owner, catalogKey, registryStamp, entries,
                    contents.get().mtimeNanos());
        } catch (CacheFormatException e) {
            LOG.debug("ignoring the fingerprint cache {}: {}", file, e.getMessage());
            return new FingerprintCache(Optional.of(file), owner, catalogKey, registryStamp, Map.of(), Long.MIN_VALUE);
        }
    }

    /**
     * @param m         a module
     * @param documents what computes its fingerprint when the cache has none for its current files
     * @return the module's fingerprint
     */
    String fingerprint(LibraryModule m, ModuleDocuments documents) {
        String id = m.id().value();
        ModuleDocuments.Stamps files = documents.stamps(m);
        String stamps = m.path() + "\n" + files.text();
        Entry hit = cached.get(id);
        if (hit != null && hit.stamps().equals(stamps) && files.newestNanos() < writtenNanos) {
            current.put(id, hit);
            return hit.fingerprint();
        }
        String fingerprint = documents.fingerprint(m, files);
        current.put(id, new Entry(stamps, fingerprint, HCL_UNKNOWN, documents.readmeKeys(m)));
        changed = true;
        return fingerprint;
    }

    /**
     * @param id a module whose fingerprint was asked for
     * @return the keys of its README's sentences, in ascending order ({@link ModuleDocuments#readmeKeys})
     */
    long[] readmeKeys(String id) {
        return current.get(id).readme();
    }

    /**
     * Notes whether a module's HCL has errors, as found when its document (of its current fingerprint) was built,
     * so that later searches can say so of a hit without reading its HCL again.
     *
     * @param id        a module whose fingerprint was asked for
     * @param hasErrors whether its HCL has errors
     */
    void noteHcl(String id, boolean hasErrors) {
        byte hcl = hasErrors ? HCL_ERRORS : HCL_CLEAN;
        Entry before = current.computeIfPresent(id, (k, e) -> e.hcl() == hcl ? e : new Entry(e.stamps(),
                e.fingerprint(), hcl, e.readme()));
        if (before != null) {
            changed = true;
        }
    }

    /**
     * @param id a module whose fingerprint was asked for
     * @return whether its HCL has errors, if known since its document was built from its current files (in this
     *         run or an earlier one); empty when no document was built from them since the cache was written
     */
    Optional<Boolean> hclErrors(String id) {
        Entry e = current.get(id);
        return e == null || e.hcl() == HCL_UNKNOWN ? Optional.empty() : Optional.of(e.hcl() == HCL_ERRORS);
    }

    /** Writes the fingerprints asked for since opening, if any was computed or a module is gone; never throws. */
    void save() {
        if (file.isEmpty() || (!changed && current.size() == cached.size())) {
            return;
        }
        CacheOutput out = CacheOutput.create();
        out.writeBytes(catalogKey).writeString(registryStamp);
        out.writeVarInt(current.size());
        current.forEach((id, e) -> {
            out.writeString(id).writeString(e.stamps()).writeString(e.fingerprint()).writeByte(e.hcl())
                    .writeVarInt(e.readme().length);
            for (long k : e.readme()) {
                out.writeLong(k);
            }
        });
        CacheFiles.write(file.get(), BuildKey.current(), KIND, owner, out);
    }
}
