package dev.alexandria.api.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a search found: one page of hits, the total number of matches, how the matches spread over layers,
 * categories, maturity levels, complexity tiers, cost categories and tags, and notes on how the query was read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param query       the words searched for, as given
 * @param hits        the requested page of hits, best first (or in the requested order)
 * @param total       how many modules match, on all pages
 * @param facets      the counts of every match by layer, category, maturity, complexity, cost category and tag
 * @param withoutCost how many modules matched everything but a maximum monthly cost, because they declare no
 *                    cost; 0 when no maximum was asked for
 * @param corrections query words read as other words (a misspelling to the word searched for)
 * @param backend     the name of the search backend that answered ({@code alexandria-lucene})
 * @param leftOut     for each condition of the search that left out modules matching the words, which and how
 *                    many (see {@link LeftOut}), in the order deprecated, maturity, layer, category, complexity,
 *                    tags, cost; conditions that left out none are not listed, and archived modules are never
 *                    counted
 * @param didYouMean  when nothing matches the words at all: the words with each one no module's id, name or tag
 *                    holds replaced by the nearest such word, if that text matches a module under the same
 *                    conditions; else empty
 * @param unmatched   when nothing matches the words at all: each word of the query, as typed and in its order,
 *                    that no module of the library mentions, whatever the conditions (words as common as "the",
 *                    which are never searched for, are not listed); else empty
 * @since 0.1.0
 */
