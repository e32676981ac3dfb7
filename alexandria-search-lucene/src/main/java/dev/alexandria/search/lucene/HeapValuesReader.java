package dev.alexandria.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A reader that keeps, per segment, two things a query reads for nearly every matching document in plain arrays
 * rather than in the index's encoded form: the norms of the text fields (BM25 reads one per field and matching
 * document) and the ordinals of the facet fields (counted for every match). Read once per segment and field, on
 * first use, from the index itself, so scores and counts are exactly those of the index; a few bytes per document
 * and field (a 10,000-module index: under 100 KB of norms and 250 KB of facet ordinals).
 *
 * <p>Searches on one reader run concurrently: the arrays are built once and never changed, each search gets its own
 * iterator over them.
 */
final class HeapValuesReader extends FilterDirectoryReader {

    HeapValuesReader(DirectoryReader in) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                return new Leaf(reader);
            }
        });
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new HeapValuesReader(in);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return in.getReaderCacheHelper(); // the same documents, terms and values as the wrapped reader
    }

    /**
     * The facet ordinals of a segment's field, from the segment's cache when it is one of this reader's, else read
     * now; null when the segment has no values for the field.
     */
    static FacetOrds facetOrds(LeafReader reader, String field) throws IOException {
        return reader instanceof Leaf leaf ? leaf.facetOrds(field) : FacetOrds.read(reader, field);
    }

    /** A segment with its arrays, filled on first use. */
    static final class Leaf extends FilterLeafReader {
        private final Map<String, Optional<Norms>> norms = new ConcurrentHashMap<>();
        private final Map<String, Optional<FacetOrds>> facets = new ConcurrentHashMap<>();

        Leaf(LeafReader in) {
            super(in);
        }

        @Override
        public NumericDocValues getNormValues(String field) throws IOException {
            Optional<Norms> n = norms.get(field);
            if (n == null) {
                try {
                    n = norms.computeIfAbsent(field, f -> Optional.ofNullable(Norms.read(in, f)));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            return n.isPresent() ? n.get().iterator() : null;
        }

        FacetOrds facetOrds(String field) throws IOException {
            Optional<FacetOrds> o = facets.get(field);
            if (o == null) {
                try {
                    o = facets.computeIfAbsent(field, f -> {
                        try {
                            return Optional.ofNullable(FacetOrds.read(in, f));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            return o.orElse(null);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    /** One field's norms in a segment: a byte per document (BM25's encoded lengths), else a long. */
    static final class Norms {
        private final int maxDoc;
        private final byte[] bytes;
        private final long[] longs;
        /** The documents that have a norm, or null when all have one. */
        private final FixedBitSet present;
        private final int count;

        private Norms(int maxDoc, byte[] bytes, long[] longs, FixedBitSet present, int count) {
            this.maxDoc = maxDoc;
            this.bytes = bytes;
            this.longs = longs;
            this.present = present;
            this.count = count;
        }

        static Norms read(LeafReader reader, String field) {
            try {
                NumericDocValues values = reader.getNormValues(field);
                if (values == null) {
                    return null;
                }
                int maxDoc = reader.maxDoc();
                long[] longs = new long[maxDoc];
                FixedBitSet present = new FixedBitSet(maxDoc);
                boolean fitsBytes = true;
                int count = 0;
                for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
                    long v = values.longValue();
                    longs[d] = v;
                    present.set(d);
                    fitsBytes &= v == (byte) v;
                    count++;
                }
                byte[] bytes = null;
                if (fitsBytes) {
                    bytes = new byte[maxDoc];
                    for (int d = 0; d < maxDoc; d++) {
                        bytes[d] = (byte) longs[d];
                    }
                    longs = null;
                }
                return new Norms(maxDoc, bytes, longs, count == maxDoc ? null : present, count);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        NumericDocValues iterator() {
            return new NumericDocValues() {
                private int doc = -1;

                @Override
                public long longValue() {
                    return bytes != null ? bytes[doc] : longs[doc];
                }

                @Override
                public boolean advanceExact(int target) {
                    doc = target;
                    return present == null || present.get(target);
                }

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) {
                    if (target >= maxDoc) {
                        return doc = NO_MORE_DOCS;
                    }
                    return doc = present == null ? target : present.nextSetBit(target);
                }

                @Override
                public long cost() {
                    return count;
                }
            };
        }
    }

    /**
     * One keyword field's values in a segment, for counting: each document's ordinals (for a field with one value
     * per document, {@code ords[doc]}, -1 for none; else {@code ords[start[doc]..start[doc + 1])}), and each
     * ordinal's value.
     */
    static final class FacetOrds {
        final int[] start;
        final int[] ords;
        final String[] values;

        private FacetOrds(int[] start, int[] ords, String[] values) {
            this.start = start;
            this.ords = ords;
            this.values = values;
        }

        static FacetOrds read(LeafReader reader, String field) throws IOException {
            SortedSetDocValues set = reader.getSortedSetDocValues(field);
            if (set == null) {
                return null;
            }
            int maxDoc = reader.maxDoc();
            String[] values = new String[Math.toIntExact(set.getValueCount())];
            for (int ord = 0; ord < values.length; ord++) {
                values[ord] = set.lookupOrd(ord).utf8ToString();
            }
            SortedDocValues single = DocValues.unwrapSingleton(set);
            if (single != null) {
                int[] ords = new int[maxDoc];
                Arrays.fill(ords, -1);
                for (int d = single.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = single.nextDoc()) {
                    ords[d] = single.ordValue();
                }
                return new FacetOrds(null, ords, values);
            }
            int[] start = new int[maxDoc + 1];
            int[] ords = new int[Math.max(16, maxDoc)];
            int n = 0;
            int next = 0;
            for (int d = set.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = set.nextDoc()) {
                while (next <= d) {
                    start[next++] = n;
                }
                for (int k = set.docValueCount(); k > 0; k--) {
                    if (n == ords.length) {
                        ords = Arrays.copyOf(ords, ords.length * 2);
                    }
                    ords[n++] = (int) set.nextOrd();
                }
            }
            while (next <= maxDoc) {
                start[next++] = n;
            }
            return new FacetOrds(start, Arrays.copyOf(ords, n), values);
        }

        /** Adds one to the count of each of the document's ordinals. */
        void count(int doc, int[] counts) {
            if (start == null) {
                int ord = ords[doc];
                if (ord >= 0) {
                    counts[ord]++;
                }
                return;
            }
            for (int k = start[doc], end = start[doc + 1]; k < end; k++) {
                counts[ords[k]]++;
            }
        }
    }
}
