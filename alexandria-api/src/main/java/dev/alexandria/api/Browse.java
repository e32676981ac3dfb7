package dev.alexandria.api;

import dev.alexandria.api.model.BrowseResult;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.SearchResult;
import java.util.Collection;
import java.util.List;

/**
 * A query that groups the modules of a library by layer and category, with counts.
 *
 * <pre>{@code
 * BrowseResult result = library.browse()
 *         .category(Category.parse("data/databases"))
 *         .maturity(MaturityLevel.STABLE, MaturityLevel.MATURE)
 *         .run();
 * List<String> counts = result.layers().stream().map(l -> l.layer() + ": " + l.moduleCount()).toList();
 * }</pre>
 *
 * <p>Mutable and meant for one thread; {@link #run()} leaves it unchanged, so it can be run again.
 * Arguments are checked when they are passed.
 *
 * @since 0.1.0
 */
public interface Browse {

    /**
     * Keeps only one layer. Defaults to every layer.
     *
     * @param layer the layer
     * @return this query
     * @throws IllegalArgumentException if a category of another layer was chosen; the message names both
     */
    Browse layer(Layer layer);

    /**
     * Keeps only one category. Defaults to every category.
     *
     * @param category the category
     * @return this query
     * @throws IllegalArgumentException if another layer was chosen; the message names both
     */
    Browse category(Category category);

    /**
     * Keeps only modules at exactly one of the given maturity levels. Defaults to every level. Replaces an earlier
     * {@link #maturityAtLeast(MaturityLevel)}.
     *
     * @param levels one or more levels
     * @return this query
     * @throws IllegalArgumentException if no level is given
     */
    Browse maturity(MaturityLevel... levels);

    /**
     * Keeps only modules at exactly one of the given maturity levels. Defaults to every level. Replaces an earlier
     * {@link #maturityAtLeast(MaturityLevel)}.
     *
     * @param levels one or more levels
     * @return this query
     * @throws IllegalArgumentException if the list is empty
     */
    Browse maturity(List<MaturityLevel> levels);

    /**
     * Keeps only modules at this maturity level or above ({@code stable} keeps stable and mature), as
     * {@link Search#maturityAtLeast(MaturityLevel)} does. Defaults to every level. Replaces an earlier
     * {@link #maturity(List)}.
     *
     * @param level an active level (experimental to mature)
     * @return this query
     * @throws IllegalArgumentException if the level is deprecated or archived, which have no "above"; use
     *                                  {@link #maturity(MaturityLevel...)} for them
     * @since 0.3.0
     */
    Browse maturityAtLeast(MaturityLevel level);

    /**
     * Keeps only modules that have all of these tags, as {@link Search#tags(String...)} does: a tag is
     * matched by its synonyms and by its child tags of {@code _catalog/tags.yaml} too ({@code databases} keeps a
     * module tagged {@code postgresql}). Adds to the tags of earlier calls. Defaults to no tag filter.
     *
     * @param tags tags or their synonyms, declared in {@code _catalog/tags.yaml}
     * @return this query
     * @throws IllegalArgumentException if a tag is not declared; the message names it and the closest declared tag
     * @since 0.3.0
     */
    Browse tags(String... tags);

    /**
     * Keeps only modules that have all of these tags; see {@link #tags(String...)}.
     *
     * @param tags tags or their synonyms, declared in {@code _catalog/tags.yaml}
     * @return this query
     * @throws IllegalArgumentException if a tag is not declared; the message names it and the closest declared tag
     * @since 0.3.0
     */
    Browse tags(List<String> tags);

    /**
     * Keeps only modules in any of these layers or categories: a module passes when its layer is one of
     * {@code layers} or its category one of {@code categories} ({@code --category compute,data/databases}), as
     * {@link Search#anyOf} does. Combines with {@link #layer} and {@link #category}: a module passes them all.
     *
     * @param layers     the layers, possibly none
     * @param categories the categories, possibly none
     * @return this query
     * @throws IllegalArgumentException if neither a layer nor a category is given
     * @since 0.5.0
     */
    Browse anyOf(Collection<Layer> layers, Collection<Category> categories);

    /**
     * Keeps only modules of these complexity tiers. Defaults to every tier.
     *
     * @param tiers one or more tiers
     * @return this query
     * @throws IllegalArgumentException if no tier is given
     * @since 0.3.0
     */
    Browse complexity(ComplexityTier... tiers);

    /**
     * Counts the modules this browse selects by layer, category, maturity level, complexity tier, cost category
     * (the registry's, else the metadata's) and tag, each value with its number of modules, most first, ties by
     * value. Values no selected module has are left out.
     *
     * @return the facet counts of the selected modules
     */
    SearchResult.Facets facets();

    /**
     * Keeps archived modules in the result. Defaults to false: archived modules are left out, unless
     * {@link #maturity(List)} names {@code archived}. {@code info} ({@link Library#module(String)}) still finds
     * them.
     *
     * @param include whether to keep archived modules
     * @return this query
     * @since 0.3.0
     */
    Browse includeArchived(boolean include);

    /**
     * Runs the query.
     *
     * @return the groups, in layer rank and category order, without empty groups
     */
    BrowseResult run();

    /** @return the options that were set, for example {@code Browse{layer=compute}} */
    @Override
    String toString();
}
