package dev.alexandria.api.model;

import java.util.Objects;

/**
 * The id of a module: its folder name below {@code _library/<layer>/<category>/}, unique across the library.
 * Lower-case letters, digits and single hyphens, starting with a letter, 2 to 64 characters
 * ({@code vpc-standard}). Path-like values ({@code ..}, {@code a/b}) can never be ids, so an id is always safe
 * to use as a file name.
 *
 * <p>Immutable and thread-safe. Ordered alphabetically.
 *
 * @param value the id, for example {@code vpc-standard}
 * @since 0.1.0
 */
public record ModuleId(String value) implements Comparable<ModuleId> {


    /** The shortest id. */
    public static final int MIN_LENGTH = 2;

    /** The longest id. */
    public static final int MAX_LENGTH = 64;

    /**
     * Validates the id.
     *
     * @param value the id, for example {@code vpc-standard}
     * @throws IllegalArgumentException if the value is not a valid id; the message quotes it
     */
    public ModuleId {
        Objects.requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("invalid module id '" + value + "': " + problem);
        }
    }

    /**
     * Parses an id.
     *
     * @param value the id, for example {@code vpc-standard}
     * @return the id
     * @throws IllegalArgumentException if the value is not a valid id
     */
    public static ModuleId of(String value) {
        return new ModuleId(value);
    }

    /**
     * Tells whether a string is a valid module id, without throwing.
     *
     * @param value any string
     * @return {@code true} if {@link #of(String)} would accept it
     */
    public static boolean isValid(String value) {
        return value != null && problem(value) == null;
    }

    /**
     * Says what is wrong with a candidate id.
     *
     * @param value a candidate
     * @return the problem in words, or {@code null} if the value is a valid id
     */
    static String problem(String value) {
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            return "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long, found " + value.length();
        }
        if (value.contains("/") || value.contains("\\") || value.contains("..")) {
            return "must be a single folder name, not a path";
        }
        if (!isKebab(value)) {
            return "use lower-case letters, digits and single hyphens, starting with a letter (e.g. vpc-standard)";
        }
        return null;
    }

    /**
     * Whether a value matches {@code [a-z][a-z0-9]*(?:-[a-z0-9]+)*}: a lower-case letter first, then lower-case
     * letters and digits in groups joined by single hyphens (a check by hand: opening a library checks ids by
     * the ten thousand).
     */
    static boolean isKebab(String value) {
        if (value.isEmpty() || value.charAt(0) < 'a' || value.charAt(0) > 'z') {
            return false;
        }
        char previous = value.charAt(0);
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alnum && (c != '-' || previous == '-')) {
                return false;
            }
            previous = c;
        }
        return previous != '-';
    }

    @Override
    public int compareTo(ModuleId other) {
        return value.compareTo(other.value);
    }

    /*
     * equals and hashCode are written out rather than left to the record: the generated ones are bound through
     * invokedynamic (ObjectMethods) on first use, several milliseconds of a short command on a cold JVM, and ids
     * are hashed by nearly every command. Same meaning as the record's: equal values.
     */

    /** @return whether {@code o} is a module id with the same value */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ModuleId other && value.equals(other.value);
    }

    /** @return the value's hash code */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the id itself */
    @Override
    public String toString() {
        return value;
    }
}
