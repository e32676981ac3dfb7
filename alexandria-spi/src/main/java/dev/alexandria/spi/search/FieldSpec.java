package dev.alexandria.spi.search;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One field of an index.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name  lower-case letters, digits and underscores, starting with a letter ({@code readme},
 *              {@code last_updated})
 * @param kind  what it holds
 * @param boost how much a text match in it weighs, relative to 1.0; positive and finite (1.0 for other kinds)
 * @since 0.1.0
 */
public record FieldSpec(String name, FieldKind kind, double boost) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /**
     * Validates the components.
     *
     * @param name the field name
     * @param kind what it holds
     * @param boost the weight of a text match, positive and finite
     * @throws IllegalArgumentException if the name or boost is invalid, or a non-text field has a boost other than 1
     */
    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid field name '" + name
                    + "': use lower-case letters, digits and underscores, starting with a letter");
        }
        if (!(boost > 0) || Double.isInfinite(boost)) {
            throw new IllegalArgumentException("boost of field '" + name + "' must be positive and finite: " + boost);
        }
        if (kind != FieldKind.TEXT && boost != 1.0) {
            throw new IllegalArgumentException("only text fields have a boost; field '" + name + "' is " + kind);
        }
    }

    /**
     * @param name  the field name
     * @param boost the weight of a match in it
     * @return a text field
     */
    public static FieldSpec text(String name, double boost) {
        return new FieldSpec(name, FieldKind.TEXT, boost);
    }

    /**
     * @param name the field name
     * @return a keyword field
     */
    public static FieldSpec keyword(String name) {
        return new FieldSpec(name, FieldKind.KEYWORD, 1.0);
    }

    /**
     * @param name the field name
     * @return a number field
     */
    public static FieldSpec number(String name) {
        return new FieldSpec(name, FieldKind.NUMBER, 1.0);
    }
}