public record SearchResult(String query, List<Hit> hits, long total, Facets facets, long withoutCost,
                           Map<String, String> corrections, String backend, List<LeftOut> leftOut,
                           Optional<String> didYouMean, List<String> unmatched) {

    /**
     * Validates and copies the components.
     *
     * @param query the words searched for
     * @param hits the page of hits
     * @param total how many modules match
     * @param facets the counts of every match
     * @param withoutCost how many were left out for declaring no cost
     * @param corrections misspelled word to the word searched for
     * @param backend the backend's name
     * @param leftOut what each condition alone left out
     * @param didYouMean the text to search for instead, when nothing matches
     * @param unmatched the query's words no module mentions, when nothing matches
     * @throws IllegalArgumentException if a count is negative or the total is below the number of hits
     * @since 0.5.0
     */
    public SearchResult {
        Objects.requireNonNull(query, "query");
        hits = Checks.list(hits, "hits");
        Objects.requireNonNull(facets, "facets");
        corrections = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(corrections,
                "corrections")));
        Checks.notBlank(backend, "backend");
        leftOut = Checks.list(leftOut, "leftOut");
        Objects.requireNonNull(didYouMean, "didYouMean");
        unmatched = Checks.list(unmatched, "unmatched");
        if (total < hits.size() || withoutCost < 0) {
            throw new IllegalArgumentException("total " + total + " must be at least the " + hits.size()
                    + " hits, and withoutCost " + withoutCost + " not negative");
        }
    }

    /**
     * A result that names no unmatched word.
     *
     * @param query the words searched for
     * @param hits the page of hits
     * @param total how many modules match
     * @param facets the counts of every match
     * @param withoutCost how many were left out for declaring no cost
     * @param corrections misspelled word to the word searched for
     * @param backend the backend's name
     * @param leftOut what each condition alone left out
     * @param didYouMean the text to search for instead, when nothing matches
     * @throws IllegalArgumentException if a count is negative or the total is below the number of hits
     * @since 0.5.0
     */
    public SearchResult(String query, List<Hit> hits, long total, Facets facets, long withoutCost,
                        Map<String, String> corrections, String backend, List<LeftOut> leftOut,
                        Optional<String> didYouMean) {
        this(query, hits, total, facets, withoutCost, corrections, backend, leftOut, didYouMean, List.of());
    }

    /**
     * A result without a text to search for instead, as before 0.5.0.
     *
     * @param query the words searched for
     * @param hits the page of hits
     * @param total how many modules match
     * @param facets the counts of every match
     * @param withoutCost how many were left out for declaring no cost
     * @param corrections misspelled word to the word searched for
     * @param backend the backend's name
     * @param leftOut what each condition alone left out
     * @throws IllegalArgumentException if a count is negative or the total is below the number of hits
     */
    public SearchResult(String query, List<Hit> hits, long total, Facets facets, long withoutCost,
                        Map<String, String> corrections, String backend, List<LeftOut> leftOut) {
        this(query, hits, total, facets, withoutCost, corrections, backend, leftOut, Optional.empty(), List.of());
    }

    /**
     * A result that says nothing of what its conditions left out, as before 0.4.0.
     *
     * @param query the words searched for
     * @param hits the page of hits
     * @param total how many modules match
     * @param facets the counts of every match
     * @param withoutCost how many were left out for declaring no cost
     * @param corrections misspelled word to the word searched for
     * @param backend the backend's name
     * @throws IllegalArgumentException if a count is negative or the total is below the number of hits
     */
    public SearchResult(String query, List<Hit> hits, long total, Facets facets, long withoutCost,
                        Map<String, String> corrections, String backend) {
        this(query, hits, total, facets, withoutCost, corrections, backend, List.of(), Optional.empty(), List.of());
    }

    /**
     * Modules that match the words and every other condition of the search, but not this one: exactly the modules
     * that dropping this condition alone would add to the result (so a module two conditions leave out is counted
     * by neither). Why: a condition the user did not ask for, such as leaving deprecated modules out, can hide the
     * very module searched for; saying so ("1 module matches but is deprecated") costs nothing, as the search counts
     * it in the pass that finds the hits.
     *
     * @param condition    the condition
     * @param value        its value as applied: the tag for {@link Condition#TAG}, the layer or category id, the
     *                     maturity levels joined by commas, the complexity tiers joined by commas, the maximum
     *                     monthly cost in USD; empty for {@link Condition#DEPRECATED}
     * @param count        how many modules it alone left out, at least 1
     * @param withoutValue how many of them it left out because they declare no value for it (no cost for
     *                     {@link Condition#COST}), at most {@code count}
     * @param best         the best matches of them, at most three, best first
     * @since 0.4.0
     */
    public record LeftOut(Condition condition, String value, long count, long withoutValue,
                          List<LibraryModule> best) {

        /**
         * Validates and copies the components.
         *
         * @param condition the condition
         * @param value its value
         * @param count how many it alone left out
         * @param withoutValue how many of them declare no value for it
         * @param best the best of them
         * @throws IllegalArgumentException if count is below 1 or withoutValue is not between 0 and count
         */
        public LeftOut {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(value, "value");
            best = Checks.list(best, "best");
            if (count < 1 || withoutValue < 0 || withoutValue > count || best.size() > count) {
                throw new IllegalArgumentException("left out by " + condition + ": count " + count
                        + " must be at least 1 and at least withoutValue " + withoutValue + " and the "
                        + best.size() + " best");
            }
        }

        /**
         * A condition of a search.
         *
         * @since 0.4.0
         */
        public enum Condition {
            /** Deprecated modules are left out unless included. */
            DEPRECATED,
            /** A maturity level, or a least one. */
            MATURITY,
            /** A layer. */
            LAYER,
            /** A category. */
            CATEGORY,
            /** Complexity tiers. */
            COMPLEXITY,
            /** A tag (each tag asked for is a condition of its own). */
            TAG,
            /** A maximum monthly cost. */
            COST
        }
    }

    /**
     * One module found.
     *
     * @param module      the module
     * @param score       how well it matches the words, not negative; comparable only within one result (0 when
     *                    no words were given)
     * @param highlights  why it matched: the fields where the words (or their synonyms) were found, with fragments
     * @param deprecated  whether the module is deprecated (shown only when deprecated modules were included)
     * @param replacement the module that replaces it, if it is deprecated and names one
     * @param hclErrors   whether the module's HCL has errors (a file that does not parse): what the search knows of
     *                    its interface and resources leaves out the part in error; {@link dev.alexandria.api.Library#findings(String)}
     *                    names them
     * @since 0.1.0
     */
    public record Hit(LibraryModule module, double score, List<Highlight> highlights, boolean deprecated,
                      Optional<ModuleId> replacement, boolean hclErrors) {

        /**
         * Validates and copies the components.
         *
         * @param module the module
         * @param score how well it matches, not negative
         * @param highlights why it matched
         * @param deprecated whether it is deprecated
         * @param replacement the module that replaces it, if any
         * @param hclErrors whether its HCL has errors
         * @since 0.4.0
         */
        public Hit {
            Objects.requireNonNull(module, "module");
            if (!(score >= 0) || Double.isInfinite(score)) {
                throw new IllegalArgumentException("score must be finite and not negative: " + score);
            }
            highlights = Checks.list(highlights, "highlights");
            Checks.optional(replacement, "replacement");
        }

        /**
         * A hit that does not say whether its HCL has errors, as before 0.4.0 (it says it has none).
         *
         * @param module the module
         * @param score how well it matches, not negative
         * @param highlights why it matched
         * @param deprecated whether it is deprecated
         * @param replacement the module that replaces it, if any
         */
        public Hit(LibraryModule module, double score, List<Highlight> highlights, boolean deprecated,
                   Optional<ModuleId> replacement) {
            this(module, score, highlights, deprecated, replacement, false);
        }
    }

    /**
     * Why a hit matched in one field: a fragment of the field and where the matched words are in it.
     *
     * @param field    the field: {@code name}, {@code description}, {@code tags}, {@code resources},
     *                 {@code category}, {@code readme}, {@code inputs} or {@code outputs}
     * @param fragment a piece of the field's text
     * @param spans    the matched words in the fragment, in order, not overlapping
     * @since 0.1.0
     */
    public record Highlight(String field, String fragment, List<Span> spans) {

        /**
         * Validates and copies the components.
         *
         * @param field the field
         * @param fragment a piece of its text
         * @param spans the matched words, in order
         * @throws IllegalArgumentException if a span is outside the fragment or the spans overlap
         */
        public Highlight {
            Checks.notBlank(field, "field");
            Objects.requireNonNull(fragment, "fragment");
            spans = Checks.list(spans, "spans");
            int last = 0;
            for (Span s : spans) {
                if (s.start() < last || s.end() > fragment.length()) {
                    throw new IllegalArgumentException("span [" + s.start() + ", " + s.end()
                            + ") is outside the fragment or overlaps another");
                }
                last = s.end();
            }
        }

        /**
         * @param open  written before each matched word, e.g. {@code "["}
         * @param close written after each matched word, e.g. {@code "]"}
         * @return the fragment with its matched words marked
         */
        public String marked(String open, String close) {
            Objects.requireNonNull(open, "open");
            Objects.requireNonNull(close, "close");
            StringBuilder sb = new StringBuilder();
            int at = 0;
            for (Span s : spans) {
                sb.append(fragment, at, s.start()).append(open).append(fragment, s.start(), s.end()).append(close);
                at = s.end();
            }
            return sb.append(fragment.substring(at)).toString();
        }
    }

    /**
     * A matched piece of a fragment, {@code [start, end)} in characters.
     *
     * @param start the first character
     * @param end   after the last character
     * @since 0.1.0
     */
    public record Span(int start, int end) {

        /**
         * Validates the bounds.
         *
         * @param start the first character, not negative
         * @param end after the last character, after start
         */
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
            }
        }
    }

    /**
     * How every match (not only the page) spreads over the values of each facet. Each list is sorted by count,
     * largest first, then by value, and holds only values with at least one match.
     *
     * @param layers         layer ids
     * @param categories     category ids ({@code data/databases})
     * @param maturity       maturity levels
     * @param complexity     complexity tiers
     * @param costCategories cost categories of the declared costs
     * @param tags           declared tags
     * @since 0.1.0
     */
    public record Facets(List<FacetCount> layers, List<FacetCount> categories, List<FacetCount> maturity,
                         List<FacetCount> complexity, List<FacetCount> costCategories, List<FacetCount> tags) {

        private static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());

        /**
         * Copies the lists.
         *
         * @param layers layer ids
         * @param categories category ids
         * @param maturity maturity levels
         * @param complexity complexity tiers
         * @param costCategories cost categories
         * @param tags declared tags
         */
        public Facets {
            layers = Checks.list(layers, "layers");
            categories = Checks.list(categories, "categories");
            maturity = Checks.list(maturity, "maturity");
            complexity = Checks.list(complexity, "complexity");
            costCategories = Checks.list(costCategories, "costCategories");
            tags = Checks.list(tags, "tags");
        }

        /** @return no counts */
        public static Facets none() {
            return NONE;
        }
    }

    /**
     * A facet value and how many matches have it.
     *
     * @param value the value ({@code compute}, {@code stable}, {@code multi-az} …)
     * @param count how many matching modules have it, positive
     * @since 0.1.0
     */
    public record FacetCount(String value, long count) {

        /**
         * Validates the components.
         *
         * @param value the value
         * @param count how many matches have it, positive
         */
        public FacetCount {
            Checks.notBlank(value, "value");
            if (count <= 0) {
                throw new IllegalArgumentException("count of '" + value + "' must be positive: " + count);
            }
        }
    }
}
