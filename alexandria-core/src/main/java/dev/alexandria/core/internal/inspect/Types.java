package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.TypeConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link TypeConstraint}s used as cty types: {@link TypeConstraint#ANY} is cty's dynamic pseudo-type, value
 * types are canonical (object attributes sorted, no optional markers), constraints may carry
 * {@code optional()} attributes. Stateless.
 */
final class Types {

    static final TypeConstraint DYNAMIC = TypeConstraint.ANY;
    static final TypeConstraint STRING = TypeConstraint.STRING;
    static final TypeConstraint NUMBER = TypeConstraint.NUMBER;
    static final TypeConstraint BOOL = TypeConstraint.BOOL;
    static final TypeConstraint EMPTY_TUPLE = new TypeConstraint.TupleType(List.of());
    static final TypeConstraint EMPTY_OBJECT = new TypeConstraint.ObjectType(List.of());
    static final TypeConstraint LIST_OF_STRING = list(STRING);
    static final TypeConstraint LIST_OF_NUMBER = list(NUMBER);

    private Types() {
    }

    static TypeConstraint list(TypeConstraint e) {
        return new TypeConstraint.Collection(TypeConstraint.Collection.Kind.LIST, e);
    }

    static TypeConstraint set(TypeConstraint e) {
        return new TypeConstraint.Collection(TypeConstraint.Collection.Kind.SET, e);
    }

    static TypeConstraint map(TypeConstraint e) {
        return new TypeConstraint.Collection(TypeConstraint.Collection.Kind.MAP, e);
    }

    static TypeConstraint tuple(List<TypeConstraint> elements) {
        return new TypeConstraint.TupleType(elements);
    }

    /** An object value type: attributes sorted, none optional. */
    static TypeConstraint object(Map<String, TypeConstraint> attrs) {
        TreeMap<String, TypeConstraint> sorted = new TreeMap<>(Types::compareKeys);
        sorted.putAll(attrs);
        List<TypeConstraint.Attribute> list = new ArrayList<>(sorted.size());
        sorted.forEach((k, t) -> list.add(new TypeConstraint.Attribute(k, t, false, Optional.empty())));
        return new TypeConstraint.ObjectType(list);
    }

    /** Go's string order (UTF-8 bytes), which is the order of code points; cty sorts names and keys so. */
    static int compareKeys(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= 0xD800 && y >= 0xD800) {
                    // UTF-16 order differs from code point order only between surrogates and U+E000..U+FFFF
                    x = (char) (x >= 0xE000 ? x - 0x800 : x + 0x2000);
                    y = (char) (y >= 0xE000 ? y - 0x800 : y + 0x2000);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    static boolean isDynamic(TypeConstraint t) {
        return t instanceof TypeConstraint.AnyType;
    }

    static boolean isPrimitive(TypeConstraint t) {
        return t instanceof TypeConstraint.Primitive;
    }

    static boolean isList(TypeConstraint t) {
        return t instanceof TypeConstraint.Collection c && c.kind() == TypeConstraint.Collection.Kind.LIST;
    }

    static boolean isSet(TypeConstraint t) {
        return t instanceof TypeConstraint.Collection c && c.kind() == TypeConstraint.Collection.Kind.SET;
    }

    static boolean isMap(TypeConstraint t) {
        return t instanceof TypeConstraint.Collection c && c.kind() == TypeConstraint.Collection.Kind.MAP;
    }

    static boolean isCollection(TypeConstraint t) {
        return t instanceof TypeConstraint.Collection;
    }

    static boolean isTuple(TypeConstraint t) {
        return t instanceof TypeConstraint.TupleType;
    }

    static boolean isObject(TypeConstraint t) {
        return t instanceof TypeConstraint.ObjectType;
    }

    static TypeConstraint elem(TypeConstraint t) {
        return ((TypeConstraint.Collection) t).element();
    }

    static List<TypeConstraint> tupleElems(TypeConstraint t) {
        return ((TypeConstraint.TupleType) t).elements();
    }

    /** The attribute types of an object type, in declaration order. */
    static Map<String, TypeConstraint> attrs(TypeConstraint t) {
        List<TypeConstraint.Attribute> list = ((TypeConstraint.ObjectType) t).attributes();
        Map<String, TypeConstraint> out = new LinkedHashMap<>(list.size() * 2);
        for (TypeConstraint.Attribute a : list) {
            out.put(a.name(), a.type());
        }
        return out;
    }

    static TypeConstraint attrType(TypeConstraint t, String name) {
        for (TypeConstraint.Attribute a : ((TypeConstraint.ObjectType) t).attributes()) {
            if (a.name().equals(name)) {
                return a.type();
            }
        }
        return null;
    }

    static boolean attrOptional(TypeConstraint t, String name) {
        for (TypeConstraint.Attribute a : ((TypeConstraint.ObjectType) t).attributes()) {
            if (a.name().equals(name)) {
                return a.optional();
            }
        }
        return false;
    }

    static boolean hasOptional(TypeConstraint t) {
        return t instanceof TypeConstraint.ObjectType o && o.attributes().stream().anyMatch(TypeConstraint.Attribute::optional);
    }

    /** cty's {@code WithoutOptionalAttributesDeep}, which is also the canonical form of a value type. */
    static TypeConstraint canonical(TypeConstraint t) {
        if (t instanceof TypeConstraint.Primitive || t instanceof TypeConstraint.AnyType) {
            return t;
        }
        return HclValue.nullOf(t).type();
    }

    /** cty type equality: object attributes compare as a set, optional markers count. */
    static boolean same(TypeConstraint a, TypeConstraint b) {
        if (a == b) {
            return true;
        }
        if (a instanceof TypeConstraint.ObjectType oa && b instanceof TypeConstraint.ObjectType ob) {
            if (oa.attributes().size() != ob.attributes().size()) {
                return false;
            }
            for (TypeConstraint.Attribute x : oa.attributes()) {
                TypeConstraint.Attribute y = ob.attribute(x.name()).orElse(null);
                if (y == null || y.optional() != x.optional() || !same(x.type(), y.type())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof TypeConstraint.Collection ca && b instanceof TypeConstraint.Collection cb) {
            return ca.kind() == cb.kind() && same(ca.element(), cb.element());
        }
        if (a instanceof TypeConstraint.TupleType ta && b instanceof TypeConstraint.TupleType tb) {
            if (ta.elements().size() != tb.elements().size()) {
                return false;
            }
            for (int i = 0; i < ta.elements().size(); i++) {
                if (!same(ta.elements().get(i), tb.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    static boolean hasDynamic(TypeConstraint t) {
        if (isDynamic(t)) {
            return true;
        }
        if (t instanceof TypeConstraint.Collection c) {
            return hasDynamic(c.element());
        }
        if (t instanceof TypeConstraint.TupleType tt) {
            return tt.elements().stream().anyMatch(Types::hasDynamic);
        }
        if (t instanceof TypeConstraint.ObjectType o) {
            return o.attributes().stream().anyMatch(a -> hasDynamic(a.type()));
        }
        return false;
    }

    /** cty's {@code FriendlyName}. */
    static String friendly(TypeConstraint t) {
        return friendly(t, false);
    }

    /** cty's {@code FriendlyNameForConstraint}. */
    static String friendlyForConstraint(TypeConstraint t) {
        return friendly(t, true);
    }

    private static String friendly(TypeConstraint t, boolean constraint) {
        if (t instanceof TypeConstraint.Primitive) {
            return t.render();
        }
        if (isDynamic(t)) {
            return constraint ? "any type" : "dynamic";
        }
        if (t instanceof TypeConstraint.Collection c) {
            String el = constraint && isDynamic(c.element()) ? "any single type" : friendly(c.element(), constraint);
            return c.kind().name().toLowerCase(java.util.Locale.ROOT) + " of " + el;
        }
        return isTuple(t) ? "tuple" : "object";
    }
}
