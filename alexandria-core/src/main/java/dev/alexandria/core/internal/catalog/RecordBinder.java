package dev.alexandria.core.internal.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The common case of {@link YamlBinder#bind} without Jackson databind and Hibernate Validator: a document whose
 * every key is known, whose every value has exactly the expected YAML type (a string for a string, an integer for
 * a count, true/false for a boolean; no coercion) and meets every constraint of its {@link YamlModel} record
 * ({@code @NotNull}, {@code @NotBlank}, {@code @Pattern}, {@code @PositiveOrZero}, {@code @DecimalMin},
 * {@code @DecimalMax}) binds to the same record that databind would give, in one walk of the tree. Anything else
 * gives {@code null}, and {@link YamlBinder} binds and validates the document the general way, which reports
 * every problem; so this only ever makes a valid document cheaper, never changes a result or a message.
 *
 * <p>A record type with anything this does not know (another constraint, another Jackson annotation, another
 * value type) is never bound here.
 *
 * <p>Thread-safe: plans are immutable and cached per type.
 */
final class RecordBinder {

    private static final Map<Class<?>, Object> PLANS = new ConcurrentHashMap<>();

    /** Marks a type this cannot bind. */
    private static final Object UNSUPPORTED = new Object();

    private RecordBinder() {
    }

    /**
     * Binds a document's tree if it is valid and of the supported kind.
     *
     * @return the record, or {@code null} when the general binder must decide
     */
    static <T> T bindValid(JsonNode root, Class<T> type) {
        Object plan = plan(type);
        if (plan == UNSUPPORTED || root == null || !root.isObject()) {
            return null;
        }
        Object value = ((RecordPlan) plan).bind(root);
        return value == Fail.FAIL ? null : type.cast(value);
    }

    /**
     * Binds the value at a parser's current token (which must start a mapping) while it is read, without a tree:
     * the same record {@link #bindValid} would give for the tree of the same tokens, and where every member is,
     * into {@code loc} as {@link YamlFiles#parse} records it. Stops at the first thing {@link #bindValid} would
     * refuse (an unknown key, another YAML type, a broken constraint), and at anything the tree's reader
     * reports (an alias, nesting too deep), leaving the parser in the middle of the document.
     *
     * @return the record, or {@code null} when the document must be read into a tree and bound the general way
     * @throws IOException as the parser throws it
     */
    static <T> T bindStream(JsonParser p, Class<T> type, YamlDocument.Loc loc) throws IOException {
        Object plan = plan(type);
        if (plan == UNSUPPORTED || p.currentToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Object value = ((RecordPlan) plan).bindStream(p, loc, 0);
        return value == Fail.FAIL ? null : type.cast(value);
    }

    /** Whether a type can be bound by {@link #bindStream}. */
    static boolean supports(Class<?> type) {
        return plan(type) != UNSUPPORTED;
    }

    private static Object plan(Class<?> type) {
        Object plan = PLANS.get(type);
        if (plan == null) {
            try {
                plan = RecordPlan.of(type, new HashMap<>());
            } catch (Unsupported e) {
                plan = UNSUPPORTED;
            }
            PLANS.putIfAbsent(type, plan);
        }
        return plan;
    }

    /** A value that did not bind, or broke a constraint. */
    private enum Fail {
        FAIL
    }

    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** How one value is bound and checked. */
    private abstract static class ValuePlan {
        boolean notNull;
        boolean notBlank;
        java.util.regex.Pattern pattern;
        private static final int REMEMBERED = 4096;
        private final Map<String, Boolean> answers = new ConcurrentHashMap<>();
        boolean positiveOrZero;
        BigDecimal min;
        BigDecimal max;

        /** @return the value, {@code null}, or {@link Fail#FAIL} */
        abstract Object convert(JsonNode node);

        /**
         * Reads the value at the parser's current token (not null), and through its last token; where its
         * children are goes into {@code loc}.
         *
         * @return the value, or {@link Fail#FAIL}
         */
        abstract Object read(JsonParser p, YamlDocument.Loc loc, int depth) throws IOException;

        final Object bind(JsonNode node) {
            return check(node == null || node.isNull() ? null : convert(node));
        }

        /** {@link #bind} of the value at the parser's current token, read as {@link YamlFiles#parse} reads it. */
        final Object bindStream(JsonParser p, YamlDocument.Loc loc, int depth) throws IOException {
            if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
                return Fail.FAIL; // the tree's reader reports it
            }
            JsonToken t = p.currentToken();
            if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= YamlFiles.MAX_NESTING_DEPTH) {
                return Fail.FAIL;
            }
            return check(t == JsonToken.VALUE_NULL ? null : read(p, loc, depth));
        }

        /** The constraints, on a value that is bound ({@code null} for a missing or null one). */
        final Object check(Object value) {
            if (value == Fail.FAIL) {
                return value;
            }
            if (value == null) {
                return notNull || notBlank ? Fail.FAIL : null;
            }
            if (notBlank && ((String) value).trim().isEmpty()) {
                return Fail.FAIL;
            }
            if (pattern != null && !matches((String) value)) {
                return Fail.FAIL;
            }
            if (positiveOrZero && signum(value) < 0) {
                return Fail.FAIL;
            }
            if (min != null || max != null) {
                double d = (Double) value;
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return Fail.FAIL;
                }
                BigDecimal b = BigDecimal.valueOf(d);
                if (min != null && b.compareTo(min) < 0 || max != null && b.compareTo(max) > 0) {
                    return Fail.FAIL;
                }
            }
            return value;
        }

        /**
         * Whether a text matches the pattern; the answers for short texts are remembered (tags, names and folder
         * names repeat across thousands of files), up to {@value #REMEMBERED} per pattern.
         */
        private boolean matches(String text) {
            if (text.length() > 64) {
                return pattern.matcher(text).matches();
            }
            Boolean known = answers.get(text);
            if (known == null) {
                known = pattern.matcher(text).matches();
                if (answers.size() < REMEMBERED) {
                    answers.put(text, known);
                }
            }
            return known;
        }

        private static int signum(Object value) {
            if (value instanceof BigInteger i) {
                return i.signum();
            }
            return ((BigDecimal) value).signum();
        }

        /** Takes the constraints this knows; any other constraint or Jackson annotation makes the type unsupported. */
        void constrain(Class<?> raw, Annotation[] annotations) throws Unsupported {
            for (Annotation a : annotations) {
                if (a instanceof NotNull n && n.groups().length == 0) {
                    notNull = true;
                } else if (a instanceof NotBlank n && n.groups().length == 0 && raw == String.class) {
                    notBlank = true;
                } else if (a instanceof Pattern p && p.groups().length == 0 && p.flags().length == 0
                        && raw == String.class) {
                    pattern = java.util.regex.Pattern.compile(p.regexp());
                } else if (a instanceof PositiveOrZero p && p.groups().length == 0
                        && (raw == BigInteger.class || raw == BigDecimal.class)) {
                    positiveOrZero = true;
                } else if (a instanceof DecimalMin m && m.groups().length == 0 && m.inclusive() && raw == Double.class) {
                    min = new BigDecimal(m.value());
                } else if (a instanceof DecimalMax m && m.groups().length == 0 && m.inclusive() && raw == Double.class) {
                    max = new BigDecimal(m.value());
                } else if (a instanceof Valid || a instanceof JsonProperty) {
                    continue; // nested records are always checked; the name is taken by the record's plan
                } else {
                    throw new Unsupported(a.toString());
                }
            }
        }

        static ValuePlan of(AnnotatedType annotated, Annotation[] declared, Map<Class<?>, RecordPlan> seen)
                throws Unsupported {
            Type type = annotated.getType();
            ValuePlan plan;
            Class<?> raw;
            if (type instanceof ParameterizedType pt && annotated instanceof AnnotatedParameterizedType apt) {
                raw = (Class<?>) pt.getRawType();
                AnnotatedType[] args = apt.getAnnotatedActualTypeArguments();
                if (raw == List.class) {
                    plan = new ListPlan(of(args[0], new Annotation[0], seen));
                } else if (raw == Map.class && args[0].getType() == String.class
                        && args[0].getAnnotations().length == 0) {
                    plan = new MapPlan(of(args[1], new Annotation[0], seen));
                } else {
                    throw new Unsupported(type.toString());
                }
            } else if (type instanceof Class<?> c) {
                raw = c;
                plan = scalar(c, seen);
            } else {
                throw new Unsupported(type.toString());
            }
            plan.constrain(raw, declared);
            plan.constrain(raw, annotated.getAnnotations());
            return plan;
        }

        // Each scalar is read from a token as YamlFiles' tree holds it: an integer as a BigInteger, any other
        // number as a BigDecimal, so both ways give the same value.
        private static ValuePlan scalar(Class<?> c, Map<Class<?>, RecordPlan> seen) throws Unsupported {
            if (c == String.class) {
                return new ScalarPlan(n -> n.isTextual() ? n.textValue() : Fail.FAIL,
                        p -> p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : Fail.FAIL);
            }
            if (c == BigInteger.class) {
                return new ScalarPlan(n -> n.isIntegralNumber() ? n.bigIntegerValue() : Fail.FAIL,
                        p -> p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getBigIntegerValue() : Fail.FAIL);
            }
            if (c == BigDecimal.class) {
                return new ScalarPlan(n -> n.isIntegralNumber() || n.isBigDecimal() ? n.decimalValue() : Fail.FAIL,
                        p -> p.currentToken() == JsonToken.VALUE_NUMBER_INT ? new BigDecimal(p.getBigIntegerValue())
                                : p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT ? p.getDecimalValue() : Fail.FAIL);
            }
            if (c == Double.class) {
                return new ScalarPlan(n -> n.isIntegralNumber() || n.isBigDecimal() ? finite(n.doubleValue())
                        : Fail.FAIL,
                        p -> p.currentToken() == JsonToken.VALUE_NUMBER_INT ? finite(p.getBigIntegerValue().doubleValue())
                                : p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT
                                ? finite(p.getDecimalValue().doubleValue()) : Fail.FAIL);
            }
            if (c == Integer.class) {
                return new ScalarPlan(n -> n.isIntegralNumber() && n.canConvertToInt() ? n.intValue() : Fail.FAIL,
                        p -> {
                            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                                return Fail.FAIL;
                            }
                            BigInteger i = p.getBigIntegerValue();
                            return i.bitLength() < 32 ? (Object) i.intValue() : Fail.FAIL;
                        });
            }
            if (c == Boolean.class) {
                return new ScalarPlan(n -> n.isBoolean() ? n.booleanValue() : Fail.FAIL,
                        p -> p.currentToken() == JsonToken.VALUE_TRUE ? Boolean.TRUE
                                : p.currentToken() == JsonToken.VALUE_FALSE ? Boolean.FALSE : Fail.FAIL);
            }
            if (c.isRecord()) {
                return RecordPlan.of(c, seen);
            }
            throw new Unsupported(c.getName());
        }

        private static Object finite(double d) {
            return Double.isNaN(d) || Double.isInfinite(d) ? Fail.FAIL : d;
        }
    }

    /** Reads a scalar token; may throw what the parser throws. */
    @FunctionalInterface
    private interface TokenReader {
        Object read(JsonParser p) throws IOException;
    }

    private static final class ScalarPlan extends ValuePlan {
        private final java.util.function.Function<JsonNode, Object> convert;
        private final TokenReader token;

        ScalarPlan(java.util.function.Function<JsonNode, Object> convert, TokenReader token) {
            this.convert = convert;
            this.token = token;
        }

        @Override
        Object convert(JsonNode node) {
            return convert.apply(node);
        }

        @Override
        Object read(JsonParser p, YamlDocument.Loc loc, int depth) throws IOException {
            return token.read(p);
        }
    }

    private static final class ListPlan extends ValuePlan {
        private final ValuePlan element;

        ListPlan(ValuePlan element) {
            this.element = element;
        }

        @Override
        Object convert(JsonNode node) {
            if (!node.isArray()) {
                return Fail.FAIL;
            }
            List<Object> out = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                Object value = element.bind(item);
                if (value == Fail.FAIL) {
                    return value;
                }
                out.add(value);
            }
            return out;
        }

        @Override
        Object read(JsonParser p, YamlDocument.Loc loc, int depth) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return Fail.FAIL;
            }
            List<Object> out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                YamlDocument.Loc child = new YamlDocument.Loc(YamlDocument.NONE, YamlFiles.packed(p));
                loc.add(null, child);
                Object value = element.bindStream(p, child, depth + 1);
                if (value == Fail.FAIL) {
                    return value;
                }
                out.add(value);
            }
            loc.end = YamlFiles.packed(p);
            return out;
        }
    }

    private static final class MapPlan extends ValuePlan {
        private final ValuePlan value;

        MapPlan(ValuePlan value) {
            this.value = value;
        }

        @Override
        Object convert(JsonNode node) {
            if (!node.isObject()) {
                return Fail.FAIL;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                Object v = value.bind(e.getValue());
                if (v == Fail.FAIL) {
                    return v;
                }
                out.put(e.getKey(), v);
            }
            return out;
        }

        @Override
        Object read(JsonParser p, YamlDocument.Loc loc, int depth) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return Fail.FAIL;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                long key = YamlFiles.packed(p);
                p.nextToken();
                YamlDocument.Loc child = new YamlDocument.Loc(key, YamlFiles.packed(p));
                loc.add(name, child);
                Object v = value.bindStream(p, child, depth + 1);
                if (v == Fail.FAIL) {
                    return v;
                }
                out.put(name, v);
            }
            loc.end = YamlFiles.packed(p);
            return out;
        }
    }

    /** A record: its components by their YAML key, in order, and its canonical constructor. */
    private static final class RecordPlan extends ValuePlan {
        private String[] names;
        private ValuePlan[] components;
        private Constructor<?> constructor;

        static RecordPlan of(Class<?> type, Map<Class<?>, RecordPlan> seen) throws Unsupported {
            if (!type.isRecord()) {
                throw new Unsupported(type.getName());
            }
            RecordPlan known = seen.get(type);
            if (known != null) {
                return known;
            }
            for (Annotation a : type.getAnnotations()) {
                if (a.annotationType().getPackageName().startsWith("com.fasterxml.jackson")
                        || a.annotationType().getPackageName().startsWith("jakarta.validation")) {
                    throw new Unsupported(a.toString());
                }
            }
            RecordPlan plan = new RecordPlan();
            seen.put(type, plan);
            RecordComponent[] parts = type.getRecordComponents();
            plan.names = new String[parts.length];
            plan.components = new ValuePlan[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            PropertyNamingStrategies.NamingBase snake =
                    (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
            for (int i = 0; i < parts.length; i++) {
                RecordComponent part = parts[i];
                Method accessor = part.getAccessor();
                Annotation[] declared = accessor.getAnnotations();
                String name = snake.translate(part.getName());
                for (Annotation a : declared) {
                    if (a instanceof JsonProperty p && !p.value().isEmpty()) {
                        name = p.value();
                    } else if (a.annotationType().getPackageName().startsWith("com.fasterxml.jackson")
                            && !(a instanceof JsonProperty)) {
                        throw new Unsupported(a.toString());
                    }
                }
                plan.names[i] = name;
                plan.components[i] = ValuePlan.of(accessor.getAnnotatedReturnType(), declared, seen);
                types[i] = part.getType();
            }
            try {
                plan.constructor = type.getDeclaredConstructor(types);
                for (Annotation a : plan.constructor.getAnnotations()) {
                    throw new Unsupported(a.toString()); // a @JsonCreator or the like: databind decides
                }
                plan.constructor.setAccessible(true);
            } catch (NoSuchMethodException | RuntimeException e) {
                throw new Unsupported(type.getName());
            }
            return plan;
        }

        @Override
        Object convert(JsonNode node) {
            if (!node.isObject()) {
                return Fail.FAIL;
            }
            int known = 0;
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                JsonNode child = node.get(names[i]);
                if (child != null) {
                    known++;
                }
                Object value = components[i].bind(child);
                if (value == Fail.FAIL) {
                    return value;
                }
                args[i] = value;
            }
            if (known != node.size()) {
                return Fail.FAIL; // an unknown key
            }
            return construct(args);
        }

        @Override
        Object read(JsonParser p, YamlDocument.Loc loc, int depth) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return Fail.FAIL;
            }
            Object[] args = new Object[components.length];
            boolean[] seen = new boolean[components.length];
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int i = index(name);
                if (i < 0 || seen[i]) {
                    return Fail.FAIL; // an unknown key (a repeated one is refused by the parser)
                }
                seen[i] = true;
                long key = YamlFiles.packed(p);
                p.nextToken();
                YamlDocument.Loc child = new YamlDocument.Loc(key, YamlFiles.packed(p));
                loc.add(name, child);
                Object value = components[i].bindStream(p, child, depth + 1);
                if (value == Fail.FAIL) {
                    return value;
                }
                args[i] = value;
            }
            loc.end = YamlFiles.packed(p);
            for (int i = 0; i < components.length; i++) {
                if (!seen[i] && components[i].check(null) == Fail.FAIL) {
                    return Fail.FAIL; // a required key is missing
                }
            }
            return construct(args);
        }

        private int index(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        private Object construct(Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                return Fail.FAIL;
            }
        }
    }
}
