package dev.alexandria.api.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Renders values in HCL spelling, and the shared rules of {@link HclValue}. */
final class HclText {
    private HclText() {
    }

    /** The order of cty sets: known before unknown; strings, numbers and bools by value; others as given. */
    static final Comparator<HclValue> SET_ORDER = (a, b) -> {
        if (a.isKnown() != b.isKnown()) {
            return a.isKnown() ? -1 : 1;
        }
        if (a instanceof HclValue.StringValue x && b instanceof HclValue.StringValue y) {
            return compareCodePoints(x.value(), y.value());
        }
        if (a instanceof HclValue.NumberValue x && b instanceof HclValue.NumberValue y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof HclValue.BoolValue x && b instanceof HclValue.BoolValue y) {
            return Boolean.compare(x.value(), y.value());
        }
        return 0;
    };

    /** Go's string order (by UTF-8 bytes), which is the order of code points. */
    static int compareCodePoints(String a, String b) {
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

    /**
     * The attributes of an object or entries of a map as cty keeps them: names in Unicode normal form C, sorted
     * in code point order.
     *
     * @throws IllegalArgumentException if two names are the same in normal form C
     */
    static Map<String, HclValue> sortedCopy(Map<String, HclValue> in) {
        Objects.requireNonNull(in, "attributes");
        if (in instanceof Sorted) {
            return in;
        }
        int n = in.size();
        String[] keys = new String[n];
        HclValue[] values = new HclValue[n];
        List<Map.Entry<String, HclValue>> entries = new ArrayList<>(in.entrySet());
        for (int i = 0; i < n; i++) {
            Map.Entry<String, HclValue> e = entries.get(i);
            String key = Objects.requireNonNull(e.getKey(), "key");
            String normal = nfc(key);
            if (!normal.equals(key)) {
                entries.set(i, new java.util.AbstractMap.SimpleImmutableEntry<>(normal, e.getValue()));
            }
        }
        if (n > 1) {
            entries.sort((x, y) -> compareCodePoints(x.getKey(), y.getKey()));
        }
        for (int i = 0; i < n; i++) {
            keys[i] = entries.get(i).getKey();
            values[i] = Objects.requireNonNull(entries.get(i).getValue(), "value");
            if (i > 0 && keys[i].equals(keys[i - 1])) {
                throw new IllegalArgumentException("two keys are \"" + keys[i] + "\" in Unicode normal form C; "
                        + "give each name once");
            }
        }
        return new Sorted(keys, values);
    }

    /**
     * A string in Unicode normal form C, as cty keeps every string and every attribute name; the same string
     * when it already is (always when it has no character from U+0300 on).
     */
    static String nfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            // below U+0300 every character is already in normal form C and composes with nothing before it
            if (s.charAt(i) >= 0x300) {
                return java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC) ? s
                        : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
            }
        }
        return s;
    }

    /**
     * An immutable map sorted by key in code point order, held in two arrays: the attributes of objects and the
     * entries of maps. Cheaper to build than a tree for the few entries values usually have.
     */
    static final class Sorted extends java.util.AbstractMap<String, HclValue> {
        private final String[] keys;
        private final HclValue[] values;

        Sorted(String[] keys, HclValue[] values) {
            this.keys = keys;
            this.values = values;
        }

        private int index(Object key) {
            if (!(key instanceof String k)) {
                return -1;
            }
            int lo = 0;
            int hi = keys.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = compareCodePoints(keys[mid], k);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        @Override
        public HclValue get(Object key) {
            int i = index(key);
            return i < 0 ? null : values[i];
        }

        @Override
        public boolean containsKey(Object key) {
            return index(key) >= 0;
        }

        @Override
        public int size() {
            return keys.length;
        }

        @Override
        public java.util.Set<Map.Entry<String, HclValue>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Map.Entry<String, HclValue>> iterator() {
                    return new java.util.Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() {
                            return i < keys.length;
                        }

                        @Override
                        public Map.Entry<String, HclValue> next() {
                            if (i >= keys.length) {
                                throw new java.util.NoSuchElementException();
                            }
                            Map.Entry<String, HclValue> e = new java.util.AbstractMap.SimpleImmutableEntry<>(keys[i],
                                    values[i]);
                            i++;
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }
    }

    static void checkTypes(TypeConstraint elementType, Collection<HclValue> elements, String what) {
        for (HclValue e : elements) {
            Objects.requireNonNull(e, "element");
            if (!hasType(e, elementType)) {
                throw new IllegalArgumentException("every " + what + " element must have type " + elementType.render()
                        + ", but one has " + e.type().render() + ": " + e.hcl());
            }
        }
    }

    /**
     * Whether {@code v.type().equals(t)} for a canonical {@code t}, without building {@code v}'s type: collections
     * cost nothing to check beyond their element type, structural values are walked.
     */
    static boolean hasType(HclValue v, TypeConstraint t) {
        switch (v.kind()) {
            case STRING:
                return same(t, TypeConstraint.STRING);
            case NUMBER:
                return same(t, TypeConstraint.NUMBER);
            case BOOL:
                return same(t, TypeConstraint.BOOL);
            case LIST:
                return t instanceof TypeConstraint.Collection c && c.kind() == TypeConstraint.Collection.Kind.LIST
                        && same(c.element(), ((HclValue.ListValue) v).elementType());
            case SET:
                return t instanceof TypeConstraint.Collection c && c.kind() == TypeConstraint.Collection.Kind.SET
                        && same(c.element(), ((HclValue.SetValue) v).elementType());
            case MAP:
                return t instanceof TypeConstraint.Collection c && c.kind() == TypeConstraint.Collection.Kind.MAP
                        && same(c.element(), ((HclValue.MapValue) v).elementType());
            case TUPLE: {
                if (!(t instanceof TypeConstraint.TupleType tt) || tt.elements().size() != v.elements().size()) {
                    return false;
                }
                List<HclValue> els = v.elements();
                for (int i = 0; i < els.size(); i++) {
                    if (!hasType(els.get(i), tt.elements().get(i))) {
                        return false;
                    }
                }
                return true;
            }
            case OBJECT: {
                if (!(t instanceof TypeConstraint.ObjectType o) || o.attributes().size() != v.attributes().size()) {
                    return false;
                }
                int i = 0;
                for (Map.Entry<String, HclValue> e : v.attributes().entrySet()) {
                    TypeConstraint.Attribute a = o.attributes().get(i++);
                    if (a.optional() || !a.name().equals(e.getKey()) || !hasType(e.getValue(), a.type())) {
                        return false;
                    }
                }
                return true;
            }
            default:
                return same(v.type(), t);
        }
    }

    /**
     * Whether {@code a.equals(b)}, worked out from the types' components rather than by the records' generated
     * {@code equals}: those are bound through {@code invokedynamic} ({@code ObjectMethods}) on first use, which in a
     * short command's cold JVM generates ~25 classes at run time (the start-up archive of JDK 17 cannot hold them)
     * for every module whose values have a list, set or map type. Same meaning as the records' {@code equals}.
     */
    static boolean same(TypeConstraint a, TypeConstraint b) {
        if (a == b) {
            return true;
        }
        if (a instanceof TypeConstraint.Primitive p) {
            return b instanceof TypeConstraint.Primitive q && p.type() == q.type();
        }
        if (a instanceof TypeConstraint.AnyType) {
            return b instanceof TypeConstraint.AnyType;
        }
        if (a instanceof TypeConstraint.Collection c) {
            return b instanceof TypeConstraint.Collection d && c.kind() == d.kind() && same(c.element(), d.element());
        }
        if (a instanceof TypeConstraint.TupleType t) {
            if (!(b instanceof TypeConstraint.TupleType u) || t.elements().size() != u.elements().size()) {
                return false;
            }
            for (int i = 0; i < t.elements().size(); i++) {
                if (!same(t.elements().get(i), u.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        TypeConstraint.ObjectType o = (TypeConstraint.ObjectType) a;
        if (!(b instanceof TypeConstraint.ObjectType p) || o.attributes().size() != p.attributes().size()) {
            return false;
        }
        for (int i = 0; i < o.attributes().size(); i++) {
            TypeConstraint.Attribute x = o.attributes().get(i);
            TypeConstraint.Attribute y = p.attributes().get(i);
            if (!x.name().equals(y.name()) || !same(x.type(), y.type()) || x.optional() != y.optional()
                    || !x.defaultValue().equals(y.defaultValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical form of a type as the type of a value: object attributes sorted by name, no optional
     * attribute markers or defaults (those belong to type constraints, not to values).
     */
    static TypeConstraint canonical(TypeConstraint t) {
        return isCanonical(t) ? t : rebuild(t);
    }

    /** Whether a type is canonical already: checked without allocating, as most types are. */
    private static boolean isCanonical(TypeConstraint t) {
        if (t instanceof TypeConstraint.Collection c) {
            return isCanonical(c.element());
        }
        if (t instanceof TypeConstraint.TupleType tt) {
            for (TypeConstraint e : tt.elements()) {
                if (!isCanonical(e)) {
                    return false;
                }
            }
            return true;
        }
        if (t instanceof TypeConstraint.ObjectType o) {
            String prev = null;
            for (TypeConstraint.Attribute a : o.attributes()) {
                if (a.optional() || (prev != null && compareCodePoints(prev, a.name()) >= 0) || !isCanonical(a.type())) {
                    return false;
                }
                prev = a.name();
            }
            return true;
        }
        return true;
    }

    private static TypeConstraint rebuild(TypeConstraint t) {
        if (t instanceof TypeConstraint.Collection c) {
            return new TypeConstraint.Collection(c.kind(), canonical(c.element()));
        }
        if (t instanceof TypeConstraint.TupleType tt) {
            List<TypeConstraint> els = new ArrayList<>(tt.elements().size());
            for (TypeConstraint e : tt.elements()) {
                els.add(canonical(e));
            }
            return new TypeConstraint.TupleType(els);
        }
        TypeConstraint.ObjectType o = (TypeConstraint.ObjectType) t;
        List<TypeConstraint.Attribute> attrs = new ArrayList<>(o.attributes().size());
        for (TypeConstraint.Attribute a : o.attributes()) {
            attrs.add(new TypeConstraint.Attribute(a.name(), canonical(a.type()), false, Optional.empty()));
        }
        attrs.sort((x, y) -> compareCodePoints(x.name(), y.name()));
        return new TypeConstraint.ObjectType(attrs);
    }

    static void append(HclValue v, StringBuilder sb) {
        switch (v.kind()) {
            case STRING:
                append(new LiteralValue.StringValue(((HclValue.StringValue) v).value()), sb);
                return;
            case NUMBER:
                sb.append(number(((HclValue.NumberValue) v).value()));
                return;
            case BOOL:
                sb.append(((HclValue.BoolValue) v).value());
                return;
            case NULL:
                sb.append("null");
                return;
            case UNKNOWN:
                sb.append("(known after apply)");
                return;
            case TUPLE:
            case LIST:
            case SET: {
                String fn = v.kind() == HclValue.Kind.LIST ? "tolist(" : v.kind() == HclValue.Kind.SET ? "toset(" : "";
                sb.append(fn).append('[');
                List<HclValue> els = v.elements();
                for (int i = 0; i < els.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    append(els.get(i), sb);
                }
                sb.append(']').append(fn.isEmpty() ? "" : ")");
                return;
            }
            default: {
                boolean map = v.kind() == HclValue.Kind.MAP;
                sb.append(map ? "tomap({" : "{");
                boolean first = true;
                for (Map.Entry<String, HclValue> e : v.attributes().entrySet()) {
                    sb.append(first ? "" : ", ");
                    first = false;
                    key(e.getKey(), sb);
                    sb.append(" = ");
                    append(e.getValue(), sb);
                }
                sb.append(map ? "})" : "}");
            }
        }
    }

    private static void key(String k, StringBuilder sb) {
        if (isIdentifier(k)) {
            sb.append(k);
        } else {
            append(new LiteralValue.StringValue(k), sb);
        }
    }

    static void append(LiteralValue v, StringBuilder sb) {
        if (v instanceof LiteralValue.StringValue s) {
            sb.append('"');
            String str = s.value();
            for (int i = 0; i < str.length(); i++) {
                char c = str.charAt(i);
                char next = i + 1 < str.length() ? str.charAt(i + 1) : 0;
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
                    case '$':
                    case '%':
                        sb.append(c);
                        if (next == '{') {
                            sb.append(c);
                        }
                        break;
                    default:
                        if (c < 0x20) {
                            // other control characters would be invisible or break a README table
                            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                }
            }
            sb.append('"');
        } else if (v instanceof LiteralValue.NumberValue n) {
            sb.append(number(n.value()));
        } else if (v instanceof LiteralValue.BoolValue b) {
            sb.append(b.value());
        } else if (v instanceof LiteralValue.NullValue) {
            sb.append("null");
        } else if (v instanceof LiteralValue.ListValue l) {
            sb.append('[');
            for (int i = 0; i < l.elements().size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(l.elements().get(i), sb);
            }
            sb.append(']');
        } else if (v instanceof LiteralValue.MapValue m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, LiteralValue> e : m.entries().entrySet()) {
                sb.append(first ? "" : ", ");
                first = false;
                String k = e.getKey();
                if (isIdentifier(k)) {
                    sb.append(k);
                } else {
                    append(new LiteralValue.StringValue(k), sb);
                }
                sb.append(" = ");
                append(e.getValue(), sb);
            }
            sb.append('}');
        } else {
            sb.append(((LiteralValue.NonLiteral) v).source());
        }
    }

    /** Plain notation, except for extreme exponents whose plain form would be enormous. */
    static String number(java.math.BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        java.math.BigDecimal s = d.stripTrailingZeros();
        return Math.abs(s.scale()) <= 64 ? s.toPlainString() : s.toString();
    }

    private static boolean isIdentifier(String k) {
        if (k.isEmpty() || !(Character.isLetter(k.charAt(0)) || k.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < k.length(); i++) {
            char c = k.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return false;
            }
        }
        return !k.equals("true") && !k.equals("false") && !k.equals("null");
    }
}
