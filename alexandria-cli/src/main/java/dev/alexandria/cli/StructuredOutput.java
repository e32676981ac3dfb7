package dev.alexandria.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.StringWriter;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Writes a tree of maps, lists and scalars (see {@link Views}) as JSON or YAML.
 *
 * <p>A JSON tree of only string-keyed maps, collections, strings, booleans, integers, longs, doubles and nulls
 * (what the views build) is written with Jackson's streaming generator, with the same factory defaults and pretty
 * printer as the object mapper, so the text is the same; the tree is walked once, as it is written, and a value of
 * any other kind met on the way sends the whole tree through the object mapper instead. Setting
 * up the mapper's serializers costs a short command more CPU than the rest of its output (about 0.2 s of a cold
 * {@code diff --output json}). Each mapper is made on its first use only.
 *
 * @since 0.1.0
 */
final class StructuredOutput {

    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter JSON_PRINTER = jsonPrettyPrinter();

    /** The object mapper for JSON trees the generator is not given (made on first use). */
    static final class JsonMapper {
        static final ObjectWriter JSON = new ObjectMapper().writer(JSON_PRINTER);
    }

    /** The YAML mapper (made on first use). */
    private static final class YamlMapper {
        static final ObjectMapper YAML = new ObjectMapper(new BlockSafeYamlFactory(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .stringQuotingChecker(YamlQuotes.INSTANCE)));
    }

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
                    Optional<String> text = streamed(tree);
                    out.println(text.isPresent() ? text.get() : JsonMapper.JSON.writeValueAsString(tree));
                    break;
                case YAML:
                    out.print(YamlMapper.YAML.writeValueAsString(tree));
                    break;
                default:
                    throw new IllegalArgumentException("not a structured format: " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the result as " + format.id(), e);
        }
    }

    /**
     * A tree as JSON, written with the generator in one walk: the mapper's text for the same tree, if the tree holds
     * only string-keyed maps, collections, strings, booleans, integers, longs, doubles and nulls (which the generator
     * writes as the object mapper does).
     *
     * @param tree a tree
     * @return its JSON text; empty at the first value of another kind (the text so far is dropped)
     * @throws IOException never for a string's writer; declared by the generator
     */
    static Optional<String> streamed(Object tree) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON_FACTORY.createGenerator(text)) {
            g.setPrettyPrinter(JSON_PRINTER.createInstance());
            write(g, tree);
        } catch (NotPlain e) {
            return Optional.empty();
        }
        return Optional.of(text.toString());
    }

    /** A value {@link #streamed} does not write; thrown to stop the walk (no stack trace: it is never shown). */
    private static final class NotPlain extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw NotPlain.INSTANCE;
                }
                g.writeFieldName(key);
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                write(g, o);
            }
            g.writeEndArray();
        } else {
            throw NotPlain.INSTANCE;
        }
    }
}
