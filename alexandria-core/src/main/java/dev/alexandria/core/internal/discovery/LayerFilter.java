package dev.alexandria.core.internal.discovery;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.Layer;

/** The rule browse and search share for their layer and category filters: the two must agree. */
final class LayerFilter {

    private LayerFilter() {
    }

    /**
     * @param layer    the layer being set
     * @param category the category already set, or null
     * @throws IllegalArgumentException if the category is in another layer
     */
    static void checkLayer(Layer layer, Category category) {
        if (category != null && category.layer() != layer) {
            throw new IllegalArgumentException("layer " + layer + " conflicts with category " + category
                    + ", which is in layer " + category.layer() + "; choose one or the other");
        }
    }

    /**
     * @param category the category being set
     * @param layer    the layer already set, or null
     * @throws IllegalArgumentException if the category is in another layer
     */
    static void checkCategory(Category category, Layer layer) {
        if (layer != null && category.layer() != layer) {
            throw new IllegalArgumentException("category " + category + " conflicts with layer " + layer
                    + ": the category is in layer " + category.layer() + "; choose one or the other");
        }
    }
}
