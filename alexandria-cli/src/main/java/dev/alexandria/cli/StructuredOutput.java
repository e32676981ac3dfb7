package dev.alexandria.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Writes a tree of maps, lists and scalars (see {@link Views}) as JSON or YAML.
 *
 * @since 0.1.0
 */
final class StructuredOutput {

    private static final ObjectWriter JSON = new ObjectMapper().writer(jsonPrettyPrinter());
    private static final ObjectMapper YAML = new ObjectMapper(new BlockSafeYamlFactory(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .stringQuotingChecker(YamlQuotes.INSTANCE)));

    private StructuredOutput() {
    }

    /**
     * Jackson's YAML factory whose generator writes a multi-line string as a literal block only when the block
     * reads back as the same string ({@link YamlQuotes#literalBlockCarries}); any other multi-line string is
     * double-quoted with escapes. Under {@code MINIMIZE_QUOTES} Jackson writes every string with a {@code \n}
     * as a literal block, where a CR, NEL, LS or PS would read back as {@code \n}.
     */
    private static final class BlockSafeYamlFactory extends YAMLFactory {

        private static final long serialVersionUID = 1L;

        BlockSafeYamlFactory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
            return new YAMLGenerator(ctxt, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker,
                    _objectCodec, out, _version) {
                @Override
                public void writeString(String text) throws IOException {
                    if (text != null && text.indexOf('\n') >= 0 && !YamlQuotes.literalBlockCarries(text)) {
                        _verifyValueWrite("write String value");
                        _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
                        return;
                    }
                    super.writeString(text);
                }
            };
        }
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
