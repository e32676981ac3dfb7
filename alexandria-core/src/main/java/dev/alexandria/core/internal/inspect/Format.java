package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.HclValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Terraform's {@code format} function (cty v1.18 {@code stdlib/format.go}): verbs {@code %v}, {@code %#v},
 * {@code %t}, {@code %b}, {@code %d}, {@code %o}, {@code %x}, {@code %X}, {@code %e}, {@code %E}, {@code %f},
 * {@code %g}, {@code %G}, {@code %s}, {@code %q} and {@code %%}, with the flags {@code +}, {@code -},
 * {@code #}, {@code 0} and space, a width, a precision and an explicit argument index {@code [n]}, formatted
 * as Go's {@code fmt} formats {@code big.Int} and {@code big.Float}. Numbers are decimal here, so a value
 * that Go holds as an inexact binary fraction may round differently in its last printed digit. Stateless.
 */
final class Format {

    /** The widest field or longest precision accepted, so a format string cannot ask for gigabytes. */
    static final int MAX_WIDTH = 1_000_000;

    private Format() {
    }

    private static final class Verb {
        boolean sharp;
        boolean zero;
        boolean minus;
        boolean plus;
        boolean space;
        int argNum;
        int width = -1;
        int prec = -1;
        char mode;
        String raw;
        int offset;
    }

    static String format(String f, List<HclValue> args) throws Functions.FnError {
        StringBuilder out = new StringBuilder();
        int nextArg = 1;
        int highest = 0;
        int n = f.length();
        int p = 0;
        while (p < n) {
            char c = f.charAt(p);
            if (c != '%') {
                out.append(c);
                p++;
                continue;
            }
            if (p + 1 < n && f.charAt(p + 1) == '%') {
                out.append('%');
                p += 2;
                continue;
            }
            int ts = p;
            Verb v = new Verb();
            v.argNum = nextArg;
            p++;
            while (p < n && "0#-+ ".indexOf(f.charAt(p)) >= 0) {
                switch (f.charAt(p)) {
                    case '0':
                        v.zero = true;
                        break;
                    case '#':
                        v.sharp = true;
                        break;
                    case '-':
                        v.minus = true;
                        break;
                    case '+':
                        v.plus = true;
                        break;
                    default:
                        v.space = true;
                }
                p++;
            }
            if (p < n && f.charAt(p) >= '1' && f.charAt(p) <= '9') {
                v.width = 0;
                while (p < n && Character.isDigit(f.charAt(p)) && f.charAt(p) < 128) {
                    v.width = Math.min(MAX_WIDTH + 1, v.width * 10 + (f.charAt(p) - '0'));
                    p++;
                }
            }
            if (p < n && f.charAt(p) == '.') {
                p++;
                v.prec = 0;
                while (p < n && f.charAt(p) >= '0' && f.charAt(p) <= '9') {
                    v.prec = Math.min(MAX_WIDTH + 1, v.prec * 10 + (f.charAt(p) - '0'));
                    p++;
                }
            }
            if (p < n && f.charAt(p) == '[') {
                int q = p + 1;
                if (q < n && f.charAt(q) >= '1' && f.charAt(q) <= '9') {
                    int num = 0;
                    while (q < n && f.charAt(q) >= '0' && f.charAt(q) <= '9') {
                        num = Math.min(1_000_000, num * 10 + (f.charAt(q) - '0'));
                        q++;
                    }
                    if (q < n && f.charAt(q) == ']') {
                        v.argNum = num;
                        p = q + 1;
                    } else {
                        throw unrecognized(f, q);
                    }
                } else {
                    throw unrecognized(f, q);
                }
            }
            if (p >= n) {
                throw new Functions.FnError("invalid format string starting at offset " + p);
            }
            char m = f.charAt(p);
            if (!((m >= 'a' && m <= 'z') || (m >= 'A' && m <= 'Z'))) {
                throw unrecognized(f, p);
            }
            v.mode = m;
            p++;
            v.raw = f.substring(ts, p);
            v.offset = ts;
            if (v.width > MAX_WIDTH || v.prec > MAX_WIDTH) {
                throw new Functions.FnError("unsupported value for " + Convert.quote(v.raw) + " at " + ts + ": width "
                        + "and precision are limited to " + MAX_WIDTH);
            }
            highest = Math.max(highest, v.argNum);
            append(v, out, args);
            Functions.checkSize(out.length());
            nextArg = v.argNum + 1;
        }
        if (highest < args.size()) {
            int firstBad = highest + 1;
            if (highest == 0) {
                throw new Functions.FnError(firstBad, "too many arguments; no verbs in format string");
            }
            throw new Functions.FnError(firstBad, "too many arguments; only " + highest + " used by format string");
        }
        return out.toString();
    }

    private static Functions.FnError unrecognized(String f, int p) {
        if (p >= f.length()) {
            return new Functions.FnError("invalid format string starting at offset " + p);
        }
        int cp = f.codePointAt(p);
        return new Functions.FnError("unrecognized format character " + goRune(cp) + " at offset "
                + f.substring(0, p).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    private static String goRune(int cp) {
        if (cp == '\'') {
            return "'\\''";
        }
        if (cp == '\\') {
            return "'\\\\'";
        }
        if (cp < 0x20 || cp == 0x7f) {
            return String.format(Locale.ROOT, "'\\x%02x'", cp);
        }
        return "'" + new String(Character.toChars(cp)) + "'";
    }

    private static void append(Verb v, StringBuilder out, List<HclValue> args) throws Functions.FnError {
        int idx = v.argNum - 1;
        if (idx >= args.size()) {
            throw new Functions.FnError("not enough arguments for " + Convert.quote(v.raw) + " at " + v.offset
                    + ": need index " + v.argNum + " but have " + args.size() + " total");
        }
        HclValue arg = args.get(idx);
        if (v.mode != 'v' && arg.isNull()) {
            throw new Functions.FnError("unsupported value for " + Convert.quote(v.raw) + " at " + v.offset
                    + ": null value cannot be formatted");
        }
        switch (v.mode) {
            case 'v':
                if (!v.sharp && !arg.isNull() && arg instanceof HclValue.StringValue s) {
                    out.append(pad(v, s.value()));
                } else if (!v.sharp && arg instanceof HclValue.NumberValue num) {
                    out.append(pad(v, shortestG(num.value())));
                } else {
                    out.append(pad(v, json(arg)));
                }
                return;
            case 't':
                try {
                    out.append(Values.isTrue(Convert.convert(arg, Types.BOOL)) ? "true" : "false");
                } catch (Convert.Failure e) {
                    throw unsupported(v, e.getMessage());
                }
                return;
            case 'b':
            case 'd':
            case 'o':
            case 'x':
            case 'X':
            case 'e':
            case 'E':
            case 'f':
            case 'g':
            case 'G': {
                BigDecimal d;
                try {
                    d = Values.num(Convert.convert(arg, Types.NUMBER));
                } catch (Convert.Failure e) {
                    throw unsupported(v, e.getMessage());
                }
                if ("bdoxX".indexOf(v.mode) >= 0) {
                    BigInteger i = Evaluator.wholeNumber(d);
                    if (i == null) {
                        throw unsupported(v, "an integer is required");
                    }
                    out.append(integer(v, i));
                } else {
                    out.append(floating(v, d));
                }
                return;
            }
            case 's':
            case 'q': {
                String s;
                try {
                    s = ((HclValue.StringValue) Convert.convert(arg, Types.STRING)).value();
                } catch (Convert.Failure e) {
                    throw unsupported(v, e.getMessage());
                }
                if (v.prec > 0) {
                    s = Graphemes.take(s, v.prec);
                }
                out.append(pad(v, v.mode == 's' ? s : jsonString(s)));
                return;
            }
            default:
                throw new Functions.FnError("unsupported format verb " + goRune(v.mode) + " in " + Convert.quote(v.raw)
                        + " at offset " + v.offset);
        }
    }

    private static Functions.FnError unsupported(Verb v, String why) {
        return new Functions.FnError("unsupported value for " + Convert.quote(v.raw) + " at " + v.offset + ": " + why);
    }

    /** cty's {@code formatPadWidth}: pads to a width counted in grapheme clusters. */
    private static String pad(Verb v, String s) {
        if (v.width < 0) {
            return s;
        }
        int have = Graphemes.count(s);
        if (have >= v.width) {
            return s;
        }
        String pads = (v.zero ? "0" : " ").repeat(v.width - have);
        return v.minus ? s + pads : pads + s;
    }

    /** Go's {@code fmt} for a {@code *big.Int}. */
    private static String integer(Verb v, BigInteger x) {
        int base = v.mode == 'b' ? 2 : v.mode == 'o' ? 8 : v.mode == 'd' ? 10 : 16;
        String sign = x.signum() < 0 ? "-" : v.plus ? "+" : v.space ? " " : "";
        String prefix = "";
        if (v.sharp) {
            prefix = v.mode == 'b' ? "0b" : v.mode == 'o' ? "0" : v.mode == 'x' ? "0x" : v.mode == 'X' ? "0X" : "";
        }
        String digits = x.abs().toString(base);
        if (v.mode == 'X') {
            digits = digits.toUpperCase(Locale.ROOT);
        }
        int zeros = 0;
        if (v.prec >= 0) {
            if (digits.length() < v.prec) {
                zeros = v.prec - digits.length();
            } else if (digits.equals("0") && v.prec == 0) {
                return "";
            }
        }
        int left = 0;
        int right = 0;
        int length = sign.length() + prefix.length() + zeros + digits.length();
        if (v.width >= 0 && length < v.width) {
            int d = v.width - length;
            if (v.minus) {
                right = d;
            } else if (v.zero && v.prec < 0) {
                zeros = d;
            } else {
                left = d;
            }
        }
        return " ".repeat(left) + sign + prefix + "0".repeat(zeros) + digits + " ".repeat(right);
    }

    /** Go's {@code fmt} for a {@code *big.Float} with {@code %e}, {@code %f}, {@code %g} and their capitals. */
    private static String floating(Verb v, BigDecimal x) {
        boolean neg = x.signum() < 0;
        BigDecimal a = x.abs();
        String body;
        switch (v.mode) {
            case 'e':
            case 'E':
                body = sci(a, v.prec < 0 ? 6 : v.prec, v.mode);
                break;
            case 'f':
                body = a.setScale(v.prec < 0 ? 6 : v.prec, RoundingMode.HALF_EVEN).toPlainString();
                break;
            default:
                body = v.prec < 0 ? shortestG(a) : precisionG(a, v.prec, v.mode == 'G' ? 'E' : 'e');
                if (v.mode == 'G') {
                    body = body.replace('e', 'E');
                }
        }
        String sign = neg ? "-" : v.plus ? "+" : v.space ? " " : "";
        int padding = v.width > sign.length() + body.length() ? v.width - sign.length() - body.length() : 0;
        if (v.zero) {
            return sign + "0".repeat(padding) + body;
        }
        if (v.minus) {
            return sign + body + " ".repeat(padding);
        }
        return " ".repeat(padding) + sign + body;
    }

    /** {@code d.dddde±dd} with {@code prec} digits after the point. */
    private static String sci(BigDecimal a, int prec, char e) {
        if (a.signum() == 0) {
            return (prec > 0 ? "0." + "0".repeat(prec) : "0") + e + "+00";
        }
        BigDecimal r = a.round(new java.math.MathContext(prec + 1, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        String digits = r.unscaledValue().toString();
        digits = (digits + "0".repeat(Math.max(0, prec + 1 - digits.length()))).substring(0, prec + 1);
        String mant = prec > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits.substring(0, 1);
        return mant + e + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** Go's shortest {@code %g} ({@code big.Float.Text('g', -1)}): exponent form below 1e-4 or from 1e6. */
    static String shortestG(BigDecimal x) {
        if (x.signum() == 0) {
            return "0";
        }
        boolean neg = x.signum() < 0;
        BigDecimal a = x.abs().stripTrailingZeros();
        int digits = a.precision();
        int exp = a.precision() - a.scale() - 1;
        String s;
        if (exp < -4 || exp >= 6) {
            s = sci(a, digits - 1, 'e');
        } else {
            s = a.toPlainString();
        }
        return neg ? "-" + s : s;
    }

    private static String precisionG(BigDecimal a, int prec, char e) {
        if (prec == 0) {
            prec = 1;
        }
        if (a.signum() == 0) {
            return "0";
        }
        BigDecimal r = a.round(new java.math.MathContext(prec, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int exp = r.precision() - r.scale() - 1;
        if (exp < -4 || exp >= prec) {
            return sci(r, Math.min(prec, r.precision()) - 1, e);
        }
        return r.toPlainString();
    }

    // ------------------------------------------------------------------ JSON, as cty's json.Marshal writes it

    static String json(HclValue v) {
        StringBuilder sb = new StringBuilder();
        json(v, sb);
        return sb.toString();
    }

    private static void json(HclValue v, StringBuilder sb) {
        switch (v.kind()) {
            case NULL:
                sb.append("null");
                return;
            case STRING:
                sb.append(jsonString(((HclValue.StringValue) v).value()));
                return;
            case NUMBER:
                sb.append(Values.numberText(Values.num(v)));
                return;
            case BOOL:
                sb.append(Values.isTrue(v));
                return;
            case TUPLE:
            case LIST:
            case SET: {
                sb.append('[');
                boolean first = true;
                for (HclValue e : v.elements()) {
                    sb.append(first ? "" : ",");
                    first = false;
                    json(e, sb);
                }
                sb.append(']');
                return;
            }
            default: {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<String, HclValue> e : v.attributes().entrySet()) {
                    sb.append(first ? "" : ",");
                    first = false;
                    sb.append(jsonString(e.getKey())).append(':');
                    json(e.getValue(), sb);
                }
                sb.append('}');
            }
        }
    }

    /** Go's {@code encoding/json} string, HTML characters escaped. */
    static String jsonString(String s) {
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
                case '<':
                case '>':
                case '&':
                case '\u2028':
                case '\u2029':
                    sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }
}
