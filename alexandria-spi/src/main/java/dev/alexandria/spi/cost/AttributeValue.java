package dev.alexandria.spi.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of one argument of a resource instance, as Alexandria evaluated it from the module's HCL, the
 * variables' defaults and the inputs: absent (not set, or {@code null}, which Terraform treats as not set),
 * unknown (it depends on something only known after apply, or on an input that was not given), or known.
 *
 * <p>A known value is a string, a number ({@link BigDecimal}), a bool, a list or a map of values. The
 * accessors convert as Terraform does: {@code "20"} is the number 20 and {@code "true"} the bool true.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * AttributeValue type = AttributeValue.known("t3.micro",
 *         Origin.of(Origin.Kind.ATTRIBUTE, "instance_type = \"t3.micro\""));
 * String instanceType = type.asString().orElseThrow();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AttributeValue {

    private static final AttributeValue ABSENT = new AttributeValue(State.ABSENT, null, null, "", "");

    /**
     * Whether the value is absent, unknown or known.
     *
     * @since 0.1.0
     */
    public enum State {
        /** not set, or set to {@code null} */
        ABSENT,
        /** set, but the value cannot be known before apply, or depends on an input that was not given */
        UNKNOWN,
        /** set to a known value */
        KNOWN
    }

    private final State state;
    private final Object value;
    private final Origin origin;
    private final String expression;
    private final String reason;

    private AttributeValue(State state, Object value, Origin origin, String expression, String reason) {
        this.state = state;
        this.value = value;
        this.origin = origin;
        this.expression = expression;
        this.reason = reason;
    }

    /** @return the value of an argument that is not set */
    public static AttributeValue absent() {
        return ABSENT;
    }

    /**
     * An argument whose value cannot be known.
     *
     * @param expression the argument's source text, e.g. {@code var.instance_type}
     * @param reason     why it is unknown, for people, e.g. {@code var.instance_type has no default and no input}
     * @return the value
     */
    public static AttributeValue unknown(String expression, String reason) {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(reason, "reason");
        return new AttributeValue(State.UNKNOWN, null, null, expression, reason);
    }

    /**
     * A known value.
     *
     * @param value  a {@link String}, {@link BigDecimal} (or other {@link Number}), {@link Boolean},
     *               {@link List} of {@code AttributeValue} or {@link Map} of {@code String} to
     *               {@code AttributeValue}
     * @param origin where it came from
     * @return the value
     * @throws IllegalArgumentException if the value is of another type
     */
    public static AttributeValue known(Object value, Origin origin) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        return new AttributeValue(State.KNOWN, normalize(value), origin, origin.detail(), "");
    }

    private static Object normalize(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof List<?> list) {
            List<AttributeValue> copy = new ArrayList<>(list.size());
            for (Object o : list) {
                copy.add(element(o));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                copy.put(String.valueOf(e.getKey()), element(e.getValue()));
            }
            return Collections.unmodifiableMap(copy);
        }
        throw new IllegalArgumentException("an attribute value is a string, number, bool, list or map, not "
                + value.getClass().getName());
    }

    private static AttributeValue element(Object o) {
        if (o instanceof AttributeValue v) {
            return v;
        }
        throw new IllegalArgumentException("the elements of a list or map attribute are AttributeValues, not "
                + (o == null ? "null" : o.getClass().getName()));
    }

    /**
     * The same known value with another origin, for a value read through another (a reference to another
     * resource's argument, say).
     *
     * @param other the origin
     * @return a known value equal to this one but for its origin
     * @throws IllegalStateException if this value is not known
     */
    public AttributeValue withOrigin(Origin other) {
        Objects.requireNonNull(other, "other");
        if (state != State.KNOWN) {
            throw new IllegalStateException("only a known value has an origin: " + this);
        }
        return new AttributeValue(State.KNOWN, value, other, other.detail(), "");
    }

    /** @return whether the value is absent, unknown or known */
    public State state() {
        return state;
    }

    /** @return true if the argument is not set or {@code null} */
    public boolean isAbsent() {
        return state == State.ABSENT;
    }

    /** @return true if the argument is set but its value cannot be known */
    public boolean isUnknown() {
        return state == State.UNKNOWN;
    }

    /** @return true if the value is known */
    public boolean isKnown() {
        return state == State.KNOWN;
    }

    /** @return where a known value came from; empty for absent and unknown values */
    public Optional<Origin> origin() {
        return Optional.ofNullable(origin);
    }

    /** @return the source text of a set argument (for a known one, its origin's detail); empty when absent */
    public String expression() {
        return expression;
    }

    /** @return why an unknown value is unknown; empty otherwise */
    public String unknownReason() {
        return reason;
    }

    /**
     * @return a known string, number or bool as a string ({@code 20}, {@code true}); empty if absent, unknown,
     *         a list or a map
     */
    public Optional<String> asString() {
        if (value instanceof String s) {
            return Optional.of(s);
        }
        if (value instanceof BigDecimal n) {
            return Optional.of(n.stripTrailingZeros().toPlainString());
        }
        if (value instanceof Boolean b) {
            return Optional.of(b.toString());
        }
        return Optional.empty();
    }

    /** @return a known number, or a string that is one; empty otherwise */
    public Optional<BigDecimal> asNumber() {
        if (value instanceof BigDecimal n) {
            return Optional.of(n);
        }
        if (value instanceof String s) {
            try {
                return Optional.of(new BigDecimal(s.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** @return a known bool, or the string {@code "true"} or {@code "false"}; empty otherwise */
    public Optional<Boolean> asBool() {
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if ("true".equals(value)) {
            return Optional.of(true);
        }
        if ("false".equals(value)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** @return the elements of a known list (or set or tuple); empty for anything else */
    @SuppressWarnings("unchecked")
    public List<AttributeValue> asList() {
        return value instanceof List<?> l ? (List<AttributeValue>) l : List.of();
    }

    /** @return the entries of a known map (or object); empty for anything else */
    @SuppressWarnings("unchecked")
    public Map<String, AttributeValue> asMap() {
        return value instanceof Map<?, ?> m ? (Map<String, AttributeValue>) m : Map.of();
    }

    /** @return true if this is a known list */
    public boolean isList() {
        return value instanceof List<?>;
    }

    /** @return true if this is a known map */
    public boolean isMap() {
        return value instanceof Map<?, ?>;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributeValue other && state == other.state && Objects.equals(value, other.value)
                && Objects.equals(origin, other.origin) && expression.equals(other.expression)
                && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value, origin, expression, reason);
    }

    /** @return {@code absent}, {@code unknown(var.x)} or the known value */
    @Override
    public String toString() {
        switch (state) {
            case ABSENT:
                return "absent";
            case UNKNOWN:
                return "unknown(" + expression + ")";
            default:
                return String.valueOf(value);
        }
    }
}
