package dev.alexandria.api.model;

import java.util.Objects;

/**
 * The five files of {@code _catalog/}, read and checked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param registry      {@code module-registry.yaml}
 * @param taxonomy      {@code categories.yaml}
 * @param tags          {@code tags.yaml}
 * @param maturityModel {@code maturity-levels.yaml}
 * @param searchIndex   {@code search-index.yaml}
 * @since 0.1.0
 */
public record Catalog(ModuleRegistry registry, Taxonomy taxonomy, TagTaxonomy tags, MaturityModel maturityModel,
                      SearchIndexConfig searchIndex) {

    /**
     * Validates the components.
     *
     * @param registry {@code module-registry.yaml}
     * @param taxonomy {@code categories.yaml}
     * @param tags {@code tags.yaml}
     * @param maturityModel {@code maturity-levels.yaml}
     * @param searchIndex {@code search-index.yaml}
     */
    public Catalog {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(maturityModel, "maturityModel");
        Objects.requireNonNull(searchIndex, "searchIndex");
    }
}
