package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The heap copies read exactly what the index holds: every document's norm (documents without the field have
 * none), and every document's facet values, for fields with one value and with several.
 */
class HeapValuesReaderTest {

    @Test
    void normsAndFacetOrdinalsEqualTheIndexs() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int i = 0; i < 300; i++) {
                    Document d = new Document();
                    if (i % 3 != 0) { // sparse: a third of the documents have no text
                        d.add(new TextField("text", "word ".repeat(1 + i % 40) + "end", Field.Store.NO));
                    }
                    d.add(new SortedSetDocValuesField("layer", new BytesRef("layer-" + i % 4)));
                    if (i % 5 != 0) { // documents with no tag, one tag, several tags
                        for (int t = 0; t <= i % 3; t++) {
                            d.add(new SortedSetDocValuesField("tag", new BytesRef("tag-" + (i + t) % 7)));
                        }
                    }
                    w.addDocument(d);
                }
            }
            try (DirectoryReader raw = DirectoryReader.open(dir);
                 DirectoryReader heap = new HeapValuesReader(DirectoryReader.open(dir))) {
                LeafReader in = raw.leaves().get(0).reader();
                LeafReader leaf = heap.leaves().get(0).reader();
                assertEquals(norms(in.getNormValues("text"), true), norms(leaf.getNormValues("text"), true));
                assertEquals(norms(in.getNormValues("text"), false), norms(leaf.getNormValues("text"), false));
                assertNull(leaf.getNormValues("absent"));
                for (String field : List.of("layer", "tag")) {
                    HeapValuesReader.FacetOrds ords = HeapValuesReader.facetOrds(leaf, field);
                    SortedSetDocValues values = in.getSortedSetDocValues(field);
                    for (int doc = 0; doc < in.maxDoc(); doc++) {
                        List<String> expected = new ArrayList<>();
                        if (values.advanceExact(doc)) {
                            for (int k = values.docValueCount(); k > 0; k--) {
                                expected.add(values.lookupOrd(values.nextOrd()).utf8ToString());
                            }
                        }
                        int[] counts = new int[ords.values.length];
                        ords.count(doc, counts);
                        List<String> actual = new ArrayList<>();
                        for (int ord = 0; ord < counts.length; ord++) {
                            for (int c = 0; c < counts[ord]; c++) {
                                actual.add(ords.values[ord]);
                            }
                        }
                        assertEquals(expected, actual, field + " of document " + doc);
                    }
                }
                assertNull(HeapValuesReader.facetOrds(leaf, "absent"));
                HeapValuesReader.FacetOrds again = HeapValuesReader.facetOrds(leaf, "tag");
                assertArrayEquals(again.ords, HeapValuesReader.FacetOrds.read(in, "tag").ords);
            }
        }
    }

    /** Each document's norm, found by iterating or by looking each document up; -1 for none. */
    private static List<Long> norms(NumericDocValues norms, boolean iterate) throws IOException {
        List<Long> out = new ArrayList<>();
        if (iterate) {
            for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) {
                while (out.size() < d) {
                    out.add(-1L);
                }
                out.add(norms.longValue());
            }
            return out;
        }
        for (int d = 0; d < 300; d++) {
            out.add(norms.advanceExact(d) ? norms.longValue() : -1L);
        }
        while (!out.isEmpty() && out.get(out.size() - 1) == -1L) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
