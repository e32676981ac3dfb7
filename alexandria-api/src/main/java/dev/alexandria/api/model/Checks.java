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

    /** A Markdown heading of level 1 or 2 (ATX), or a link reference definition: Keep a Changelog's structure. */
    private static final java.util.regex.Pattern STRUCTURE = java.util.regex.Pattern.compile(
            "^ {0,3}(#{1,2}(?:[ \t].*)?|\\[[^\\]]+\\]:.*)$");
    /** The underline of a setext heading of level 1 or 2. */
    private static final java.util.regex.Pattern UNDERLINE = java.util.regex.Pattern.compile("^ {0,3}(=+|-+)[ \t]*$");
    /**
     * A line that starts a list item or a block quote: an underline after it is no heading (CommonMark: a setext
     * underline needs a paragraph; after a list item, {@code ---} is a thematic break).
     */
    private static final java.util.regex.Pattern NOT_A_PARAGRAPH = java.util.regex.Pattern.compile(
            "^ {0,3}([-+*]|[0-9]{1,9}[.)])([ \t].*)?$|^ {0,3}>.*$");

    /**
     * Checks the text of a release's changelog entry, which goes into {@code CHANGELOG.md} (Keep a Changelog), the
     * registry and the commit message as it is: not blank; no control character but line feeds and tabs (an ANSI
     * escape would colour or move a terminal's cursor when the file is shown); no line that Keep a Changelog tools
     * read as the file's own structure: a heading of level 1 or 2 (the title, {@code ## [9.9.9]} a release) in
     * either Markdown spelling, or a link reference definition ({@code [9.9.9]: https://…}, a version's link).
     *
     * @throws IllegalArgumentException naming the line and what is wrong, with the fix
     */
    static String changelog(String value, String name) {
        notBlank(value, name);
        String[] lines = value.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ch != '\t' && (ch < 0x20 || ch >= 0x7f && ch <= 0x9f)) {
                    throw new IllegalArgumentException(name + " has a control character, U+" + String.format(
                            java.util.Locale.ROOT, "%04X", (int) ch) + (ch == 0x1b ? " (escape, as in ANSI colour "
                            + "codes)" : ch == '\r' ? " (carriage return)" : "") + ", at line " + (i + 1) + ", column "
                            + (c + 1) + "; remove it: the text is written as it is to CHANGELOG.md, the registry and "
                            + "the commit message");
                }
            }
            boolean underline = i > 0 && !lines[i - 1].isBlank() && UNDERLINE.matcher(line).matches()
                    && !STRUCTURE.matcher(lines[i - 1]).matches() && !NOT_A_PARAGRAPH.matcher(lines[i - 1]).matches();
            if (STRUCTURE.matcher(line).matches() || underline) {
                String shown = underline ? lines[i - 1].strip() + " / " + line.strip() : line.strip();
                throw new IllegalArgumentException(name + " line " + (i + 1) + " ('" + (shown.length() > 80
                        ? shown.substring(0, 80) + "…" : shown) + "') is " + (line.strip().startsWith("[")
                        ? "a link reference definition, which Keep a Changelog uses for the versions' links"
                        : "a Markdown heading of level " + (underline ? line.strip().startsWith("=") ? 1 : 2
                        : line.strip().startsWith("##") ? 2 : 1) + ", which Keep a Changelog tools read as "
                        + "the title or a release of CHANGELOG.md") + "; write it as text, or as a section of the "
                        + "entry (### Notes)");
            }
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
