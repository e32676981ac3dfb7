package dev.alexandria.core.internal.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The in-memory backend's analysis: lower-case runs of letters and digits (so {@code kebab-case} and
 * {@code snake_case} split into words), with a plural {@code s} folded away. Deliberately simple: the Lucene
 * backend is the one that knows English and infrastructure vocabulary.
 */
final class Words {

    private Words() {
    }

    /** A word and where it is in the text. */
    record Word(String term, int start, int end) {
    }

    static List<Word> split(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new Word(fold(text.substring(start, i)), start, i));
            }
        }
        return out;
    }

    static List<String> terms(String text) {
        List<Word> words = split(text);
        List<String> out = new ArrayList<>(words.size());
        words.forEach(w -> out.add(w.term()));
        return out;
    }

    static String fold(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
