package dev.alexandria.core.internal.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * The one bounded way Alexandria reads a YAML file of a library, or one a user names (a usage file, a migration
 * plan): a size limit per kind of file, checked before a byte is parsed, and parsers whose cost is linear in
 * their input within that limit (SnakeYAML's reader re-copies its window while it scans a long token; these
 * parsers read through {@link WindowedStreamReader}), with SnakeYAML's own limits on nesting, aliases and code
 * points as a backstop.
 *
 * <p>Thread-safe: immutable.
 */
public final class YamlLimits {

    /** Nesting SnakeYAML and Jackson allow (the catalog's reader stops at 64 itself, naming the line). */
    public static final int MAX_PARSER_DEPTH = 80;

    /** SnakeYAML's alias budget; the catalog's reader refuses aliases anyway, this is defence in depth. */
    public static final int MAX_ALIASES = 10;

    private static final long MIB = 1024L * 1024;

    /** A kind of YAML file, with the largest size Alexandria reads. */
    public enum Kind {
        /**
         * A module's {@code .alexandria.yaml}, 256 KiB: a few KB in practice (the largest of the bundled sample's is
         * ~1 KB).
         */
        MODULE_METADATA(MIB / 4, "a module's metadata file",
                "a module's metadata is a few KB: remove what does not belong in it (generated text, a long value)"),
        /**
         * {@code _catalog/module-registry.yaml}: ~530 bytes per module and version (5.3 MB for 10,000 modules of
         * one version each), 16 MiB: about 30,000 such entries.
         */
        REGISTRY(16 * MIB, "the module registry",
                "archive or remove registry entries that are no longer used, or remove what does not belong in it"),
        /**
         * Any other {@code _catalog/*.yaml} file (categories, tags, settings, maturity levels, search, recommend),
         * 1 MiB: the bundled sample's largest, {@code tags.yaml}, is 10 KB.
         */
        CATALOG(MIB, "a catalog file", "remove what does not belong in it (catalog files are a few KB)"),
        /** A file of expected usage that {@code cost} reads, 1 MiB. */
        USAGE(MIB, "a usage file", "keep one usage file per module; remove what does not belong in it"),
        /** A migration plan, which lists every folder of a legacy repository, 32 MiB. */
        MIGRATION_PLAN(32 * MIB, "a migration plan", "plan a part of the repository at a time");

        private final long maxBytes;
        private final String what;
        private final String fix;

        Kind(long maxBytes, String what, String fix) {
            this.maxBytes = maxBytes;
            this.what = what;
            this.fix = fix;
        }

        /**
         * The largest file of this kind that is read.
         *
         * @return the limit, in bytes
         */
        public long maxBytes() {
            return maxBytes;
        }

        /**
         * What is wrong with a file of {@code size} bytes over the limit, for a message that names the file.
         *
         * @param size the file's size, in bytes
         * @return for example "is 52428800 bytes, over the limit of 1048576 bytes (1 MiB) for a module's metadata
         *         file"
         */
        public String overLimit(long size) {
            String limit = maxBytes % MIB == 0 ? maxBytes / MIB + " MiB" : maxBytes / 1024 + " KiB";
            return "is " + size + " bytes, over the limit of " + maxBytes + " bytes (" + limit + ") for " + what;
        }

        /**
         * How to fix a file over the limit.
         *
         * @return the fix, as a hint
         */
        public String fix() {
            return fix;
        }

        /**
         * Reads a file of this kind, after checking its size. Here rather than in {@link YamlLimits} so that a caller
         * that only compares a file's bytes (with a cached copy) loads no YAML class: linking {@link YamlLimits}
         * loads Jackson's and SnakeYAML's.
         *
         * @param file the file
         * @return the bytes
         * @throws TooLarge   if the file is over the limit (checked before reading, and again on what was read)
         * @throws IOException if it cannot be read
         */
        public byte[] readBytes(Path file) throws IOException {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new TooLarge(this, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // the size measured, in one array of that size (most files are a few KB; reading up to the limit
                // took a buffer of 8 KB and a copy per file); then whatever it grew by since, up to the limit
                byte[] bytes = in.readNBytes((int) size);
                int next = bytes.length < size ? -1 : in.read();
                if (next < 0) {
                    return bytes;
                }
                byte[] rest = in.readNBytes((int) (maxBytes - bytes.length));
                int total = bytes.length + 1 + rest.length;
                if (total > maxBytes) { // it grew since it was measured
                    throw new TooLarge(this, Math.max(total, Files.size(file)));
                }
                byte[] all = Arrays.copyOf(bytes, total);
                all[bytes.length] = (byte) next;
                System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
                return all;
            }
    }

