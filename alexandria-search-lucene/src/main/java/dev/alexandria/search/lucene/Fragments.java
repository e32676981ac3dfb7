package dev.alexandria.search.lucene;

import dev.alexandria.spi.search.Highlight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Explains a hit: re-analyzes a stored field value with the index analyzer and marks the words whose analyzed
 * form is one the query looked for (the user's words, their corrections and their synonyms). The fragment is a
 * window of about {@value #FRAGMENT_CHARS} characters starting a little before the first match; analysis stops
 * once the window is past, so a long README costs little.
 */
final class Fragments {

    static final int FRAGMENT_CHARS = 160;
    private static final int LEAD = 50;

    private Fragments() {
    }

    /**
     * @param terms the analyzed words to mark (a {@link CharArraySet}, so that each token is looked up without
     *              making a string of it)
     */
    static Optional<Highlight> highlight(Analyzer analyzer, String field, String value, CharArraySet terms) {
        List<int[]> spans = new ArrayList<>();
        int windowEnd = Integer.MAX_VALUE;
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
                if (end > start && end <= value.length() && terms.contains(term.buffer(), 0, term.length())) {
                    if (spans.isEmpty()) {
                        windowEnd = fragmentStart(value, start) + FRAGMENT_CHARS;
                    }
                    spans.add(new int[] {start, end});
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
