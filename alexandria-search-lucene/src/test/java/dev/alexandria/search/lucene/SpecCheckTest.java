package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SyncResult;
import dev.alexandria.spi.search.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A persisted index is reused only for the spec it was built for: its commit records the spec's text (not its digest),
 * and any change of a field, a boost or the vocabulary rebuilds it.
 */
class SpecCheckTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(Vocabulary.SynonymGroup.of("k8s", "kubernetes")), List.of());

    @TempDir
    Path dir;

    private IndexSpec spec(double nameBoost, Vocabulary vocabulary) {
        return new IndexSpec(Optional.of(dir), List.of(FieldSpec.text("name", nameBoost), FieldSpec.text("readme", 1.0),
                FieldSpec.keyword("layer")), vocabulary);
    }

    private static List<IndexEntry> entries(AtomicInteger loads) {
        return List.of(
                new IndexEntry("eks", "1", () -> {
                    loads.incrementAndGet();
                    return SearchDocument.builder("eks").text("name", "Kubernetes cluster").keyword("layer", "compute")
                            .build();
                }),
                new IndexEntry("vpc", "1", () -> {
                    loads.incrementAndGet();
                    return SearchDocument.builder("vpc").text("readme", "A network").build();
                }));
    }

    /** Opens the folder's index for a spec, syncs the two entries and says what the sync did and how many loaded. */
    private SyncResult reopen(IndexSpec spec, AtomicInteger loads) {
        try (SearchIndex index = new LuceneSearchBackend().open(spec)) {
            return index.sync(entries(loads));
        }
    }

    @Test
    void commitRecordsTheSpecText_andAnUnchangedSpecReusesTheIndex() throws IOException {
        reopen(spec(3.0, VOCABULARY), new AtomicInteger());
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            assertEquals(spec(3.0, VOCABULARY).fingerprintText(),
                    r.getIndexCommit().getUserData().get(LuceneSearchIndex.SPEC_KEY));
        }
        AtomicInteger loads = new AtomicInteger();
        SyncResult again = reopen(spec(3.0, VOCABULARY), loads);
        assertFalse(again.rebuilt());
        assertEquals(0, loads.get());
    }

    @Test
    void anotherBoost_rebuildsTheIndex() {
        reopen(spec(3.0, VOCABULARY), new AtomicInteger());
        AtomicInteger loads = new AtomicInteger();
        assertTrue(reopen(spec(2.0, VOCABULARY), loads).rebuilt());
        assertEquals(2, loads.get());
    }

    @Test
    void anotherVocabulary_rebuildsTheIndex_andItsSynonymMap() throws IOException {
        reopen(spec(3.0, VOCABULARY), new AtomicInteger());
        Vocabulary more = new Vocabulary(List.of(Vocabulary.SynonymGroup.of("k8s", "kubernetes", "eks")), List.of());
        AtomicInteger loads = new AtomicInteger();
        assertTrue(reopen(spec(3.0, more), loads).rebuilt());
        assertEquals(2, loads.get());
        try (FSDirectory d = FSDirectory.open(dir)) {
            assertTrue(SynonymStore.read(d, spec(3.0, more).fingerprintText()).isPresent());
            assertEquals(Optional.empty(), SynonymStore.read(d, spec(3.0, VOCABULARY).fingerprintText()));
        }
    }

    @Test
    void commitOfTheFormerFormat_recordingTheSpecsDigest_isRebuilt() throws IOException {
        reopen(spec(3.0, VOCABULARY), new AtomicInteger());
        try (FSDirectory d = FSDirectory.open(dir);
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(java.util.Map.of(LuceneSearchIndex.FORMAT_KEY, "alexandria-lucene-3",
                    LuceneSearchIndex.SPEC_KEY, spec(3.0, VOCABULARY).fingerprint()).entrySet());
            w.commit();
        }
        AtomicInteger loads = new AtomicInteger();
        assertTrue(reopen(spec(3.0, VOCABULARY), loads).rebuilt());
        assertEquals(2, loads.get());
    }
}
