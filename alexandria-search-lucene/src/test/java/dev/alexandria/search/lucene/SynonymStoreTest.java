package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchHit;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synonym map saved next to a persisted index: reused when it fits, rebuilt when it does not. */
class SynonymStoreTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(Vocabulary.SynonymGroup.of("lb", "load balancer"), Vocabulary.SynonymGroup.of("k8s", "kubernetes")),
            List.of(Vocabulary.Narrower.of("database", "postgresql")));

    @TempDir
    Path dir;

    private IndexSpec spec(Vocabulary vocabulary) {
        return new IndexSpec(Optional.of(dir), List.of(FieldSpec.text("name", 1.0)), vocabulary);
    }

    private static List<IndexEntry> entries() {
        return List.of(
                new IndexEntry("alb", "1", () -> SearchDocument.builder("alb").text("name", "Application Load Balancer")
                        .build()),
                new IndexEntry("eks", "1", () -> SearchDocument.builder("eks").text("name", "Kubernetes cluster")
                        .build()),
                new IndexEntry("rds", "1", () -> SearchDocument.builder("rds").text("name", "PostgreSQL instance")
                        .build()));
    }

    private static List<String> ids(SearchIndex index, String text) {
        return index.search(SearchQuery.builder().text(text).build()).hits().stream().map(SearchHit::id).toList();
    }

    private void build() {
        try (SearchIndex first = new LuceneSearchBackend().open(spec(VOCABULARY))) {
            first.sync(entries());
        }
    }

    @Test
    void persistedIndex_savesItsSynonymMapAndAReopenedIndexSearchesWithIt() throws IOException {
        build();
        assertTrue(Files.isRegularFile(dir.resolve(SynonymStore.FILE)));
        try (FSDirectory d = FSDirectory.open(dir)) {
            SynonymMap saved = SynonymStore.read(d, spec(VOCABULARY).fingerprintText()).orElseThrow();
            assertEquals(Analysis.synonyms(VOCABULARY).words.size(), saved.words.size());
        }
        try (SearchIndex again = new LuceneSearchBackend().open(spec(VOCABULARY))) {
            again.sync(entries());
            assertEquals(List.of("alb"), ids(again, "lb"));
            assertEquals(List.of("eks"), ids(again, "k8s"));
            assertEquals(List.of("rds"), ids(again, "database"));
        }
    }

    @Test
    void savedSynonymMap_ofAnotherVocabularyIsNotUsed() throws IOException {
        build();
        try (FSDirectory d = FSDirectory.open(dir)) {
            assertEquals(Optional.empty(), SynonymStore.read(d, spec(Vocabulary.empty()).fingerprintText()));
        }
    }

    @Test
    void corruptSynonymFile_isBuiltAgainAndReplaced() throws IOException {
        build();
        Path file = dir.resolve(SynonymStore.FILE);
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 2; i < bytes.length; i += 5) {
            bytes[i] ^= 0x5a;
        }
        Files.write(file, bytes);
        try (FSDirectory d = FSDirectory.open(dir)) {
            assertEquals(Optional.empty(), SynonymStore.read(d, spec(VOCABULARY).fingerprintText()));
        }
        try (SearchIndex again = new LuceneSearchBackend().open(spec(VOCABULARY))) {
            again.sync(entries());
            assertEquals(List.of("alb"), ids(again, "lb"));
        }
        try (FSDirectory d = FSDirectory.open(dir)) {
            assertTrue(SynonymStore.read(d, spec(VOCABULARY).fingerprintText()).isPresent());
        }
    }

    @Test
    void truncatedSynonymFile_isNotUsed() throws IOException {
        build();
        Path file = dir.resolve(SynonymStore.FILE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        try (FSDirectory d = FSDirectory.open(dir)) {
            assertEquals(Optional.empty(), SynonymStore.read(d, spec(VOCABULARY).fingerprintText()));
        }
        try (SearchIndex again = new LuceneSearchBackend().open(spec(VOCABULARY))) {
            again.sync(entries());
            assertEquals(List.of("eks"), ids(again, "k8s"));
        }
    }

    /** A damaged length anywhere in the file is found by its checksum before anything it says is allocated. */
    @Test
    void aLengthDamagedToTwoGigabytes_isFoundBeforeItIsAllocated() throws IOException {
        build();
        DamagedLengths.atEveryPosition(dir.resolve(SynonymStore.FILE), at -> {
            try (FSDirectory d = FSDirectory.open(dir)) {
                assertEquals(Optional.empty(), SynonymStore.read(d, spec(VOCABULARY).fingerprintText()), "at " + at);
            }
        });
    }
}
