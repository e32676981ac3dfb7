package dev.alexandria.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option whose values are the lower-case names of an enum's constants ({@code --output json}): parsing,
 * the "expected one of" message and the completion candidates, shared by every such option. Picocli needs a
 * class with a no-argument constructor for each, so an option declares a small subclass naming its enum.
 *
 * @param <E> the enum
 * @since 0.1.0
 */
public abstract class EnumChoice<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {

    private final Class<E> type;

    /**
     * @param type the enum whose constants are the choices
     */
    protected EnumChoice(Class<E> type) {
        this.type = type;
    }

    /**
     * @param constant a choice
     * @return its command-line spelling: the constant's name in lower case
     */
    public static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param type an enum
     * @return its choices as shown in help and errors, e.g. {@code table, json, yaml}
     */
    public static String ids(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumChoice::id).collect(Collectors.joining(", "));
    }

    /**
     * @param type     an enum
     * @param received what the user gave
     * @return the message for a value that is not a choice
     */
    public static String notAChoice(Class<? extends Enum<?>> type, String received) {
        return "expected one of " + ids(type) + " but was '" + received + "'";
    }

    /** Parses a value case-insensitively. */
    @Override
    public E convert(String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> id(c).equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException(notAChoice(type, value)));
    }

    /** The completion candidates and the list shown in help. */
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(type.getEnumConstants()).map(EnumChoice::id).iterator();
    }
}
