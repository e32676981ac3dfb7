package dev.alexandria.core.internal.discovery;

import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import java.util.Objects;

/**
 * What search reads of a library's catalog: everything but the module registry. A module's document takes its
 * registry entry from the module ({@link dev.alexandria.api.model.LibraryModule#registryEntry()}), which decodes
 * that entry alone, so a search never needs the whole registry, whose decoding was the largest part of reading the
 * catalog from the cache (about 8 ms of a command's main thread on the bundled sample).
 *
 * @param taxonomy    {@code categories.yaml}, for the category filter
 * @param tags        {@code tags.yaml}, for the vocabulary, tag filters and tag highlights
 * @param searchIndex {@code search-index.yaml}, the fields and their boosts
 * @param settings    {@code settings.yaml}, part of what shapes documents
 */
public record SearchCatalog(Taxonomy taxonomy, TagTaxonomy tags, SearchIndexConfig searchIndex,
                            CatalogSettings settings) {

    public SearchCatalog {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(searchIndex, "searchIndex");
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param c a whole catalog
     * @return its parts that search reads
     */
    public static SearchCatalog of(Catalog c) {
        return new SearchCatalog(c.taxonomy(), c.tags(), c.searchIndex(), c.settings());
    }
}
