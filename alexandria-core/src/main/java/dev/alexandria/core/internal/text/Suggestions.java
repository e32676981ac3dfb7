package dev.alexandria.core.internal.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" by edit distance, for every package's messages about unknown names. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to the query, if it is within a third of the query's length (at least 2 edits); ties
     * go to the candidate first in alphabetical order. Case is ignored ({@code VPC-Standard} means
     * {@code vpc-standard}, which a case-sensitive distance would tie with {@code eks-standard}).
     *
     * @param query      the name that was not found
     * @param candidates the known names
     * @return the closest known name, if one is close enough
     */
    public static Optional<String> closest(String query, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(2, query.length() / 3);
        String q = query.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(q, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * The Levenshtein distance: the fewest single-character insertions, deletions and substitutions that turn
     * one string into the other.
     *
     * @param a a string
     * @param b another
     * @return the distance; {@code Integer.MAX_VALUE / 2} when either is longer than 256 characters (no name is)
     */
    public static int distance(String a, String b) {
        if (a.length() > 256 || b.length() > 256) {
            return Integer.MAX_VALUE / 2;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
