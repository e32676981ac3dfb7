package dev.alexandria.api.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

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
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    static Map<String, HclValue> sortedCopy(Map<String, HclValue> in) {
        Objects.requireNonNull(in, "attributes");
        TreeMap<String, HclValue> sorted = new TreeMap<>(HclText::compareCodePoints);
        in.forEach((k, v) -> sorted.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
        return Collections.unmodifiableMap(sorted);
    }

    static void checkTypes(TypeConstraint elementType, Collection<HclValue> elements, String what) {
        for (HclValue e : elements) {
            Objects.requireNonNull(e, "element");
            if (!e.type().equals(elementType)) {
                throw new IllegalArgumentException("every " + what + " element must have type " + elementType.render()
                        + ", but one has " + e.type().render() + ": " + e.hcl());
            }
        }
    }

    /**
     * The canonical form of a type as the type of a value: object attributes sorted by name, no optional
     * attribute markers or defaults (those belong to type constraints, not to values).
     */
    static TypeConstraint canonical(TypeConstraint t) {
        if (t instanceof TypeConstraint.Collection c) {
            TypeConstraint e = canonical(c.element());
            return e == c.element() ? c : new TypeConstraint.Collection(c.kind(), e);
        }
        if (t instanceof TypeConstraint.TupleType tt) {
            List<TypeConstraint> els = new ArrayList<>(tt.elements().size());
            boolean same = true;
            for (TypeConstraint e : tt.elements()) {
                TypeConstraint ce = canonical(e);
                same &= ce == e;
                els.add(ce);
            }
            return same ? t : new TypeConstraint.TupleType(els);
        }
        if (t instanceof TypeConstraint.ObjectType o) {
            boolean same = true;
            String prev = null;
            List<TypeConstraint.Attribute> attrs = new ArrayList<>(o.attributes().size());
            for (TypeConstraint.Attribute a : o.attributes()) {
                TypeConstraint ca = canonical(a.type());
                same &= ca == a.type() && !a.optional() && (prev == null || compareCodePoints(prev, a.name()) < 0);
                prev = a.name();
                attrs.add(new TypeConstraint.Attribute(a.name(), ca, false, Optional.empty()));
            }
            if (same) {
                return t;
            }
            attrs.sort((x, y) -> compareCodePoints(x.name(), y.name()));
            return new TypeConstraint.ObjectType(attrs);
        }
        return t;
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
