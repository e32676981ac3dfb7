package dev.alexandria.search.lucene;

import dev.alexandria.spi.search.Highlight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Explains a hit: re-analyzes a stored field value with the index analyzer and marks the words whose analyzed
 * form is one the query looked for (the user's words, their corrections and their synonyms), and the phrases it
 * looked for where their words stand together: a multi-word synonym ({@code elastic kubernetes service} for
 * {@code kubernetes}) is matched by the query as a phrase ({@link QueryPlanner}), so its words alone
 * ("elastic" of an Elastic IP, "service" anywhere) are no match and are not marked. The fragment is a window of
 * about {@value #FRAGMENT_CHARS} characters starting a little before the first match; analysis stops once the
 * window is past, so a long README costs little.
 */
final class Fragments {

    static final int FRAGMENT_CHARS = 160;
    private static final int LEAD = 50;

    private Fragments() {
    }

    /**
     * What a query marks: its single words anywhere, and its phrases where their words are consecutive tokens —
     * the positions a {@link org.apache.lucene.search.PhraseQuery} of them matches, as the index analyzer leaves
     * no position gaps.
     */
    static final class Marks {
        /** The analyzed words marked wherever they are (a {@link CharArraySet}: a token is looked up as it is). */
        final CharArraySet words;
        /** The phrases by their last word: a phrase is checked when its last word is met. */
        final CharArrayMap<List<String[]>> phrasesByLast;
        /** The most words of a phrase: how many tokens are kept to check one. */
        final int longest;

        /**
         * @param words   analyzed words that match alone
         * @param phrases analyzed phrases of two or more words that match only as phrases
         */
        Marks(Collection<String> words, Collection<List<String>> phrases) {
            this.words = new CharArraySet(words, false);
            this.phrasesByLast = new CharArrayMap<>(phrases.size(), false);
            int max = 0;
            for (List<String> p : phrases) {
                String last = p.get(p.size() - 1);
                List<String[]> ending = phrasesByLast.get(last);
                if (ending == null) {
                    ending = new ArrayList<>();
                    phrasesByLast.put(last, ending);
                }
                ending.add(p.toArray(String[]::new));
                max = Math.max(max, p.size());
            }
            this.longest = max;
        }
    }

    /**
     * @param marked the words and phrases to mark
     */
    static Optional<Highlight> highlight(Analyzer analyzer, String field, String value, Marks marked) {
        List<int[]> spans = new ArrayList<>();
        int windowEnd = Integer.MAX_VALUE;
        // The last tokens and their start offsets, for the phrases (a ring of marked.longest).
        String[] recent = marked.longest > 0 ? new String[marked.longest] : null;
        int[] recentStart = marked.longest > 0 ? new int[marked.longest] : null;
        int seen = 0;
        try (TokenStream ts = analyzer.tokenStream(field, value)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (start >= windowEnd) {
                    break;
                }
                boolean valid = end > start && end <= value.length();
                int from = -1;
                if (valid && marked.words.contains(term.buffer(), 0, term.length())) {
                    from = start;
                }
                if (recent != null) {
                    int at = seen % recent.length;
                    recent[at] = term.toString();
                    recentStart[at] = start;
                    seen++;
                    List<String[]> ending = marked.phrasesByLast.get(term.buffer(), 0, term.length());
                    if (valid && ending != null) {
                        for (String[] phrase : ending) {
                            int first = phraseStart(phrase, recent, recentStart, seen);
                            if (first >= 0 && (from < 0 || first < from)) {
                                from = first;
                            }
                        }
                    }
                }
                if (from >= 0) {
                    if (spans.isEmpty()) {
                        windowEnd = fragmentStart(value, from) + FRAGMENT_CHARS;
                    }
                    spans.add(new int[] {from, end});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("highlighting failed", e);
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        int from = fragmentStart(value, spans.get(0)[0]);
        int to = Math.min(value.length(), from + FRAGMENT_CHARS);
        List<Highlight.Span> marks = new ArrayList<>();
        int lastEnd = -1;
        for (int[] s : spans) {
            if (s[1] > to) {
                break;
            }
            if (s[0] < lastEnd) {
                // Overlapping tokens (a joined word and its parts): extend the previous mark.
                if (s[1] > lastEnd) {
                    Highlight.Span prev = marks.remove(marks.size() - 1);
                    marks.add(new Highlight.Span(prev.start(), s[1] - from));
                    lastEnd = s[1];
                }
                continue;
            }
            marks.add(new Highlight.Span(s[0] - from, s[1] - from));
            lastEnd = s[1];
        }
        String fragment = value.substring(from, to);
        return Optional.of(new Highlight(field, fragment, marks));
    }

    /**
     * @param seen how many tokens were read, the last of them the phrase's last word
     * @return the start offset of the phrase when the last tokens read are its words, else -1
     */
    private static int phraseStart(String[] phrase, String[] recent, int[] recentStart, int seen) {
        if (phrase.length > seen) {
            return -1;
        }
        int ring = recent.length;
        for (int k = 0; k < phrase.length - 1; k++) {
            if (!phrase[k].equals(recent[(seen - phrase.length + k) % ring])) {
                return -1;
            }
        }
        return recentStart[(seen - phrase.length) % ring];
    }

    /** A little before the first match, at a word boundary. */
    private static int fragmentStart(String value, int firstMatch) {
        if (firstMatch <= LEAD) {
            return 0;
        }
        int from = firstMatch - LEAD;
        while (from < firstMatch && !Character.isWhitespace(value.charAt(from - 1))) {
            from++;
        }
        return from;
    }
}
