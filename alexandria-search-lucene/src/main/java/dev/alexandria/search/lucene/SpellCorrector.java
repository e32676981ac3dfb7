package dev.alexandria.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Typo tolerance: a query word that matches nothing is read as the closest word that does.
 *
 * <p>Only words of five or more letters are corrected (one edit for five to seven letters, two from eight), only
 * when the word is unknown both to the index (in any text field, after stemming) and to the vocabulary, and
 * only towards words of the index ({@value LuceneSearchIndex#SPELL_FIELD}: the documents' own words, unstemmed) or
 * of the vocabulary. Correction happens before the synonym graph, so a synonym is never fuzzy-matched:
 * {@code pg} and {@code db} stay exact, while {@code postgress} becomes {@code postgres} and then brings its
 * synonyms. Corrections are reported with the results.
 */
final class SpellCorrector {

    static final int MIN_LENGTH = 5;
    /** Words whose correction is remembered per reader; beyond this, looked up each time. */
    static final int MAX_CACHED = 10_000;

    private final Analyzer surface;
    private final Analyzer plain;
    private final Collection<String> textFields;
    private final Supplier<Set<String>> vocabularyWordsSupplier;
    private volatile Set<String> vocabularyWords;

    /**
     * @param vocabularyWords the vocabulary's words, analyzed with {@code surface}; asked for only when a word is
     *                        first looked up (most searches need no correction)
     */
    SpellCorrector(Analyzer surface, Analyzer plain, Collection<String> textFields,
                   Supplier<Set<String>> vocabularyWords) {
        this.surface = surface;
        this.plain = plain;
        this.textFields = textFields;
        this.vocabularyWordsSupplier = vocabularyWords;
    }

    private Set<String> vocabularyWords() {
        Set<String> v = vocabularyWords;
        if (v == null) {
            v = Set.copyOf(vocabularyWordsSupplier.get());
            vocabularyWords = v;
        }
        return v;
    }

    /** The text to search for, and each corrected word with the word it became. */
    record Corrected(String text, Map<String, String> corrections) {
    }

    /**
     * @param cache the corrections already looked up in this reader (a word with no correction maps to empty);
     *              kept by the caller as long as the reader, and shared by concurrent searches
     */
    Corrected correct(String text, IndexReader reader, Map<String, Optional<String>> cache) {
        List<String> words = analyze(surface, text);
        Map<String, String> corrections = new LinkedHashMap<>();
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String fixed = corrections.computeIfAbsent(w, k -> {
                Optional<String> known = cache.get(k);
                if (known == null) {
                    known = Optional.ofNullable(correction(k, reader));
                    if (cache.size() < MAX_CACHED) {
                        cache.put(k, known);
                    }
                }
                return known.orElse(null);
            });
            out.add(fixed == null ? w : fixed);
        }
        corrections.values().removeIf(v -> v == null);
        if (corrections.isEmpty()) {
            return new Corrected(text, Map.of());
        }
        return new Corrected(String.join(" ", out), corrections);
    }

    private String correction(String word, IndexReader reader) {
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        try {
            if (reader.docFreq(new Term(LuceneSearchIndex.SPELL_FIELD, word)) > 0) {
                return null;
            }
            for (String stemmed : analyze(plain, word)) {
                for (String field : textFields) {
                    if (reader.docFreq(new Term(field, stemmed)) > 0) {
                        return null;
                    }
                }
            }
            if (vocabularyWords().contains(word)) {
                return null;
            }
            int maxEdits = word.length() >= 8 ? 2 : 1;
            DirectSpellChecker checker = new DirectSpellChecker();
            checker.setMaxEdits(maxEdits);
            checker.setMinQueryLength(MIN_LENGTH);
            checker.setAccuracy(0.0f);
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            int bestFreq = -1;
            for (SuggestWord s : checker.suggestSimilar(new Term(LuceneSearchIndex.SPELL_FIELD, word), 5, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                int d = distance(word, s.string);
                if (d <= maxEdits && (d < bestDistance || (d == bestDistance && s.freq > bestFreq))) {
                    best = s.string;
                    bestDistance = d;
                    bestFreq = s.freq;
                }
            }
            for (String v : vocabularyWords()) {
                if (Math.abs(v.length() - word.length()) > maxEdits || v.length() < MIN_LENGTH - 1) {
                    continue;
                }
                int d = distance(word, v);
                if (d > maxEdits || d > bestDistance) {
                    continue; // its frequency (a seek in the terms) decides nothing
                }
                int freq = reader.docFreq(new Term(LuceneSearchIndex.SPELL_FIELD, v));
                if (d < bestDistance || freq > bestFreq) {
                    best = v;
                    bestDistance = d;
                    bestFreq = freq;
                }
            }
            return best;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index's words failed", e);
        }
    }

    static List<String> analyze(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing the query failed", e);
        }
        return out;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
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
}
