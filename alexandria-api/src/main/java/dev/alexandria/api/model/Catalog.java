package dev.alexandria.api.model;

import java.util.Objects;

/**
 * The six files of {@code _catalog/}, read and checked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param registry      {@code module-registry.yaml}
 * @param taxonomy      {@code categories.yaml}
 * @param tags          {@code tags.yaml}
 * @param maturityModel {@code maturity-levels.yaml}
 * @param searchIndex   {@code search-index.yaml}
 * @param settings      {@code settings.yaml}; {@link CatalogSettings#defaults()} when there is no such file
 * @since 0.1.0
 */
public record Catalog(ModuleRegistry registry, Taxonomy taxonomy, TagTaxonomy tags, MaturityModel maturityModel,
                      SearchIndexConfig searchIndex, CatalogSettings settings) {

    /**
     * Validates the components.
     *
     * @param registry {@code module-registry.yaml}
     * @param taxonomy {@code categories.yaml}
     * @param tags {@code tags.yaml}
     * @param maturityModel {@code maturity-levels.yaml}
     * @param searchIndex {@code search-index.yaml}
     * @param settings {@code settings.yaml}
     */
    public Catalog {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(maturityModel, "maturityModel");
        Objects.requireNonNull(searchIndex, "searchIndex");
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * A catalog without {@code settings.yaml}: the settings are {@link CatalogSettings#defaults()}.
     *
     * @param registry {@code module-registry.yaml}
     * @param taxonomy {@code categories.yaml}
     * @param tags {@code tags.yaml}
     * @param maturityModel {@code maturity-levels.yaml}
     * @param searchIndex {@code search-index.yaml}
     */
    public Catalog(ModuleRegistry registry, Taxonomy taxonomy, TagTaxonomy tags, MaturityModel maturityModel,
                   SearchIndexConfig searchIndex) {
        this(registry, taxonomy, tags, maturityModel, searchIndex, CatalogSettings.defaults());
    }
}
