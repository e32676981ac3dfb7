package dev.alexandria.cli;

import java.math.BigInteger;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A whole-number option with the range it accepts ({@code --limit}, {@code --offset}, {@code --depth}): a value
 * that is not a whole number says so, and a whole number outside the range says whether it is too small or too
 * large and what the range is ({@code 99999999999 is too large; give a whole number from 1 to 2147483647}), never
 * that a number is "not a whole number". Picocli prefixes the option's name ({@link ErrorHandler#usage}). Picocli
 * needs a class with a no-argument constructor per converter, so each range is a small subclass.
 *
 * @since 0.5.0
 */
public abstract class WholeNumber implements ITypeConverter<Integer> {

    /** The largest value any whole-number option takes: Java's largest {@code int}. */
    public static final int MAX = Integer.MAX_VALUE;

    private final int min;

    /**
     * @param min the smallest value accepted; the largest is {@link #MAX}
     */
    protected WholeNumber(int min) {
        this.min = min;
    }

    /**
     * @param value the text given
     * @return the number
     * @throws TypeConversionException when the text is not a whole number, or is one outside the range
     */
    @Override
    public Integer convert(String value) {
        String text = value.strip();
        BigInteger n;
        try {
            // BigInteger reads any length of digits, so a number too large for an int is told apart from a word.
            n = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number; " + range());
        }
        if (n.compareTo(BigInteger.valueOf(min)) < 0) {
            throw new TypeConversionException(text + " is too small; " + range());
        }
        if (n.compareTo(BigInteger.valueOf(MAX)) > 0) {
            throw new TypeConversionException(text + " is too large; " + range());
        }
        return n.intValueExact();
    }

    /** What to give: the range, as the fix of every message. */
    String range() {
        return "give a whole number from " + min + " to " + MAX;
    }

    /** 1 or more: how many results to show ({@code --limit}), how many levels ({@code --depth}). */
    static final class AtLeastOne extends WholeNumber {
        AtLeastOne() {
            super(1);
        }
    }

    /** 0 or more: how many results to skip ({@code --offset}). */
    static final class AtLeastZero extends WholeNumber {
        AtLeastZero() {
            super(0);
        }
    }
}
