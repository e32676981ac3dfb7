package dev.alexandria.api.model;

import java.util.Map;

/** Renders literal values in HCL spelling. */
final class HclText {
    private HclText() {
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
