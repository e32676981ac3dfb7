package dev.alexandria.core.internal.inspect;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strings as cty counts them: in grapheme clusters (Unicode UAX #29 extended grapheme clusters, as
 * apparentlymart/go-textseg v15 segments them), so {@code length("\r\n")} is 1 and an emoji ZWJ sequence or a
 * flag is one character. The JDK's {@code \X} regular expression implements the same rules (Java 17:
 * Unicode 13; both predate the Indic conjunct rule of Unicode 15.1). Stateless.
 */
final class Graphemes {

    private static final Pattern CLUSTER = Pattern.compile("\\X");

    private Graphemes() {
    }

    /** Whether every character is its own cluster: nothing from U+0300 up, no CR, no other control. */
    private static boolean simple(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x300 || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** @return the number of grapheme clusters */
    static int count(String s) {
        if (simple(s)) {
            return s.length();
        }
        Matcher m = CLUSTER.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** @return the grapheme clusters, in order */
    static List<String> clusters(String s) {
        List<String> out = new ArrayList<>(s.length());
        if (simple(s)) {
            for (int i = 0; i < s.length(); i++) {
                out.add(String.valueOf(s.charAt(i)));
            }
            return out;
        }
        Matcher m = CLUSTER.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** @return the first {@code n} clusters of {@code s} (all of it when it has fewer) */
    static String take(String s, int n) {
        if (simple(s)) {
            return s.substring(0, Math.min(n, s.length()));
        }
        Matcher m = CLUSTER.matcher(s);
        int end = 0;
        for (int i = 0; i < n && m.find(); i++) {
            end = m.end();
        }
        return s.substring(0, end);
    }

    /**
     * A string in Unicode normal form C, as cty keeps every string value and attribute name ({@code StringVal},
     * {@code ObjectVal}, {@code GetAttr}); the same string when it already is, which a string without a character
     * from U+0300 on always is.
     */
    static String nfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x300) {
                return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s;
    }

    /**
     * The known prefix HCL refines an unknown template result with: at most {@code maxBytes} bytes of UTF-8,
     * without its last segment (the last character that could still combine with what follows, and its marks),
     * as cty's {@code ctystrings.SafeKnownPrefix} keeps it.
     */
    static String prefix(String s, int maxBytes) {
        if (s.isEmpty()) {
            return s;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > maxBytes) {
            int cut = maxBytes;
            while (cut > 0 && (utf8[cut] & 0xC0) == 0x80) {
                cut--;
            }
            s = new String(utf8, 0, cut, StandardCharsets.UTF_8);
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            end -= Character.charCount(cp);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                break;
            }
        }
        return s.substring(0, end);
    }
}
