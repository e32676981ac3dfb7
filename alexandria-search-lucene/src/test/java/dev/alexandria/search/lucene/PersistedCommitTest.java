package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backend tells the state of a persisted index without opening it: the same while the index is, another once a
 * sync changed it or it was rebuilt, and nothing where there is no commit to read.
 */
class PersistedCommitTest {

    private static final LuceneSearchBackend BACKEND = new LuceneSearchBackend();

    @TempDir
    Path dir;

    private IndexSpec spec(Vocabulary vocabulary) {
        return new IndexSpec(Optional.of(dir.resolve("index")), List.of(FieldSpec.text("name", 2.0)), vocabulary);
    }

    private static List<IndexEntry> modules(String fingerprint, String... names) {
        return Stream.of(names).map(n -> new IndexEntry(n, fingerprint,
                () -> SearchDocument.builder(n).text("name", n + " module").build())).toList();
    }

    /** Opens the index, syncs it with the entries, closes it; returns the state the backend tells afterwards. */
    private Optional<String> synced(IndexSpec spec, List<IndexEntry> entries) {
        SearchIndex index = BACKEND.open(spec);
        try {
            index.sync(entries);
        } finally {
            index.close();
        }
        return BACKEND.persistedState(spec.directory().orElseThrow());
    }

    @Test
    void noFolderOrNoCommit_tellsNothing() throws IOException {
        assertEquals(Optional.empty(), BACKEND.persistedState(dir.resolve("index")), "no folder yet");
        Files.createDirectories(dir.resolve("index"));
        Files.writeString(dir.resolve("index").resolve("segments_zz!"), "not a commit point's name");
        Files.writeString(dir.resolve("index").resolve("segments_"), "nor this");
        assertEquals(Optional.empty(), BACKEND.persistedState(dir.resolve("index")), "no commit point");
    }

    @Test
    void sameWhileTheIndexIs_otherOnceItChanges() {
        IndexSpec spec = spec(Vocabulary.empty());
        Optional<String> first = synced(spec, modules("1", "vpc", "eks"));
        assertTrue(first.isPresent());
        assertTrue(first.get().startsWith("segments_"), first.get());
        assertEquals(first, synced(spec, modules("1", "vpc", "eks")), "a sync that changed nothing");
        Optional<String> changed = synced(spec, modules("2", "vpc", "eks"));
        assertNotEquals(first, changed, "a sync that updated documents");
        Optional<String> removed = synced(spec, modules("2", "vpc"));
        assertNotEquals(changed, removed, "a sync that removed one");
    }

    @Test
    void rebuiltWithTheSameDocuments_isAnotherState() throws IOException {
        IndexSpec spec = spec(Vocabulary.empty());
        Optional<String> first = synced(spec, modules("1", "vpc", "eks"));
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Optional<String> rebuilt = synced(spec, modules("1", "vpc", "eks"));
        assertTrue(rebuilt.isPresent());
        assertNotEquals(first, rebuilt, "a commit point's own id differs even at the same generation");
        Optional<String> otherSpec = synced(spec(new Vocabulary(List.of(Vocabulary.SynonymGroup.of("k8s", "eks")),
                List.of())), modules("1", "vpc", "eks"));
        assertNotEquals(rebuilt, otherSpec, "rebuilt for another spec");
    }

    @Test
    void latestGenerationWins_andATooLargeCommitPointTellsNothing() throws IOException {
        Path index = Files.createDirectories(dir.resolve("index"));
        Files.write(index.resolve("segments_9"), new byte[] {1});
        Files.write(index.resolve("segments_a"), new byte[] {2}); // generation 10, in base 36
        assertEquals(Optional.of("segments_a:Ag=="), PersistedCommit.of(index));
        Files.write(index.resolve("segments_b"), new byte[PersistedCommit.MAX_BYTES + 1]);
        assertEquals(Optional.empty(), PersistedCommit.of(index));
    }

    @Test
    void generation_ofLuceneNamesOnly() {
        assertEquals(1, PersistedCommit.generation("segments_1"));
        assertEquals(36, PersistedCommit.generation("segments_10"));
        assertEquals(-1, PersistedCommit.generation("segments"));
        assertEquals(-1, PersistedCommit.generation("segments_"));
        assertEquals(-1, PersistedCommit.generation("segments_-1"));
        assertEquals(-1, PersistedCommit.generation("pending_segments_2"));
        assertEquals(-1, PersistedCommit.generation("segments_zzzzzzzzzzzzzzzzzzzz"));
    }
}
