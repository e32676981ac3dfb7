package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of {@code _catalog/categories.yaml}: the dependency policy and, per layer, its description
 * and declared categories.
 *
 * <p>Immutable and thread-safe.
 *
 * @param policy the dependency policy
 * @param layers the layer definitions, in rank order
 * @since 0.1.0
 */
public record Taxonomy(DependencyPolicy policy, List<LayerDefinition> layers) {

    /**
     * Validates and copies the components.
     *
     * @param policy the dependency policy
     * @param layers the layer definitions, in rank order
     */
    public Taxonomy {
        Objects.requireNonNull(policy, "policy");
        layers = Checks.list(layers, "layers");
    }

    /**
     * Looks up a layer's definition.
     *
     * @param layer the layer
     * @return its definition, if declared
     */
    public Optional<LayerDefinition> layer(Layer layer) {
        Objects.requireNonNull(layer, "layer");
        return layers.stream().filter(l -> l.layer() == layer).findFirst();
    }

    /** @return every declared category, in layer then file order */
    public List<CategoryDefinition> categories() {
        return layers.stream().flatMap(l -> l.categories().stream()).toList();
    }

    /**
     * Looks up a category's definition.
     *
     * @param category the category
     * @return its definition, if declared
     */
    public Optional<CategoryDefinition> category(Category category) {
        Objects.requireNonNull(category, "category");
        return categories().stream().filter(c -> c.category().equals(category)).findFirst();
    }

    /**
     * @param category a category
     * @return whether it is declared
     */
    public boolean isDeclared(Category category) {
        return category(category).isPresent();
    }

    /**
     * Whether a category is marked {@code cross_cutting: true}: its modules may be required from any layer
     * (KMS keys and certificates are needed by modules of every layer).
     *
     * @param category a category
     * @return whether it is declared and cross-cutting
     * @since 0.2.0
     */
    public boolean isCrossCutting(Category category) {
        return category(category).map(CategoryDefinition::crossCutting).orElse(false);
    }

    /**
     * A layer as declared in {@code categories.yaml}.
     *
     * @param layer       the layer
     * @param description what belongs in it
     * @param categories  its categories, in file order
     * @since 0.1.0
     */
    public record LayerDefinition(Layer layer, String description, List<CategoryDefinition> categories) {

        /**
         * Validates and copies the components; every category must belong to this layer.
         *
         * @param layer the layer
         * @param description what belongs in it
         * @param categories its categories, in file order
         */
        public LayerDefinition {
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(description, "description");
            categories = Checks.list(categories, "categories");
            for (CategoryDefinition c : categories) {
                if (c.category().layer() != layer) {
                    throw new IllegalArgumentException("category '" + c.category() + "' is not in layer '"
                            + layer + "'");
                }
            }
        }
    }

    /**
     * A category as declared in {@code categories.yaml}.
     *
     * @param category     the category
     * @param description  what belongs in it
     * @param crossCutting whether its modules may be required from any layer ({@code cross_cutting: true}),
     *                     an exception to the layer rule for categories every layer needs, such as
     *                     {@code security/access-control} (KMS keys, certificates)
     * @since 0.1.0
     */
    public record CategoryDefinition(Category category, String description, boolean crossCutting) {

        /**
         * Validates the components.
         *
         * @param category the category
         * @param description what belongs in it
         * @param crossCutting whether its modules may be required from any layer
         */
        public CategoryDefinition {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(description, "description");
        }

        /**
         * A category that is not cross-cutting.
         *
         * @param category    the category
         * @param description what belongs in it
         */
        public CategoryDefinition(Category category, String description) {
            this(category, description, false);
        }
    }
}
