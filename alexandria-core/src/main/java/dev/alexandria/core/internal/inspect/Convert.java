package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.TypeConstraint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Terraform's type conversions, after zclconf/go-cty v1.18 {@code cty/convert}: safe and unsafe conversions
 * between primitive, collection and structural types, optional object attributes, type unification, and the
 * mismatch messages users see ("a number is required", {@code attribute "name" is required}). Stateless.
 */
final class Convert {

    /** A failed conversion: the message, and the path inside the value where it failed ("" at the top). */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final String path;

        Failure(String message, String path) {
            super(message, null, false, false);
            this.path = path;
        }

        /** The message prefixed with its path, as Terraform's {@code tfdiags.FormatError} shows it. */
        String withPath() {
            return path.isEmpty() ? getMessage() : path + ": " + getMessage();
        }
    }

    /** A conversion of values of one type to another; {@code path} locates the value for error messages. */
    @FunctionalInterface
    interface Conv {
        HclValue apply(HclValue in, String path) throws Failure;
    }

    /** A type unification: the common type and, per input type, its conversion (null where none is needed). */
    record Unified(TypeConstraint type, List<Conv> conversions) {
    }

    private Convert() {
    }

    /** cty's {@code convert.Convert}. */
    static HclValue convert(HclValue in, TypeConstraint want) throws Failure {
        if (Types.isDynamic(want) || in.hasType(Types.canonical(want))) {
            return in;
        }
        if (in.isNull() && Types.isDynamic(in.type())) {
            // an untyped null is the null of the wanted type, which the general conversion below also gives, but
            // without looking the conversion up (a variable's "default = null" is common)
            return HclValue.nullOf(Types.canonical(want));
        }
        HclValue fast = fast(in, want);
        if (fast != null) {
            return fast;
        }
        Conv c = conversion(in.type(), want, true);
        if (c == null) {
            throw new Failure(mismatchMessage(in.type(), want), "");
        }
        return c.apply(in, "");
    }

    /** A key of the conversion and unification memos. */
    private record Key(Object in, TypeConstraint out, boolean unsafe) {
    }

    /** No conversion: memoized as this, since the memo map cannot hold null. */
    private static final Conv NONE = (v, p) -> v;

    /**
     * Memos of the pure functions {@link #conversion} and {@link #unify}: building a conversion walks both types
     * and allocates a closure per level, and a module converts the same few types over and over. Bounded: cleared
     * when full, so odd inputs cannot grow it without limit.
     */
    private static final int MEMO_LIMIT = 4096;
    private static final java.util.concurrent.ConcurrentHashMap<Key, Conv> CONVERSIONS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<Key, Object> UNIFICATIONS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The conversions of known values that succeed, done directly: a value is walked together with the type it
     * is converted to, without working out types or building a conversion. It gives what {@link #conversion}
     * gives, for the cases it takes: primitives, and collections, objects and tuples of known, non-null values
     * whose target types have no dynamic part. Anything else - unknown or null parts, {@code any} element types
     * (which unify), maps to objects, failures (which need cty's messages) - returns null, for the general
     * conversion to do.
     */
    static HclValue fast(HclValue v, TypeConstraint t) {
        return fast(v, t, null);
    }

    /**
     * Like {@link #fast(HclValue, TypeConstraint)}, filling in the defaults of {@code optional()} attributes on
     * the way, as {@link TypeDefaults#apply} followed by {@link #convert} would when both succeed; {@code defaults}
     * holds each attribute's default converted to its type (null: no defaults are applied).
     */
    static HclValue fast(HclValue v, TypeConstraint t, Map<TypeConstraint.Attribute, HclValue> defaults) {
        if (!v.isKnown() || v.isNull()) {
            return null;
        }
        if (t instanceof TypeConstraint.AnyType) {
            return v;
        }
        if (t instanceof TypeConstraint.Primitive p) {
            HclValue.Kind k = v.kind();
            switch (p.type()) {
                case STRING:
                    return k == HclValue.Kind.STRING ? v : k == HclValue.Kind.NUMBER
                            ? HclValue.of(Values.numberText(Values.num(v))) : k == HclValue.Kind.BOOL
                                    ? HclValue.of(Values.isTrue(v) ? "true" : "false") : null;
                case NUMBER:
                    if (k == HclValue.Kind.NUMBER) {
                        return v;
                    }
                    if (k == HclValue.Kind.STRING) {
                        BigDecimal d = parseNumber(((HclValue.StringValue) v).value());
                        return d == null ? null : HclValue.of(d);
                    }
                    return null;
                default:
                    if (k == HclValue.Kind.BOOL) {
                        return v;
                    }
                    if (k == HclValue.Kind.STRING) {
                        String s = ((HclValue.StringValue) v).value();
                        return s.equals("true") || s.equals("1") ? HclValue.TRUE : s.equals("false") || s.equals("0")
                                ? HclValue.FALSE : null;
                    }
                    return null;
            }
        }
        if (t instanceof TypeConstraint.Collection c) {
            TypeConstraint e = c.element();
            if (Types.hasDynamic(e)) {
                return null;
            }
            TypeConstraint ce = Types.canonical(e);
            HclValue.Kind k = v.kind();
            if (c.kind() == TypeConstraint.Collection.Kind.MAP) {
                if (k != HclValue.Kind.OBJECT && k != HclValue.Kind.MAP) {
                    return null;
                }
                Map<String, HclValue> out = new HashMap<>();
                for (Map.Entry<String, HclValue> x : v.attributes().entrySet()) {
                    HclValue y = fast(x.getValue(), e, defaults);
                    if (y == null) {
                        return null;
                    }
                    out.put(x.getKey(), y);
                }
                return new HclValue.MapValue(ce, out);
            }
            if (k != HclValue.Kind.TUPLE && k != HclValue.Kind.LIST && k != HclValue.Kind.SET) {
                return null;
            }
            List<HclValue> out = new ArrayList<>(v.elements().size());
            for (HclValue x : v.elements()) {
                HclValue y = fast(x, e, defaults);
                if (y == null) {
                    return null;
                }
                out.add(y);
            }
            return c.kind() == TypeConstraint.Collection.Kind.LIST ? new HclValue.ListValue(ce, out)
                    : new HclValue.SetValue(ce, out);
        }
        if (t instanceof TypeConstraint.ObjectType o) {
            if (v.kind() != HclValue.Kind.OBJECT) {
                return null;
            }
            Map<String, HclValue> attrs = v.attributes();
            Map<String, HclValue> out = new HashMap<>();
            for (TypeConstraint.Attribute a : o.attributes()) {
                HclValue x = attrs.get(a.name());
                if (defaults != null && a.defaultValue().isPresent() && (x == null || x.isNull())) {
                    HclValue d = TypeDefaults.defaultOf(a, defaults);
                    if (d == null) {
                        return null;
                    }
                    out.put(a.name(), d);
                    continue;
                }
                if (x == null) {
                    if (!a.optional()) {
                        return null;
                    }
                    out.put(a.name(), HclValue.nullOf(Types.canonical(a.type())));
                    continue;
                }
                HclValue y = fast(x, a.type(), defaults);
                if (y == null) {
                    return null;
                }
                out.put(a.name(), y);
            }
            return new HclValue.ObjectValue(out);
        }
        if (t instanceof TypeConstraint.TupleType tt && v.kind() == HclValue.Kind.TUPLE
                && v.elements().size() == tt.elements().size()) {
            List<HclValue> out = new ArrayList<>(tt.elements().size());
            for (int i = 0; i < tt.elements().size(); i++) {
                HclValue y = fast(v.elements().get(i), tt.elements().get(i), defaults);
                if (y == null) {
                    return null;
                }
                out.add(y);
            }
            return new HclValue.TupleValue(out);
        }
        return null;
    }

    /**
     * {@link #fast(HclValue, TypeConstraint, Map)} reading a literal as written (a default of a typed variable),
     * so its untyped value need not be built first. Null when it does not apply.
     */
    static HclValue fastLiteral(LiteralValue v, TypeConstraint t, Map<TypeConstraint.Attribute, HclValue> defaults) {
        switch (v.kind()) {
            case STRING:
            case NUMBER:
            case BOOL:
                return t instanceof TypeConstraint.Primitive ? fast(Evaluator.literal(v), t, defaults) : null;
            case LIST: {
                List<LiteralValue> els = ((LiteralValue.ListValue) v).elements();
                if (t instanceof TypeConstraint.Collection c && c.kind() != TypeConstraint.Collection.Kind.MAP
                        && !Types.hasDynamic(c.element())) {
                    List<HclValue> out = new ArrayList<>(els.size());
                    for (LiteralValue x : els) {
                        HclValue y = fastLiteral(x, c.element(), defaults);
                        if (y == null) {
                            return null;
                        }
                        out.add(y);
                    }
                    TypeConstraint ce = Types.canonical(c.element());
                    return c.kind() == TypeConstraint.Collection.Kind.LIST ? new HclValue.ListValue(ce, out)
                            : new HclValue.SetValue(ce, out);
                }
                return null;
            }
            case MAP: {
                Map<String, LiteralValue> entries = ((LiteralValue.MapValue) v).entries();
                if (t instanceof TypeConstraint.Collection c && c.kind() == TypeConstraint.Collection.Kind.MAP
                        && !Types.hasDynamic(c.element())) {
                    Map<String, HclValue> out = new HashMap<>();
                    for (Map.Entry<String, LiteralValue> x : entries.entrySet()) {
                        HclValue y = fastLiteral(x.getValue(), c.element(), defaults);
                        if (y == null) {
                            return null;
                        }
                        out.put(x.getKey(), y);
                    }
                    return new HclValue.MapValue(Types.canonical(c.element()), out);
                }
                if (t instanceof TypeConstraint.ObjectType o) {
                    Map<String, HclValue> out = new HashMap<>();
                    for (TypeConstraint.Attribute a : o.attributes()) {
                        LiteralValue x = entries.get(a.name());
                        if (defaults != null && a.defaultValue().isPresent() && (x == null
                                || x.kind() == LiteralValue.Kind.NULL)) {
                            HclValue d = TypeDefaults.defaultOf(a, defaults);
                            if (d == null) {
                                return null;
                            }
                            out.put(a.name(), d);
                            continue;
                        }
                        if (x == null) {
                            if (!a.optional()) {
                                return null;
                            }
                            out.put(a.name(), HclValue.nullOf(Types.canonical(a.type())));
                            continue;
                        }
                        HclValue y = fastLiteral(x, a.type(), defaults);
                        if (y == null) {
                            return null;
                        }
                        out.put(a.name(), y);
                    }
                    return new HclValue.ObjectValue(out);
                }
                return null;
            }
            default:
                return null;
        }
    }

    /** @return the conversion, or null when there is none */
    static Conv conversion(TypeConstraint in, TypeConstraint out, boolean unsafe) {
        Key key = new Key(in, out, unsafe);
        Conv c = CONVERSIONS.get(key);
        if (c == null) {
            c = newConversion(in, out, unsafe);
            if (CONVERSIONS.size() >= MEMO_LIMIT) {
                CONVERSIONS.clear();
            }
            CONVERSIONS.put(key, c == null ? NONE : c);
            return c;
        }
        return c == NONE ? null : c;
    }

    private static Conv newConversion(TypeConstraint in, TypeConstraint out, boolean unsafe) {
        Conv known = conversionKnown(in, out, unsafe);
        if (known == null) {
            return null;
        }
        return (v, path) -> {
            if (Types.isDynamic(out)) {
                return v;
            }
            if (!v.isKnown() || v.isNull()) {
                TypeConstraint o = Types.canonical(out);
                if (!v.isKnown()) {
                    return unknownResult(v, dynamicReplace(v.type(), o));
                }
                return HclValue.nullOf(dynamicReplace(v.type(), o));
            }
            return known.apply(v, path);
        };
    }

    private static Conv conversionKnown(TypeConstraint in, TypeConstraint out, boolean unsafe) {
        if (Types.isDynamic(out)) {
            return (v, p) -> v;
        }
        if (unsafe && Types.isDynamic(in)) {
            return (v, p) -> {
                try {
                    return convert(v, out);
                } catch (Failure f) {
                    throw new Failure(f.getMessage(), p + f.path);
                }
            };
        }
        if (Types.isPrimitive(in) && Types.isPrimitive(out)) {
            return primitive(in, out, unsafe);
        }
        if (Types.isObject(out) && Types.isObject(in)) {
            return objectToObject(in, out, unsafe);
        }
        if (Types.isTuple(out) && Types.isTuple(in)) {
            return tupleToTuple(in, out, unsafe);
        }
        if (Types.isList(out) && (Types.isList(in) || Types.isSet(in))) {
            TypeConstraint inEty = Types.elem(in);
            TypeConstraint outEty = Types.elem(out);
            if (Types.same(inEty, outEty)) {
                return collectionToList(outEty, null);
            }
            Conv ce = conversion(inEty, outEty, unsafe);
            return ce == null ? null : collectionToList(outEty, ce);
        }
        if (Types.isSet(out) && (Types.isList(in) || Types.isSet(in))) {
            if (Types.isList(in) && !unsafe) {
                return null;
            }
            TypeConstraint inEty = Types.elem(in);
            TypeConstraint outEty = Types.elem(out);
            Conv ce = conversion(inEty, outEty, unsafe);
            if (Types.same(inEty, outEty)) {
                return collectionToSet(outEty, null);
            }
            return ce == null ? null : collectionToSet(outEty, ce);
        }
        if (Types.isMap(out) && Types.isMap(in)) {
            Conv ce = conversion(Types.elem(in), Types.elem(out), unsafe);
            return ce == null ? null : collectionToMap(Types.elem(out), ce);
        }
        if (Types.isList(out) && Types.isTuple(in)) {
            return tupleToSeq(in, Types.elem(out), unsafe, false);
        }
        if (Types.isSet(out) && Types.isTuple(in)) {
            return tupleToSeq(in, Types.elem(out), unsafe, true);
        }
        if (Types.isMap(out) && Types.isObject(in)) {
            return objectToMap(in, Types.elem(out), unsafe);
        }
        if (Types.isObject(out) && Types.isMap(in)) {
            return unsafe ? mapToObject(in, out, unsafe) : null;
        }
        return null;
    }

    // ------------------------------------------------------------------ primitives

    private static Conv primitive(TypeConstraint in, TypeConstraint out, boolean unsafe) {
        if (in.equals(out)) {
            return (v, p) -> v;
        }
        if (out.equals(Types.STRING)) {
            if (in.equals(Types.NUMBER)) {
                return (v, p) -> HclValue.of(Values.numberText(Values.num(v)));
            }
            if (in.equals(Types.BOOL)) {
                return (v, p) -> HclValue.of(Values.isTrue(v) ? "true" : "false");
            }
        }
        if (!unsafe || !in.equals(Types.STRING)) {
            return null;
        }
        if (out.equals(Types.NUMBER)) {
            return (v, p) -> {
                BigDecimal d = parseNumber(((HclValue.StringValue) v).value());
                if (d == null) {
                    throw new Failure("a number is required", p);
                }
                return HclValue.of(d);
            };
        }
        if (out.equals(Types.BOOL)) {
            return (v, p) -> {
                String s = ((HclValue.StringValue) v).value();
                switch (s) {
                    case "true":
                    case "1":
                        return HclValue.TRUE;
                    case "false":
                    case "0":
                        return HclValue.FALSE;
                    default:
                        String lower = s.toLowerCase(Locale.ROOT);
                        if (lower.equals("true") || lower.equals("false")) {
                            throw new Failure("a bool is required; to convert from string, use lowercase \"" + lower
                                    + "\"", p);
                        }
                        throw new Failure("a bool is required", p);
                }
            };
        }
        return null;
    }

    /**
     * Go's {@code big.ParseFloat(s, 10, ...)}, as cty parses numbers from strings: an optional sign, digits with an
     * optional fraction, an optional exponent, and also {@code Inf} (refused here: infinities are not supported).
     *
     * @return the number, or null when the string is not one
     */
    static BigDecimal parseNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && (Character.isDigit(s.charAt(i)) && s.charAt(i) < 128 || s.charAt(i) == '_')) {
            digits += s.charAt(i) == '_' ? 0 : 1;
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                digits++;
                i++;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                exp++;
                i++;
            }
            if (exp == 0) {
                return null;
            }
        }
        if (i != n || s.indexOf('_') >= 0) {
            return null;
        }
        try {
            return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ collections

    private static Conv collectionToList(TypeConstraint ety, Conv conv) {
        return (v, path) -> {
            if (Values.hasUnknownLength(v)) {
                // cty: a set whose length is unknown gives a list that is wholly unknown
                return Values.unknown(Types.list(Types.isDynamic(ety) ? Types.elem(v.type()) : Types.canonical(ety)));
            }
            List<HclValue> elems = new ArrayList<>(v.elements().size());
            int i = 0;
            for (HclValue e : v.elements()) {
                if (conv != null) {
                    e = conv.apply(e, path + "[" + i + "]");
                }
                if (e.isNull()) {
                    e = HclValue.nullOf(Types.canonical(e.type()));
                }
                elems.add(e);
                i++;
            }
            if (elems.isEmpty()) {
                return HclValue.listOf(Types.isDynamic(ety) ? Types.elem(v.type()) : Types.canonical(ety), List.of());
            }
            if (!sameTypes(elems)) {
                throw new Failure("element types must all match for conversion to list", path);
            }
            return new HclValue.ListValue(elems.get(0).type(), elems);
        };
    }

    private static Conv collectionToSet(TypeConstraint ety, Conv conv) {
        return (v, path) -> {
            List<HclValue> elems = new ArrayList<>(v.elements().size());
            int i = 0;
            for (HclValue e : v.elements()) {
                if (conv != null) {
                    e = conv.apply(e, path + "[" + i + "]");
                }
                if (e.isNull()) {
                    e = HclValue.nullOf(Types.canonical(e.type()));
                }
                elems.add(e);
                i++;
            }
            if (elems.isEmpty()) {
                return HclValue.setOf(Types.isDynamic(ety) ? Types.elem(v.type()) : Types.canonical(ety), List.of());
            }
            if (!sameTypes(elems)) {
                throw new Failure("element types must all match for conversion to set", path);
            }
            return new HclValue.SetValue(elems.get(0).type(), elems);
        };
    }

    private static Conv collectionToMap(TypeConstraint ety, Conv conv) {
        return (v, path) -> {
            Map<String, HclValue> elems = new TreeMap<>(Types::compareKeys);
            for (Map.Entry<String, HclValue> e : v.attributes().entrySet()) {
                HclValue x = e.getValue();
                if (conv != null) {
                    x = conv.apply(x, path + "[" + quote(e.getKey()) + "]");
                }
                elems.put(e.getKey(), x);
            }
            if (elems.isEmpty()) {
                return HclValue.mapOf(Types.isDynamic(ety) ? Types.elem(v.type()) : Types.canonical(ety), Map.of());
            }
            if (Types.isCollection(ety) || Types.isObject(ety)) {
                elems = unifyElements(elems, path, false);
            }
            if (!sameTypes(elems.values())) {
                throw new Failure("element types must all match for conversion to map", path);
            }
            return new HclValue.MapValue(elems.values().iterator().next().type(), elems);
        };
    }

    private static Conv tupleToSeq(TypeConstraint tupleType, TypeConstraint ety, boolean unsafe, boolean set) {
        List<TypeConstraint> etys = Types.tupleElems(tupleType);
        if (etys.isEmpty()) {
            TypeConstraint e = Types.canonical(ety);
            return (v, p) -> set ? HclValue.setOf(e, List.of()) : HclValue.listOf(e, List.of());
        }
        TypeConstraint target = ety;
        if (Types.isDynamic(ety)) {
            Unified u = unify(etys, unsafe);
            if (u == null) {
                return null;
            }
            target = u.type();
            if (Types.isDynamic(target)) {
                for (TypeConstraint t : etys) {
                    if (!Types.isDynamic(t)) {
                        return null;
                    }
                }
            }
        }
        List<Conv> convs = new ArrayList<>(etys.size());
        for (TypeConstraint t : etys) {
            if (Types.same(t, target)) {
                convs.add(null);
                continue;
            }
            Conv c = conversion(t, target, unsafe);
            if (c == null) {
                return null;
            }
            convs.add(c);
        }
        return (v, path) -> {
            List<HclValue> elems = new ArrayList<>(convs.size());
            int i = 0;
            for (HclValue e : v.elements()) {
                Conv c = convs.get(i);
                if (c != null) {
                    e = c.apply(e, path + "[" + i + "]");
                }
                if (set && e.isNull()) {
                    e = HclValue.nullOf(Types.canonical(e.type()));
                }
                elems.add(e);
                i++;
            }
            if (!set) {
                elems = unifyList(elems, path, unsafe);
            }
            if (!sameTypes(elems)) {
                throw new Failure("element types must all match for conversion to " + (set ? "set" : "list"), path);
            }
            TypeConstraint t = elems.get(0).type();
            return set ? new HclValue.SetValue(t, elems) : new HclValue.ListValue(t, elems);
        };
    }

    private static Conv objectToMap(TypeConstraint objectType, TypeConstraint ety, boolean unsafe) {
        Map<String, TypeConstraint> atys = Types.attrs(objectType);
        if (atys.isEmpty()) {
            TypeConstraint e = Types.canonical(ety);
            return (v, p) -> HclValue.mapOf(e, Map.of());
        }
        TypeConstraint target = ety;
        if (Types.isDynamic(ety)) {
            Unified u = unify(new ArrayList<>(atys.values()), unsafe);
            if (u == null) {
                return null;
            }
            target = u.type();
        }
        Map<String, Conv> convs = new HashMap<>();
        for (Map.Entry<String, TypeConstraint> a : atys.entrySet()) {
            if (Types.same(a.getValue(), target)) {
                continue;
            }
            Conv c = conversion(a.getValue(), target, unsafe);
            if (c == null) {
                return null;
            }
            convs.put(a.getKey(), c);
        }
        TypeConstraint finalTarget = target;
        return (v, path) -> {
            Map<String, HclValue> elems = new TreeMap<>(Types::compareKeys);
            for (Map.Entry<String, HclValue> e : v.attributes().entrySet()) {
                Conv c = convs.get(e.getKey());
                elems.put(e.getKey(), c == null ? e.getValue() : c.apply(e.getValue(), path + "[" + quote(e.getKey())
                        + "]"));
            }
            if (Types.isCollection(finalTarget) || Types.isObject(finalTarget)) {
                elems = unifyElements(elems, path, unsafe);
            }
            if (!sameTypes(elems.values())) {
                throw new Failure("attribute types must all match for conversion to map", path);
            }
            return new HclValue.MapValue(elems.values().iterator().next().type(), elems);
        };
    }

    private static Conv mapToObject(TypeConstraint mapType, TypeConstraint objType, boolean unsafe) {
        Map<String, TypeConstraint> atys = Types.attrs(objType);
        TypeConstraint mapEty = Types.elem(mapType);
        Map<String, Conv> convs = new HashMap<>();
        for (Map.Entry<String, TypeConstraint> a : atys.entrySet()) {
            if (Types.same(a.getValue(), mapEty)) {
                convs.put(a.getKey(), null);
                continue;
            }
            Conv c = conversion(mapEty, a.getValue(), unsafe);
            if (c == null) {
                if (Types.attrOptional(objType, a.getKey()) && unsafe) {
                    continue;
                }
                return null;
            }
            convs.put(a.getKey(), c);
        }
        return (v, path) -> {
            Map<String, HclValue> elems = new HashMap<>();
            for (Map.Entry<String, HclValue> e : v.attributes().entrySet()) {
                String name = e.getKey();
                if (!atys.containsKey(name)) {
                    continue;
                }
                HclValue x = e.getValue();
                if (convs.containsKey(name)) {
                    Conv c = convs.get(name);
                    if (c != null) {
                        x = c.apply(x, path + "[" + quote(name) + "]");
                    }
                } else {
                    throw new Failure("map element type is incompatible with attribute \"" + name + "\": "
                            + mismatchMessage(x.type(), atys.get(name)), path);
                }
                if (x.isNull()) {
                    x = HclValue.nullOf(Types.canonical(x.type()));
                }
                elems.put(name, x);
            }
            for (Map.Entry<String, TypeConstraint> a : atys.entrySet()) {
                if (!elems.containsKey(a.getKey())) {
                    if (Types.attrOptional(objType, a.getKey())) {
                        elems.put(a.getKey(), HclValue.nullOf(Types.canonical(a.getValue())));
                    } else {
                        throw new Failure("map has no element for required attribute \"" + a.getKey() + "\"", path);
                    }
                }
            }
            return new HclValue.ObjectValue(elems);
        };
    }

    // ------------------------------------------------------------------ structural

    private static Conv objectToObject(TypeConstraint in, TypeConstraint out, boolean unsafe) {
        Map<String, TypeConstraint> inAtys = Types.attrs(in);
        Map<String, TypeConstraint> outAtys = Types.attrs(out);
        Map<String, Conv> convs = new HashMap<>();
        for (Map.Entry<String, TypeConstraint> a : outAtys.entrySet()) {
            TypeConstraint inAty = inAtys.get(a.getKey());
            if (inAty == null) {
                if (Types.attrOptional(out, a.getKey())) {
                    continue;
                }
                return null;
            }
            if (Types.same(inAty, a.getValue())) {
                convs.put(a.getKey(), null);
                continue;
            }
            Conv c = conversion(inAty, a.getValue(), unsafe);
            if (c == null) {
                return null;
            }
            convs.put(a.getKey(), c);
        }
        return (v, path) -> {
            Map<String, HclValue> vals = new HashMap<>();
            for (Map.Entry<String, HclValue> e : v.attributes().entrySet()) {
                String name = e.getKey();
                if (!convs.containsKey(name)) {
                    continue;
                }
                HclValue x = e.getValue();
                Conv c = convs.get(name);
                if (c != null) {
                    x = c.apply(x, path + "." + name);
                }
                if (x.isNull()) {
                    x = HclValue.nullOf(Types.canonical(x.type()));
                }
                vals.put(name, x);
            }
            for (Map.Entry<String, TypeConstraint> a : outAtys.entrySet()) {
                if (Types.attrOptional(out, a.getKey()) && !vals.containsKey(a.getKey())) {
                    vals.put(a.getKey(), HclValue.nullOf(Types.canonical(a.getValue())));
                }
            }
            return new HclValue.ObjectValue(vals);
        };
    }

    private static Conv tupleToTuple(TypeConstraint in, TypeConstraint out, boolean unsafe) {
        List<TypeConstraint> inEtys = Types.tupleElems(in);
        List<TypeConstraint> outEtys = Types.tupleElems(out);
        if (inEtys.size() != outEtys.size()) {
            return null;
        }
        List<Conv> convs = new ArrayList<>(inEtys.size());
        for (int i = 0; i < inEtys.size(); i++) {
            if (Types.same(inEtys.get(i), outEtys.get(i))) {
                convs.add(null);
                continue;
            }
            Conv c = conversion(inEtys.get(i), outEtys.get(i), unsafe);
            if (c == null) {
                return null;
            }
            convs.add(c);
        }
        return (v, path) -> {
            List<HclValue> out2 = new ArrayList<>(convs.size());
            for (int i = 0; i < convs.size(); i++) {
                HclValue e = v.elements().get(i);
                Conv c = convs.get(i);
                out2.add(c == null ? e : c.apply(e, path + "[" + i + "]"));
            }
            return new HclValue.TupleValue(out2);
        };
    }

    // ------------------------------------------------------------------ unknown results

    /** cty's {@code prepareUnknownResult}: the unknown result of converting an unknown value, refined. */
    static HclValue unknownResult(HclValue source, TypeConstraint target) {
        boolean notNull = Values.definitelyNotNull(source);
        TypeConstraint st = source.type();
        if (Types.isObject(st) && Types.isMap(target)) {
            long n = Types.attrs(st).size();
            return Values.refined(target, notNull, "", java.util.Optional.empty(), java.util.Optional.empty(), n, n);
        }
        if (Types.isTuple(st) && Types.isList(target)) {
            long n = Types.tupleElems(st).size();
            return Values.refined(target, notNull, "", java.util.Optional.empty(), java.util.Optional.empty(), n, n);
        }
        if (Types.isTuple(st) && Types.isSet(target)) {
            long n = Types.tupleElems(st).size();
            return Values.refined(target, notNull, "", java.util.Optional.empty(), java.util.Optional.empty(),
                    n <= 1 ? n : 1, n);
        }
        if (Types.isCollection(st) && Types.isCollection(target)) {
            long min = Types.isSet(target) ? (Values.minLength(source) > 0 ? 1 : 0) : Values.minLength(source);
            return Values.refined(target, notNull, "", java.util.Optional.empty(), java.util.Optional.empty(), min,
                    Values.maxLength(source));
        }
        return notNull ? Values.unknownNotNull(target) : Values.unknown(target);
    }

    /** cty's {@code dynamicReplace}: the target type with its dynamic parts taken from the source type. */
    static TypeConstraint dynamicReplace(TypeConstraint in, TypeConstraint out) {
        if (in == null || Types.isDynamic(in)) {
            return out;
        }
        if (Types.isDynamic(out)) {
            return in;
        }
        if (Types.isPrimitive(out)) {
            return out;
        }
        if (Types.isMap(out)) {
            if (Types.isMap(in)) {
                return Types.map(dynamicReplace(Types.elem(in), Types.elem(out)));
            }
            if (Types.isObject(in)) {
                Unified u = unify(new ArrayList<>(Types.attrs(in).values()), true);
                return Types.map(dynamicReplace(u == null ? null : u.type(), Types.elem(out)));
            }
            return out;
        }
        if (Types.isObject(out)) {
            Map<String, TypeConstraint> outTypes = new LinkedHashMap<>();
            if (Types.isMap(in)) {
                Types.attrs(out).forEach((k, t) -> outTypes.put(k, dynamicReplace(Types.elem(in), t)));
            }
            if (Types.isObject(in)) {
                Map<String, TypeConstraint> inAtys = Types.attrs(in);
                Types.attrs(out).forEach((k, t) -> outTypes.put(k, inAtys.containsKey(k)
                        ? dynamicReplace(inAtys.get(k), t) : t));
            }
            return Types.object(outTypes);
        }
        if (Types.isSet(out) || Types.isList(out)) {
            TypeConstraint e;
            if (Types.isSet(in) || Types.isList(in)) {
                e = dynamicReplace(Types.elem(in), Types.elem(out));
            } else if (Types.isTuple(in)) {
                Unified u = unify(Types.tupleElems(in), true);
                e = dynamicReplace(u == null ? null : u.type(), Types.elem(out));
            } else {
                return out;
            }
            return Types.isSet(out) ? Types.set(e) : Types.list(e);
        }
        if (Types.isTuple(out) && Types.isTuple(in)) {
            List<TypeConstraint> o = Types.tupleElems(out);
            List<TypeConstraint> i = Types.tupleElems(in);
            List<TypeConstraint> types = new ArrayList<>(o.size());
            for (int k = 0; k < o.size(); k++) {
                types.add(dynamicReplace(k < i.size() ? i.get(k) : null, o.get(k)));
            }
            return Types.tuple(types);
        }
        return out;
    }

    // ------------------------------------------------------------------ unification

    private static Map<String, HclValue> unifyElements(Map<String, HclValue> elems, String path, boolean unsafe)
            throws Failure {
        if (sameTypes(elems.values())) {
            return elems;
        }
        List<String> keys = new ArrayList<>(elems.keySet());
        List<TypeConstraint> types = new ArrayList<>(keys.size());
        for (String k : keys) {
            types.add(elems.get(k).type());
        }
        Unified u = unify(types, unsafe);
        if (u == null) {
            throw new Failure("cannot find a common base type for all elements", path);
        }
        Map<String, HclValue> out = new TreeMap<>(Types::compareKeys);
        for (String k : keys) {
            HclValue e = elems.get(k);
            if (e.type().equals(u.type())) {
                out.put(k, e);
                continue;
            }
            Conv c = conversion(e.type(), u.type(), unsafe);
            out.put(k, c.apply(e, path + "[" + quote(k) + "]"));
        }
        return out;
    }

    private static List<HclValue> unifyList(List<HclValue> elems, String path, boolean unsafe) throws Failure {
        if (sameTypes(elems)) {
            return elems;
        }
        List<TypeConstraint> types = new ArrayList<>(elems.size());
        for (HclValue e : elems) {
            types.add(e.type());
        }
        Unified u = unify(types, unsafe);
        if (u == null) {
            throw new Failure("cannot find a common base type for all elements", path);
        }
        List<HclValue> out = new ArrayList<>(elems.size());
        for (int i = 0; i < elems.size(); i++) {
            HclValue e = elems.get(i);
            if (e.type().equals(u.type())) {
                out.add(e);
                continue;
            }
            out.add(conversion(e.type(), u.type(), unsafe).apply(e, path + "[" + i + "]"));
        }
        return out;
    }

    private static boolean sameTypes(Iterable<HclValue> elems) {
        TypeConstraint first = null;
        for (HclValue e : elems) {
            if (first == null) {
                first = e.type();
            } else if (!e.hasType(first)) {
                return false;
            }
        }
        return true;
    }

    /** cty's {@code Unify}/{@code UnifyUnsafe}; null when there is no common type. */
    static Unified unify(List<TypeConstraint> types, boolean unsafe) {
        Key key = new Key(List.copyOf(types), Types.DYNAMIC, unsafe);
        Object u = UNIFICATIONS.get(key);
        if (u == null) {
            u = newUnify(types, unsafe);
            if (UNIFICATIONS.size() >= MEMO_LIMIT) {
                UNIFICATIONS.clear();
            }
            UNIFICATIONS.put(key, u == null ? NONE : u);
        }
        return u == NONE ? null : (Unified) u;
    }

    private static Unified newUnify(List<TypeConstraint> types, boolean unsafe) {
        if (types.isEmpty()) {
            return null;
        }
        int mapCt = 0;
        int listCt = 0;
        int setCt = 0;
        int objectCt = 0;
        int tupleCt = 0;
        int dynamicCt = 0;
        for (TypeConstraint t : types) {
            if (Types.isMap(t)) {
                mapCt++;
            } else if (Types.isList(t)) {
                listCt++;
            } else if (Types.isSet(t)) {
                setCt++;
            } else if (Types.isObject(t)) {
                objectCt++;
            } else if (Types.isTuple(t)) {
                tupleCt++;
            } else if (Types.isDynamic(t)) {
                dynamicCt++;
            }
        }
        int n = types.size();
        if (mapCt > 0 && mapCt + dynamicCt == n) {
            return unifyCollections(types, unsafe, dynamicCt > 0, TypeConstraint.Collection.Kind.MAP);
        } else if (mapCt > 0 && mapCt + objectCt + dynamicCt == n) {
            Unified u = unifyObjectsAsMaps(types, unsafe);
            if (u != null && Types.isMap(u.type())) {
                return u;
            }
        } else if (listCt > 0 && listCt + dynamicCt == n) {
            return unifyCollections(types, unsafe, dynamicCt > 0, TypeConstraint.Collection.Kind.LIST);
        } else if (listCt > 0 && listCt + tupleCt + dynamicCt == n) {
            Unified u = unifyTuplesAsList(types, unsafe);
            if (u != null && Types.isList(u.type())) {
                return u;
            }
        } else if (setCt > 0 && setCt + dynamicCt == n) {
            return unifyCollections(types, unsafe, dynamicCt > 0, TypeConstraint.Collection.Kind.SET);
        } else if (objectCt > 0 && objectCt + dynamicCt == n) {
            return unifyObjects(types, unsafe, dynamicCt > 0);
        } else if (tupleCt > 0 && tupleCt + dynamicCt == n) {
            return unifyTuples(types, unsafe, dynamicCt > 0);
        } else if (objectCt > 0 && tupleCt > 0) {
            return null;
        }
        for (int want : preferenceOrder(types)) {
            TypeConstraint wantType = types.get(want);
            List<Conv> convs = new ArrayList<>(n);
            boolean ok = true;
            for (int i = 0; i < n; i++) {
                TypeConstraint t = types.get(i);
                if (i == want || Types.same(t, wantType)) {
                    convs.add(null);
                    continue;
                }
                Conv c = conversion(t, wantType, unsafe);
                if (c == null) {
                    ok = false;
                    break;
                }
                convs.add(c);
            }
            if (ok) {
                return new Unified(wantType, convs);
            }
        }
        return null;
    }

    private static Unified unifyAllAsDynamic(int n) {
        List<Conv> convs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            convs.add((v, p) -> HclValue.UNKNOWN);
        }
        return new Unified(Types.DYNAMIC, convs);
    }

    private static Unified convsTo(List<TypeConstraint> types, TypeConstraint ret, boolean unsafe) {
        List<Conv> convs = new ArrayList<>(types.size());
        for (TypeConstraint t : types) {
            if (Types.same(t, ret)) {
                convs.add(null);
                continue;
            }
            Conv c = conversion(t, ret, unsafe);
            if (c == null) {
                return null;
            }
            convs.add(c);
        }
        return new Unified(ret, convs);
    }

    private static Unified unifyCollections(List<TypeConstraint> types, boolean unsafe, boolean hasDynamic,
            TypeConstraint.Collection.Kind kind) {
        if (hasDynamic) {
            return unifyAllAsDynamic(types.size());
        }
        List<TypeConstraint> etys = new ArrayList<>(types.size());
        for (TypeConstraint t : types) {
            etys.add(Types.elem(t));
        }
        Unified e = unify(etys, unsafe);
        if (e == null) {
            return null;
        }
        return convsTo(types, new TypeConstraint.Collection(kind, e.type()), unsafe);
    }

    private static Unified unifyObjects(List<TypeConstraint> types, boolean unsafe, boolean hasDynamic) {
        if (hasDynamic) {
            return unifyAllAsDynamic(types.size());
        }
        Map<String, TypeConstraint> first = Types.attrs(types.get(0));
        for (TypeConstraint t : types.subList(1, types.size())) {
            Map<String, TypeConstraint> these = Types.attrs(t);
            if (these.size() != first.size() || !first.keySet().containsAll(these.keySet())) {
                return unifyObjectsToMap(types, unsafe);
            }
        }
        Map<String, TypeConstraint> ret = new LinkedHashMap<>();
        for (String name : first.keySet()) {
            List<TypeConstraint> across = new ArrayList<>(types.size());
            for (TypeConstraint t : types) {
                across.add(Types.attrType(t, name));
            }
            Unified u = unify(across, unsafe);
            if (u == null) {
                return null;
            }
            ret.put(name, u.type());
        }
        Unified r = convsTo(types, Types.object(ret), unsafe);
        return r != null ? r : unifyObjectsToMap(types, unsafe);
    }

    private static Unified unifyObjectsToMap(List<TypeConstraint> types, boolean unsafe) {
        List<TypeConstraint> atys = new ArrayList<>();
        for (TypeConstraint t : types) {
            atys.addAll(Types.attrs(t).values());
        }
        Unified e = unify(atys, unsafe);
        if (e == null) {
            return null;
        }
        return convsTo(types, Types.map(e.type()), unsafe);
    }

    private static Unified unifyTuples(List<TypeConstraint> types, boolean unsafe, boolean hasDynamic) {
        if (hasDynamic) {
            return unifyAllAsDynamic(types.size());
        }
        List<TypeConstraint> first = Types.tupleElems(types.get(0));
        for (TypeConstraint t : types.subList(1, types.size())) {
            if (Types.tupleElems(t).size() != first.size()) {
                return unifyTuplesToList(types, unsafe);
            }
        }
        List<TypeConstraint> ret = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            List<TypeConstraint> across = new ArrayList<>(types.size());
            for (TypeConstraint t : types) {
                across.add(Types.tupleElems(t).get(i));
            }
            Unified u = unify(across, unsafe);
            if (u == null) {
                return null;
            }
            ret.add(u.type());
        }
        Unified r = convsTo(types, Types.tuple(ret), unsafe);
        return r != null ? r : unifyTuplesToList(types, unsafe);
    }

    private static Unified unifyTuplesToList(List<TypeConstraint> types, boolean unsafe) {
        List<TypeConstraint> etys = new ArrayList<>();
        for (TypeConstraint t : types) {
            etys.addAll(Types.tupleElems(t));
        }
        Unified e = unify(etys, unsafe);
        if (e == null) {
            return null;
        }
        return convsTo(types, Types.list(e.type()), unsafe);
    }

    private static Unified unifyTuplesAsList(List<TypeConstraint> types, boolean unsafe) {
        List<TypeConstraint> tuples = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            if (Types.isTuple(types.get(i))) {
                tuples.add(types.get(i));
                idx.add(i);
            }
        }
        Unified tu = unifyTuplesToList(tuples, unsafe);
        if (tu == null || !Types.isList(tu.type())) {
            return null;
        }
        List<TypeConstraint> listed = new ArrayList<>(types);
        for (int i : idx) {
            listed.set(i, tu.type());
        }
        Unified u = unify(listed, unsafe);
        if (u == null || !Types.isList(u.type())) {
            return null;
        }
        List<Conv> convs = new ArrayList<>(u.conversions());
        for (int k = 0; k < idx.size(); k++) {
            int i = idx.get(k);
            Conv listConv = convs.get(i);
            Conv tupleConv = tu.conversions().get(k);
            if (listConv == null) {
                convs.set(i, tupleConv);
            } else {
                convs.set(i, (v, p) -> listConv.apply(tupleConv == null ? v : tupleConv.apply(v, p), p));
            }
        }
        return new Unified(u.type(), convs);
    }

    private static Unified unifyObjectsAsMaps(List<TypeConstraint> types, boolean unsafe) {
        List<TypeConstraint> objs = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            if (Types.isObject(types.get(i))) {
                objs.add(types.get(i));
                idx.add(i);
            }
        }
        Unified ou = unifyObjectsToMap(objs, unsafe);
        if (ou == null || !Types.isMap(ou.type())) {
            return null;
        }
        List<TypeConstraint> mapped = new ArrayList<>(types);
        for (int i : idx) {
            mapped.set(i, ou.type());
        }
        Unified u = unify(mapped, unsafe);
        if (u == null || !Types.isMap(u.type())) {
            return null;
        }
        List<Conv> convs = new ArrayList<>(u.conversions());
        for (int k = 0; k < idx.size(); k++) {
            int i = idx.get(k);
            Conv mapConv = convs.get(i);
            Conv objConv = ou.conversions().get(k);
            if (mapConv == null) {
                convs.set(i, objConv);
            } else {
                convs.set(i, (v, p) -> mapConv.apply(objConv == null ? v : objConv.apply(v, p), p));
            }
        }
        return new Unified(u.type(), convs);
    }

    /** cty's {@code sortTypes}: the order in which unification tries target types, most general first. */
    private static List<Integer> preferenceOrder(List<TypeConstraint> tys) {
        int l = tys.size();
        List<List<Integer>> edges = new ArrayList<>(l);
        for (int i = 0; i < l; i++) {
            edges.add(new ArrayList<>());
        }
        for (int i = 0; i < l - 1; i++) {
            for (int j = i + 1; j < l; j++) {
                int cmp = compareTypes(tys.get(i), tys.get(j));
                if (cmp < 0) {
                    edges.get(i).add(j);
                } else if (cmp > 0) {
                    edges.get(j).add(i);
                }
            }
        }
        int[] inDegree = new int[l];
        for (List<Integer> outs : edges) {
            for (int j : outs) {
                inDegree[j]++;
            }
        }
        List<Integer> queue = new ArrayList<>(l);
        for (int i = 0; i < l; i++) {
            if (inDegree[i] == 0) {
                queue.add(i);
            }
        }
        for (int q = 0; q < queue.size(); q++) {
            for (int j : edges.get(queue.get(q))) {
                if (--inDegree[j] == 0) {
                    queue.add(j);
                }
            }
        }
        return queue;
    }

    /** cty's {@code compareTypes}: negative when {@code a} is the more general type. */
    private static int compareTypes(TypeConstraint a, TypeConstraint b) {
        if (Types.isDynamic(a) || Types.isDynamic(b)) {
            if (!Types.isDynamic(a)) {
                return -1;
            }
            return Types.isDynamic(b) ? 0 : 1;
        }
        if (Types.isPrimitive(a) && Types.isPrimitive(b)) {
            if (a.equals(Types.STRING) || b.equals(Types.STRING)) {
                if (!a.equals(Types.STRING)) {
                    return 1;
                }
                return b.equals(Types.STRING) ? 0 : -1;
            }
        }
        if ((Types.isList(a) && Types.isList(b)) || (Types.isSet(a) && Types.isSet(b))
                || (Types.isMap(a) && Types.isMap(b))) {
            return compareTypes(Types.elem(a), Types.elem(b));
        }
        int swap = 1;
        if ((Types.isTuple(a) && Types.isList(b)) || (Types.isObject(a) && Types.isMap(b))
                || (Types.isSet(a) && Types.isTuple(b)) || (Types.isSet(a) && Types.isList(b))) {
            TypeConstraint t = a;
            a = b;
            b = t;
            swap = -1;
        }
        if (Types.isSet(b) && (Types.isTuple(a) || Types.isList(a))) {
            return -swap;
        }
        if (Types.isList(a) && Types.isTuple(b)) {
            return -swap;
        }
        if (Types.isMap(a) && Types.isObject(b)) {
            return -swap;
        }
        if ((Types.isObject(a) && Types.isObject(b)) || (Types.isTuple(a) && Types.isTuple(b))) {
            List<TypeConstraint[]> pairs = new ArrayList<>();
            if (Types.isObject(a)) {
                Map<String, TypeConstraint> x = Types.attrs(a);
                Map<String, TypeConstraint> y = Types.attrs(b);
                if (x.size() != y.size()) {
                    return 0;
                }
                for (Map.Entry<String, TypeConstraint> e : x.entrySet()) {
                    if (!y.containsKey(e.getKey())) {
                        return 0;
                    }
                    pairs.add(new TypeConstraint[] {e.getValue(), y.get(e.getKey())});
                }
            } else {
                List<TypeConstraint> x = Types.tupleElems(a);
                List<TypeConstraint> y = Types.tupleElems(b);
                if (x.size() != y.size()) {
                    return 0;
                }
                for (int i = 0; i < x.size(); i++) {
                    pairs.add(new TypeConstraint[] {x.get(i), y.get(i)});
                }
            }
            boolean aSuper = false;
            boolean bSuper = false;
            for (TypeConstraint[] p : pairs) {
                int c = compareTypes(p[0], p[1]);
                if (c < 0) {
                    aSuper = true;
                } else if (c > 0) {
                    bSuper = true;
                }
            }
            if (aSuper && bSuper) {
                return 0;
            }
            if (aSuper) {
                return -swap;
            }
            if (bSuper) {
                return swap;
            }
            return 0;
        }
        return 0;
    }

    // ------------------------------------------------------------------ messages

    /** cty's {@code convert.MismatchMessage}. */
    static String mismatchMessage(TypeConstraint got, TypeConstraint want) {
        if (Types.isObject(got) && Types.isObject(want)) {
            return objectsMismatch(got, want);
        }
        if (Types.isTuple(got) && Types.isList(want) && Types.isDynamic(Types.elem(want))) {
            return "all list elements must have the same type";
        }
        if (Types.isTuple(got) && Types.isSet(want) && Types.isDynamic(Types.elem(want))) {
            return "all set elements must have the same type";
        }
        if (Types.isObject(got) && Types.isMap(want) && Types.isDynamic(Types.elem(want))) {
            return "all map elements must have the same type";
        }
        if ((Types.isTuple(got) || Types.isObject(got)) && Types.isCollection(want)) {
            return collectionsFromStructural(got, want);
        }
        if (Types.isCollection(got) && Types.isCollection(want)) {
            return collectionsFromCollections(got, want);
        }
        if (!likelyConfusing(got, want)) {
            return Types.friendly(want) + " required, but have " + Types.friendly(got);
        }
        return Types.friendlyForConstraint(want) + " required";
    }

    private static String objectsMismatch(TypeConstraint got, TypeConstraint want) {
        Map<String, TypeConstraint> gotAtys = Types.attrs(got);
        List<String> missing = new ArrayList<>();
        String unsafeMismatch = null;
        String safeMismatch = null;
        for (Map.Entry<String, TypeConstraint> w : Types.attrs(want).entrySet()) {
            String name = w.getKey();
            TypeConstraint gotAty = gotAtys.get(name);
            if (gotAty == null) {
                if (!Types.attrOptional(want, name)) {
                    missing.add(name);
                }
                continue;
            }
            if (Types.same(gotAty, w.getValue())) {
                continue;
            }
            if (unsafeMismatch == null && conversion(gotAty, w.getValue(), true) == null) {
                unsafeMismatch = "attribute " + quote(name) + ": " + mismatchMessage(gotAty, w.getValue());
            }
            if (safeMismatch == null && conversion(gotAty, w.getValue(), false) == null) {
                safeMismatch = "attribute " + quote(name) + ": " + mismatchMessage(gotAty, w.getValue());
            }
        }
        if (!missing.isEmpty()) {
            missing.sort(Types::compareKeys);
            if (missing.size() == 1) {
                return "attribute " + quote(missing.get(0)) + " is required";
            }
            if (missing.size() == 2) {
                return "attributes " + quote(missing.get(0)) + " and " + quote(missing.get(1)) + " are required";
            }
            StringBuilder sb = new StringBuilder();
            for (String name : missing.subList(0, missing.size() - 1)) {
                sb.append(quote(name)).append(", ");
            }
            sb.append("and ").append(quote(missing.get(missing.size() - 1)));
            return "attributes " + sb + " are required";
        }
        if (unsafeMismatch != null) {
            return unsafeMismatch;
        }
        if (safeMismatch != null) {
            return safeMismatch;
        }
        return "incorrect object attributes";
    }

    private static String collectionsFromStructural(TypeConstraint got, TypeConstraint want) {
        if ((Types.isList(want) || Types.isSet(want)) && !Types.isTuple(got)) {
            return Types.friendlyForConstraint(want) + " required";
        }
        if (Types.isMap(want) && !Types.isObject(got)) {
            return Types.friendlyForConstraint(want) + " required";
        }
        TypeConstraint wantEty = Types.elem(want);
        if (Types.isTuple(got)) {
            List<TypeConstraint> etys = Types.tupleElems(got);
            for (int i = 0; i < etys.size(); i++) {
                if (Types.same(etys.get(i), wantEty) || conversion(etys.get(i), wantEty, true) != null) {
                    continue;
                }
                return "element " + i + ": " + mismatchMessage(etys.get(i), wantEty);
            }
        } else {
            for (Map.Entry<String, TypeConstraint> a : new TreeMap<>(Types.attrs(got)).entrySet()) {
                if (Types.same(a.getValue(), wantEty) || conversion(a.getValue(), wantEty, true) != null) {
                    continue;
                }
                return "element " + quote(a.getKey()) + ": " + mismatchMessage(a.getValue(), wantEty);
            }
        }
        return "all elements must be " + Types.friendlyForConstraint(wantEty);
    }

    private static String collectionsFromCollections(TypeConstraint got, TypeConstraint want) {
        if ((Types.isList(want) || Types.isSet(want)) && !(Types.isList(got) || Types.isSet(got))) {
            return Types.friendlyForConstraint(want) + " required";
        }
        if (Types.isMap(want) && !Types.isMap(got)) {
            return Types.friendlyForConstraint(want) + " required";
        }
        String noun = Types.isList(want) ? "list element type" : Types.isSet(want) ? "set element type"
                : "map element type";
        return "incorrect " + noun + ": " + mismatchMessage(Types.elem(got), Types.elem(want));
    }

    private static boolean likelyConfusing(TypeConstraint got, TypeConstraint want) {
        if (Types.isPrimitive(got) != Types.isPrimitive(want)) {
            return false;
        }
        if (want.equals(Types.STRING)) {
            return false;
        }
        if ((want.equals(Types.BOOL) && got.equals(Types.NUMBER)) || (got.equals(Types.BOOL)
                && want.equals(Types.NUMBER))) {
            return false;
        }
        if (Types.isCollection(got) && Types.isCollection(want) && !Types.hasDynamic(Types.elem(got))
                && Types.hasDynamic(Types.elem(want))) {
            return false;
        }
        return !(Types.isTuple(got) && Types.isObject(want));
    }

    /** A string quoted as Go's {@code %q} quotes it. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }
}
