package dev.alexandria.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Writes a tree of maps, lists and scalars (see {@link Views}) as JSON or YAML.
 *
 * @since 0.1.0
 */
final class StructuredOutput {

    private static final ObjectWriter JSON = new ObjectMapper().writer(jsonPrettyPrinter());
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .stringQuotingChecker(YamlQuotes.INSTANCE)
            .build());

    private StructuredOutput() {
    }

    /** {@code "key": value}, arrays one element per line, {@code \n} line ends on every OS. */
    private static DefaultPrettyPrinter jsonPrettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    static void write(PrintWriter out, OutputFormat format, Object tree) {
        try {
            switch (format) {
                case JSON:
                    out.println(JSON.writeValueAsString(tree));
                    break;
                case YAML:
                    out.print(YAML.writeValueAsString(tree));
                    break;
                default:
                    throw new IllegalArgumentException("not a structured format: " + format);
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot render the result as " + format.id(), e);
        }
    }
}
