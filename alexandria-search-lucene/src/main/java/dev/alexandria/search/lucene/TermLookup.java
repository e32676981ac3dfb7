package dev.alexandria.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A query's words looked up in each text field of each segment, with one terms enum per field and segment for all
 * of them (seeking in term order): where each word's postings are, and its statistics. The query planner makes
 * term queries of them, and the candidates' matches are read from the postings they point to, so each word is
 * sought once per field and segment in a search. Used by one search, on one thread.
 */
final class TermLookup {

    private final List<String> fields;
    private final List<String> words;
    private final BytesRef[] bytes;
    private final IndexReaderContext top;
    /** [segment][field]: the segment's enum of the field, or null when the segment has no such field. */
    private final TermsEnum[][] enums;
    /** [segment][field][word]: where the word's postings are, or null when the field does not hold it. */
    private final TermState[][][] states;
    private final int[][][] docFreqs;
    private final long[][][] totalTermFreqs;

    private TermLookup(IndexReader reader, List<String> fields, List<String> words) throws IOException {
        this.fields = fields;
        this.words = words;
        this.bytes = new BytesRef[words.size()];
        for (int k = 0; k < bytes.length; k++) {
            bytes[k] = new BytesRef(words.get(k));
        }
        Integer[] order = new Integer[bytes.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> bytes[a].compareTo(bytes[b]));
        this.top = reader.getContext();
        List<LeafReaderContext> leaves = top.leaves();
        this.enums = new TermsEnum[leaves.size()][fields.size()];
        this.states = new TermState[leaves.size()][fields.size()][];
        this.docFreqs = new int[leaves.size()][fields.size()][];
        this.totalTermFreqs = new long[leaves.size()][fields.size()][];
        for (LeafReaderContext leaf : leaves) {
            for (int f = 0; f < fields.size(); f++) {
                Terms t = leaf.reader().terms(fields.get(f));
                if (t == null) {
                    continue;
                }
                TermsEnum te = t.iterator();
                TermState[] s = new TermState[bytes.length];
                int[] df = new int[bytes.length];
                long[] ttf = new long[bytes.length];
                for (int k : order) {
                    if (te.seekExact(bytes[k])) {
                        s[k] = te.termState();
                        df[k] = te.docFreq();
                        ttf[k] = te.totalTermFreq();
                    }
                }
                enums[leaf.ord][f] = te;
                states[leaf.ord][f] = s;
                docFreqs[leaf.ord][f] = df;
                totalTermFreqs[leaf.ord][f] = ttf;
            }
        }
    }

    /**
     * @param reader the top-level reader searched
     * @param fields the text fields
     * @param words  the analyzed words
     */
    static TermLookup of(IndexReader reader, List<String> fields, List<String> words) throws IOException {
        return new TermLookup(reader, fields, words);
    }

    List<String> fields() {
        return fields;
    }

    List<String> words() {
        return words;
    }

    List<LeafReaderContext> leaves() {
        return top.leaves();
    }

    BytesRef bytes(int word) {
        return bytes[word];
    }

    /**
     * The word's states in a field over all segments, as {@link TermStates#build} would give them for the top-level
     * reader: the same document frequency and total term frequency.
     */
    TermStates termStates(int field, int word) {
        TermStates out = new TermStates(top);
        for (LeafReaderContext leaf : top.leaves()) {
            TermState[] s = states[leaf.ord][field];
            if (s != null && s[word] != null) {
                out.register(s[word], leaf.ord, docFreqs[leaf.ord][field][word], totalTermFreqs[leaf.ord][field][word]);
            }
        }
        return out;
    }

    /** The segment's enum of the field positioned on the word, or null when the field does not hold it there. */
    TermsEnum seek(int segment, int field, int word) throws IOException {
        TermState[] s = states[segment][field];
        if (s == null || s[word] == null) {
            return null;
        }
        TermsEnum te = enums[segment][field];
        te.seekExact(bytes[word], s[word]);
        return te;
    }
}
