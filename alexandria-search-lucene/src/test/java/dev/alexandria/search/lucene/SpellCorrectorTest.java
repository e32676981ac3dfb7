package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spelling checker that enumerates the index's words once suggests what Lucene's {@link DirectSpellChecker}
 * does, with the settings of {@link SpellCorrector}; and the vocabulary's words are the surface analyzer's.
 */
class SpellCorrectorTest {

    private static final String FIELD = LuceneSearchIndex.SPELL_FIELD;
    private static Directory dir;
    private static DirectoryReader reader;
    private static List<String> indexed;

    /**
     * Words of a small alphabet, so that many are one or two edits from each other, each in 1 to 4 documents; and
     * 40 words one substitution away from {@code abcdefgh}, more than the checker inspects in its first pass.
     */
    @BeforeAll
    static void index() throws IOException {
        Random random = new Random(20261202);
        indexed = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder w = new StringBuilder();
            int n = 4 + random.nextInt(11);
            for (int j = 0; j < n; j++) {
                w.append((char) ('a' + random.nextInt(6)));
            }
            indexed.add(w.toString());
        }
        String base = "abcdefgh";
        for (int i = 0; i < base.length(); i++) {
            for (char c : "vwxyz".toCharArray()) {
                indexed.add(base.substring(0, i) + c + base.substring(i + 1));
            }
        }
        dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < indexed.size(); i++) {
                for (int copies = 1 + i % 4; copies > 0; copies--) {
                    Document d = new Document();
                    d.add(new StringField(FIELD, indexed.get(i), Field.Store.NO));
                    w.addDocument(d);
                }
            }
        }
        reader = DirectoryReader.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    private static String suggestions(DirectSpellChecker checker, String word) throws IOException {
        checker.setMaxEdits(word.length() >= 8 ? 2 : 1);
        checker.setMinQueryLength(SpellCorrector.MIN_LENGTH);
        checker.setAccuracy(0.0f);
        StringBuilder out = new StringBuilder();
        for (SuggestWord s : checker.suggestSimilar(new Term(FIELD, word), 5, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
            out.append(s.string).append('/').append(s.freq).append('/').append(s.score).append(' ');
        }
        return out.toString();
    }

    private static void assertSameSuggestions(String word) throws IOException {
        assertEquals(suggestions(new DirectSpellChecker(), word),
                suggestions(new SpellCorrector.OnePassChecker(), word), word);
    }

    @Test
    void onePass_suggestsWhatLucenesCheckerDoes_whenItsFirstPassFindsItsLimit() throws IOException {
        // 40 words one edit from the query: the library's checker stops after its first pass.
        String s = suggestions(new DirectSpellChecker(), "abcdefgh");
        assertEquals(5, s.split(" ").length, s);
        assertSameSuggestions("abcdefgh");
        assertSameSuggestions("abcdefghi");
        assertSameSuggestions("abcdefg");
    }

    @Test
    void onePass_suggestsWhatLucenesCheckerDoes_forWordsNearAndFarFromTheIndexs() {
        // Indexed words with one to three random edits, and random words.
        qt().withExamples(1500).forAll(integers().between(0, 3001 + 39), integers().between(0, 3),
                integers().allPositive()).checkAssert((pick, edits, seed) -> {
                    Random r = new Random(seed);
                    StringBuilder w = new StringBuilder(indexed.get(pick % indexed.size()));
                    for (int e = 0; e < edits; e++) {
                        int at = r.nextInt(w.length() + 1);
                        char c = (char) ('a' + r.nextInt(7));
                        switch (r.nextInt(3)) {
                            case 0 -> w.insert(at, c);
                            case 1 -> w.deleteCharAt(Math.min(at, w.length() - 1));
                            default -> w.setCharAt(Math.min(at, w.length() - 1), c);
                        }
                    }
                    try {
                        assertSameSuggestions(w.toString());
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
        qt().withExamples(500).forAll(strings().betweenCodePoints('a', 'g').ofLengthBetween(5, 16))
                .checkAssert(w -> {
                    try {
                        assertSameSuggestions(w);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    /** The optimal string alignment distance, every cell of the table computed. */
    private static int fullDistance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }

    @Test
    void aCommonEnglishWord_isNotCorrected_whileTyposStillAre() throws IOException {
        // "training", unknown to the index, became "tracing", one index word two edits away.
        try (Directory d = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
                for (String word : List.of("tracing", "kubernetes", "cluster", "postgres", "learning")) {
                    Document doc = new Document();
                    doc.add(new StringField(FIELD, word, Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                SpellCorrector c = new SpellCorrector(Analysis.surface(), Analysis.plain(), List.of(),
                        java.util.Set::of);
                SpellCorrector.Corrected out = c.correct("machine learning training kubernetis clustr postgress", r,
                        new java.util.HashMap<>(), SavedCorrections.UNSAVED);
                assertEquals(java.util.Map.of("kubernetis", "kubernetes", "clustr", "cluster", "postgress",
                        "postgres"), out.corrections());
                assertEquals("machine learning training kubernetes cluster postgres", out.text());
            }
        }
        assertTrue(EnglishWords.contains("training"));
        assertTrue(!EnglishWords.contains("kubernetis") && !EnglishWords.contains("postgress"));
    }

    @Test
    void twoWordsTypedApart_thatMakeOneVocabularyWordWithATypo_areCorrectedToIt() throws IOException {
        // "elastic serch" became "elastic search", and found an Elastic IP and the word "search": nothing about
        // Elasticsearch, which the vocabulary names
        try (Directory d = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
                for (String word : List.of("elastic", "search", "open", "postgres", "cluster")) {
                    Document doc = new Document();
                    doc.add(new StringField(FIELD, word, Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                SpellCorrector c = new SpellCorrector(Analysis.surface(), Analysis.plain(), List.of(),
                        () -> java.util.Set.of("elasticsearch", "opensearch", "kubernetes"));
                SpellCorrector.Corrected out = c.correct("elastic serch clustr", r, new java.util.HashMap<>(),
                        SavedCorrections.UNSAVED);
                assertEquals(java.util.Map.of("elastic serch", "elasticsearch", "clustr", "cluster"),
                        out.corrections());
                assertEquals("elasticsearch cluster", out.text());
                // two known words stay as typed, and a typo near no joined vocabulary word is corrected alone
                assertEquals("open search", c.correct("open search", r, new java.util.HashMap<>(),
                        SavedCorrections.UNSAVED).text());
                assertEquals(java.util.Map.of("postgress", "postgres"), c.correct("open postgress", r,
                        new java.util.HashMap<>(), SavedCorrections.UNSAVED).corrections());
            }
        }
    }

    @Test
    void aTypoTheStemmerMatches_isReportedAsACorrection_butNotAPluralOrAKnownWord() throws IOException {
        // "kubernets" stems as "kubernetes" does, so it was found silently while "kubernetis" said its correction.
        try (Directory d = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
                for (String word : List.of("kubernetes", "subnet", "cluster", "postgres")) {
                    Document doc = new Document();
                    doc.add(new StringField(FIELD, word, Field.Store.NO));
                    for (String stem : SpellCorrector.analyze(Analysis.plain(), word)) {
                        doc.add(new StringField("text", stem, Field.Store.NO));
                    }
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                assertEquals(SpellCorrector.analyze(Analysis.plain(), "kubernetes"),
                        SpellCorrector.analyze(Analysis.plain(), "kubernets"), "the case this test is about");
                SpellCorrector c = new SpellCorrector(Analysis.surface(), Analysis.plain(), List.of("text"),
                        java.util.Set::of);
                SpellCorrector.Corrected out = c.correct("kubernets subnets clusters postgres kubernetis", r,
                        new java.util.HashMap<>(), SavedCorrections.UNSAVED);
                assertEquals(java.util.Map.of("kubernets", "kubernetes", "kubernetis", "kubernetes"),
                        out.corrections());
                assertEquals("kubernetes subnets clusters postgres kubernetes", out.text());
            }
        }
        assertTrue(SpellCorrector.plural("subnets", "subnet") && SpellCorrector.plural("vpc", "vpcs"));
        assertTrue(!SpellCorrector.plural("kubernets", "kubernetes"));
    }

    @Test
    void distance_isTheFullTablesUpToItsBound() {
        assertEquals(1, SpellCorrector.distance("kubernetis", "kubernetes", 2));
        assertEquals(1, SpellCorrector.distance("postgers", "postgres", 2)); // a transposition
        assertEquals(3, SpellCorrector.distance("ab", "bca", 5)); // no edit of an edited letter
        assertEquals(3, SpellCorrector.distance("microservices", "microsoft", 2));
        assertEquals(0, SpellCorrector.distance("", "", 0));
        qt().withExamples(3000).forAll(strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 9),
                strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 9), integers().between(0, 4))
                .checkAssert((a, b, max) -> assertEquals(Math.min(fullDistance(a, b), max + 1),
                        SpellCorrector.distance(a, b, max), a + " " + b + " " + max));
    }

    @Test
    void surfaceWords_areTheSurfaceAnalyzers() {
        Analyzer surface = Analysis.surface();
        assertEquals(List.of("load", "balancer"), SpellCorrector.surfaceWords(surface, "load balancer"));
        assertEquals(List.of("ec2"), SpellCorrector.surfaceWords(surface, "ec2"));
        for (String t : List.of("", " ", "a  b", " a", "a ", "Load-Balancer", "café", "s3://x", "k8s")) {
            assertEquals(SpellCorrector.analyze(surface, t), SpellCorrector.surfaceWords(surface, t), t);
        }
        String longWord = "a".repeat(300);
        assertEquals(SpellCorrector.analyze(surface, longWord), SpellCorrector.surfaceWords(surface, longWord));
        assertTrue(SpellCorrector.surfaceWords(surface, longWord).size() > 1, "the tokenizer cuts long words");
        qt().withExamples(2000).forAll(strings().betweenCodePoints(0x1f, 0x7f).ofLengthBetween(0, 30))
                .checkAssert(t -> assertEquals(SpellCorrector.analyze(surface, t),
                        SpellCorrector.surfaceWords(surface, t), t));
        // Vocabulary-like terms: lower-case words and digits between single spaces.
        qt().withExamples(1000).forAll(strings().betweenCodePoints('0', 'z').ofLengthBetween(1, 20))
                .checkAssert(t -> {
                    String term = String.join(" ", Arrays.stream(t.split("[^a-z0-9]+"))
                            .filter(x -> !x.isEmpty()).toList());
                    assertEquals(SpellCorrector.analyze(surface, term), SpellCorrector.surfaceWords(surface, term),
                            term);
                });
    }
}
