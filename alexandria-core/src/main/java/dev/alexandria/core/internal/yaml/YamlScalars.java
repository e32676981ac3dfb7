package dev.alexandria.core.internal.yaml;

import dev.alexandria.core.internal.text.Echoes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one way the writer turns a value into YAML scalar text. Quoting is decided by SnakeYAML, not by us:
 * its {@link Resolver} says whether a plain scalar would read back as a string (it is the resolver Jackson's
 * YAML parser, and so our reader, uses: {@code on}, {@code ~}, {@code 0x1F}, {@code 1.0} do not; with the types
 * other YAML 1.1 and 1.2 readers resolve registered on it, {@link #PLAIN_STRING}), and its
 * {@link Emitter} says whether a plain scalar is possible at that place (indicators, {@code ": "},
 * {@code " #"}, leading or trailing spaces, line breaks, control characters, {@code ---}). A string is written
 * plain when SnakeYAML writes it plain on one line; otherwise SnakeYAML writes it double-quoted, with every
 * line break and control character escaped, so each scalar stays on one line (the minimal-diff writer works
 * on lines).
 *
 * <p>Each scalar is emitted inside a tiny document that puts it where it will stand (a block mapping key or
 * value, a flow sequence item, a flow mapping key), because the rules differ there: {@code a,b} may be plain
 * in block context but not in flow context.
 *
 * <p>Thread-safe: the options and the resolver are never changed after construction; each call uses its own
 * emitter.
 */
public final class YamlScalars {

    /** Where a scalar stands. */
    public enum Place {
        /** A key of a block mapping: {@code KEY: value}. */
        BLOCK_KEY,
        /** A value of a block mapping: {@code key: VALUE}. */
        BLOCK_VALUE,
        /** An item of a flow sequence or a value of a flow mapping: {@code [ITEM]}, {@code {k: VALUE}}. */
        FLOW_VALUE,
        /** A key of a flow mapping: {@code {KEY: v}}. */
        FLOW_KEY
    }

    private static final Resolver RESOLVER = new Resolver();
    /**
     * What decides whether a string may stay plain: SnakeYAML's resolver (YAML 1.1 as our reader, Jackson's,
     * resolves it) with, registered through its own {@link Resolver#addImplicitResolver}, the implicit types other
     * readers resolve and SnakeYAML leaves out, so a file we write reads the same in them: YAML 1.1's value
     * {@code =} ({@link Resolver#VALUE}, SnakeYAML's own pattern; PyYAML refuses the file) and its booleans
     * {@code y}/{@code n} (yaml.org/type/bool, go-yaml v2), and the YAML 1.2 core schema's ints and floats
     * (YAML 1.2.2, 10.3.2: {@code 0o17}, {@code 09}, {@code 1e3}). Only for strings: typed values are checked
     * against {@link #RESOLVER}, the reader's.
     */
    private static final Resolver PLAIN_STRING = new Resolver() {
        @Override
        protected void addImplicitResolvers() {
            super.addImplicitResolvers();
            addImplicitResolver(new Tag(Tag.PREFIX + "value"), VALUE, "=");
            addImplicitResolver(Tag.BOOL, java.util.regex.Pattern.compile("^(?:y|Y|n|N)$"), "yYnN");
            addImplicitResolver(Tag.INT, java.util.regex.Pattern.compile(
                    "^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), "-+0123456789");
            addImplicitResolver(Tag.FLOAT, java.util.regex.Pattern.compile(
                    "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)"
                            + "|\\.nan|\\.NaN|\\.NAN)$"), "-+0123456789.");
        }
    };
    private static final DumperOptions OPTIONS = options();
    private static final Set<Tag> NUMBERS = Set.of(Tag.INT, Tag.FLOAT);

    private YamlScalars() {
    }

    private static DumperOptions options() {
        DumperOptions o = new DumperOptions();
        o.setAllowUnicode(true);
        o.setSplitLines(false); // one line per scalar, however long
        o.setWidth(1 << 30); // never break before a long flow key either
        o.setLineBreak(DumperOptions.LineBreak.UNIX);
        o.setMaxSimpleKeyLength(1024); // the longest implicit key YAML allows
        return o;
    }

    /**
     * A string as a scalar that reads back as the same string: plain where SnakeYAML writes it plain on one
     * line, else double-quoted.
     */
    public static String string(String value, Place place) {
        Objects.requireNonNull(value, "value");
        unpairedSurrogate(value);
        boolean plainIsString = PLAIN_STRING.resolve(NodeId.scalar, value, true).equals(Tag.STR);
        String plain = emit(value, new ImplicitTuple(plainIsString, true), ScalarStyle.PLAIN, place);
        if (value.equals(plain)) {
            return plain;
        }
        String quoted = emit(value, new ImplicitTuple(plainIsString, true), ScalarStyle.DOUBLE_QUOTED, place);
        // an empty or multi-line flow key is written as an explicit key, "? " first
        if (quoted == null || !(quoted.startsWith("\"") || place == Place.FLOW_KEY && quoted.startsWith("? \""))) {
            throw new IllegalArgumentException("cannot be written as a YAML "
                    + place.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + Echoes.quoted(value));
        }
        return quoted;
    }

    /**
     * Refuses text that is not Unicode: a lone UTF-16 surrogate cannot be stored in a UTF-8 file (Java would
     * write '?' instead) and SnakeYAML would pair it with the next character.
     */
    private static void unpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(String.format("cannot be written to a YAML file: %s is not "
                        + "valid Unicode text (an unpaired surrogate \\u%04X at index %d)",
                        Echoes.quoted(value), (int) c,
                        i));
            }
        }
    }

    /** A number, written plain as a YAML int or float. */
    public static String number(BigDecimal value) {
        return typed(value.toPlainString(), NUMBERS);
    }

    /** A number, written plain as a YAML int or float ({@code .nan}, {@code .inf}, {@code -.inf} included). */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return typed(".nan", NUMBERS);
        }
        if (Double.isInfinite(value)) {
            return typed(value > 0 ? ".inf" : "-.inf", NUMBERS);
        }
        return number(BigDecimal.valueOf(value));
    }

    /** A whole number, written plain as a YAML int. */
    public static String number(long value) {
        return typed(Long.toString(value), Set.of(Tag.INT));
    }

    /** A boolean, written plain as a YAML bool. */
    public static String bool(boolean value) {
        return typed(Boolean.toString(value), Set.of(Tag.BOOL));
    }

    /**
     * A date as ISO-8601 text: plain when it is a YAML timestamp ({@code 2026-03-14}), else (years outside
     * 0000-9999) as a string; the reader takes both.
     */
    public static String date(LocalDate value) {
        String text = value.toString();
        if (RESOLVER.resolve(NodeId.scalar, text, true).equals(Tag.TIMESTAMP)) {
            return typed(text, Set.of(Tag.TIMESTAMP));
        }
        return string(text, Place.BLOCK_VALUE);
    }

    /**
     * A typed value's canonical text, which must resolve to one of the expected tags when plain: a number that
     * would read back as a string is a bug here, not something to quote around.
     */
    private static String typed(String text, Set<Tag> expected) {
        Tag tag = RESOLVER.resolve(NodeId.scalar, text, true);
        if (!expected.contains(tag)) {
            throw new IllegalStateException("'" + text + "' reads back as " + tag + ", expected one of " + expected);
        }
        String plain = emit(text, new ImplicitTuple(true, false), ScalarStyle.PLAIN, Place.BLOCK_VALUE);
        if (!text.equals(plain)) {
            throw new IllegalStateException("'" + text + "' is not written plain: " + plain);
        }
        return plain;
    }

    /** Emits the value at its place in a small document and cuts it out; null if the shape is unexpected. */
    private static String emit(String value, ImplicitTuple implicit, ScalarStyle style, Place place) {
        ScalarEvent scalar = new ScalarEvent(null, null, implicit, value, null, null, style);
        ScalarEvent other = new ScalarEvent(null, null, new ImplicitTuple(true, true), "k", null, null,
                ScalarStyle.PLAIN);
        String out;
        String prefix;
        String suffix;
        switch (place) {
            case BLOCK_KEY:
                out = document(mapping(FlowStyle.BLOCK), scalar, other, new MappingEndEvent(null, null));
                prefix = "";
                suffix = ": k\n";
                break;
            case BLOCK_VALUE:
                out = document(mapping(FlowStyle.BLOCK), other, scalar, new MappingEndEvent(null, null));
                prefix = "k: ";
                suffix = "\n";
                break;
            case FLOW_VALUE:
                out = document(new SequenceStartEvent(null, null, true, null, null, FlowStyle.FLOW), scalar,
                        new SequenceEndEvent(null, null));
                prefix = "[";
                suffix = "]\n";
                break;
            case FLOW_KEY:
                out = document(mapping(FlowStyle.FLOW), scalar, other, new MappingEndEvent(null, null));
                prefix = "{";
                suffix = ": k}\n";
                break;
            default:
                throw new IllegalStateException("unknown place " + place);
        }
        if (!out.startsWith(prefix) || !out.endsWith(suffix) || out.length() < prefix.length() + suffix.length()) {
            return null;
        }
        String text = out.substring(prefix.length(), out.length() - suffix.length());
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 ? null : text;
    }

    private static MappingStartEvent mapping(FlowStyle style) {
        return new MappingStartEvent(null, null, true, null, null, style);
    }

    private static String document(Event... body) {
        StringWriter out = new StringWriter();
        Emitter emitter = new Emitter(out, OPTIONS);
        try {
            emitter.emit(new StreamStartEvent(null, null));
            emitter.emit(new DocumentStartEvent(null, null, false, null, null));
            for (Event e : body) {
                emitter.emit(e);
            }
            emitter.emit(new DocumentEndEvent(null, null, false));
            emitter.emit(new StreamEndEvent(null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
