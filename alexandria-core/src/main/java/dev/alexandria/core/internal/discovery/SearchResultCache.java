package dev.alexandria.core.internal.discovery;

import dev.alexandria.core.internal.cache.BuildKey;
import dev.alexandria.core.internal.cache.CacheFiles;
import dev.alexandria.core.internal.cache.CacheFormatException;
import dev.alexandria.core.internal.cache.CacheInput;
import dev.alexandria.core.internal.cache.CacheOutput;
import dev.alexandria.spi.search.Facet;
import dev.alexandria.spi.search.Filter;
import dev.alexandria.spi.search.Highlight;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexStats;
import dev.alexandria.spi.search.SearchBackend;
import dev.alexandria.spi.search.SearchHit;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.SearchResults;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backend's answers to the searches of earlier runs, kept in the library's search cache folder (next to the
 * {@linkplain FingerprintCache fingerprints}, never inside the library) so that a request made again is answered
 * without asking the backend: every recommendation searches the same few texts of its rules and wiring nouns
 * ("cluster", "subnet", "security group") whatever its use case, and on a short-lived JVM a search is most of a
 * recommendation's own work (the query's weights, the spelling check, the highlights, their classes loaded and run
 * interpreted).
 *
 * <p>An answer is a function of the request and of the index it was computed on, nothing else (no clock, no
 * randomness), so an entry is keyed by the whole request ({@link SearchQuery}: text, filters, facets, highlights,
 * sort, offset, limit; a filter's values, a set, in sorted order) and the file is valid for exactly one index
 * state, which it keeps and compares byte for byte, as the fingerprint cache keeps its catalog key, so a warm run
 * computes no digest (the first SHA-256 of a JVM costs tens of milliseconds): the backend's name, SPI version and
 * build ({@link BuildKey#of}), what the index spec is made of ({@link SearchService#specSources}: search-index.yaml's
 * fields and boosts, tags.yaml's names, synonyms and parents; the built-in vocabulary is the build's, and the file
 * is one build's, {@link CacheFiles}), every module's id and document
 * fingerprint in order (its metadata, README, Terraform files and registry entry), and the physical index: the
 * backend's {@linkplain SearchBackend#persistedState persisted state} (Lucene's latest commit point, read without
 * opening the index), or, from a backend that cannot tell it, the index's document count and size after the sync.
 * Scores also depend on how the index got to its state (an updated document leaves a deleted one behind that still
 * counts in the term statistics until a merge), so entries are only ever computed on, and served from, the same
 * physical index: {@link SearchService} {@linkplain #discard deletes} the file after a sync that changed anything,
 * and uses it either before opening the index, when the persisted state and every module's fingerprint are those
 * the file was written for (a request made again then opens no index at all), or after a sync that changed nothing.
 * The persisted state (or the index's size) in the state catches another process that changed the shared index
 * (and changed it back) without deleting the file, such as an older build.
 *
 * <p>The file is read once, at the first search of a run ({@link #read}: whether it holds the request is known
 * before the state is worked out, so a new request starts opening the index at once); a request it does not hold is
 * answered by the backend and
 * the file written again (to a temporary file renamed over it, {@link CacheFiles}), most recently used entries
 * first, at most {@value #MAX_ENTRIES} entries and {@value #MAX_BYTES} bytes of them. A missing, truncated, corrupt,
 * foreign or outdated file is ignored and rewritten; a file that cannot be written is logged at debug level and
 * only makes the next run slower. An answer reads back exactly as the backend gave it: scores as their bits, text
 * as written ({@link CacheOutput}).
 *
 * <p>Thread-safe.
 */
final class SearchResultCache {

    private static final Logger LOG = LoggerFactory.getLogger(SearchResultCache.class);
    static final String FILE_NAME = "results.bin";
    static final String KIND = "search-results-3";
    /** The most entries the file keeps: a few runs of every command. */
    static final int MAX_ENTRIES = 256;
    /** The most bytes of entries the file keeps, so that reading it stays a small part of a run. */
    static final int MAX_BYTES = 512 * 1024;

    /** A cache that holds nothing and writes nothing: no cache folder, or an index a sync just changed. */
    static final SearchResultCache NONE = new SearchResultCache(Optional.empty(), "", new byte[0],
            new LinkedHashMap<>());

    private final Optional<Path> file;
    private final String owner;
    private final byte[] state;
    /** The entries, by encoded request; least recently used first. Guarded by {@code this}. */
    private final LinkedHashMap<ByteBuffer, byte[]> entries;
    private SearchResultCache(Optional<Path> file, String owner, byte[] state,
                              LinkedHashMap<ByteBuffer, byte[]> entries) {
        this.file = file;
        this.owner = owner;
        this.state = state;
        this.entries = entries;
    }

    /**
     * The state of an index that a cached answer is valid for (see the class comment), with the state of the index
     * as persisted, as the backend tells it without opening the index ({@link SearchBackend#persistedState}).
     *
     * @param backend   the backend
     * @param specSources what the index spec is made of ({@link SearchService#specSources})
     * @param indexed   every entry the index was synced with, in the order of the sync
     * @param persisted the backend's text for the persisted index's state
     * @return the state's bytes, compared byte for byte
     */
    static byte[] state(SearchBackend backend, String specSources, Collection<IndexEntry> indexed, String persisted) {
        CacheOutput out = stateOf(backend, specSources, indexed, persisted.length());
        out.writeByte(1).writeString(persisted);
        return out.toByteArray();
    }

    /**
     * The state of an index that a cached answer is valid for, for a backend that cannot tell its persisted index's
     * state without opening it: with the index's size after the sync instead. Such a state is only known once the
     * index is open.
     *
     * @param backend  the backend
     * @param specSources what the index spec is made of ({@link SearchService#specSources})
     * @param indexed  every entry the index was synced with, in the order of the sync
     * @param stats    the index's stats after the sync
     * @return the state's bytes, compared byte for byte
     */
    static byte[] state(SearchBackend backend, String specSources, Collection<IndexEntry> indexed, IndexStats stats) {
        CacheOutput out = stateOf(backend, specSources, indexed, 16);
        out.writeByte(0).writeVarInt(stats.documents()).writeSignedVarLong(stats.sizeBytes());
        return out.toByteArray();
    }

    private static CacheOutput stateOf(SearchBackend backend, String specSources, Collection<IndexEntry> indexed,
                                       int more) {
        CacheOutput out = CacheOutput.create(specSources.length() + indexed.size() * 96 + 64 + more);
        out.writeString(backend.descriptor().name()).writeVarInt(backend.descriptor().spiVersion())
                .writeString(BuildKey.of(backend.getClass())).writeString(specSources);
        out.writeVarInt(indexed.size());
        for (IndexEntry e : indexed) {
            out.writeString(e.id()).writeString(e.fingerprint());
        }
        return out;
    }

    /**
     * Reads a folder's file without knowing the index's state yet: so that a run can see whether the file holds a
     * request at all before it works out the state, which it then compares ({@link Stored#forState}).
     *
     * @param folder the search cache folder; empty for no cache
     * @return the file's state and entries; empty ones when there is no file or it cannot be trusted
     */
    static Stored read(Optional<Path> folder) {
        if (folder.isEmpty()) {
            return Stored.NONE;
        }
        Path file = folder.get().resolve(FILE_NAME);
        String owner = folder.get().toString();
        LinkedHashMap<ByteBuffer, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
        Optional<CacheFiles.Contents> contents = CacheFiles.read(file, BuildKey.current(), KIND, owner);
        if (contents.isEmpty()) {
            return new Stored(Optional.of(file), owner, null, entries);
        }
        try {
            CacheInput in = contents.get().body();
            byte[] state = in.readBytes();
            int n = in.readCount();
            List<byte[]> read = new ArrayList<>(); // no capacity from a count a corrupt file could make huge
            for (int i = 0; i < n; i++) {
                read.add(in.readBytes());
                read.add(in.readBytes());
            }
            if (!in.atEnd()) {
                throw new CacheFormatException("data after the last entry");
            }
            for (int i = read.size() - 2; i >= 0; i -= 2) { // the file has the most recently used first
                entries.put(ByteBuffer.wrap(read.get(i)), read.get(i + 1));
            }
            return new Stored(Optional.of(file), owner, state, entries);
        } catch (CacheFormatException e) {
            LOG.debug("ignoring the search result cache {}: {}", file, e.getMessage());
            return new Stored(Optional.of(file), owner, null, new LinkedHashMap<>(16, 0.75f, true));
        }
    }

    /** A file as read, its state not yet compared with the index's. Used once, by one thread. */
    static final class Stored {

        static final Stored NONE = new Stored(Optional.empty(), "", null, new LinkedHashMap<>());

        private final Optional<Path> file;
        private final String owner;
        /** The state the file was written for, or null when there is no usable file. */
        private final byte[] state;
        private final LinkedHashMap<ByteBuffer, byte[]> entries;

        private Stored(Optional<Path> file, String owner, byte[] state, LinkedHashMap<ByteBuffer, byte[]> entries) {
            this.file = file;
            this.owner = owner;
            this.state = state;
            this.entries = entries;
        }

        /**
         * @param query a request
         * @return whether the file holds an answer to it (for whatever index state it was written)
         */
        boolean holds(SearchQuery query) {
            return state != null && entries.containsKey(ByteBuffer.wrap(key(query)));
        }

        /**
         * @param now the index's state now ({@link #state})
         * @return the cache of the file's answers when it was written for exactly that state, else an empty cache
         *         for it that writes the file anew
         */
        SearchResultCache forState(byte[] now) {
            if (file.isEmpty()) {
                return SearchResultCache.NONE;
            }
            if (state != null && Arrays.equals(state, now)) {
                return new SearchResultCache(file, owner, now, entries);
            }
            if (state != null) {
                LOG.debug("search result cache {}: written for another index state", file.get());
            }
            return new SearchResultCache(file, owner, now, new LinkedHashMap<>(16, 0.75f, true));
        }
    }

    /**
     * Deletes the file of a folder, after a sync that changed the index: what it holds was computed on the index
     * before. Never throws.
     *
     * @param folder the search cache folder; empty for no cache
     */
    static void discard(Optional<Path> folder) {
        if (folder.isEmpty()) {
            return;
        }
        Path file = folder.get().resolve(FILE_NAME);
        try {
            if (Files.deleteIfExists(file)) {
                LOG.debug("search result cache {}: deleted, the index changed", file);
            }
        } catch (IOException | SecurityException e) {
            LOG.debug("cannot delete the search result cache {}", file, e);
        }
    }

    /**
     * @param query a request
     * @return the backend's answer to it as cached; empty when not cached (or its entry cannot be read)
     */
    Optional<SearchResults> get(SearchQuery query) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        ByteBuffer key = ByteBuffer.wrap(key(query));
        byte[] value;
        synchronized (this) {
            value = entries.get(key);
        }
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(value));
        } catch (CacheFormatException | IllegalArgumentException e) {
            // A file whose checksum holds but whose answer is not one (written by a broken build): asked again.
            LOG.debug("ignoring the cached answer to {}: {}", query, e.getMessage());
            synchronized (this) {
                entries.remove(key);
            }
            return Optional.empty();
        }
    }

    /**
     * Records the backend's answer to a request and writes the file; never throws.
     *
     * @param query   the request
     * @param results the backend's answer
     */
    void put(SearchQuery query, SearchResults results) {
        if (file.isEmpty()) {
            return;
        }
        byte[] key = key(query);
        byte[] value = encode(results);
        if (key.length + value.length > MAX_BYTES) {
            return;
        }
        synchronized (this) {
            entries.put(ByteBuffer.wrap(key), value);
            save();
        }
    }

    /** Writes the entries, most recently used first, as many as the bounds allow. */
    private void save() {
        List<Map.Entry<ByteBuffer, byte[]>> all = new ArrayList<>(entries.entrySet());
        CacheOutput out = CacheOutput.create(state.length + 4096);
        out.writeBytes(state);
        List<Map.Entry<ByteBuffer, byte[]>> kept = new ArrayList<>();
        long bytes = 0;
        for (int i = all.size() - 1; i >= 0 && kept.size() < MAX_ENTRIES; i--) {
            Map.Entry<ByteBuffer, byte[]> e = all.get(i);
            bytes += e.getKey().remaining() + e.getValue().length;
            if (bytes > MAX_BYTES) {
                break;
            }
            kept.add(e);
        }
        out.writeVarInt(kept.size());
        for (Map.Entry<ByteBuffer, byte[]> e : kept) {
            out.writeBytes(e.getKey().array()).writeBytes(e.getValue());
        }
        if (kept.size() < all.size()) {
            entries.keySet().retainAll(kept.stream().map(Map.Entry::getKey).collect(Collectors.toSet()));
        }
        CacheFiles.write(file.get(), BuildKey.current(), KIND, owner, out);
    }

    /**
     * The bytes of a request: equal exactly for requests the backend answers alike by definition. A filter's values
     * are a set, whose iteration order differs from run to run, so they are written sorted.
     */
    static byte[] key(SearchQuery q) {
        CacheOutput out = CacheOutput.create(64 + q.text().length());
        out.writeString(q.text()).writeVarInt(q.filters().size());
        for (Filter f : q.filters()) {
            writeFilter(out, f);
        }
        out.writeStrings(q.facets()).writeOptionalString(q.sort().field()).writeBoolean(q.sort().descending())
                .writeVarInt(q.offset()).writeVarInt(q.limit()).writeBoolean(q.highlight())
                .writeLong(Double.doubleToLongBits(q.minRelativeScore()));
        return out.toByteArray();
    }

    private static void writeFilter(CacheOutput out, Filter f) {
        if (f instanceof Filter.AnyOf a) {
            out.writeByte(0).writeString(a.field()).writeStrings(a.values().stream().sorted().toList());
        } else if (f instanceof Filter.NoneOf n) {
            out.writeByte(1).writeString(n.field()).writeStrings(n.values().stream().sorted().toList());
        } else if (f instanceof Filter.Range r) {
            out.writeByte(2).writeString(r.field());
            bound(out, r.min());
            bound(out, r.max());
        } else if (f instanceof Filter.Missing m) {
            out.writeByte(3).writeString(m.field());
        } else {
            throw new IllegalStateException("unknown filter " + f);
        }
    }

    private static Filter readFilter(CacheInput in) {
        int kind = in.readByte();
        String field = in.readString();
        switch (kind) {
            case 0:
                return Filter.anyOf(field, readStrings(in));
            case 1:
                return Filter.noneOf(field, readStrings(in).toArray(String[]::new));
            case 2:
                return new Filter.Range(field, readBound(in), readBound(in));
            case 3:
                return Filter.missing(field);
            default:
                throw new CacheFormatException("unknown filter kind " + kind);
        }
    }

    private static List<String> readStrings(CacheInput in) {
        int n = in.readCount();
        List<String> out = new ArrayList<>(Math.min(n, 16));
        for (int i = 0; i < n; i++) {
            out.add(in.readString());
        }
        return out;
    }

    private static void bound(CacheOutput out, OptionalDouble bound) {
        out.writeBoolean(bound.isPresent());
        if (bound.isPresent()) {
            out.writeLong(Double.doubleToLongBits(bound.getAsDouble()));
        }
    }

    private static OptionalDouble readBound(CacheInput in) {
        return in.readBoolean() ? OptionalDouble.of(Double.longBitsToDouble(in.readLong())) : OptionalDouble.empty();
    }

    /** An answer as bytes; {@link #decode} gives back an equal one (scores to the bit). */
    static byte[] encode(SearchResults r) {
        CacheOutput out = CacheOutput.create(256 + r.hits().size() * 48);
        out.writeSignedVarLong(r.totalHits()).writeVarInt(r.hits().size());
        for (SearchHit h : r.hits()) {
            out.writeString(h.id()).writeLong(Double.doubleToRawLongBits(h.score())).writeVarInt(h.highlights().size());
            for (Highlight x : h.highlights()) {
                out.writeString(x.field()).writeString(x.fragment()).writeVarInt(x.matches().size());
                for (Highlight.Span s : x.matches()) {
                    out.writeVarInt(s.start()).writeVarInt(s.end());
                }
            }
        }
        out.writeVarInt(r.facets().size());
        for (Facet f : r.facets()) {
            out.writeString(f.field()).writeVarInt(f.values().size());
            for (Facet.FacetValue v : f.values()) {
                out.writeString(v.value()).writeSignedVarLong(v.count());
            }
        }
        out.writeVarInt(r.corrections().size());
        r.corrections().forEach((from, to) -> out.writeString(from).writeString(to));
        out.writeVarInt(r.leftOut().size());
        for (SearchResults.LeftOut l : r.leftOut()) {
            writeFilter(out, l.filter());
            out.writeSignedVarLong(l.count()).writeSignedVarLong(l.withoutValue()).writeStrings(l.best());
        }
        return out.toByteArray();
    }

    /**
     * @throws CacheFormatException     if the bytes are not an encoded answer
     * @throws IllegalArgumentException if they decode to values no answer holds (a negative score, a span outside
     *                                  its fragment)
     */
    static SearchResults decode(byte[] bytes) {
        CacheInput in = CacheInput.of(bytes);
        long total = in.readSignedVarLong();
        int n = in.readCount();
        List<SearchHit> hits = new ArrayList<>(Math.min(n, 64));
        for (int i = 0; i < n; i++) {
            String id = in.readString();
            double score = Double.longBitsToDouble(in.readLong());
            int h = in.readCount();
            List<Highlight> highlights = new ArrayList<>(Math.min(h, 16));
            for (int j = 0; j < h; j++) {
                String field = in.readString();
                String fragment = in.readString();
                int m = in.readCount();
                List<Highlight.Span> spans = new ArrayList<>(Math.min(m, 16));
                for (int k = 0; k < m; k++) {
                    spans.add(new Highlight.Span(in.readVarInt(), in.readVarInt()));
                }
                highlights.add(new Highlight(field, fragment, spans));
            }
            hits.add(new SearchHit(id, score, highlights));
        }
        int f = in.readCount();
        List<Facet> facets = new ArrayList<>(Math.min(f, 16));
        for (int i = 0; i < f; i++) {
            String field = in.readString();
            int v = in.readCount();
            List<Facet.FacetValue> values = new ArrayList<>(Math.min(v, 64));
            for (int j = 0; j < v; j++) {
                values.add(new Facet.FacetValue(in.readString(), in.readSignedVarLong()));
            }
            facets.add(new Facet(field, values));
        }
        int c = in.readCount();
        Map<String, String> corrections = new LinkedHashMap<>();
        for (int i = 0; i < c; i++) {
            corrections.put(in.readString(), in.readString());
        }
        int l = in.readCount();
        List<SearchResults.LeftOut> leftOut = new ArrayList<>(Math.min(l, 16));
        for (int i = 0; i < l; i++) {
            leftOut.add(new SearchResults.LeftOut(readFilter(in), in.readSignedVarLong(), in.readSignedVarLong(),
                    readStrings(in)));
        }
        if (!in.atEnd()) {
            throw new CacheFormatException("data after the answer");
        }
        return new SearchResults(total, hits, facets, corrections, leftOut);
    }
}
