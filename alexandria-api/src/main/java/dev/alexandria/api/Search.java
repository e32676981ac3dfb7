package dev.alexandria.api;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.SearchResult;
import dev.alexandria.api.model.SearchSort;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * A search of a library's modules: words, any combination of filters, an order and a page. Obtained from
 * {@link Library#search(String)}.
 *
 * <pre>{@code
 * SearchResult result = library.search("vpc multi-az")
 *         .maturityAtLeast(MaturityLevel.STABLE)
 *         .maxMonthlyCost(100)
 *         .tags("networking")
 *         .limit(5)
 *         .run();
 * List<String> ids = result.hits().stream().map(h -> h.module().id().value()).toList();
 * }</pre>
 *
 * <p>The words are matched against each module's name, description, tags (with their synonyms and parents),
 * category, README, resource types, input variables and outputs, with synonyms of infrastructure vocabulary and
 * tolerance for typos; they are never parsed as a query language, so any text is safe. Empty text lists every
 * module that passes the filters. Deprecated modules appear only with {@link #includeDeprecated()}, archived ones
 * only with {@link #includeArchived()}.
 *
 * <p>Mutable and meant for one thread; {@link #run()} leaves it unchanged, so it can be run again. Arguments are
 * checked when they are passed.
 *
 * @since 0.1.0
 */
public interface Search {

    /**
     * Keeps only modules at this maturity level or above ({@code stable} keeps stable and mature; the CLI's
     * {@code --maturity stable}, one level). Defaults to every level. Replaces an earlier {@link #maturity(MaturityLevel...)}.
     *
     * @param level an active level (experimental to mature)
     * @return this search
     * @throws IllegalArgumentException if the level is deprecated or archived
     */
    Search maturityAtLeast(MaturityLevel level);

    /**
     * Keeps only modules at exactly one of these maturity levels ({@code beta} keeps beta modules only; the CLI's
     * comma-separated {@code --maturity beta,mature} or {@code --maturity =beta}), as
     * {@link Browse#maturity(MaturityLevel...)} does. Defaults to every level. Replaces an earlier
     * {@link #maturityAtLeast(MaturityLevel)}.
     *
     * @param levels one or more active levels (experimental to mature)
     * @return this search
     * @throws IllegalArgumentException if no level is given, or one is deprecated or archived (deprecated modules
     *                                  come with {@link #includeDeprecated()}, archived ones with
     *                                  {@link #includeArchived()})
     * @since 0.3.0
     */
    Search maturity(MaturityLevel... levels);

    /**
     * Keeps only modules whose declared monthly cost is at most this much. Modules that declare no cost are left
     * out and counted in {@link SearchResult#withoutCost()}. Defaults to no limit.
     *
     * @param usdPerMonth USD per month, not negative
     * @return this search
     * @throws IllegalArgumentException if negative or not finite
     */
    Search maxMonthlyCost(double usdPerMonth);

    /**
     * Like {@link #maxMonthlyCost(double)}.
     *
     * @param usdPerMonth USD per month, not negative
     * @return this search
     * @throws IllegalArgumentException if negative
     */
    Search maxMonthlyCost(BigDecimal usdPerMonth);

    /**
     * Keeps only modules that have every one of these tags, where a tag also matches its synonyms and its child
     * tags of {@code tags.yaml} ({@code databases} matches a module tagged {@code postgresql}). Calling it again
     * adds tags. Defaults to none.
     *
     * @param tags declared tags or their synonyms
     * @return this search
     * @throws IllegalArgumentException if a tag is not declared in {@code tags.yaml}; the message suggests the
     *                                  closest one
     */
    Search tags(String... tags);

    /**
     * Like {@link #tags(String...)}.
     *
     * @param tags declared tags or their synonyms
     * @return this search
     * @throws IllegalArgumentException if a tag is not declared in {@code tags.yaml}
     */
    Search tags(List<String> tags);

    /**
     * Keeps only one layer. Defaults to every layer.
     *
     * @param layer the layer
     * @return this search
     * @throws IllegalArgumentException if a category of another layer was chosen; the message names both
     */
    Search layer(Layer layer);

    /**
     * Keeps only one category. Defaults to every category.
     *
     * @param category the category
     * @return this search
     * @throws IllegalArgumentException if another layer was chosen, or the category is not declared in
     *                                  {@code categories.yaml}
     */
    Search category(Category category);

    /**
     * Keeps only modules in any of these layers or categories: a module passes when its layer is one of
     * {@code layers} or its category one of {@code categories} ({@code --category compute,data/databases}). Combines
     * with {@link #layer} and {@link #category} as every filter does: a module passes them all.
     *
     * @param layers     the layers, possibly none
     * @param categories the categories, possibly none; each declared in {@code categories.yaml}
     * @return this search
     * @throws IllegalArgumentException if neither a layer nor a category is given, or a category is not declared
     * @since 0.5.0
     */
    Search anyOf(Collection<Layer> layers, Collection<Category> categories);

    /**
     * Keeps only modules of these complexity tiers. Defaults to every tier.
     *
     * @param tiers one or more tiers
     * @return this search
     * @throws IllegalArgumentException if none is given
     */
    Search complexity(ComplexityTier... tiers);

    /**
     * The order. Defaults to {@link SearchSort#RELEVANCE}.
     *
     * @param sort the order
     * @return this search
     */
    Search sort(SearchSort sort);

    /**
     * The most hits to return. Defaults to 10.
     *
     * @param limit at least 1
     * @return this search
     * @throws IllegalArgumentException if below 1
     */
    Search limit(int limit);

    /**
     * How many hits to skip, to page. Defaults to 0.
     *
     * @param offset not negative
     * @return this search
     * @throws IllegalArgumentException if negative
     */
    Search offset(int offset);

    /**
     * Includes deprecated modules (each hit says what replaces it). A module at maturity {@code deprecated} passes
     * a maturity filter ({@link #maturityAtLeast(MaturityLevel)}, {@link #maturity(MaturityLevel...)}) whatever it
     * asks, since asking for deprecated modules is asking for their level; a module deprecated at another level is
     * filtered by that level. Every other filter applies to them. Defaults to leaving them out.
     *
     * @return this search
     */
    Search includeDeprecated();

    /**
     * Includes archived modules (maturity {@code archived}), which are indexed like any other but left out by
     * default. They pass a maturity filter ({@link #maturityAtLeast(MaturityLevel)}, {@link #maturity(MaturityLevel...)})
     * whatever it asks, since asking for them is asking for their level; every other filter applies to them. An
     * archived module is never {@link dev.alexandria.api.model.SearchResult.Hit#deprecated() deprecated} in a hit:
     * its maturity says what it is. Defaults to leaving them out.
     *
     * @return this search
     * @since 0.4.0
     */
    Search includeArchived();

    /**
     * Leaves out the facet counts: the result's {@link SearchResult#facets() facets} are
     * {@link SearchResult.Facets#none() empty} and nothing is spent counting them over every match. Hits, their
     * order, their highlights and the total are the same. Defaults to counting them.
     *
     * @return this search
     * @since 0.4.0
     */
    Search withoutFacets();

    /**
     * Runs the search. The first search of a library builds or refreshes its index (in the library's cache
     * folder when it has one; only modules whose files changed are read again).
     *
     * @return the hits, the total and the facet counts
     * @throws AlexandriaException if the search backend fails (a {@code dev.alexandria.spi.ProviderException}
     *                             naming it)
     */
    SearchResult run();

    /** @return the words and the options that were set, for example {@code Search{"vpc", limit=5}} */
    @Override
    String toString();
}