        /**
         * The kind of a library file, from its name: {@code .alexandria.yaml}, {@code module-registry.yaml}, any
         * other catalog file.
         *
         * @param displayPath the file's path as users see it (relative to the library root), or its name
         * @return the kind
         */
        public static Kind ofLibraryFile(String displayPath) {
            String name = displayPath.substring(displayPath.lastIndexOf('/') + 1);
            if (name.equals(".alexandria.yaml")) {
                return MODULE_METADATA;
            }
            if (name.equals("module-registry.yaml")) {
                return REGISTRY;
            }
            return CATALOG;
        }
    }

    /**
     * A file over its kind's limit, refused before it was read. Its message says what is wrong and how to fix it,
     * without the file's name: for example "is 300000 bytes, over the limit of 262144 bytes (256 KiB) for a
     * module's metadata file; a module's metadata is a few KB: …".
     */
    public static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Kind kind;
        private final long size;

        TooLarge(Kind kind, long size) {
            super(kind.overLimit(size) + "; " + kind.fix());
            this.kind = kind;
            this.size = size;
        }

        /**
         * The kind of file, whose limit was passed.
         *
         * @return the kind
         */
        public Kind kind() {
            return kind;
        }

        /**
         * The file's size.
         *
         * @return bytes
         */
        public long size() {
            return size;
        }
    }

    /** The most characters any parser reads (the largest kind's limit): a backstop for text not read from a file. */
    public static final int MAX_PARSER_CODE_POINTS = (int) largestLimit();

    /**
     * The shared factory of {@link #createParser(String)}, made on first use: reading a file's bytes
     * ({@link #readBytes}, e.g. to compare them with a cached copy) builds no YAML factory and loads none of
     * Jackson's classes.
     */
    private static final class Shared {
        static final Factory FACTORY = new Factory(builder(), Parser::new);
    }

    /**
     * The YAML {@code ObjectMapper} of every reader of a library file into a tree (test records, maturity
     * histories, legacy links, tagged metadata), made on first use with {@link #factory()}: creating one sets up
     * several hundred Jackson classes and a date format (tens of milliseconds), which the commands that never read
     * such a file never pay. Thread-safe: it is never reconfigured.
     */
    private static final class Reading {
        static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
                new com.fasterxml.jackson.databind.ObjectMapper(factory());
    }

    private YamlLimits() {
    }

    /**
     * The shared YAML mapper that reads with these limits, made on first use ({@link Reading}).
     *
     * @return the mapper; never reconfigure it
     */
    public static com.fasterxml.jackson.databind.ObjectMapper mapper() {
        return Reading.MAPPER;
    }

    /**
     * Reads a YAML file of the given kind as UTF-8 text (a malformed byte becomes U+FFFD), after checking its size.
     *
     * @param file the file
     * @param kind its kind, whose limit applies
     * @return the text
     * @throws TooLarge   if the file is over the limit (checked before reading, and again on what was read)
     * @throws IOException if it cannot be read
     */
    public static String readText(Path file, Kind kind) throws IOException {
        return new String(readBytes(file, kind), StandardCharsets.UTF_8);
    }

    /**
     * Reads a YAML file of the given kind, after checking its size.
     *
     * @param file the file
     * @param kind its kind, whose limit applies
     * @return the bytes
     * @throws TooLarge   if the file is over the limit (checked before reading, and again on what was read)
     * @throws IOException if it cannot be read
     */
    public static byte[] readBytes(Path file, Kind kind) throws IOException {
        return kind.readBytes(file);
    }

    /**
     * The settings every YAML parser of Alexandria starts from: SnakeYAML's limits on nesting, aliases, recursive
     * and duplicate keys and code points (the largest kind's limit; each file's own limit is checked before), and
     * Jackson's duplicate detection and limits on nesting and string length.
     *
     * @return a new builder
     */
    public static YAMLFactoryBuilder builder() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(MAX_ALIASES);
        loader.setAllowRecursiveKeys(false);
        loader.setAllowDuplicateKeys(false);
        loader.setNestingDepthLimit(MAX_PARSER_DEPTH);
        loader.setCodePointLimit(MAX_PARSER_CODE_POINTS);
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_PARSER_DEPTH)
                        .maxStringLength(MAX_PARSER_CODE_POINTS)
                        .build());
    }

    /**
     * A parser of YAML text with these limits, linear in the text's length.
     *
     * @param text the YAML text
     * @return a parser
     * @throws IOException if it cannot be made
     */
    public static JsonParser createParser(String text) throws IOException {
        return Shared.FACTORY.createParser(text);
    }

    /**
     * A factory of parsers like {@link #createParser(String)}'s, for an {@code ObjectMapper} (which makes itself
     * the factory's codec, so each mapper has its own).
     *
     * @return a new factory
     */
    public static YAMLFactory factory() {
        return new Factory(builder(), Parser::new);
    }

    /**
     * A factory like {@link #factory()}'s whose parsers are made by {@code parsers} (a subclass of Jackson's YAML
     * parser that decodes some tokens its own way), still over SnakeYAML's parser that reads linearly.
     *
     * @param parsers makes each parser, given what Jackson's {@code YAMLParser} constructor takes
     * @return a new factory
     */
    public static YAMLFactory factory(ParserMaker parsers) {
        return new Factory(builder(), parsers);
    }

    /** Makes a Jackson YAML parser over the given SnakeYAML parser: a constructor of a {@code YAMLParser}. */
    @FunctionalInterface
    public interface ParserMaker {

        /**
         * Makes a parser.
         *
         * @param ctxt           Jackson's I/O context
         * @param parserFeatures Jackson's parser features
         * @param yamlFeatures   the YAML parser features
         * @param codec          the codec, if any
         * @param reader         the characters
         * @param snake          SnakeYAML's parser over {@code reader}
         * @return the parser
         */
        YAMLParser make(IOContext ctxt, int parserFeatures, int yamlFeatures, ObjectCodec codec, Reader reader,
                        ParserImpl snake);
    }

    private static long largestLimit() {
        long max = 0;
        for (Kind k : Kind.values()) {
            max = Math.max(max, k.maxBytes());
        }
        return max;
    }

    /**
     * SnakeYAML's parser over a {@link WindowedStreamReader}, for a Jackson parser that reads linearly.
     *
     * @param reader  the characters
     * @param options SnakeYAML's options
     * @return the parser
     */
    public static ParserImpl snakeParser(Reader reader, LoaderOptions options) {
        return new ParserImpl(new WindowedStreamReader(reader), options);
    }

    /** Jackson's YAML factory, making parsers that read through {@link WindowedStreamReader}. */
    private static final class Factory extends YAMLFactory {

        private static final long serialVersionUID = 1L;

        /** Not serialized: a deserialized factory is a plain {@code YAMLFactory} anyway (its readResolve). */
        private final transient ParserMaker parsers;

        Factory(YAMLFactoryBuilder builder, ParserMaker parsers) {
            super(builder);
            this.parsers = parsers;
        }

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) {
            return parsers.make(ctxt, _parserFeatures, _yamlParserFeatures, _objectCodec, r,
                    snakeParser(r, _loaderOptions));
        }
    }

    /** Jackson's YAML parser over SnakeYAML's parser that reads linearly. */
    private static final class Parser extends YAMLParser {

        Parser(IOContext ctxt, int parserFeatures, int yamlFeatures, ObjectCodec codec, Reader reader,
               ParserImpl snake) {
            super(ctxt, parserFeatures, yamlFeatures, codec, reader, snake);
        }
    }
}
