package dev.alexandria.spi.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The words a search should treat as related: groups of synonyms ({@code k8s}, {@code kubernetes}) and broader
 * terms that also find narrower ones ({@code database} finds {@code postgresql}). Terms are one or more words
 * ({@code load balancer}); a backend analyzes them the way it analyzes text, so {@code Load-Balancers} and
 * {@code load balancer} are the same term for it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param synonyms  groups of terms that mean the same thing, in any direction
 * @param narrower  one-way expansions: a query for the broader term also finds the narrower ones
 * @since 0.1.0
 */
public record Vocabulary(List<SynonymGroup> synonyms, List<Narrower> narrower) {

    private static final Vocabulary EMPTY = new Vocabulary(List.of(), List.of());

    /**
     * Validates and copies the components.
     *
     * @param synonyms groups of equivalent terms
     * @param narrower one-way expansions
     */
    public Vocabulary {
        synonyms = List.copyOf(Objects.requireNonNull(synonyms, "synonyms"));
        narrower = List.copyOf(Objects.requireNonNull(narrower, "narrower"));
    }

    /** @return a vocabulary without synonyms */
    public static Vocabulary empty() {
        return EMPTY;
    }

    /** @return every term named anywhere in this vocabulary, normalized, in first-seen order */
    public Set<String> terms() {
        Set<String> all = new LinkedHashSet<>();
        synonyms.forEach(g -> all.addAll(g.terms()));
        narrower.forEach(n -> {
            all.add(n.term());
            all.addAll(n.narrower());
        });
        return all;
    }

    /**
     * Terms that mean the same thing.
     *
     * @param terms at least two distinct terms, normalized (trimmed, lower-case, single spaces)
     * @since 0.1.0
     */
    public record SynonymGroup(List<String> terms) {

        /**
         * Normalizes, de-duplicates and validates the terms.
         *
         * @param terms at least two distinct terms
         * @throws IllegalArgumentException if a term is blank or fewer than two distinct terms remain
         */
        public SynonymGroup {
            terms = normalize(terms, "terms");
            if (terms.size() < 2) {
                throw new IllegalArgumentException("a synonym group needs at least two distinct terms: " + terms);
            }
        }

        /**
         * @param terms at least two distinct terms
         * @return a group
         */
        public static SynonymGroup of(String... terms) {
            return new SynonymGroup(List.of(terms));
        }
    }

    /**
     * A broader term and the narrower terms a query for it also finds (not the other way round).
     *
     * @param term     the broader term, normalized
     * @param narrower the narrower terms, normalized, at least one, not containing {@code term}
     * @since 0.1.0
     */
    public record Narrower(String term, List<String> narrower) {

        /**
         * Normalizes and validates the components.
         *
         * @param term the broader term
         * @param narrower the narrower terms
         * @throws IllegalArgumentException if a term is blank or there is no narrower term other than the term
         */
        public Narrower {
            term = normalize(List.of(Objects.requireNonNull(term, "term")), "term").get(0);
            List<String> n = new ArrayList<>(normalize(narrower, "narrower"));
            n.remove(term);
            if (n.isEmpty()) {
                throw new IllegalArgumentException("'" + term + "' needs at least one narrower term");
            }
            narrower = List.copyOf(n);
        }

        /**
         * @param term     the broader term
         * @param narrower the narrower terms
         * @return an expansion
         */
        public static Narrower of(String term, String... narrower) {
            return new Narrower(term, List.of(narrower));
        }
    }

    /**
     * The text with each run of white space ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage
     * return) made one space, as {@code replaceAll("\s+", " ")} does, without compiling a pattern per term.
     */
    private static String singleSpaced(String s) {
        StringBuilder out = null;
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && (inSpace || c != ' ') && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null && !(space && inSpace)) {
                out.append(space ? ' ' : c);
            }
            inSpace = space;
        }
        return out == null ? s : out.toString();
    }

    static List<String> normalize(List<String> terms, String name) {
        Objects.requireNonNull(terms, name);
        Set<String> out = new LinkedHashSet<>();
        for (String t : terms) {
            Objects.requireNonNull(t, name + " contains null");
            String n = singleSpaced(t.strip().toLowerCase(Locale.ROOT));
            if (n.isEmpty()) {
                throw new IllegalArgumentException(name + " contains a blank term");
            }
            out.add(n);
        }
        return List.copyOf(out);
    }
}
