package dev.alexandria.core.internal.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.inspect.SizeLimit;
import dev.alexandria.core.internal.text.SymbolicLinks;
import dev.alexandria.core.internal.yaml.YamlErrors;
import dev.alexandria.core.internal.yaml.YamlLimits;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML files of the library defensively: the size is checked before reading (the limit of the file's
 * {@link YamlLimits.Kind}), the bytes must be UTF-8, links may not leave the library root, aliases, duplicate keys
 * and deep nesting are refused, and parsing is linear in the file's size. Every problem is a
 * {@link FindingException} with file:line:column.
 *
 * <p>Thread-safe: the factory is immutable once built.
 */
final class YamlFiles {

    static final int MAX_NESTING_DEPTH = YamlErrors.MAX_NESTING_DEPTH;

    private static final YAMLFactory FACTORY = YamlLimits.factory(Parser::new);

    private YamlFiles() {
    }

    /**
     * SnakeYAML's default implicit types, the table Jackson's parser consults for every plain scalar: which first
     * characters can make a plain scalar anything but a string (a number, a boolean, null, a date, a merge key).
     * Immutable once built, so one is shared by every parser.
     */
    private static final class ImplicitTypes extends Resolver {

        /** How many short scalars' answers are remembered (tags, tiers, maturities repeat in every file). */
        private static final int REMEMBERED = 4096;

        /**
         * The resolvers tried whatever the first character (SnakeYAML's null and empty patterns), with the
         * longest scalar each is tried on; filled while the superclass's constructor adds the resolvers, so it is
         * made there and has no initializer.
         */
        private List<Pattern> anyFirst;
        private List<Integer> anyFirstLimits;

        private final Map<String, Boolean> shortAnswers = new ConcurrentHashMap<>();

        /**
         * The longest plain scalar whose first character starts an implicit type for which SnakeYAML's answer is
         * remembered: versions, dates and numbers are short and repeat across files.
         */
        private static final int SHORT = 32;

        /** How many such scalars' answers are remembered. */
        private static final int REMEMBERED_TYPED = 16384;

        private final Map<String, Boolean> typedAnswers = new ConcurrentHashMap<>();

        /**
         * Whether Jackson's parser gives a string for this plain scalar: SnakeYAML's resolver types it as
         * anything but an integer, a float, a boolean or null (Jackson reads a string for every other tag). The
         * answer is the resolver's own, remembered, so its patterns run once per distinct scalar.
         */
        private boolean typedAsString(String value) {
            Boolean known = typedAnswers.get(value);
            if (known == null) {
                Tag tag = resolve(NodeId.scalar, value, true);
                known = tag != Tag.INT && tag != Tag.FLOAT && tag != Tag.BOOL && tag != Tag.NULL;
                if (typedAnswers.size() < REMEMBERED_TYPED) {
                    typedAnswers.put(value, known);
                }
            }
            return known;
        }

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (first == null) {
                if (anyFirst == null) {
                    anyFirst = new ArrayList<>();
                    anyFirstLimits = new ArrayList<>();
                }
                anyFirst.add(regexp);
                anyFirstLimits.add(limit);
            }
            super.addImplicitResolver(tag, regexp, first, limit);
        }

