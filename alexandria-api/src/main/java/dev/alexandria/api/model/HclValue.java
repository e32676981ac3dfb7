package dev.alexandria.api.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A value of the Terraform language, in the style of the cty library that Terraform and HCL evaluate with: a
 * string, an arbitrary-precision number, a bool, a tuple, list or set, an object or map, a typed
 * {@code null}, or an <em>unknown</em> value (one that is only known after apply, such as a resource
 * attribute or a data source result), each with its {@linkplain #type() type}.
 *
 * <p>Types are {@link TypeConstraint}s; {@link TypeConstraint#ANY} stands for cty's dynamic pseudo-type
 * (the type of an untyped {@code null} or of an unknown value whose type is not known either). Structural
 * values (tuples, objects) have exact types; collections (lists, sets, maps) have one element type, and every
 * element has exactly that type. Strings, object attribute names and map keys are kept in Unicode normal form C
 * (NFC), object attributes and map keys are sorted, set elements are distinct and ordered (strings lexically, numbers ascending, {@code false}
 * before {@code true}, other elements in the order given), as cty keeps them, so equal values are
 * {@link Object#equals(Object) equal} records. {@link #hcl()} renders a value in HCL spelling.
 *
 * <p>Build values with the factories ({@link #of(String)}, {@link #of(long)}, {@link #tuple(List)},
 * {@link #object(Map)}, {@link #listOf(TypeConstraint, List)} ...) or the record constructors; the
 * constructors validate (a list element of the wrong type is refused with an {@link IllegalArgumentException}).
 * Conversions between types follow Terraform's rules and are done by {@code Alexandria.evaluate} (for example
 * {@code tolist([1, 2])}), not here.
 *
 * <p>Every implementation is an immutable record and safe to share between threads. Java 17 has no pattern
 * {@code switch}, so {@link #kind()} and the {@code as…} accessors are offered too.
 *
 * <pre>{@code
 * HclValue zones = HclValue.listOf(TypeConstraint.STRING, List.of(HclValue.of("a"), HclValue.of("b")));
 * HclValue settings = HclValue.object(Map.of("zones", zones, "size", HclValue.of(3)));
 * String text = settings.hcl();                       // {size = 3, zones = ["a", "b"]}
 * boolean known = settings.isWhollyKnown();          // true
 * }</pre>
 *
 * @since 0.2.0
 */
public sealed interface HclValue permits HclValue.StringValue, HclValue.NumberValue, HclValue.BoolValue,
        HclValue.TupleValue, HclValue.ListValue, HclValue.SetValue, HclValue.ObjectValue, HclValue.MapValue,
        HclValue.NullValue, HclValue.UnknownValue {

    /** The value {@code true}. */
    HclValue TRUE = new BoolValue(true);
    /** The value {@code false}. */
    HclValue FALSE = new BoolValue(false);
    /** An untyped {@code null} (of type {@code any}), what the literal {@code null} evaluates to. */
    HclValue NULL = new NullValue(TypeConstraint.ANY);
    /** An unknown value of unknown type (cty's {@code DynamicVal}). */
    HclValue UNKNOWN = new UnknownValue(TypeConstraint.ANY, Refinement.NONE);
    /** The empty tuple, {@code []}. */
    HclValue EMPTY_TUPLE = new TupleValue(List.of());
    /** The empty object, <code>{}</code>. */
    HclValue EMPTY_OBJECT = new ObjectValue(Map.of());

    /**
     * The cases of {@link HclValue}.
     *
     * @since 0.2.0
     */
    enum Kind {
        /** {@link StringValue} */
        STRING,
        /** {@link NumberValue} */
        NUMBER,
        /** {@link BoolValue} */
        BOOL,
        /** {@link TupleValue} */
        TUPLE,
        /** {@link ListValue} */
        LIST,
        /** {@link SetValue} */
        SET,
        /** {@link ObjectValue} */
        OBJECT,
        /** {@link MapValue} */
        MAP,
        /** {@link NullValue} */
        NULL,
        /** {@link UnknownValue} */
        UNKNOWN
    }

    /** @return which case this is */
    Kind kind();

    /** @return the value's type; {@link TypeConstraint#ANY} for an untyped null or an unknown of unknown type */
    TypeConstraint type();

    /**
     * Whether this value has the given type: {@code type().equals(t)} with object attributes compared as a set and
     * optional markers ignored, checked without building this value's type.
     *
     * @param type a type
     * @return whether {@link #type()} is {@code type} in canonical form
     */
    default boolean hasType(TypeConstraint type) {
        return HclText.hasType(this, HclText.canonical(java.util.Objects.requireNonNull(type, "type")));
    }

    /** @return whether this value is known (it may still contain unknown elements) */
    default boolean isKnown() {
        return kind() != Kind.UNKNOWN;
    }

    /** @return whether this is a {@code null} */
    default boolean isNull() {
        return kind() == Kind.NULL;
    }

    /** @return whether this value and every value inside it is known */
    default boolean isWhollyKnown() {
        switch (kind()) {
            case UNKNOWN:
                return false;
            case TUPLE:
            case LIST:
            case SET:
                return elements().stream().allMatch(HclValue::isWhollyKnown);
            case OBJECT:
            case MAP:
                return attributes().values().stream().allMatch(HclValue::isWhollyKnown);
            default:
                return true;
        }
    }

    /**
     * The elements of a tuple, list or set, in order.
     *
     * @return the elements; empty for any other value
     */
    default List<HclValue> elements() {
        return List.of();
    }

    /**
     * The attributes of an object or the entries of a map, sorted by name.
     *
     * @return the attributes or entries; empty for any other value
     */
    default Map<String, HclValue> attributes() {
        return Map.of();
    }

    /** @return the string, if this is a known string */
    default Optional<String> asString() {
        return this instanceof StringValue s ? Optional.of(s.value()) : Optional.empty();
    }

    /** @return the number, if this is a known number */
    default Optional<BigDecimal> asNumber() {
        return this instanceof NumberValue n ? Optional.of(n.value()) : Optional.empty();
    }

    /** @return the bool, if this is a known bool */
    default Optional<Boolean> asBool() {
        return this instanceof BoolValue b ? Optional.of(b.value()) : Optional.empty();
    }

    /**
     * The value in HCL spelling: {@code "text"} (escaped), {@code 1.5}, {@code true}, {@code null},
     * {@code [1, 2]} (tuples), {@code tolist([1, 2])}, {@code toset(...)}, {@code {key = "value"}} (objects),
     * {@code tomap({...})}, and {@code (known after apply)} for an unknown value, as Terraform's plan shows it.
     *
     * @return the HCL text
     */
    default String hcl() {
        StringBuilder sb = new StringBuilder();
        HclText.append(this, sb);
        return sb.toString();
    }

    // ------------------------------------------------------------------ factories

    /**
     * @param value a string; normalized to Unicode normal form C, as Terraform does
     * @return a string value
     */
    static HclValue of(String value) {
        return new StringValue(value);
    }

    /**
     * @param value a number
     * @return a number value
     */
    static HclValue of(BigDecimal value) {
        return new NumberValue(value);
    }

    /**
     * @param value a whole number
     * @return a number value
     */
    static HclValue of(long value) {
        return new NumberValue(BigDecimal.valueOf(value));
    }

    /**
     * @param value a bool
     * @return {@link #TRUE} or {@link #FALSE}
     */
    static HclValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /**
     * @param elements the elements, of any types
     * @return a tuple value
     */
    static HclValue tuple(List<? extends HclValue> elements) {
        return new TupleValue(List.copyOf(elements));
    }

    /**
     * @param attributes attribute name to value; names are normalized to Unicode normal form C
     * @return an object value
     * @throws IllegalArgumentException if two names are the same in normal form C
     */
    static HclValue object(Map<String, ? extends HclValue> attributes) {
        return new ObjectValue(Map.copyOf(attributes));
    }

    /**
     * @param elementType the element type
     * @param elements    the elements, each of exactly {@code elementType}
     * @return a list value
     * @throws IllegalArgumentException if an element has another type
     */
    static HclValue listOf(TypeConstraint elementType, List<? extends HclValue> elements) {
        return new ListValue(elementType, List.copyOf(elements));
    }

    /**
     * @param elementType the element type
     * @param elements    the elements, each of exactly {@code elementType}; duplicates are dropped
     * @return a set value
     * @throws IllegalArgumentException if an element has another type
     */
    static HclValue setOf(TypeConstraint elementType, List<? extends HclValue> elements) {
        return new SetValue(elementType, List.copyOf(elements));
    }

    /**
     * @param elementType the element type
     * @param entries     key to value, each of exactly {@code elementType}; keys are normalized to Unicode normal
     *                    form C
     * @return a map value
     * @throws IllegalArgumentException if a value has another type, or two keys are the same in normal form C
     */
    static HclValue mapOf(TypeConstraint elementType, Map<String, ? extends HclValue> entries) {
        return new MapValue(elementType, Map.copyOf(entries));
    }

    /**
     * @param type the type of the null
     * @return a typed null
     */
    static HclValue nullOf(TypeConstraint type) {
        return new NullValue(type);
    }

    /**
     * @param type the type of the value that is not known yet
     * @return an unknown value without refinements
     */
    static HclValue unknown(TypeConstraint type) {
        return new UnknownValue(type, Refinement.NONE);
    }

    // ------------------------------------------------------------------ cases

    /**
     * A string.
     *
     * @param value the string, in Unicode normal form C
     * @since 0.2.0
     */
    record StringValue(String value) implements HclValue {
        /**
         * Creates a string value, normalizing it to Unicode normal form C as cty does.
         *
         * @param value the string; not null
         * @throws NullPointerException if {@code value} is null
         */
        public StringValue {
            Objects.requireNonNull(value, "value");
            value = HclText.nfc(value);
        }

        @Override
        public Kind kind() {
            return Kind.STRING;
        }

        @Override
        public TypeConstraint type() {
            return TypeConstraint.STRING;
        }
    }

    /**
     * A number of arbitrary precision.
     *
     * @param value the number
     * @since 0.2.0
     */
    record NumberValue(BigDecimal value) implements HclValue {
        /**
         * Creates a number value; its scale is kept, but does not count for {@link #equals(Object)}.
         *
         * @param value the number; not null
         * @throws NullPointerException if {@code value} is null
         */
        public NumberValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Kind kind() {
            return Kind.NUMBER;
        }

        @Override
        public TypeConstraint type() {
            return TypeConstraint.NUMBER;
        }

        /** Equal numbers are equal regardless of scale ({@code 1.0} equals {@code 1}). */
        @Override
        public boolean equals(Object o) {
            return o instanceof NumberValue n && n.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
        }
    }

    /**
     * A bool.
     *
     * @param value the bool
     * @since 0.2.0
     */
    record BoolValue(boolean value) implements HclValue {
        @Override
        public Kind kind() {
            return Kind.BOOL;
        }

        @Override
        public TypeConstraint type() {
            return TypeConstraint.BOOL;
        }
    }

    /**
     * A tuple: a sequence whose elements may have different types; what {@code [a, b]} evaluates to.
     *
     * @param elements the elements, copied
     * @since 0.2.0
     */
    record TupleValue(List<HclValue> elements) implements HclValue {
        /**
         * Creates a tuple, copying the elements.
         *
         * @param elements the elements in order; not null, no null elements
         * @throws NullPointerException if {@code elements} or an element is null
         */
        public TupleValue {
            elements = List.copyOf(elements);
        }

        @Override
        public Kind kind() {
            return Kind.TUPLE;
        }

        @Override
        public TypeConstraint type() {
            List<TypeConstraint> types = new ArrayList<>(elements.size());
            for (HclValue e : elements) {
                types.add(e.type());
            }
            return new TypeConstraint.TupleType(types);
        }
    }

    /**
     * A list: a sequence of elements of one type.
     *
     * @param elementType the element type
     * @param elements    the elements, copied
     * @since 0.2.0
     */
    record ListValue(TypeConstraint elementType, List<HclValue> elements) implements HclValue {
        /**
         * Creates a list, copying the elements.
         *
         * @param elementType the element type; not null
         * @param elements    the elements in order, each of exactly {@code elementType}; not null
         * @throws NullPointerException     if an argument or an element is null
         * @throws IllegalArgumentException if an element has another type
         */
        public ListValue {
            Objects.requireNonNull(elementType, "elementType");
            elements = List.copyOf(elements);
            elementType = HclText.canonical(elementType);
            HclText.checkTypes(elementType, elements, "list");
        }

        @Override
        public Kind kind() {
            return Kind.LIST;
        }

        @Override
        public TypeConstraint type() {
            return new TypeConstraint.Collection(TypeConstraint.Collection.Kind.LIST, elementType);
        }
    }

    /**
     * A set: distinct elements of one type, in cty's order.
     *
     * @param elementType the element type
     * @param elements    the elements: distinct, ordered, copied
     * @since 0.2.0
     */
    record SetValue(TypeConstraint elementType, List<HclValue> elements) implements HclValue {
        /**
         * Creates a set: drops duplicate elements and orders the rest (strings by code point, numbers
         * ascending, {@code false} before {@code true}, unknown elements last, other elements in the order
         * given). As in cty, an element that is not wholly known is never taken for a duplicate: it may stand
         * for any value, so {@code toset([var.a, var.b])} keeps both unknowns.
         *
         * @param elementType the element type; not null
         * @param elements    the elements, each of exactly {@code elementType}; not null
         * @throws NullPointerException     if an argument or an element is null
         * @throws IllegalArgumentException if an element has another type
         */
        public SetValue {
            Objects.requireNonNull(elementType, "elementType");
            elementType = HclText.canonical(elementType);
            HclText.checkTypes(elementType, elements, "set");
            LinkedHashSet<HclValue> known = new LinkedHashSet<>();
            List<HclValue> distinct = new ArrayList<>(elements.size());
            for (HclValue e : elements) {
                if (!e.isWhollyKnown() || known.add(e)) {
                    distinct.add(e);
                }
            }
            distinct.sort(HclText.SET_ORDER);
            elements = List.copyOf(distinct);
        }

        @Override
        public Kind kind() {
            return Kind.SET;
        }

        @Override
        public TypeConstraint type() {
            return new TypeConstraint.Collection(TypeConstraint.Collection.Kind.SET, elementType);
        }
    }

    /**
     * An object: named attributes of any types; what <code>{a = 1}</code> evaluates to.
     *
     * @param attributes the attributes, copied and sorted by name
     * @since 0.2.0
     */
    record ObjectValue(Map<String, HclValue> attributes) implements HclValue {
        /**
         * Creates an object, copying the attributes with their names in Unicode normal form C (as cty's
         * {@code ObjectVal} does), sorted by name.
         *
         * @param attributes name to value; not null, no null keys or values
         * @throws NullPointerException     if the map, a key or a value is null
         * @throws IllegalArgumentException if two names are the same in normal form C
         */
        public ObjectValue {
            attributes = HclText.sortedCopy(attributes);
        }

        @Override
        public Kind kind() {
            return Kind.OBJECT;
        }

        @Override
        public TypeConstraint type() {
            List<TypeConstraint.Attribute> attrs = new ArrayList<>(attributes.size());
            attributes.forEach((k, v) -> attrs.add(new TypeConstraint.Attribute(k, v.type(), false,
                    Optional.empty())));
            return new TypeConstraint.ObjectType(attrs);
        }
    }

    /**
     * A map: string keys to values of one type.
     *
     * @param elementType the element type
     * @param attributes  the entries, copied and sorted by key
     * @since 0.2.0
     */
    record MapValue(TypeConstraint elementType, Map<String, HclValue> attributes) implements HclValue {
        /**
         * Creates a map, copying the entries with their keys in Unicode normal form C (as cty's {@code MapVal}
         * does), sorted by key.
         *
         * @param elementType the element type; not null
         * @param attributes  key to value, each of exactly {@code elementType}; not null
         * @throws NullPointerException     if an argument, a key or a value is null
         * @throws IllegalArgumentException if a value has another type, or two keys are the same in normal form C
         */
        public MapValue {
            Objects.requireNonNull(elementType, "elementType");
            attributes = HclText.sortedCopy(attributes);
            elementType = HclText.canonical(elementType);
            HclText.checkTypes(elementType, attributes.values(), "map");
        }

        @Override
        public Kind kind() {
            return Kind.MAP;
        }

        @Override
        public TypeConstraint type() {
            return new TypeConstraint.Collection(TypeConstraint.Collection.Kind.MAP, elementType);
        }
    }

    /**
     * A {@code null} of a type.
     *
     * @param type the type; {@link TypeConstraint#ANY} for the untyped {@code null} literal
     * @since 0.2.0
     */
    record NullValue(TypeConstraint type) implements HclValue {
        /**
         * Creates a typed null.
         *
         * @param type the type; not null
         * @throws NullPointerException if {@code type} is null
         */
        public NullValue {
            type = HclText.canonical(Objects.requireNonNull(type, "type"));
        }

        @Override
        public Kind kind() {
            return Kind.NULL;
        }
    }

    /**
     * A value not known until apply: a resource attribute, a data source result, a module output, or
     * anything computed from one.
     *
     * @param type       its type, as far as it is known ({@link TypeConstraint#ANY} when not)
     * @param refinement what is known about it all the same
     * @since 0.2.0
     */
    record UnknownValue(TypeConstraint type, Refinement refinement) implements HclValue {
        /**
         * Creates an unknown value.
         *
         * @param type       its type; not null
         * @param refinement what is known about it; not null ({@link Refinement#NONE} for nothing)
         * @throws NullPointerException if an argument is null
         */
        public UnknownValue {
            type = HclText.canonical(Objects.requireNonNull(type, "type"));
            Objects.requireNonNull(refinement, "refinement");
        }

        @Override
        public Kind kind() {
            return Kind.UNKNOWN;
        }
    }

    /**
     * What is known about an unknown value, after cty's value refinements: whether it is certainly not
     * {@code null}, the prefix a string starts with, bounds of a number, bounds of a collection's length.
     * Terraform uses them to give known results for some operations on unknown values
     * ({@code "a-${x}" == "b"} is {@code false}).
     *
     * @param notNull      whether the value is certainly not {@code null}
     * @param stringPrefix the known start of a string, empty when none
     * @param lowerBound   the least a number can be, if known
     * @param upperBound   the most a number can be, if known
     * @param minLength    the least number of elements a collection can have
     * @param maxLength    the most number of elements a collection can have, {@link Long#MAX_VALUE} when unbounded
     * @since 0.2.0
     */
    record Refinement(boolean notNull, String stringPrefix, Optional<Bound> lowerBound, Optional<Bound> upperBound,
            long minLength, long maxLength) {

        /** Nothing known. */
        public static final Refinement NONE = new Refinement(false, "", Optional.empty(), Optional.empty(), 0,
                Long.MAX_VALUE);

        /** Known only not to be null. */
        public static final Refinement NOT_NULL = new Refinement(true, "", Optional.empty(), Optional.empty(), 0,
                Long.MAX_VALUE);

        /**
         * Validates the components.
         *
         * @param notNull      whether the value is certainly not null
         * @param stringPrefix the known start of a string; not null, empty when none
         * @param lowerBound   the least a number can be; not null
         * @param upperBound   the most a number can be; not null
         * @param minLength    the least number of elements; not negative
         * @param maxLength    the most number of elements; at least {@code minLength}
         * @throws NullPointerException     if a reference is null
         * @throws IllegalArgumentException if the length bounds are negative or crossed
         */
        public Refinement {
            Objects.requireNonNull(stringPrefix, "stringPrefix");
            Objects.requireNonNull(lowerBound, "lowerBound");
            Objects.requireNonNull(upperBound, "upperBound");
            if (minLength < 0 || maxLength < minLength) {
                throw new IllegalArgumentException("length bounds must satisfy 0 <= min <= max: " + minLength + ", "
                        + maxLength);
            }
        }
    }

    /**
     * A bound of a number's range.
     *
     * @param value     the bound
     * @param inclusive whether the bound itself is in the range
     * @since 0.2.0
     */
    record Bound(BigDecimal value, boolean inclusive) {
        /**
         * Validates the bound.
         *
         * @param value     the bound; not null
         * @param inclusive whether the bound itself is in the range
         * @throws NullPointerException if {@code value} is null
         */
        public Bound {
            Objects.requireNonNull(value, "value");
        }
    }
}
