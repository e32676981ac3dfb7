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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Typo tolerance: a query word that matches nothing is read as the closest word that does.
 *
 * <p>Only words of five or more letters are corrected (one edit for five to seven letters, two from eight), only
 * when the word is unknown both to the index (in any text field, after stemming) and to the vocabulary, is not a
 * common English word ({@link EnglishWords}: "training" is no typo of "tracing"), and
 * only towards words of the index ({@value LuceneSearchIndex#SPELL_FIELD}: the documents' own words, unstemmed) or
 * of the vocabulary. Correction happens before the synonym graph, so a synonym is never fuzzy-matched:
 * {@code pg} and {@code db} stay exact, while {@code postgress} becomes {@code postgres} and then brings its
 * synonyms. Corrections are reported with the results. A word unknown to the index as typed whose stem it knows
 * ("kubernets", stemmed as "kubernetes" is) is found without correcting it, but is reported as a typo all the same
 * when a word of the index or vocabulary one edit away has the same stem (and it is no common English word, nor
 * that word with or without a plural {@code s}: "subnets" is found by "subnet" and is no typo).
 *
 * <p>Every word's answer is remembered for as long as the reader (up to {@value #MAX_CACHED} words). What Lucene's
 * spelling checker answered for a word unknown to the index is also kept, for a persisted index, in the index folder
 * for the commit it was computed on ({@link SavedCorrections}), so that a command run in a fresh JVM does not ask the
 * checker again about a word an earlier command asked about; Lucene still decides every correction.
 */
final class SpellCorrector {

    static final int MIN_LENGTH = 5;
    /** Words of this many letters or more may be corrected by two edits; shorter ones by one. */
    static final int TWO_EDITS_FROM = 8;
    /** How many of the spelling checker's suggestions are weighed. */
    static final int SUGGESTIONS = 5;
    /** Words whose correction is remembered per reader; beyond this, looked up each time. */
    static final int MAX_CACHED = 10_000;

    private final Analyzer surface;
    private final Analyzer plain;
    private final Collection<String> textFields;
    private final Supplier<Set<String>> vocabularyWordsSupplier;
    private volatile Set<String> vocabularyWords;
    /** How many times Lucene's spelling checker was asked, for tests to see when a saved answer served. */
    private final AtomicInteger spellChecks = new AtomicInteger();

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
     * @param saved the answers of the spelling checker saved for this reader's commit, asked before the checker is,
     *              given its new answers, and written when this text added any
     */
    Corrected correct(String text, IndexReader reader, Map<String, Optional<String>> cache, SavedCorrections saved) {
        List<String> words = analyze(surface, text);
        Map<String, String> corrections = new LinkedHashMap<>();
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String fixed = corrections.computeIfAbsent(w, k -> {
                Optional<String> known = cache.get(k);
                if (known == null) {
                    known = Optional.ofNullable(correction(k, reader, saved));
                    if (cache.size() < MAX_CACHED) {
                        cache.put(k, known);
                    }
                }
                return known.orElse(null);
            });
            out.add(fixed == null ? w : fixed);
        }
        saved.saveIfAdded();
        joinSplitWords(words, out, corrections);
        corrections.values().removeIf(v -> v == null);
        if (corrections.isEmpty()) {
            return new Corrected(text, Map.of());
        }
        return new Corrected(String.join(" ", out), corrections);
    }

    /**
     * Two words typed apart that make one word of the vocabulary, one of them a typo: "elastic serch" is
     * "elasticsearch" (within one edit of the two joined), not "elastic search", whose words each find something else
     * (an Elastic IP, the word "search"). Only where a word of the pair was corrected (so "open search", two known
     * words, stays as typed), and only towards a vocabulary word of {@value #TWO_EDITS_FROM} letters or more. The
     * pair is reported as one correction ({@code elastic serch} → {@code elasticsearch}) and its words' own
     * corrections are dropped.
     */
    private void joinSplitWords(List<String> words, List<String> out, Map<String, String> corrections) {
        if (corrections.values().stream().allMatch(v -> v == null)) {
            return;
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            String a = words.get(i);
            String b = words.get(i + 1);
            if (corrections.get(a) == null && corrections.get(b) == null) {
                continue;
            }
            String joined = a + b;
            if (joined.length() < TWO_EDITS_FROM || !joined.chars().allMatch(Character::isLetter)) {
                continue;
            }
            String best = null;
            for (String v : vocabularyWords()) {
                if (v.length() >= TWO_EDITS_FROM && distance(joined, v, 1) <= 1
                        && (best == null || distance(joined, v, 1) < distance(joined, best, 1))) {
                    best = v;
                }
            }
            if (best != null) {
                out.set(i, best);
                out.remove(i + 1);
                words = new ArrayList<>(words);
                words.set(i, a + " " + b);
                words.remove(i + 1);
                if (!words.contains(a)) {
                    corrections.remove(a);
                }
                if (!words.contains(b)) {
                    corrections.remove(b);
                }
                corrections.put(a + " " + b, best);
            }
        }
    }

    /** How many times Lucene's spelling checker was asked since this corrector was made. */
    int spellChecks() {
        return spellChecks.get();
    }

    private String correction(String word, IndexReader reader, SavedCorrections saved) {
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        try {
            if (reader.docFreq(new Term(LuceneSearchIndex.SPELL_FIELD, word)) > 0) {
                return null;
            }
            boolean stemKnown = false;
            List<String> stems = analyze(plain, word);
            for (String stemmed : stems) {
                for (String field : textFields) {
                    stemKnown |= reader.docFreq(new Term(field, stemmed)) > 0;
                }
            }
            // A correctly spelt common English word is no typo, whatever index word is near it: "training" is not
            // "tracing". Asked before a saved answer, which an earlier build may have saved.
            if (EnglishWords.contains(word)) {
                return null;
            }
            // Unknown to the index as typed: what follows depends only on the commit's words and the vocabulary,
            // which is what a saved answer is for. A word whose stem the index knows ("kubernets" stems as
            // "kubernetes" does) is found without a correction, but is still a typo when a word of the index is one
            // edit away with the same stem: the correction says so, and searches for the same terms.
            Optional<String> answer = saved.get(word);
            if (answer == null) {
                answer = Optional.ofNullable(stemKnown ? sameStemCorrection(word, stems, reader)
                        : unknownWordCorrection(word, reader));
                saved.put(word, answer);
            }
            return answer.orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index's words failed", e);
        }
    }

    /**
     * The correction of a word unknown to the index as typed but not after stemming: the word of the index or of
     * the vocabulary one edit away whose stems are the word's (so the search finds what it found), the most
     * frequent first; none for a word of the vocabulary.
     */
    private String sameStemCorrection(String word, List<String> stems, IndexReader reader) throws IOException {
        if (vocabularyWords().contains(word)) {
            return null;
        }
        DirectSpellChecker checker = new OnePassChecker();
        checker.setMaxEdits(1);
        checker.setMinQueryLength(MIN_LENGTH);
        checker.setAccuracy(0.0f);
        String best = null;
        int bestFreq = -1;
        spellChecks.incrementAndGet();
        for (SuggestWord s : checker.suggestSimilar(new Term(LuceneSearchIndex.SPELL_FIELD, word), SUGGESTIONS,
                reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
            if (s.freq > bestFreq && distance(word, s.string, 1) <= 1 && !plural(word, s.string)
                    && analyze(plain, s.string).equals(stems)) {
                best = s.string;
                bestFreq = s.freq;
            }
        }
        for (String v : vocabularyWords()) {
            if (Math.abs(v.length() - word.length()) > 1 || distance(word, v, 1) > 1 || plural(word, v)
                    || !analyze(plain, v).equals(stems)) {
                continue;
            }
            int freq = reader.docFreq(new Term(LuceneSearchIndex.SPELL_FIELD, v));
            if (freq > bestFreq) {
                best = v;
                bestFreq = freq;
            }
        }
        return best;
    }

    /** Whether one word is the other with a plural {@code s}: "subnets" is no typo of "subnet". */
    static boolean plural(String a, String b) {
        return a.equals(b + "s") || b.equals(a + "s");
    }

    /** The correction of a word of the right length that the index does not know, asking Lucene's checker. */
    private String unknownWordCorrection(String word, IndexReader reader) throws IOException {
        if (vocabularyWords().contains(word)) {
            return null;
        }
        int maxEdits = word.length() >= TWO_EDITS_FROM ? 2 : 1;
        DirectSpellChecker checker = new OnePassChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinQueryLength(MIN_LENGTH);
        checker.setAccuracy(0.0f);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestFreq = -1;
        spellChecks.incrementAndGet();
        for (SuggestWord s : checker.suggestSimilar(new Term(LuceneSearchIndex.SPELL_FIELD, word), SUGGESTIONS,
                reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
            int d = distance(word, s.string, maxEdits);
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
            int d = distance(word, v, Math.min(maxEdits, bestDistance));
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
    }

    /**
     * Lucene's spelling checker, enumerating the index's words once. Asked for two edits, {@link DirectSpellChecker}
     * first collects the words one edit away and then, unless it found its inspection limit of them, every word
     * within two edits, and keeps the union: each pass builds the edit-distance automata up to its distance (for a
     * query word no index word is close to, the dearest part of a correction, and code a short command runs cold).
     * The second pass alone finds the same words: those one edit away with the same scores, which are above any word's
     * two edits away (1 - 1/(n-1) against at most 1 - 2/n, for words of n &gt; 2 letters), so its top words are the
     * first pass's when that one found its limit, and include all of them when it did not. This checker leaves out
     * the first pass, so it builds the automata of distances 0 and 1 once instead of twice; its suggestions are the
     * library's own ({@code SpellCorrectorTest} compares both on many words). It keeps the default minimum prefix (1),
     * under which both passes read the same words.
     */
    static final class OnePassChecker extends DirectSpellChecker {

        @Override
        protected Collection<ScoreTerm> suggestSimilar(Term term, int numSug, IndexReader ir, int docfreq,
                int editDistance, float accuracy, CharsRefBuilder spare) throws IOException {
            if (editDistance < getMaxEdits()) {
                return List.of();
            }
            return super.suggestSimilar(term, numSug, ir, docfreq, editDistance, accuracy, spare);
        }
    }

    /**
     * The words of a text as {@code surface} (the {@link Analysis#surface()} chain) makes them: a text of only the
     * ASCII letters a to z, digits and single spaces between words, as the vocabulary's normalized terms are, is
     * split at its spaces without running the analyzer (the chain keeps such words as they are); any other text goes
     * through it.
     *
     * @param surface the surface analyzer
     * @param text    a text
     * @return its words, in order
     */
    static List<String> surfaceWords(Analyzer surface, String text) {
        int n = text.length();
        if (n == 0 || n > MAX_PLAIN_CHARS || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return analyze(surface, text);
        }
        List<String> out = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == start) {
                    return analyze(surface, text); // two spaces in a row
                }
                out.add(text.substring(start, i));
                start = i + 1;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return analyze(surface, text);
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /** Below the tokenizer's longest word (255 characters), so a plain text's words are never cut. */
    private static final int MAX_PLAIN_CHARS = 255;

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

    /**
     * Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions, of
     * {@code char}s, computed only as far as it can still be {@code max} or less.
     *
     * @return the distance when it is {@code max} or less, else {@code max + 1}
     */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] twoBack = new int[m + 1];
        int[] back = new int[m + 1];
        int[] row = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            back[j] = j;
        }
        int backMin = 0;
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            row[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int v = Math.min(Math.min(back[j] + 1, row[j - 1] + 1), back[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, twoBack[j - 2] + 1);
                }
                row[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            // A cell is one of the row above's plus 0 or 1, its left neighbour's plus 1, or two rows up's plus 1.
            if (rowMin > max && backMin >= max) {
                return max + 1;
            }
            int[] free = twoBack;
            twoBack = back;
            back = row;
            row = free;
            backMin = rowMin;
        }
        return Math.min(back[m], max + 1);
    }
}
