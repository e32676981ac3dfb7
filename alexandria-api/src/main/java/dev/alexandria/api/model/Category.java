package dev.alexandria.api.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A category: a layer and a subcategory, written {@code <layer>/<subcategory>} ({@code foundations/networking}).
 * Whether a category is declared is a question for the {@link Taxonomy}; this type only checks the form.
 *
 * <p>Immutable and thread-safe. Ordered by layer rank, then subcategory.
 *
 * @param layer       the layer
 * @param subcategory the subcategory: lower-case letters, digits and single hyphens
 * @since 0.1.0
 */
public record Category(Layer layer, String subcategory) implements Comparable<Category> {

    private static final Pattern SUBCATEGORY = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /**
     * Validates the components.
     *
     * @param layer the layer
     * @param subcategory the subcategory: lower-case letters, digits and single hyphens
     * @throws IllegalArgumentException if the subcategory is not lower-case kebab-case; the message quotes it
     */
    public Category {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(subcategory, "subcategory");
        if (subcategory.length() > 64 || !SUBCATEGORY.matcher(subcategory).matches()) {
            throw new IllegalArgumentException("invalid subcategory '" + subcategory
                    + "': use lower-case letters, digits and single hyphens (e.g. networking)");
        }
    }

    /**
     * Parses {@code <layer>/<subcategory>}.
     *
     * @param id for example {@code foundations/networking}
     * @return the category
     * @throws IllegalArgumentException if the text is not of that form or the layer is unknown; the message
     *                                  quotes the text
     */
    public static Category parse(String id) {
        Objects.requireNonNull(id, "id");
        int slash = id.indexOf('/');
        if (slash < 0 || slash != id.lastIndexOf('/')) {
            throw new IllegalArgumentException("invalid category '" + id
                    + "': expected <layer>/<subcategory>, e.g. foundations/networking");
        }
        String layerId = id.substring(0, slash);
        Layer layer = Layer.fromId(layerId).orElseThrow(() -> new IllegalArgumentException("invalid category '"
                + id + "': unknown layer '" + layerId + "'; use one of " + Layers.ids()));
        try {
            return new Category(layer, id.substring(slash + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid category '" + id + "': " + e.getMessage(), e);
        }
    }

    /** @return {@code <layer>/<subcategory>} */
    public String id() {
        return layer.id() + "/" + subcategory;
    }

    @Override
    public int compareTo(Category other) {
        // Written out rather than a Comparator.comparing chain: this class is initialised by every open of a
        // library, where linking the chain's lambdas cost more than the rest of the class's initialisation.
        int byLayer = layer.compareTo(other.layer);
        return byLayer != 0 ? byLayer : subcategory.compareTo(other.subcategory);
    }

    /*
     * equals and hashCode are written out rather than left to the record: the generated ones are bound through
     * invokedynamic (ObjectMethods) on first use, which costs a short command on a cold JVM. Same meaning as the
     * record's: same layer and subcategory.
     */

    /** @return whether {@code o} is a category of the same layer and subcategory */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Category c && layer == c.layer && subcategory.equals(c.subcategory);
    }

    /** @return a hash code of the layer and subcategory */
    @Override
    public int hashCode() {
        return 31 * layer.hashCode() + subcategory.hashCode();
    }

    /** @return the {@link #id()} */
    @Override
    public String toString() {
        return id();
    }
}
