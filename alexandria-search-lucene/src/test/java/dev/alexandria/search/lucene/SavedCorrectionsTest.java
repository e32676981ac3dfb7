package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spelling checker's answers saved next to a persisted index: served to the next index over the folder without
 * asking the checker, and ignored whenever the commit, the spec or the file is not the one they were computed on.
 */
class SavedCorrectionsTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(Vocabulary.SynonymGroup.of("k8s", "kubernetes")), List.of());
    private static final List<IndexEntry> MODULES = List.of(
            module("eks", "Kubernetes cluster"),
            module("rds", "PostgreSQL database with automated backups"),
            module("alb", "Application load balancer"));
    /** Three modules of a word as near to "kubernetis" as "kubernetes" is, and in more documents, so it wins. */
    private static final List<IndexEntry> NEARER = List.of(
            module("k1", "Kubernetas one"), module("k2", "Kubernetas two"), module("k3", "Kubernetas three"));
    /** Misspelled words and what the index of {@link #MODULES} corrects them to ("" for nothing). */
    private static final Map<String, String> WORDS = words();

    @TempDir
    Path dir;

    private static Map<String, String> words() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("kubernetis", "kubernetes");
        out.put("balanser", "balancer");
        out.put("backupz", "backups");
        out.put("zyxwvutsr", "");
        return out;
    }

    private static IndexEntry module(String id, String name) {
        return new IndexEntry(id, "1", () -> SearchDocument.builder(id).text("name", name).build());
    }

    private static List<IndexEntry> plus(List<IndexEntry> a, List<IndexEntry> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private LuceneSearchIndex open(Vocabulary vocabulary, List<IndexEntry> entries) {
        return open(Optional.of(dir), vocabulary, entries);
    }

    private static LuceneSearchIndex open(Optional<Path> folder, Vocabulary vocabulary, List<IndexEntry> entries) {
        LuceneSearchIndex index = (LuceneSearchIndex) new LuceneSearchBackend().open(
                new IndexSpec(folder, List.of(FieldSpec.text("name", 1.0)), vocabulary));
        index.sync(entries);
        return index;
    }

    private static Map<String, String> corrections(LuceneSearchIndex index, String text) {
        return index.search(SearchQuery.builder().text(text).build()).corrections();
    }

    private static void assertCorrects(LuceneSearchIndex index, String word, String to) {
        assertEquals(to.isEmpty() ? Map.of() : Map.of(word, to), corrections(index, word), word);
    }

    private Path file() {
        return dir.resolve(SavedCorrections.FILE);
    }

    /** Searches each of {@link #WORDS} in a new index of {@link #MODULES}, which saves the answers. */
    private void saveWords() {
        try (LuceneSearchIndex first = open(VOCABULARY, MODULES)) {
            WORDS.forEach((w, to) -> assertCorrects(first, w, to));
            assertEquals(WORDS.size(), first.spellChecks());
        }
        assertTrue(Files.isRegularFile(file()));
    }

    @Test
    void corrections_areServedToANewIndexOverTheFolder_withoutAskingTheSpellChecker() {
        saveWords();
        try (LuceneSearchIndex second = open(VOCABULARY, MODULES)) {
            WORDS.forEach((w, to) -> assertCorrects(second, w, to));
            assertEquals(0, second.spellChecks());
            assertEquals(Map.of("kubernetis", "kubernetes", "balanser", "balancer"),
                    corrections(second, "kubernetis balanser"));
        }
    }

    @Test
    void theFile_isReadOnlyWhenASearchHasAWordTheIndexDoesNotKnow() throws IOException {
        saveWords();
        try (LuceneSearchIndex second = open(VOCABULARY, MODULES)) {
            assertEquals(Map.of(), corrections(second, "kubernetes cluster backups"));
            Files.delete(file()); // had the known words' search read it, the answers would be in memory now
            assertCorrects(second, "kubernetis", "kubernetes");
            assertEquals(1, second.spellChecks());
        }
        try (LuceneSearchIndex third = open(VOCABULARY, MODULES)) {
            assertCorrects(third, "kubernetis", "kubernetes");
            assertEquals(0, third.spellChecks(), "the file is written again with the answer");
        }
    }

    @Test
    void corrections_ofAnEarlierCommit_areNotUsedAfterAModuleIsAddedOrRemoved() {
        saveWords();
        try (LuceneSearchIndex added = open(VOCABULARY, plus(MODULES, NEARER))) {
            assertCorrects(added, "kubernetis", "kubernetas");
            assertEquals(1, added.spellChecks());
        }
        try (LuceneSearchIndex same = open(VOCABULARY, plus(MODULES, NEARER))) {
            assertCorrects(same, "kubernetis", "kubernetas");
            assertEquals(0, same.spellChecks());
        }
        try (LuceneSearchIndex removed = open(VOCABULARY, MODULES)) {
            assertCorrects(removed, "kubernetis", "kubernetes");
            assertEquals(1, removed.spellChecks());
        }
    }

    @Test
    void corrections_ofAnotherVocabulary_areNotUsed() throws IOException {
        saveWords();
        byte[] saved = Files.readAllBytes(file());
        // "kubernetis" is a word of this vocabulary, so it is not corrected; the saved answer would correct it.
        Vocabulary other = new Vocabulary(List.of(Vocabulary.SynonymGroup.of("k8s", "kubernetes", "kubernetis")),
                List.of());
        try (LuceneSearchIndex rebuilt = open(other, MODULES)) {
            Files.write(file(), saved); // the rebuild removed it; a file of the old spec must not be trusted
            assertCorrects(rebuilt, "kubernetis", "");
            assertCorrects(rebuilt, "balanser", "balancer");
            assertEquals(1, rebuilt.spellChecks());
        }
    }

    @Test
    void corrections_ofAnIndexRebuiltFromScratch_areNotUsed_evenUnderTheSameCommitName() throws IOException {
        saveWords();
        byte[] saved = Files.readAllBytes(file());
        List<String> before = segmentsFiles();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        try (LuceneSearchIndex rebuilt = open(VOCABULARY, plus(MODULES, NEARER))) {
            assertEquals(before, segmentsFiles());
            Files.write(file(), saved);
            assertCorrects(rebuilt, "kubernetis", "kubernetas");
            assertEquals(1, rebuilt.spellChecks());
        }
    }

    private List<String> segmentsFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("segments")).sorted().toList();
        }
    }

    @Test
    void aCorruptOrTruncatedFile_isNeverTrusted_neverFailsASearch_andIsWrittenAgain() throws IOException {
        saveWords();
        byte[] valid = Files.readAllBytes(file());
        qt().withExamples(150).forAll(integers().between(0, valid.length - 1), integers().between(0, 255))
                .checkAssert((at, flip) -> {
                    // flip 0: the file cut at `at`; else that byte changed.
                    byte[] bad = flip == 0 ? Arrays.copyOf(valid, at) : valid.clone();
                    if (flip != 0) {
                        bad[at] = (byte) (bad[at] ^ flip);
                    }
                    try {
                        Files.write(file(), bad);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    try (LuceneSearchIndex index = open(VOCABULARY, MODULES)) {
                        WORDS.forEach((w, to) -> assertCorrects(index, w, to));
                        assertEquals(WORDS.size(), index.spellChecks(), "asked the checker for every word");
                    }
                    try (LuceneSearchIndex again = open(VOCABULARY, MODULES)) {
                        WORDS.forEach((w, to) -> assertCorrects(again, w, to));
                        assertEquals(0, again.spellChecks(), "the file was written again");
                    }
                });
    }

    @Test
    void anIndexInMemory_writesNothing_andAsksForItself() {
        try (LuceneSearchIndex first = open(Optional.empty(), VOCABULARY, MODULES)) {
            assertCorrects(first, "kubernetis", "kubernetes");
            assertEquals(1, first.spellChecks());
        }
        try (LuceneSearchIndex second = open(Optional.empty(), VOCABULARY, MODULES)) {
            assertCorrects(second, "kubernetis", "kubernetes");
            assertEquals(1, second.spellChecks());
        }
    }

    @Test
    void anIndexBuiltInMemoryWhileAnotherProcessWritesTheFolder_writesNothingThere() throws IOException {
        open(VOCABULARY, MODULES).close();
        try (Directory d = FSDirectory.open(dir); Lock held = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            held.ensureValid();
            try (LuceneSearchIndex index = open(VOCABULARY, plus(MODULES, NEARER))) {
                assertFalse(index.stats().directory().isPresent());
                assertCorrects(index, "kubernetis", "kubernetas");
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("alexandria-corrections")).toList());
        }
    }

    @Test
    void concurrentWriters_leaveAWholeFile_theLastOnesSnapshot() throws Exception {
        open(VOCABULARY, MODULES).close();
        int each = 60;
        List<Set<String>> written = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> failures = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            Set<String> words = new HashSet<>();
            written.add(words);
            threads.add(new Thread(() -> {
                // Each writer as a process of its own: its own directory and reader over the folder.
                try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
                    SavedCorrections saved = SavedCorrections.of(d, r);
                    start.await();
                    for (int i = 0; i < each; i++) {
                        String w = "word" + name + i;
                        words.add(w);
                        saved.put(w, Optional.of("answer" + name + i));
                        saved.saveIfAdded();
                    }
                } catch (Throwable t) {
                    synchronized (failures) {
                        failures.add(t);
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            SavedCorrections read = SavedCorrections.of(d, r);
            Set<String> found = new HashSet<>();
            for (Set<String> words : written) {
                for (String w : words) {
                    Optional<String> answer = read.get(w);
                    if (answer != null) {
                        assertEquals(Optional.of(w.replace("word", "answer")), answer);
                        found.add(w);
                    }
                }
            }
            // The last rename wins: all of its writer's words, and those it read from the other's file.
            assertTrue(found.containsAll(written.get(0)) || found.containsAll(written.get(1)),
                    "the file holds one writer's last snapshot: " + found);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(SavedCorrections.FILE), files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("alexandria-corrections")).toList());
        }
    }

    @Test
    void theFile_holdsAtMostMaxCachedWords() throws IOException {
        open(VOCABULARY, MODULES).close();
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            SavedCorrections saved = SavedCorrections.of(d, r);
            for (int i = 0; i <= SpellCorrector.MAX_CACHED; i++) {
                saved.put("word" + i, Optional.empty());
            }
            saved.saveIfAdded();
            SavedCorrections read = SavedCorrections.of(d, r);
            assertEquals(Optional.empty(), read.get("word" + (SpellCorrector.MAX_CACHED - 1)));
            assertNull(read.get("word" + SpellCorrector.MAX_CACHED));
        }
    }
}