        /**
         * Whether SnakeYAML's resolver would type this plain, non-empty scalar as a string: none of its
         * resolvers is registered for the scalar's first character, and none of those tried whatever the first
         * character matches it (each tried, as SnakeYAML does, only up to its length limit; the answer for a
         * short scalar is remembered, so the patterns run once per distinct short scalar).
         */
        boolean surelyString(String value) {
            if (yamlImplicitResolvers.containsKey(value.charAt(0))) {
                return value.length() <= SHORT && typedAsString(value);
            }
            if (anyFirst == null) {
                return true;
            }
            Boolean known = shortAnswers.get(value);
            if (known != null) {
                return known;
            }
            boolean tried = false;
            boolean string = true;
            for (int i = 0; i < anyFirst.size(); i++) {
                if (value.length() <= anyFirstLimits.get(i)) {
                    tried = true;
                    if (anyFirst.get(i).matcher(value).matches()) {
                        string = false;
                        break;
                    }
                }
            }
            if (tried && shortAnswers.size() < REMEMBERED) {
                shortAnswers.put(value, string);
            }
            return string;
        }
    }

    private static final ImplicitTypes IMPLICIT_TYPES = new ImplicitTypes();

    /** Whether a plain scalar is typed as a string here, not by Jackson's own code (for tests). */
    static boolean typedWithoutPatterns(String plainScalar) {
        return IMPLICIT_TYPES.surelyString(plainScalar);
    }

    /**
     * Jackson's YAML parser over SnakeYAML's parser that reads linearly ({@link YamlLimits}), typing scalars exactly
     * as it does, but without running the implicit types' regular expressions on a scalar no pattern can match: a
     * quoted scalar, or a plain one whose first character starts no implicit type (most names, ids, descriptions
     * and constraints); and a short plain scalar that SnakeYAML's resolver types as a string (a version, a date)
     * is asked about once, its answer remembered. Those patterns were a large part of the CPU and the allocation of
     * opening a big library; numbers, booleans, nulls and long scalars that start a type still go through
     * Jackson's own code.
     */
    private static final class Parser extends YAMLParser {

        Parser(IOContext ctxt, int parserFeatures, int yamlFeatures, ObjectCodec codec, Reader reader,
               ParserImpl snake) {
            super(ctxt, parserFeatures, yamlFeatures, codec, reader, snake);
        }

        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
            String value = scalar.getValue();
            String tag = scalar.getTag();
            if (!value.isEmpty() && (tag == null || tag.equals("!"))
                    && (!scalar.getImplicit().canOmitTagInPlainScalar() || IMPLICIT_TYPES.surelyString(value))) {
                // What YAMLParser does when its resolver answers "str"
                _textValue = value;
                _cleanedTextValue = null;
                return JsonToken.VALUE_STRING;
            }
            return super._decodeScalar(scalar);
        }
    }

    /** A parser of the library's YAML (for tests: the tokens it gives). */
    static JsonParser createParser(String text) throws IOException {
        return FACTORY.createParser(text);
    }

    /**
     * Reads and parses a file of the library.
     *
     * @param root        the library root (real path), which links may not leave
     * @param file        the file
     * @param displayPath the file as users see it, relative to the root
     */
    static YamlDocument read(Path root, Path file, String displayPath) {
        String text = readText(root, file, displayPath);
        return parse(text, displayPath);
    }

    static String readText(Path root, Path file, String displayPath) {
        return decodeUtf8(readBytes(root, file, displayPath), displayPath);
    }

    /**
     * Reads a file of the library after checking it: inside the root, present, a regular file, not too large.
     *
     * @param root        the library root (real path), which links may not leave
     * @param file        the file
     * @param displayPath the file as users see it, relative to the root
     * @return its bytes
     * @throws FindingException if a check fails or the file cannot be read
     */
    static byte[] readBytes(Path root, Path file, String displayPath) {
        SourceLocation where = SourceLocation.of(displayPath);
        try {
            if (Files.exists(file)) {
                Path real = file.toRealPath();
                if (!real.startsWith(root)) {
                    String what = (Files.isSymbolicLink(file) ? "is a symbolic link to "
                            : "resolves through a symbolic link to ") + LibraryLoader.fromRoot(root, real);
                    throw problem("symlink-outside-root", where, what + ", which is outside the library root",
                            "replace the link with a copy of the file inside the library", null);
                }
            }
            if (!Files.exists(file)) {
                Optional<List<Path>> loop = Files.isSymbolicLink(file) ? SymbolicLinks.loop(file) : Optional.empty();
                if (loop.isPresent()) {
                    throw problem("symlink-loop", where, "is a symbolic link that loops and never reaches a file: "
                            + SymbolicLinks.describe(root, loop.get()),
                            "point the link at the file it stands for, or replace it with the file", null);
                }
                throw problem("file-missing", where, "does not exist", "create it (see docs/library-format.md)",
                        null);
            }
            if (Files.isDirectory(file)) {
                throw problem("file-not-regular", where, "is a directory, expected a YAML file",
                        "remove the directory or move it out of the way", null);
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
                throw problem("file-not-regular", where, "is not a regular file", "replace it with a YAML file",
                        null);
            }
            YamlLimits.Kind kind = YamlLimits.Kind.ofLibraryFile(displayPath);
            long size = Files.size(file);
            if (size > kind.maxBytes()) {
                throw problem("file-too-large", SizeLimit.wherePassed(file, displayPath, kind.maxBytes()),
                        kind.overLimit(size) + ", which it passes here", kind.fix(), null);
            }
            byte[] bytes;
            try {
                bytes = YamlLimits.readBytes(file, kind);
            } catch (YamlLimits.TooLarge e) { // it grew between the check and the read
                throw problem("file-too-large", SizeLimit.wherePassed(file, displayPath, kind.maxBytes()),
                        kind.overLimit(e.size()) + ", which it passes here", kind.fix(), e);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw problem("file-missing", where, "does not exist", "create it (see docs/library-format.md)", e);
        } catch (IOException e) {
            throw problem("file-unreadable", where, "cannot be read: " + e, "check the file's permissions", e);
        }
    }

    static String decodeUtf8(byte[] bytes, String displayPath) {
        // The JDK's own decoding makes the string in one step; it replaces a malformed sequence by U+FFFD, so
        // only a text with U+FFFD in it (malformed, or holding that character itself) is decoded again strictly,
        // which finds and reports the bad byte
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient.startsWith("\uFEFF") ? lenient.substring(1) : lenient;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw problem("file-encoding", SourceLocation.of(displayPath, line, offset - lineStart + 1),
                    String.format("is not valid UTF-8 (byte 0x%02X at offset %d)", bytes[offset] & 0xFF, offset),
                    "save the file as UTF-8", e);
        } catch (CharacterCodingException e) {
            throw problem("file-encoding", SourceLocation.of(displayPath), "is not valid UTF-8",
                    "save the file as UTF-8", e);
        }
    }

    /**
     * Parses YAML text and binds it to a {@link YamlModel} record in the same pass, when it is valid: the
     * tokens go straight into the record (and the locations into the document), without a tree. The document's
     * tree is then read from its text only if it is asked for, and {@link YamlBinder#bind} gives the record
     * bound here. Anything else (a syntax error, an unknown key, a value of another type, a broken constraint)
     * is parsed again by {@link #parse(String, String)}, so its findings are exactly those of that path.
     *
     * @param text        the YAML text
     * @param displayPath the file as users see it, relative to the root
     * @param model       the record the file is bound to
     * @return the document
     * @throws FindingException as {@link #parse(String, String)}
     */
    static YamlDocument parse(String text, String displayPath, Class<?> model) {
        if (!RecordBinder.supports(model)) {
            return parse(text, displayPath);
        }
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                YamlDocument.Loc locs = new YamlDocument.Loc(YamlDocument.NONE, packed(p));
                Object bound = RecordBinder.bindStream(p, model, locs);
                if (bound != null && p.nextToken() == null) {
                    return new YamlDocument(displayPath, text, locs, model, bound);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the general path below reads the same text, meets the same problem and reports it
        }
        return parse(text, displayPath);
    }

    /** Parses YAML text into a tree with locations. */
    static YamlDocument parse(String text, String displayPath) {
        if (text.isBlank() || text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#")
                || l.strip().equals("---"))) {
            throw problem("file-empty", SourceLocation.of(displayPath), "is empty",
                    "add the content described in docs/library-format.md or delete the file", null);
        }
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw problem("file-empty", SourceLocation.of(displayPath), "is empty",
                        "add the content described in docs/library-format.md or delete the file", null);
            }
            YamlDocument.Loc locs = new YamlDocument.Loc(YamlDocument.NONE,
                    packed(p.currentTokenLocation()));
            JsonNode root = readValue(p, locs, 0, displayPath);
            JsonToken next = p.nextToken();
            if (next != null) {
                throw problem("yaml-syntax", location(displayPath, p.currentTokenLocation()),
                        "holds more than one YAML document", "keep one document per file (remove '---')", null);
            }
            return new YamlDocument(displayPath, text, root, locs);
        } catch (FindingException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw limit(displayPath, e.getOriginalMessage(), e);
        } catch (StreamReadException e) {
            throw translate(e, displayPath, text);
        } catch (YAMLException e) {
            throw translateYaml(e, displayPath, null, text);
        } catch (IOException e) {
            throw problem("file-unreadable", SourceLocation.of(displayPath), "cannot be parsed: " + e,
                    "check the file", e);
        } catch (RuntimeException e) {
            // SnakeYAML and Jackson signal some limits with plain runtime exceptions; never crash on input
            throw problem("yaml-syntax", SourceLocation.of(displayPath), "cannot be parsed: "
                    + firstLine(String.valueOf(e.getMessage())), "check the YAML syntax", e);
        }
    }

    /**
     * Reads the value at the parser's current token into a node, and where it and its children are into
     * {@code loc} (whose value location the caller has set).
     */
    private static JsonNode readValue(JsonParser p, YamlDocument.Loc loc, int depth, String file)
            throws IOException {
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= MAX_NESTING_DEPTH) {
            throw problem("yaml-limits", location(file, p.currentTokenLocation()), "nests deeper than "
                    + MAX_NESTING_DEPTH + " levels", "flatten the structure; no library file needs that depth", null);
        }
        if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
            throw problem("yaml-alias", location(file, p.currentTokenLocation()), "uses the YAML alias '*"
                    + yp.getText() + "'; aliases and anchors are not supported", "write the value out in full", null);
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    long key = packed(p.currentTokenLocation());
                    p.nextToken();
                    YamlDocument.Loc child = new YamlDocument.Loc(key,
                            packed(p.currentTokenLocation()));
                    loc.add(name, child);
                    object.set(name, readValue(p, child, depth + 1, file));
                }
                loc.end = packed(p.currentTokenLocation());
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    YamlDocument.Loc child = new YamlDocument.Loc(YamlDocument.NONE,
                            packed(p.currentTokenLocation()));
                    loc.add(null, child);
                    array.add(readValue(p, child, depth + 1, file));
                }
                loc.end = packed(p.currentTokenLocation());
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return nodes.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                try {
                    return DecimalNode.valueOf(p.getDecimalValue());
                } catch (StreamReadException | NumberFormatException e) {
                    // YAML 1.1's .inf and .nan are floats no decimal holds: valid YAML, so kept as written, for
                    // the rule that reads the key to refuse as a value quoted from the file
                    return nodes.textNode(p.getText());
                }
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                return nodes.textNode(p.getText());
        }
    }

    static String escape(String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return key;
        }
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static FindingException translate(StreamReadException e, String file, String text) {
        return new FindingException(YamlErrors.of(e, file, text), e);
    }

    private static FindingException limit(String file, String message, Exception cause) {
        return new FindingException(YamlErrors.limit(file, message), cause);
    }

    private static FindingException translateYaml(YAMLException e, String file, Exception outer, String text) {
        return new FindingException(YamlErrors.of(e, file, text), outer == null ? e : outer);
    }

    /** Where the parser's current token starts, packed as {@link YamlDocument} keeps it. */
    static long packed(JsonParser p) {
        return packed(p.currentTokenLocation());
    }

    /** A location packed as {@link YamlDocument} keeps it, without allocating a {@link SourceLocation}. */
    private static long packed(JsonLocation l) {
        return l == null ? YamlDocument.pack(0, 0) : YamlDocument.pack(Math.max(0, l.getLineNr()),
                Math.max(0, l.getColumnNr()));
    }

    static SourceLocation location(String file, JsonLocation l) {
        if (l == null) {
            return SourceLocation.of(file);
        }
        return SourceLocation.of(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static FindingException problem(String rule, SourceLocation where, String message, String hint,
                                    Throwable cause) {
        return new FindingException(Finding.error(rule, where, message, hint), cause);
    }
}
