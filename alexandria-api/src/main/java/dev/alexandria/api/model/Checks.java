package dev.alexandria.api.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Argument checks shared by the records of this package. Not API. */
final class Checks {

    private Checks() {
    }

    static String notBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String name) {
        Objects.requireNonNull(values, name);
        return List.copyOf(values);
    }

    /** Copies a map, keeping its iteration order (files are written in that order). */
    static <K, V> Map<K, V> map(Map<K, V> values, String name) {
        Objects.requireNonNull(values, name);
        Map<K, V> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, name + " key"),
                Objects.requireNonNull(v, name + " value")));
        return Collections.unmodifiableMap(copy);
    }

    static <T> Optional<T> optional(Optional<T> value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /** Parses a version given as text, naming the component in the message. */
    static Version version(String value, String name) {
        notBlank(value, name);
        try {
            return Version.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that every required component of a builder is set.
     *
     * @param type         the type being built
     * @param namesAndValues name, value, name, value …
     * @throws IllegalStateException naming every component that is not set
     */
    static void required(String type, Object... namesAndValues) {
        List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                missing.add((String) namesAndValues[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(type + " needs " + String.join(", ", missing) + "; set "
                    + (missing.size() == 1 ? "it" : "them") + " before build()");
        }
    }

    /**
     * A builder's {@code toString()}: the components that are set, leaving out nulls and empty collections.
     *
     * @param type           the builder's name
     * @param namesAndValues name, value, name, value …
     * @return such as {@code ModuleMetadata.Builder{id=vpc-standard, tags=[vpc]}}
     */
    static String describe(String type, Object... namesAndValues) {
        java.util.StringJoiner out = new java.util.StringJoiner(", ", type + "{", "}");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null || value instanceof java.util.Collection<?> c && c.isEmpty()
                    || value instanceof Map<?, ?> m && m.isEmpty()) {
                continue;
            }
            out.add(namesAndValues[i] + "=" + value);
        }
        return out.toString();
    }
}
