package dev.alexandria.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A count and its noun in English, for the texts Alexandria writes ("1 case study", "2 case studies",
 * "0 files"): the one place where a noun's plural is made, so that no message says "1 case studies".
 *
 * <p>The regular plural: {@code -s}; {@code -es} after {@code s}, {@code x}, {@code z}, {@code ch} and
 * {@code sh}; {@code -ies} for a {@code y} after a consonant. Only the last word of a noun phrase changes
 * ("critical bug" → "critical bugs"). For an irregular noun, give the plural
 * ({@link #count(long, String, String)}). Stateless and thread-safe.
 *
 * @since 0.3.0
 */
public final class Plurals {

    private Plurals() {
    }

    /**
     * A count and its noun: {@code count(1, "case study")} is {@code "1 case study"}, {@code count(3, "case
     * study")} is {@code "3 case studies"}.
     *
     * @param n        the count
     * @param singular the noun (or noun phrase) for one
     * @return the count, a space and the noun, in the plural unless {@code n} is 1
     * @throws NullPointerException if {@code singular} is null
     */
    public static String count(long n, String singular) {
        return n + " " + noun(n, singular);
    }

    /**
     * A count and its noun, for a noun whose plural is irregular: {@code count(2, "child", "children")}.
     *
     * @param n        the count
     * @param singular the noun for one
     * @param plural   the noun for any other count
     * @return the count, a space and the noun
     * @throws NullPointerException if a noun is null
     */
    public static String count(long n, String singular, String plural) {
        Objects.requireNonNull(singular, "singular");
        return n + " " + (n == 1 ? singular : Objects.requireNonNull(plural, "plural"));
    }

    /**
     * The noun alone, for a count given elsewhere: {@code noun(2, "file")} is {@code "files"}.
     *
     * @param n        the count
     * @param singular the noun (or noun phrase) for one
     * @return the noun, in the plural unless {@code n} is 1
     * @throws NullPointerException if {@code singular} is null
     */
    public static String noun(long n, String singular) {
        Objects.requireNonNull(singular, "singular");
        return n == 1 ? singular : plural(singular);
    }

    /**
     * The regular English plural of a noun phrase's last word.
     *
     * @param singular the noun (or noun phrase)
     * @return its plural
     * @throws NullPointerException if {@code singular} is null
     */
    public static String plural(String singular) {
        Objects.requireNonNull(singular, "singular");
        String lower = singular.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return singular;
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return singular + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return singular.substring(0, singular.length() - 1) + "ies";
        }
        return singular + "s";
    }
}
