package dev.alexandria.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How a command prints its result: a table for people, JSON or YAML (the full data, snake_case keys) for
 * machines.
 *
 * @since 0.1.0
 */
public enum OutputFormat {
    /** Aligned plain-text tables. */
    TABLE,
    /** Pretty-printed JSON. */
    JSON,
    /** YAML. */
    YAML;

    /** @return the lower-case name used on the command line */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String ids() {
        return Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", "));
    }

    /** Parses {@code --output} values, case-insensitively. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return Arrays.stream(values())
                    .filter(f -> f.id().equalsIgnoreCase(value.trim()))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException(
                            "expected one of " + ids() + " but was '" + value + "'"));
        }
    }

    /** The completion candidates and the list shown in help. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(OutputFormat::id).iterator();
        }
    }
}
