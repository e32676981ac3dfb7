package dev.alexandria.search.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spelling corrections looked up in one commit of a persisted index, saved in the index folder ({@value #FILE})
 * so that the next process asks Lucene's spelling checker only about words no process asked about before.
 *
 * <p>The CLI runs each command in a fresh JVM, where a correction is dear: {@link SpellCorrector} asks
 * {@link org.apache.lucene.search.spell.DirectSpellChecker}, which builds edit-distance automata (cold code) and
 * enumerates the index's words, and scans the vocabulary's words (which must first be analyzed); for a command such
 * as {@code recommend --for microservices}, whose use case's words are not in the sample library, that cost 20 to
 * 45 ms of CPU on every run (2 to 5% of the process; its share of the main thread's samples was larger, a fifth,
 * as the code runs interpreted). Lucene still decides every correction; this only remembers its
 * answers. An entry is a word unknown to the index (checked on every search, which costs a few term seeks) and the
 * word it is corrected to, or none: the part of a correction that depends on the spelling checker and the
 * vocabulary.
 *
 * <p>The answers depend only on the index's words, the vocabulary and the rules, so the file records what they were
 * computed on and is used only when all of it is the same: the commit (its segments file name and its id, which
 * Lucene draws at random for each commit it writes, so that a commit rebuilt from scratch with the same name is
 * another), the commit's user data (the {@link LuceneSearchIndex#FORMAT index format}, whose changes cover
 * analysis, and the {@link dev.alexandria.spi.search.IndexSpec#fingerprintText() spec text}: fields and
 * vocabulary), Lucene's version and the correction rules ({@link SpellCorrector#MIN_LENGTH}, where two edits begin,
 * how many suggestions are weighed; {@link #VERSION} changes when anything else in how a correction is chosen does).
 * The file has Lucene's header and checksum footer and is read whole, and its checksum checked, before any entry is
 * used: a file that is missing, of another commit, spec or version, truncated or corrupt is ignored (the words are
 * looked up again, and the file rewritten with them), never trusted, and reading it never fails a search.
 *
 * <p>It is read lazily, when a search first needs a word not looked up in this reader yet and unknown to the index
 * (a search whose words are all known never reads it), and written after a search that added entries, which it
 * holds up to {@link SpellCorrector#MAX_CACHED} of (those read and those added). Writing goes to a temporary file
 * renamed over the old one, so concurrent processes never see half a file (the last rename wins, and whichever
 * wins is whole); it is not synced to disk, since a file cut by a crash fails its checksum and is only a cache. A
 * failed write is logged at debug level and costs only looking the words up again. Lucene's index file deleter
 * leaves the file alone (its name is not an index file's), and a rebuild's clearing of the folder removes it.
 *
 * <p>Thread-safe: a reader's searches share one instance.
 */
final class SavedCorrections {

    private static final Logger LOG = LoggerFactory.getLogger(SavedCorrections.class);

    static final String FILE = "alexandria-corrections.bin";
    private static final String CODEC = "AlexandriaCorrections";
    /** Changes whenever the way a correction is chosen changes in a way the recorded rules do not show. */
    private static final int VERSION = 2;
    /** The correction rules the file records: what an entry depends on beyond the index, vocabulary and code. */
    static final String RULES = "min " + SpellCorrector.MIN_LENGTH + ", two edits from " + SpellCorrector.TWO_EDITS_FROM
            + ", suggestions " + SpellCorrector.SUGGESTIONS + ", lucene " + luceneVersion();
    /**
     * {@code Version.LATEST.toString()}, written out: Lucene builds that text by invokedynamic string concatenation
     * of three ints, a shape no other concatenation of a search has, so calling it generated ~10 classes at run time
     * (which JDK 17's start-up archive cannot hold) in every search that opens the index.
     */
    private static String luceneVersion() {
        Version v = Version.LATEST;
        return v.major + "." + v.minor + "." + v.bugfix + (v.prerelease == 0 ? "" : "." + v.prerelease);
    }

    /** What an entry of a word with no correction holds: corrections are words, never empty. */
    private static final String NO_CORRECTION = "";

    /** For an index in memory: remembers nothing beyond the reader's own memory, and writes nothing. */
    static final SavedCorrections UNSAVED = new SavedCorrections(null, null);

    private final Directory directory;
    private final SegmentInfos commit;
    private final Object lock = new Object();
    /** Serializes writes, so that a later snapshot is never replaced by an earlier one of this process. */
    private final Object writing = new Object();
    /** The entries, read from the file on first use; null until then. Guarded by {@link #lock}. */
    private Map<String, Optional<String>> entries;
    /**
     * Whether entries were added since the file was last written. Set under {@link #lock}; read without it first,
     * so that a search that added nothing never waits for another's write.
     */
    private volatile boolean added;

    private SavedCorrections(Directory directory, SegmentInfos commit) {
        this.directory = directory;
        this.commit = commit;
    }

    /**
     * @param directory the persisted index's folder
     * @param reader    a reader of a commit in it, as {@link DirectoryReader#open} gives
     * @return the corrections saved for that commit, read when first asked for; {@link #UNSAVED} for a reader
     *         whose commit cannot be told apart from others (none that {@code DirectoryReader.open} gives)
     */
    static SavedCorrections of(Directory directory, DirectoryReader reader) {
        if (reader instanceof StandardDirectoryReader r) {
            return new SavedCorrections(directory, r.getSegmentInfos());
        }
        return UNSAVED;
    }

    /**
     * The saved answer for a word unknown to the index, reading the file first if this is the first word asked for.
     *
     * @return its correction, empty when it has none, or null when it is not saved
     */
    Optional<String> get(String word) {
        if (directory == null) {
            return null;
        }
        synchronized (lock) {
            if (entries == null) {
                entries = read();
            }
            return entries.get(word);
        }
    }

    /** Remembers Lucene's answer for a word unknown to the index, up to {@link SpellCorrector#MAX_CACHED} words. */
    void put(String word, Optional<String> correction) {
        if (directory == null) {
            return;
        }
        synchronized (lock) {
            if (entries == null) {
                entries = read();
            }
            if (entries.size() < SpellCorrector.MAX_CACHED && entries.putIfAbsent(word, correction) == null) {
                added = true;
            }
        }
    }

    /** Writes the file when entries were added since it was last written; a failure is logged and ignored. */
    void saveIfAdded() {
        if (directory == null || !added) {
            return;
        }
        synchronized (writing) {
            Map<String, Optional<String>> snapshot;
            synchronized (lock) {
                if (!added) {
                    return;
                }
                added = false;
                snapshot = new LinkedHashMap<>(entries);
            }
            write(snapshot);
        }
    }

    /** What the file must record to be used for this commit, in the order written. */
    private List<String> key() {
        List<String> key = new ArrayList<>();
        key.add(RULES);
        key.add(commit.getSegmentsFileName());
        key.add(HexFormat.of().formatHex(commit.getId()));
        new TreeMap<>(commit.getUserData()).forEach((k, v) -> {
            key.add(k);
            key.add(v);
        });
        return key;
    }

    private Map<String, Optional<String>> read() {
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        try (ChecksumIndexInput in = directory.openChecksumInput(FILE, IOContext.READONCE)) {
            CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
            List<String> key = key();
            if (in.readVInt() != key.size()) {
                return stale();
            }
            for (String k : key) {
                if (!k.equals(readString(in))) {
                    return stale();
                }
            }
            int count = readCount(in, SpellCorrector.MAX_CACHED);
            for (int i = 0; i < count; i++) {
                String word = readString(in);
                String correction = readString(in);
                Optional<String> answer = correction.equals(NO_CORRECTION) ? Optional.empty() : Optional.of(correction);
                if (out.put(word, answer) != null) {
                    throw new CorruptIndexException("the word '" + word + "' is saved twice", in);
                }
            }
            CodecUtil.checkFooter(in);
            return out;
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            return new LinkedHashMap<>();
        } catch (IOException | RuntimeException e) {
            LOG.debug("the saved spelling corrections cannot be read ({}); looking words up again", e.toString());
            return new LinkedHashMap<>();
        }
    }

    private static Map<String, Optional<String>> stale() {
        LOG.debug("the saved spelling corrections are of another commit of the index; looking words up again");
        return new LinkedHashMap<>();
    }

    /** A count of at most {@code max}, so that a corrupt one fails here rather than allocating or looping. */
    private static int readCount(ChecksumIndexInput in, int max) throws IOException {
        int n = in.readVInt();
        if (n < 0 || n > max) {
            throw new CorruptIndexException("a count of " + n + " where at most " + max + " can be", in);
        }
        return n;
    }

    /**
     * A string of UTF-8 bytes after their length, which must fit in what is left of the file: a corrupt length fails
     * here instead of allocating up to 2 GB as {@link org.apache.lucene.store.DataInput#readString} would.
     */
    private static String readString(ChecksumIndexInput in) throws IOException {
        int n = in.readVInt();
        if (n < 0 || n > in.length() - in.getFilePointer()) {
            throw new CorruptIndexException("a string of " + n + " bytes past the end of the file", in);
        }
        byte[] b = new byte[n];
        in.readBytes(b, 0, n);
        return new String(b, StandardCharsets.UTF_8);
    }

    private void write(Map<String, Optional<String>> snapshot) {
        try {
            // not synced: a file cut by a crash fails its checksum, and is only a cache
            OwnFiles.replace(directory, FILE, CODEC, VERSION, false, out -> {
                List<String> key = key();
                out.writeVInt(key.size());
                for (String k : key) {
                    out.writeString(k);
                }
                out.writeVInt(snapshot.size());
                for (Map.Entry<String, Optional<String>> e : snapshot.entrySet()) {
                    out.writeString(e.getKey());
                    out.writeString(e.getValue().orElse(NO_CORRECTION));
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.debug("saving the spelling corrections failed: {}", e.toString());
        }
    }
}
