package dev.alexandria.core.internal.discovery;

import java.util.Locale;
import java.util.Set;

/**
 * What prose says a module does not have. "No NAT, no endpoints", "without a NAT gateway", "not encrypted" and
 * "does not create IAM roles" name a thing the module lacks; indexed as words, they made a module that says it has
 * no NAT the best match of a search for one. {@link #blanked} blanks each negation and its scope with spaces of the
 * same length, so no backend indexes the negated words (nor can mark them in a highlight) and every other
 * character keeps its offset.
 *
 * <p>A negation is {@code no}, {@code not}, {@code without}, {@code never}, {@code cannot} or a word ending in
 * {@code n't}. Its scope is short: the words after it, at most {@link #MAX_SCOPE}, up to a punctuation mark, a line
 * break, a conjunction, a preposition that starts another phrase, a pronoun or an auxiliary verb ("no NAT gateway
 * in the public subnets" negates "NAT gateway", not the subnets). A word joined by a hyphen is no negation
 * ("no-op", "non-production"), nor is a word containing one ("NoSQL", "notification"), nor a negation that does not
 * say something is missing ("not only", "not just", "no more than", "whether or not").
 */
final class Negation {

    /** The most words a negation's scope holds. */
    static final int MAX_SCOPE = 5;

    private static final Set<String> CUES = Set.of("no", "not", "without", "never", "cannot");
    /** Words after which a negation says nothing is missing ("not only X but also Y", "no more than three"). */
    private static final Set<String> NOT_MISSING = Set.of("only", "just", "merely", "more", "less", "fewer", "later",
            "earlier", "matter", "doubt", "necessarily", "always", "limited");
    /** Words that end a negation's scope. */
    private static final Set<String> SCOPE_END = Set.of(
            // conjunctions and relative words
            "and", "or", "but", "nor", "yet", "so", "because", "since", "while", "whereas", "although", "though",
            "which", "that", "who", "whose", "where", "when", "if", "unless", "than", "then", "instead", "except",
            // prepositions that start another phrase
            "in", "on", "at", "for", "with", "within", "from", "by", "into", "onto", "via", "per", "across",
            "through", "between", "behind", "inside", "outside", "over", "under", "using",
            // pronouns and auxiliary verbs: the start of another clause
            "it", "its", "this", "these", "those", "they", "we", "you", "i", "is", "are", "was", "were", "be", "been",
            "will", "would", "can", "could", "should", "must", "may", "might", "has", "have", "had");

    private Negation() {
    }

    /**
     * @param text prose (a description, a README's prose)
     * @return the text with each negation and its scope blanked with spaces of the same length; the text itself
     *         when it has none
     */
    static String blanked(String text) {
        StringBuilder out = null;
        int n = text.length();
        int i = 0;
        String previous = "";
        while (i < n) {
            int start = wordStart(text, i);
            if (start >= n) {
                break;
            }
            int end = wordEnd(text, start);
            String word = text.substring(start, end).toLowerCase(Locale.ROOT).replace('’', '\'');
            i = end;
            if (!isCue(text, start, end, word, previous)) {
                previous = word;
                continue;
            }
            int scopeEnd = end;
            int j = end;
            for (int words = 0; words < MAX_SCOPE; words++) {
                int next = wordStart(text, j);
                if (next >= n || breaksScope(text, j, next)) {
                    break;
                }
                int nextEnd = wordEnd(text, next);
                String w = text.substring(next, nextEnd).toLowerCase(Locale.ROOT);
                if (SCOPE_END.contains(w) || (words == 0 && NOT_MISSING.contains(w))) {
                    if (words == 0 && NOT_MISSING.contains(w)) {
                        scopeEnd = -1;
                    }
                    break;
                }
                scopeEnd = nextEnd;
                j = nextEnd;
            }
            if (scopeEnd < 0) {
                previous = word;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int k = start; k < scopeEnd; k++) {
                if (!Character.isWhitespace(text.charAt(k))) {
                    out.setCharAt(k, ' ');
                }
            }
            i = scopeEnd;
            previous = "";
        }
        return out == null ? text : out.toString();
    }

    /** Whether the word at start..end negates what follows it. */
    private static boolean isCue(String text, int start, int end, String word, String previous) {
        if (!CUES.contains(word) && !word.endsWith("n't")) {
            return false;
        }
        if ((start > 0 && isJoiner(text.charAt(start - 1))) || (end < text.length() && isJoiner(text.charAt(end)))) {
            return false; // no-op, non-production, opt-not
        }
        return !(word.equals("not") && (previous.equals("or") || previous.equals("if")));
    }

    /** Whether the characters between two words end a scope: anything but blanks within one line. */
    private static boolean breaksScope(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || !Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '_' || c == '/' || c == '.';
    }

    /** The start of the next word at or after i: a letter or digit. */
    private static int wordStart(String text, int i) {
        int n = text.length();
        while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the word starting at i: letters and digits, with an apostrophe inside ("doesn't"). */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '\'' || c == '’') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
