package dev.alexandria.core.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalog's YAML path for the other domains of core (the migration plan, data tables shipped in core): the
 * same parser with its limits and locations, the same binder with its findings, and the same writer, whose
 * quoting is SnakeYAML's. Thread-safe.
 */
public final class YamlAccess {

    private YamlAccess() {
    }

    /**
     * Parses YAML text.
     *
     * @param text        the text
     * @param displayPath the file as users see it, for locations
     * @return the document
     * @throws dev.alexandria.api.CatalogException if it is empty or not YAML, at the file:line of the problem
     */
    public static Document parse(String text, String displayPath) {
        return new Document(YamlFiles.parse(text, displayPath));
    }

    /**
     * Reads and parses a file, with the catalog's checks (a regular file below {@code root}, not too large,
     * UTF-8).
     *
     * @param root        the folder the file may not leave
     * @param file        the file
     * @param displayPath the file as users see it
     * @return the document
     * @throws dev.alexandria.api.CatalogException if it cannot be read or parsed
     */
    public static Document read(Path root, Path file, String displayPath) {
        return new Document(YamlFiles.read(root, file, displayPath));
    }

    /**
     * Writes text to a file atomically (a temporary file moved over it).
     *
     * @param target      the file
     * @param text        the text
     * @param displayPath the file as users see it, for errors
     * @throws dev.alexandria.api.CatalogException if it cannot be written
     */
    public static void writeAtomically(Path target, String text, String displayPath) {
        AtomicFiles.write(target, text, displayPath);
    }

    /**
     * A string as it stands as a block mapping value, quoted only where SnakeYAML needs it.
     *
     * @param s the string
     * @return the scalar text
     */
    public static String scalar(String s) {
        return YamlEmitter.scalar(s);
    }

    /**
     * A number as YAML writes it.
     *
     * @param value the number
     * @return the scalar text
     */
    public static String number(double value) {
        return YamlEmitter.number(value);
    }

    /**
     * A flow sequence of strings ({@code [a, "b: c"]}).
     *
     * @param values the strings
     * @return the flow sequence text
     */
    public static String flowList(List<String> values) {
        return YamlEmitter.flowList(values);
    }

    /** @return a new line writer, block style */
    public static Lines lines() {
        return new Lines();
    }

    /** A parsed YAML document with the location of every key and value. */
    public static final class Document {
        private final YamlDocument doc;

        private Document(YamlDocument doc) {
            this.doc = doc;
        }

        /** @return the file as users see it */
        public String file() {
            return doc.file();
        }

        /** @return the root node */
        public JsonNode root() {
            return doc.root();
        }

        /**
         * The best location for a JSON pointer: its key, else its value, else the nearest ancestor.
         *
         * @param pointer a JSON pointer such as {@code /modules/3/category}
         * @return the location
         */
        public SourceLocation locate(String pointer) {
            return doc.locate(Objects.requireNonNull(pointer, "pointer"));
        }

        /**
         * The location of the value (not the key) at a pointer.
         *
         * @param pointer a JSON pointer
         * @return the location, if the value exists
         */
        public Optional<SourceLocation> valueLocation(String pointer) {
            return doc.valueLocation(pointer);
        }

        /**
         * Binds the document to a record with snake_case keys and checks its Bean Validation constraints; every
         * problem (unknown key, wrong type, violated constraint) becomes an error finding at its location.
         *
         * @param <T>      the record type
         * @param type     the record type
         * @param findings where the problems go
         * @return the bound value, or empty if it could not be bound at all
         */
        public <T> Optional<T> bind(Class<T> type, List<Finding> findings) {
            return Optional.ofNullable(YamlBinder.bind(doc, type, findings));
        }
    }

    /** Accumulates YAML lines in block style; keys and string values are quoted only where needed. */
    public static final class Lines {
        private final YamlEmitter.Out out = new YamlEmitter.Out();

        private Lines() {
        }

        /**
         * Starts a list item: the next key is written after {@code - }.
         *
         * @param indent the column of the dash
         * @return this
         */
        public Lines item(int indent) {
            out.item(indent);
            return this;
        }

        /**
         * A key with a string value.
         *
         * @param indent the column of the key
         * @param key    the key
         * @param value  the string
         * @return this
         */
        public Lines text(int indent, String key, String value) {
            out.text(indent, key, value);
            return this;
        }

        /**
         * A key with a value already written as YAML (a number, a flow list).
         *
         * @param indent  the column of the key
         * @param key     the key
         * @param written the value text
         * @return this
         */
        public Lines kv(int indent, String key, String written) {
            out.kv(indent, key, written);
            return this;
        }

        /**
         * A key whose value follows on the next lines.
         *
         * @param indent the column of the key
         * @param key    the key
         * @return this
         */
        public Lines key(int indent, String key) {
            out.key(indent, key);
            return this;
        }

        /** @return the lines written so far */
        @Override
        public String toString() {
            return out.toString();
        }
    }
}
