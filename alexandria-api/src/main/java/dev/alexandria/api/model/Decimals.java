package dev.alexandria.api.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Numbers in the texts Alexandria writes ("0.82", "1,234", "1,234.50"): exactly the text of
 * {@code String.format(Locale.ROOT, "%.Nf", x)}, {@code "%,d"} and {@code "%,.Nf"}, made without
 * {@link java.util.Formatter}. A float or grouping conversion of {@code Formatter} looks up the locale's
 * {@link java.text.DecimalFormatSymbols}, even for {@link java.util.Locale#ROOT}, and the first look-up in a
 * process starts the JDK's locale providers (CLDR resource bundles): about 20 ms of CPU, which a short command
 * would pay for a score or a price. Here the digits come from {@link BigDecimal} ({@link Double#toString}'s
 * shortest digits, rounded half up, as {@code Formatter} rounds), the separators are always {@code .} and
 * {@code ,} (groups of three), and a negative number keeps its minus sign when it rounds to zero
 * ({@code "-0.00"}), as with {@code Formatter}. Stateless and thread-safe.
 *
 * @since 0.4.0
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * A number with a fixed count of decimal places: {@code fixed(0.125, 2)} is {@code "0.13"}, the text of
     * {@code String.format(Locale.ROOT, "%.2f", 0.125)}. {@code NaN} is {@code "NaN"}; the infinities are
     * {@code "Infinity"} and {@code "-Infinity"}; {@code -0.0} and a negative number that rounds to zero keep
     * their sign ({@code "-0.00"}).
     *
     * @param value  the number
     * @param places how many digits after the decimal point; 0 writes no point
     * @return the number rounded half up to {@code places} decimal places, without grouping or exponent
     * @throws IllegalArgumentException if {@code places} is negative
     */
    public static String fixed(double value, int places) {
        checkPlaces(places);
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        String digits = BigDecimal.valueOf(Math.abs(value)).setScale(places, RoundingMode.HALF_UP).toPlainString();
        return Double.compare(value, 0.0) < 0 ? "-" + digits : digits;
    }

    /**
     * A whole number with its thousands grouped by commas: {@code grouped(1234567)} is {@code "1,234,567"}, the
     * text of {@code String.format(Locale.ROOT, "%,d", 1234567)}.
     *
     * @param value the number
     * @return its digits in groups of three, with a leading minus sign if it is negative
     */
    public static String grouped(long value) {
        String digits = Long.toString(value);
        return group(digits, value < 0 ? 1 : 0, digits.length());
    }

    /**
     * A decimal number rounded half up to a fixed count of places, its whole part grouped by commas:
     * {@code grouped(new BigDecimal("1234.5"), 2)} is {@code "1,234.50"}, the text of
     * {@code String.format(Locale.ROOT, "%,.2f", value)}. A negative number that rounds to zero keeps its sign
     * ({@code "-0.00"}); round it first ({@link BigDecimal#setScale(int, RoundingMode)}) for {@code "0.00"}.
     *
     * @param value  the number
     * @param places how many digits after the decimal point; 0 writes no point
     * @return the number's text
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if {@code places} is negative
     */
    public static String grouped(BigDecimal value, int places) {
        Objects.requireNonNull(value, "value");
        checkPlaces(places);
        String digits = value.abs().setScale(places, RoundingMode.HALF_UP).toPlainString();
        int point = digits.indexOf('.');
        String text = group(digits, 0, point < 0 ? digits.length() : point);
        return value.signum() < 0 ? "-" + text : text;
    }

    /** The text with a comma before every third digit of {@code [from, end)}, counted from {@code end}. */
    private static String group(String text, int from, int end) {
        int digits = end - from;
        if (digits <= 3) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + (digits - 1) / 3).append(text, 0, from);
        for (int i = from; i < end; i++) {
            if (i > from && (end - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(text.charAt(i));
        }
        return sb.append(text, end, text.length()).toString();
    }

    private static void checkPlaces(int places) {
        if (places < 0) {
            throw new IllegalArgumentException("places must not be negative: " + places);
        }
    }
}
