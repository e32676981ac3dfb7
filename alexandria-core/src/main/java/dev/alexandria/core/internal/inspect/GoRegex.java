package dev.alexandria.core.internal.inspect;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Go's {@code regexp.ReplaceAllString} for {@code replace(str, "/re/", repl)}: the RE2 pattern is run by the
 * JDK's engine after the RE2 spellings that differ are translated ({@code (?P<name>...)} groups, POSIX
 * classes such as {@code [[:alpha:]]}), and the replacement is expanded as Go's {@code Regexp.Expand} does
 * ({@code $1}, {@code ${1}}, {@code $name}, {@code ${name}}, {@code $$}; a name is the longest run of letters,
 * digits and underscores, and an unknown group expands to nothing). Stateless.
 */
final class GoRegex {

    private static final Map<String, String> POSIX = Map.ofEntries(Map.entry("alnum", "\\p{Alnum}"),
            Map.entry("alpha", "\\p{Alpha}"), Map.entry("ascii", "\\p{ASCII}"), Map.entry("blank", "\\p{Blank}"),
            Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "\\p{Digit}"), Map.entry("graph", "\\p{Graph}"),
            Map.entry("lower", "\\p{Lower}"), Map.entry("print", "\\p{Print}"), Map.entry("punct", "\\p{Punct}"),
            Map.entry("space", "\\s"), Map.entry("upper", "\\p{Upper}"), Map.entry("word", "\\w"),
            Map.entry("xdigit", "\\p{XDigit}"));

    private GoRegex() {
    }

    static String replaceAll(String str, String re, String template) throws Functions.FnError {
        Map<String, String> names = new HashMap<>();
        Pattern p;
        try {
            p = Pattern.compile(translate(re, names));
        } catch (PatternSyntaxException e) {
            throw new Functions.FnError("error parsing regexp: " + e.getDescription() + ": `" + re + "`");
        }
        Matcher m = p.matcher(str);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(str, last, m.start());
            expand(m, template, names, sb);
            Functions.checkSize(sb.length());
            last = m.end();
            if (m.end() == m.start() && m.end() >= str.length()) {
                break;
            }
        }
        return sb.append(str, last, str.length()).toString();
    }

    /** RE2 to JDK syntax: named groups get JDK-safe names (recorded in {@code names}), POSIX classes. */
    static String translate(String re, Map<String, String> names) {
        StringBuilder sb = new StringBuilder(re.length() + 8);
        int n = re.length();
        int groups = 0;
        boolean inClass = false;
        for (int i = 0; i < n; i++) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < n) {
                sb.append(c).append(re.charAt(++i));
                continue;
            }
            if (inClass) {
                if (c == '[' && i + 1 < n && re.charAt(i + 1) == ':') {
                    int close = re.indexOf(":]", i + 2);
                    if (close > 0) {
                        String name = re.substring(i + 2, close);
                        boolean negated = name.startsWith("^");
                        String cls = POSIX.get(negated ? name.substring(1) : name);
                        if (cls != null) {
                            sb.append(negated ? "[^" + cls + "]" : cls);
                            i = close + 1;
                            continue;
                        }
                    }
                }
                if (c == ']') {
                    inClass = false;
                }
                sb.append(c);
                continue;
            }
            if (c == '[') {
                inClass = true;
                sb.append(c);
                if (i + 1 < n && re.charAt(i + 1) == '^') {
                    sb.append('^');
                    i++;
                }
                if (i + 1 < n && re.charAt(i + 1) == ']') {
                    sb.append("\\]");
                    i++;
                }
                continue;
            }
            if (c == '(') {
                if (re.startsWith("(?P<", i) || (re.startsWith("(?<", i) && !re.startsWith("(?<=", i)
                        && !re.startsWith("(?<!", i))) {
                    int start = re.indexOf('<', i) + 1;
                    int close = re.indexOf('>', start);
                    if (close > start) {
                        groups++;
                        String javaName = "g" + groups + "x";
                        names.put(re.substring(start, close), javaName);
                        sb.append("(?<").append(javaName).append('>');
                        i = close;
                        continue;
                    }
                }
                if (!re.startsWith("(?", i)) {
                    groups++;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static void expand(Matcher m, String t, Map<String, String> names, StringBuilder out) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c != '$' || i + 1 >= n) {
                out.append(c);
                continue;
            }
            char d = t.charAt(i + 1);
            if (d == '$') {
                out.append('$');
                i++;
                continue;
            }
            String name;
            int end;
            if (d == '{') {
                int close = t.indexOf('}', i + 2);
                if (close < 0 || close == i + 2 || !isName(t.substring(i + 2, close))) {
                    out.append(c);
                    continue;
                }
                name = t.substring(i + 2, close);
                end = close;
            } else {
                int k = i + 1;
                while (k < n && (Character.isLetterOrDigit(t.charAt(k)) || t.charAt(k) == '_')) {
                    k++;
                }
                if (k == i + 1) {
                    out.append(c);
                    continue;
                }
                name = t.substring(i + 1, k);
                end = k - 1;
            }
            out.append(group(m, name, names));
            i = end;
        }
    }

    private static boolean isName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String group(Matcher m, String name, Map<String, String> names) {
        String g = null;
        if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            try {
                int idx = Integer.parseInt(name);
                if (idx <= m.groupCount()) {
                    g = m.group(idx);
                }
            } catch (NumberFormatException e) {
                g = null;
            }
        } else if (names.containsKey(name)) {
            g = m.group(names.get(name));
        }
        return g == null ? "" : g;
    }
}
