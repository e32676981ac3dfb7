package dev.alexandria.api.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A value written literally in a configuration file, such as a variable's default: a string, a number, a
 * bool, {@code null}, a list or a map, or - when the expression is not a literal (it calls a function,
 * refers to something, interpolates) - the expression's exact source text.
 *
 * <p>Every implementation is an immutable record and safe to share. Java 17 has no pattern {@code switch},
 * so {@link #kind()} and the {@code as…} accessors are offered too.
 *
 * @since 0.1.0
 */
public sealed interface LiteralValue {

    /**
     * The cases of {@link LiteralValue}.
     *
     * @since 0.1.0
     */
    enum Kind {
        /** {@link StringValue} */
        STRING,
        /** {@link NumberValue} */
        NUMBER,
        /** {@link BoolValue} */
        BOOL,
        /** {@link NullValue} */
        NULL,
        /** {@link ListValue} */
        LIST,
        /** {@link MapValue} */
        MAP,
        /** {@link NonLiteral} */
        NON_LITERAL
    }

    /** @return which case this is */
    Kind kind();

    /** @return whether this value, and every value inside it, is literal */
    default boolean isLiteral() {
        return kind() != Kind.NON_LITERAL;
    }

    /**
     * The value in HCL spelling: {@code "text"} (escaped), {@code 1.5}, {@code true}, {@code null},
     * {@code [1, 2]}, {@code {key = "value"}}; a non-literal as its source text.
     *
     * @return the HCL text
     */
    default String hcl() {
        StringBuilder sb = new StringBuilder();
        HclText.append(this, sb);
        return sb.toString();
    }

    /** @return the string, if this is a string */
    default Optional<String> asString() {
        return this instanceof StringValue s ? Optional.of(s.value()) : Optional.empty();
    }

    /** @return the bool, if this is a bool */
    default Optional<Boolean> asBool() {
        return this instanceof BoolValue b ? Optional.of(b.value()) : Optional.empty();
    }

    /**
     * @param value the string
     * @return a string value
     */
    static LiteralValue of(String value) {
        return new StringValue(value);
    }

    /** @return the null value */
    static LiteralValue nullValue() {
        return NullValue.INSTANCE;
    }

    /**
     * A string.
     *
     * @param value the string, never null
     * @since 0.1.0
     */
    record StringValue(String value) implements LiteralValue {
        /**
         * Creates a string value.
         *
         * @param value the string; not null
         * @throws NullPointerException if {@code value} is null
         */
        public StringValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Kind kind() {
            return Kind.STRING;
        }
    }

    /**
     * A number, exact as written.
     *
     * @param value the number, never null
     * @since 0.1.0
     */
    record NumberValue(BigDecimal value) implements LiteralValue {
        /**
         * Creates a number value; its scale is kept, but does not count for {@link #equals(Object)}.
         *
         * @param value the number, exact as written; not null
         * @throws NullPointerException if {@code value} is null
         */
        public NumberValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Kind kind() {
            return Kind.NUMBER;
        }

        /** Equal numbers are equal regardless of scale ({@code 1.0} equals {@code 1}). */
        @Override
        public boolean equals(Object o) {
            return o instanceof NumberValue n && n.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return value.stripTrailingZeros().hashCode();
        }
    }

    /**
     * A bool.
     *
     * @param value the bool
     * @since 0.1.0
     */
    record BoolValue(boolean value) implements LiteralValue {
        @Override
        public Kind kind() {
            return Kind.BOOL;
        }
    }

    /**
     * The {@code null} literal.
     *
     * @since 0.1.0
     */
    record NullValue() implements LiteralValue {
        /** The one instance (all instances are equal). */
        public static final NullValue INSTANCE = new NullValue();

        @Override
        public Kind kind() {
            return Kind.NULL;
        }
    }

    /**
     * A list (a tuple in HCL terms).
     *
     * @param elements the elements, copied
     * @since 0.1.0
     */
    record ListValue(List<LiteralValue> elements) implements LiteralValue {
        /**
         * Creates a list value, copying the elements.
         *
         * @param elements the elements in order; not null, no null elements
         * @throws NullPointerException if {@code elements} or one of its elements is null
         */
        public ListValue {
            elements = List.copyOf(elements);
        }

        @Override
        public Kind kind() {
            return Kind.LIST;
        }
    }

    /**
     * A map or object, in the order the keys were written.
     *
     * @param entries the entries, copied; iteration order is preserved
     * @since 0.1.0
     */
    record MapValue(Map<String, LiteralValue> entries) implements LiteralValue {
        /**
         * Creates a map value, copying the entries and keeping their iteration order.
         *
         * @param entries the entries in the order written; not null, no null keys or values
         * @throws NullPointerException if {@code entries}, a key or a value is null
         */
        public MapValue {
            Objects.requireNonNull(entries, "entries");
            LinkedHashMap<String, LiteralValue> copy = new LinkedHashMap<>();
            entries.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
            entries = Collections.unmodifiableMap(copy);
        }

        @Override
        public Kind kind() {
            return Kind.MAP;
        }
    }

    /**
     * An expression that is not a literal, kept as its exact source text.
     *
     * @param source the expression's source text, never null
     * @since 0.1.0
     */
    record NonLiteral(String source) implements LiteralValue {
        /**
         * Creates a non-literal expression.
         *
         * @param source the expression's exact source text; not null
         * @throws NullPointerException if {@code source} is null
         */
        public NonLiteral {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public Kind kind() {
            return Kind.NON_LITERAL;
        }
    }
}
