package dev.alexandria.core.internal.cache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index of a library's cache for one open: one entry per catalog file and per module metadata file, each
 * made from one file. Entries that were looked up and still valid, or stored, are written back by
 * {@link #flush()} when anything changed; entries of files that are gone are dropped then.
 *
 * <p>Thread-safe: lookups and stores may run in parallel. Holds the whole index in memory until dropped, so
 * keep it only for the duration of one open.
 */
public final class CacheIndex {

    private static final Logger LOG = LoggerFactory.getLogger(CacheIndex.class);

    private final Path file;
    private final String build;
    private final String owner;
    private final Map<String, Entry> loaded;
    private final long writtenNanos;
    /** The keys of the loaded entries, by slot. */
    private final String[] keys;
    /**
     * Which loaded entries this open found valid (1), by slot: an unchanged open marks each entry it uses here
     * instead of copying it into a map, and {@link #flush()} writes nothing when every one was used.
     */
    private final AtomicIntegerArray used;
    private final AtomicInteger usedCount = new AtomicInteger();
    /** Entries stored, or loaded ones whose stamp or payload this open changed; they replace the loaded ones. */
    private final Map<String, Entry> changed = new ConcurrentHashMap<>();
    private final Interner interner = new Interner();
    private volatile boolean dirty;
    /** Whether {@link #flush()} wrote the file: the live entries ({@link #live()}) are what it holds. */
    private volatile boolean written;
    private final AtomicInteger changedCount = new AtomicInteger();

    /**
     * An entry: the file it came from, where its payload is (a slice of the index, or its own array), and its
     * slot among the loaded entries ({@code -1} for one this open made).
     */
    private record Entry(FileStamp stamp, byte[] bytes, int offset, int length, int slot) {

        Entry withSlot(int slot) {
            return new Entry(stamp, bytes, offset, length, slot);
        }
    }

    private CacheIndex(Path file, String build, String owner, Map<String, Entry> loaded, String[] keys,
                       long writtenNanos) {
        this.file = file;
        this.build = build;
        this.owner = owner;
        this.loaded = loaded;
        this.keys = keys;
        this.used = new AtomicIntegerArray(keys.length);
        this.writtenNanos = writtenNanos;
    }

    static CacheIndex empty() {
        return new CacheIndex(null, "", "", Map.of(), new String[0], 0);
    }

    static CacheIndex load(Path file, String build, String owner) {
        Optional<CacheFiles.Contents> contents = CacheFiles.read(file, build, "index", owner);
        if (contents.isEmpty()) {
            return new CacheIndex(file, build, owner, Map.of(), new String[0], 0);
        }
        Map<String, Entry> entries;
        String[] keys;
        try {
            CacheInput in = contents.get().body();
            int n = in.readCount();
            entries = new HashMap<>(n * 4 / 3 + 1);
            keys = new String[n];
            for (int i = 0; i < n; i++) {
                String key = in.readString();
                FileStamp stamp = FileStamp.read(in);
                int length = in.readCount();
                int offset = in.skip(length);
                if (entries.put(key, new Entry(stamp, in.bytes(), offset, length, i)) != null) {
                    throw new CacheFormatException("key " + key + " twice");
                }
                keys[i] = key;
            }
            if (!in.atEnd()) {
                throw new CacheFormatException("data after the last entry");
            }
        } catch (CacheFormatException e) {
            LOG.debug("ignoring cache index {}: {}", file, e.getMessage());
            return new CacheIndex(file, build, owner, Map.of(), new String[0], 0);
        }
        return new CacheIndex(file, build, owner, entries, keys, contents.get().mtimeNanos());
    }

    /** Marks a loaded entry as used by this open, so that {@link #flush()} keeps it. */
    private void use(Entry e) {
        if (e.slot() >= 0 && used.compareAndSet(e.slot(), 0, 1)) {
            usedCount.incrementAndGet();
        }
    }

    /** The entries this open used or made, a made one replacing a loaded one of the same key. */
    private Map<String, Entry> live() {
        Map<String, Entry> out = new HashMap<>((usedCount.get() + changed.size()) * 4 / 3 + 1);
        for (int i = 0; i < keys.length; i++) {
            if (used.get(i) != 0) {
                out.put(keys[i], loaded.get(keys[i]));
            }
        }
        out.putAll(changed);
        return out;
    }

    /** @return whether this index reads and stores anything */
    public boolean enabled() {
        return file != null;
    }

    /**
     * A payload of the index that can be read any number of times, now or later: an opened library keeps
     * the payloads of its modules' metadata and reads each on first use. Holds the index's bytes.
     */
    public static final class Payload {
        private final byte[] bytes;
        private final int offset;
        private final int length;
        private final Interner interner;

        private Payload(byte[] bytes, int offset, int length, Interner interner) {
            this.bytes = bytes;
            this.offset = offset;
            this.length = length;
            this.interner = interner;
        }

        /** @return a new input over the payload, from its start */
        public CacheInput open() {
            return CacheInput.of(bytes, offset, length).sharing(interner);
        }
    }

    /**
     * The payload of an entry made from one file, if the file is unchanged.
     *
     * @param key  the entry's key, e.g. the file's path relative to the library root
     * @param file the file now
     * @return the payload
     */
    public Optional<CacheInput> lookup(String key, LibraryCache.NamedFile file) {
        return lookupPayload(key, file).map(Payload::open);
    }

    /**
     * Like {@link #lookup}, giving a payload that can be read again later.
     *
     * @param key  the entry's key
     * @param file the file now
     * @return the payload
     */
    public Optional<Payload> lookupPayload(String key, LibraryCache.NamedFile file) {
        Entry e = loaded.get(key);
        if (e == null) {
            return Optional.empty();
        }
        FileStamp stamp = e.stamp();
        // The common case, an unchanged file whose stat the caller read, without the general check's lists.
        boolean clean = file.stat().isPresent() && stamp.name().equals(file.name())
                && stamp.sameStat(file.stat().get()) && LibraryCache.isClean(stamp.lastChangeNanos(), writtenNanos);
        if (!clean) {
            Optional<LibraryCache.Validation> valid = LibraryCache.validate(List.of(stamp), List.of(file),
                    writtenNanos);
            if (valid.isEmpty()) {
                return Optional.empty();
            }
            if (valid.get().rehashed()) {
                changed.put(key, new Entry(valid.get().stamps().get(0), e.bytes(), e.offset(), e.length(), -1));
                changedCount.incrementAndGet();
                dirty = true;
            }
        }
        use(e);
        return Optional.of(new Payload(e.bytes(), e.offset(), e.length(), interner));
    }

    /**
     * An entry made from no file, whose validity its reader decides from its content (such as the results
     * of the rules across a library's files, valid while all those files are).
     *
     * @param key the entry's key
     * @return its payload, if there is one
     */
    public Optional<CacheInput> lookupDerived(String key) {
        Entry e = loaded.get(key);
        if (e == null) {
            return Optional.empty();
        }
        use(e);
        return Optional.of(CacheInput.of(e.bytes(), e.offset(), e.length()).sharing(interner));
    }

    /**
     * Stores an entry made from no file.
     *
     * @param key     the entry's key
     * @param payload the entry
     */
    public void storeDerived(String key, CacheOutput payload) {
        if (file == null) {
            return;
        }
        byte[] bytes = payload.toByteArray();
        changed.put(key, new Entry(new FileStamp(key, 0, 0, 0, 0, 0), bytes, 0, bytes.length, -1));
        changedCount.incrementAndGet();
        dirty = true;
    }

    /**
     * An entry made from a folder's stat alone (a fact about the folder's list of entries, which changes its
     * modification time whenever an entry is added, removed or renamed), if it is still valid: same stat, and
     * not racily clean. Its payload is what was attached to it ({@link #attachToFolder}), empty if nothing was.
     *
     * @param key  the entry's key
     * @param stat the folder's stat now (read without following links)
     * @return the entry's payload, if the entry is valid
     */
    public Optional<Payload> lookupFolder(String key, FileStat stat) {
        Entry e = loaded.get(key);
        if (e == null || !e.stamp().sameStat(stat)
                || !LibraryCache.isClean(e.stamp().lastChangeNanos(), writtenNanos)) {
            return Optional.empty();
        }
        use(e);
        return Optional.of(new Payload(e.bytes(), e.offset(), e.length(), interner));
    }

    /**
     * Stores an entry made from a folder's stat alone, with an empty payload.
     *
     * @param key  the entry's key
     * @param stat the folder's stat, taken before its entries were listed
     */
    public void storeFolder(String key, FileStat stat) {
        if (file == null) {
            return;
        }
        FileStamp stamp = new FileStamp(key, stat.size(), stat.mtimeNanos(), stat.ctimeNanos(), 0, 0);
        changed.put(key, new Entry(stamp, new byte[0], 0, 0, -1));
        changedCount.incrementAndGet();
        dirty = true;
    }

    /**
     * Attaches a payload to a folder's entry that this open found valid or stored, keeping its stamp: facts
     * about the folder's files learnt after the open, which their reader checks itself (the entry says only
     * that the folder's list of entries is the same). Does nothing when there is no such entry.
     *
     * @param key     the entry's key
     * @param payload the payload, replacing the entry's
     */
    public void attachToFolder(String key, CacheOutput payload) {
        Entry e = changed.get(key);
        if (e == null) {
            Entry l = loaded.get(key);
            e = l != null && l.slot() >= 0 && used.get(l.slot()) != 0 ? l : null;
        }
        if (file == null || e == null || e.stamp().digestHigh() != 0 || e.stamp().digestLow() != 0) {
            return;
        }
        byte[] bytes = payload.toByteArray();
        changed.put(key, new Entry(e.stamp(), bytes, 0, bytes.length, -1));
        changedCount.incrementAndGet();
        dirty = true;
    }

    /**
     * Stores an entry made from one file.
     *
     * @param key     the entry's key
     * @param stamp   the file, stamped before it was read
     * @param payload the entry
     */
    public void store(String key, FileStamp stamp, CacheOutput payload) {
        if (file == null) {
            return;
        }
        byte[] bytes = payload.toByteArray();
        changed.put(key, new Entry(stamp, bytes, 0, bytes.length, -1));
        changedCount.incrementAndGet();
        dirty = true;
    }

    /**
     * Writes the index if an entry was stored or changed, or an entry of the last index was not used (its file
     * is gone). Never throws.
     */
    public void flush() {
        // Without a store, every live key is a loaded one: every entry used means the file is what it would be.
        // Once written, the file holds the live entries, so only a later store or change writes it again.
        if (file == null || (!dirty && (written || usedCount.get() == loaded.size()))) {
            return;
        }
        write(live());
        dirty = false;
        written = true;
    }

    /**
     * Writes the index if an entry was stored or changed, keeping the entries of the last index that were not
     * used: for an open that looked at some of the library's files only, which cannot tell whether the others
     * are gone. The derived entries named are dropped then, as what they were derived from may have changed
     * (the next full open derives them again). Never throws.
     *
     * @param derived keys of derived entries ({@link #storeDerived}) that depend on the files stored
     */
    public void flushKeepingOthers(java.util.Set<String> derived) {
        if (file == null || !dirty) {
            return;
        }
        Map<String, Entry> all = new HashMap<>(loaded);
        all.putAll(changed);
        all.keySet().removeAll(derived);
        write(all);
        dirty = false;
    }

    private void write(Map<String, Entry> entries) {
        int changed = changedCount.getAndSet(0);
        // In key order, so the same entries give the same file; one sort of a list (a tree map of 20,000 keys
        // compared and balanced its long common prefixes again on every insertion)
        List<Map.Entry<String, Entry>> sorted = new ArrayList<>(entries.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        long capacity = 16;
        for (Map.Entry<String, Entry> e : sorted) {
            capacity += e.getKey().length() + e.getValue().length() + 48L; // key, stamp, length, payload
        }
        CacheOutput body = CacheOutput.create((int) Math.min(capacity, Integer.MAX_VALUE - 64));
        body.writeVarInt(sorted.size());
        for (Map.Entry<String, Entry> entry : sorted) {
            Entry e = entry.getValue();
            body.writeString(entry.getKey());
            e.stamp().write(body);
            body.writeVarInt(e.length());
            body.writeRaw(e.bytes(), e.offset(), e.length());
        }
        if (CacheFiles.write(file, build, "index", owner, body)) {
            LOG.debug("wrote cache index {} with {} entries ({} stored or compared by content, {} dropped)", file,
                    sorted.size(), changed, loaded.keySet().stream().filter(k -> !entries.containsKey(k)).count());
        }
    }

}
