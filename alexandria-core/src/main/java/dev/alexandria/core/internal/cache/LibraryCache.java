package dev.alexandria.core.internal.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache of one library, in its own folder ({@link CacheLocation}): an index with what was read from the
 * catalog files and every {@code .alexandria.yaml} ({@link #index()}), and one file per module with what was
 * read from its HCL ({@link #lookupModule}, {@link #storeModule}).
 *
 * <p>An entry is valid when every file it was made from is still there under the same name with the same
 * size, modification time and change time ({@link FileStat}), or, when one changed or the file is not clearly
 * older than the cache file
 * (git's racy-clean rule, with a margin of {@value #RACY_MARGIN_SECONDS} seconds for file systems with coarse
 * timestamps), with the same content digest.
 *
 * <p>Thread-safe: module entries are separate files, each replaced atomically.
 */
public final class LibraryCache {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryCache.class);

    /** Files modified less than this before their cache file was written are compared by content. */
    static final long RACY_MARGIN_SECONDS = 2;

    /** Files larger than this are never hashed; entries made from them are recomputed. */
    static final long MAX_HASHED_BYTES = 16L * 1024 * 1024;

    private static final String INDEX_FILE = "index.bin";
    private static final String MODULES = "modules";

    private static final LibraryCache DISABLED = new LibraryCache(null, null, false);

    private final Path directory;
    private final Path root;
    private final boolean enabled;
    private final String build;

    private LibraryCache(Path directory, Path root, boolean enabled) {
        this.directory = directory;
        this.root = root;
        this.enabled = enabled;
        this.build = enabled ? BuildKey.current() : "";
    }

    /** @return a cache that holds nothing and stores nothing */
    public static LibraryCache disabled() {
        return DISABLED;
    }

    /**
     * @param directory the library's cache folder (created when something is first stored)
     * @param root      the library's real root path
     * @return the library's cache
     */
    public static LibraryCache in(Path directory, Path root) {
        return new LibraryCache(Objects.requireNonNull(directory, "directory"), Objects.requireNonNull(root, "root"),
                true);
    }

    /** @return whether this cache reads and stores anything */
    public boolean enabled() {
        return enabled;
    }

    /** @return the cache folder, if the cache is enabled */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /**
     * Loads the index for one open of the library.
     *
     * @return the index; empty (and never written) if the cache is disabled
     */
    public CacheIndex index() {
        if (!enabled) {
            return CacheIndex.empty();
        }
        return CacheIndex.load(directory.resolve(INDEX_FILE), build, root.toString());
    }

    /**
     * A module's entry of one kind, if it is valid for the module's current files. A module has one entry per
     * kind, each a file of its own that carries its own stamps, so a small entry (a summary) can be read without
     * a large one (the whole interface).
     *
     * @param key     the module's path below {@code _library}
     * @param kind    what the entry holds, e.g. {@code summary}; a plain word
     * @param context what else the entry depends on (e.g. the boilerplate files); must be equal
     * @param files   the module's current files, in a fixed order, each with its name
     * @return the entry's payload
     */
    public Optional<CacheInput> lookupModule(String key, String kind, String context, List<NamedFile> files) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(files, "files");
        return lookupModule(key, kind, stored -> stored.equals(context) ? Optional.of(files) : Optional.empty());
    }

    /**
     * A module's entry of one kind, if it is valid for the files its stored context names: for an entry whose
     * inputs are known only once it was made (the folders an estimate read), the context records them, and the
     * caller lists their current files from it.
     *
     * @param key      the module's path below {@code _library}
     * @param kind     what the entry holds; a plain word
     * @param filesFor the current files, in the order they were stamped, for the entry's stored context; empty
     *                 when the context does not fit the current state (then the entry is not used)
     * @return the entry's payload
     */
    public Optional<CacheInput> lookupModule(String key, String kind,
                                             java.util.function.Function<String, Optional<List<NamedFile>>> filesFor) {
        if (!enabled) {
            return Optional.empty();
        }
        Optional<CacheFiles.Contents> contents = CacheFiles.read(moduleFile(key, kind), build, kind,
                root.toString());
        if (contents.isEmpty()) {
            return Optional.empty();
        }
        try {
            CacheInput in = contents.get().body();
            if (!in.readString().equals(key)) {
                return Optional.empty(); // a hash collision of two module paths
            }
            String context = in.readString();
            Optional<List<NamedFile>> files = filesFor.apply(context);
            if (files.isEmpty()) {
                return Optional.empty(); // other options
            }
            List<FileStamp> stamps = in.readList(FileStamp::read);
            Optional<Validation> valid = validate(stamps, files.get(), contents.get().mtimeNanos());
            if (valid.isEmpty()) {
                return Optional.empty();
            }
            byte[] payload = in.readBytes();
            if (valid.get().rehashed()) {
                // Written again with the current stats and a later time, so the next open need not hash.
                storeModule(key, kind, context, valid.get().stamps(), payload);
            }
            return Optional.of(CacheInput.of(payload));
        } catch (CacheFormatException e) {
            LOG.debug("ignoring the cache entry of module {}: {}", key, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Stores a module's entry, replacing the file atomically. Never throws.
     *
     * @param key     the module's path below {@code _library}
     * @param kind    what the entry holds, e.g. {@code summary}; a plain word
     * @param context what else the entry depends on
     * @param stamps  the files it was made from, stamped before they were read
     * @param payload the entry
     */
    public void storeModule(String key, String kind, String context, List<FileStamp> stamps, CacheOutput payload) {
        if (enabled) {
            storeModule(key, kind, context, stamps, payload.toByteArray());
        }
    }

    private void storeModule(String key, String kind, String context, List<FileStamp> stamps, byte[] payload) {
        CacheOutput body = CacheOutput.create();
        body.writeString(key).writeString(context);
        body.writeList(stamps, (o, s) -> s.write(o));
        body.writeBytes(payload);
        CacheFiles.write(moduleFile(key, kind), build, kind, root.toString(), body);
    }

    private Path moduleFile(String key, String kind) {
        if (!isPlainWord(kind)) {
            throw new IllegalArgumentException("kind must be a plain lower-case word: " + kind);
        }
        return directory.resolve(MODULES).resolve(hash(key) + "." + kind);
    }

    /** Whether a kind is a plain lower-case word ({@code [a-z]+}), checked without compiling a pattern per entry. */
    private static boolean isPlainWord(String kind) {
        if (kind.isEmpty()) {
            return false;
        }
        for (int i = 0; i < kind.length(); i++) {
            char c = kind.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * A file of the library, its name in a cache entry, and its stat if the caller has just read it.
     *
     * @param name the name in the entry
     * @param path the file
     * @param stat its stat, read without following links; empty to have it read when the entry is checked
     */
    public record NamedFile(String name, Path path, Optional<FileStat> stat) {

        /**
         * @param name the name in the entry
         * @param path the file
         */
        public NamedFile(String name, Path path) {
            this(name, path, Optional.empty());
        }
    }

    /**
     * The stamps of a valid entry with the files' current stats.
     *
     * @param stamps   the stamps
     * @param rehashed whether a file had to be compared by content (its entry should be stored again)
     */
    record Validation(List<FileStamp> stamps, boolean rehashed) {
    }

    /**
     * Checks stamps against the current files: same names in the same order, and for each the same stat, or
     * the same content when the stat changed or the file is racily clean.
     *
     * @param stamps       the stamps of the entry
     * @param files        the current files
     * @param writtenNanos when the cache file holding the entry was written
     * @return the stamps with the current stats, or empty if a file changed
     */
    static Optional<Validation> validate(List<FileStamp> stamps, List<NamedFile> files, long writtenNanos) {
        if (stamps.size() != files.size()) {
            return Optional.empty();
        }
        long racyFrom = writtenNanos - TimeUnit.SECONDS.toNanos(RACY_MARGIN_SECONDS);
        List<FileStamp> current = null;
        for (int i = 0; i < stamps.size(); i++) {
            FileStamp stamp = stamps.get(i);
            NamedFile file = files.get(i);
            if (!stamp.name().equals(file.name())) {
                return Optional.empty();
            }
            Optional<FileStat> stat = file.stat().isPresent() ? file.stat() : FileStat.of(file.path());
            if (stat.isEmpty()) {
                return Optional.empty();
            }
            if (stamp.sameStat(stat.get()) && stamp.lastChangeNanos() < racyFrom) {
                continue;
            }
            if (stat.get().size() != stamp.size() || stat.get().size() > MAX_HASHED_BYTES) {
                return Optional.empty();
            }
            byte[] content;
            try {
                content = Files.readAllBytes(file.path());
            } catch (IOException | OutOfMemoryError e) {
                return Optional.empty();
            }
            if (!stamp.sameContent(content)) {
                return Optional.empty();
            }
            if (current == null) {
                current = new ArrayList<>(stamps);
            }
            current.set(i, stamp.withStat(stat.get()));
        }
        return Optional.of(current == null ? new Validation(stamps, false) : new Validation(List.copyOf(current), true));
    }

    /**
     * Whether a file whose stat was taken at or after a time is proven unchanged by an equal stat later: it was
     * last modified and changed more than {@value #RACY_MARGIN_SECONDS} seconds before that time (git's racy-clean
     * rule; a change after the stat would give it a later modification or change time even on a file system with
     * coarse times, and a modification time set back by hand still leaves a new change time).
     *
     * @param mtimeNanos the later of the file's modification and change times in the stat
     *                   ({@link FileStat#lastChangeNanos()}), nanoseconds since the epoch
     * @param statNanos  a time at or before the stat was taken, nanoseconds since the epoch
     * @return whether the stat proves the content unchanged while it stays equal
     */
    public static boolean isClean(long mtimeNanos, long statNanos) {
        return mtimeNanos < statNanos - TimeUnit.SECONDS.toNanos(RACY_MARGIN_SECONDS);
    }

    static String hash(String text) {

        return CacheLocation.name(text);
    }

    @Override
    public String toString() {
        return enabled ? "LibraryCache{" + directory + "}" : "LibraryCache{disabled}";
    }
}
