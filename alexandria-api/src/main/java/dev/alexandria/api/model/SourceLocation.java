package dev.alexandria.api.model;

import java.util.Objects;

/**
 * A place in a file of the library: the file's path (as the user should see it, usually relative to the
 * library root), a 1-based line and a 1-based column. A line or column of {@code 0} means "unknown".
 *
 * <p>Immutable and thread-safe. {@link #toString()} renders the conventional {@code file:line:column}
 * form that editors and CI annotations understand.
 *
 * @param file   the file, never blank
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @since 0.1.0
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    /**
     * Validates the components.
     *
     * @param file   the file, never blank
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @throws IllegalArgumentException if the file is blank or a number is negative
     */
    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (file.isBlank()) {
            throw new IllegalArgumentException("file must not be blank");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        if (column < 0) {
            throw new IllegalArgumentException("column must not be negative: " + column);
        }
    }

    /*
     * equals and hashCode are written out rather than left to the record: the generated ones are bound through
     * invokedynamic (ObjectMethods) on first use, milliseconds of a short command on a cold JVM. Same meaning as
     * the record's: equal components.
     */

    /** @return whether {@code o} is a location with the same file, line and column */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SourceLocation l && line == l.line && column == l.column
                && file.equals(l.file);
    }

    /** @return a hash code of the file, line and column */
    @Override
    public int hashCode() {
        return (31 * file.hashCode() + line) * 31 + column;
    }

    /**
     * A location that names only a file.
     *
     * @param file the file
     * @return the location {@code file:0:0}
     */
    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, 0);
    }

    /**
     * A location at a line and column of a file.
     *
     * @param file   the file
     * @param line   1-based line
     * @param column 1-based column
     * @return the location
     */
    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file, line, column);
    }

    /** @return {@code file}, {@code file:line} or {@code file:line:column}, as far as they are known */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /** Orders by file, then line, then column. */
    @Override
    public int compareTo(SourceLocation other) {
        int c = file.compareTo(other.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, other.line);
        return c != 0 ? c : Integer.compare(column, other.column);
    }
}
