package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;

/**
 * The library grouped by layer and category, with counts. Empty groups are left out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param layers the layer groups, in rank order
 * @param total  the number of modules in all groups
 * @since 0.1.0
 */
public record BrowseResult(List<LayerGroup> layers, int total) {

    /**
     * Validates and copies the components; {@code total} must be the sum of the layer counts.
     *
     * @param layers the layer groups, in rank order
     * @param total the number of modules in all groups
     */
    public BrowseResult {
        layers = List.copyOf(Objects.requireNonNull(layers, "layers"));
        int sum = layers.stream().mapToInt(LayerGroup::moduleCount).sum();
        if (sum != total) {
            throw new IllegalArgumentException("total " + total + " is not the sum of the layer counts " + sum);
        }
    }

    /**
     * The modules of one layer.
     *
     * @param layer       the layer
     * @param moduleCount the number of modules in its categories
     * @param categories  the category groups, in category order
     * @since 0.1.0
     */
    public record LayerGroup(Layer layer, int moduleCount, List<CategoryGroup> categories) {

        /**
         * Validates and copies the components.
         *
         * @param layer the layer
         * @param moduleCount the number of modules in its categories
         * @param categories the category groups, in category order
         */
        public LayerGroup {
            Objects.requireNonNull(layer, "layer");
            categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
            int sum = categories.stream().mapToInt(CategoryGroup::moduleCount).sum();
            if (sum != moduleCount) {
                throw new IllegalArgumentException("moduleCount " + moduleCount + " of layer " + layer
                        + " is not the sum of its category counts " + sum);
            }
        }
    }

    /**
     * The modules of one category.
     *
     * @param category    the category
     * @param moduleCount the number of modules
     * @param modules     the modules, sorted by id
     * @since 0.1.0
     */
    public record CategoryGroup(Category category, int moduleCount, List<LibraryModule> modules) {

        /**
         * Validates and copies the components.
         *
         * @param category the category
         * @param moduleCount the number of modules
         * @param modules the modules, sorted by id
         */
        public CategoryGroup {
            Objects.requireNonNull(category, "category");
            modules = List.copyOf(Objects.requireNonNull(modules, "modules"));
            if (moduleCount != modules.size()) {
                throw new IllegalArgumentException("moduleCount " + moduleCount + " of category " + category
                        + " is not the number of modules " + modules.size());
            }
        }
    }
}
