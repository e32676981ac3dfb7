package dev.alexandria.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
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
        return notAChoice(Arrays.asList(type.getEnumConstants()), received);
    }

    /**
     * The message for a value that is not one of {@code choices}, with the closest choice when one is a likely
     * typo of it: at most one edit away per three characters given, and at most two ({@code betta} → {@code
     * beta}; {@code xml} suggests nothing).
     */
    static String notAChoice(List<? extends Enum<?>> choices, String received) {
        List<String> ids = choices.stream().map(EnumChoice::id).toList();
        String message = "expected one of " + String.join(", ", ids) + " but was '" + received + "'";
        String word = received.trim().toLowerCase(Locale.ROOT);
        int allowed = Math.min(2, Math.max(1, word.length() / 3));
        List<String> closest = ErrorHandler.closest(word, ids);
        return closest.size() == 1 && ErrorHandler.distance(word, closest.get(0)) <= allowed
                ? message + "; did you mean '" + closest.get(0) + "'?" : message;
    }

    /**
     * The message for a value an enumerated option does not accept, one wording for every such option ({@code
     * --sort}, {@code --complexity}, {@code --maturity}, {@code --layer}, {@code --category}): what was given, the
     * accepted values closest to it when one is a likely typo of it ({@link #likelyTypos}), then every value the
     * option accepts, and only those ({@code unknown maturity 'stabel'; did you mean 'stable'? Or use one of
     * experimental, alpha, beta, stable, mature}).
     *
     * @param what     what the option names ({@code maturity}, {@code sort})
     * @param received what the user gave
     * @param accepted every value the option accepts, in the order to list them
     * @param more     said after the list (how values combine), or empty
     * @return the message, its fix after the first {@code "; "}
     */
    static String unknownValue(String what, String received, java.util.Collection<String> accepted, String more) {
        List<String> near = likelyTypos(received, accepted);
        return "unknown " + what + " '" + received + "'; " + (near.isEmpty() ? "use"
                : "did you mean " + near.stream().map(n -> "'" + n + "'").collect(Collectors.joining(" or "))
                        + "? Or use") + " one of " + String.join(", ", accepted) + (more.isEmpty() ? "" : " " + more);
    }

    /**
     * The values closest to what was typed when they are a likely typo of it: at most one edit away per three
     * characters given, and at most two ({@code stabel} → {@code stable}; {@code xml} suggests nothing among
     * {@code table, json, yaml}); case and surrounding blanks do not count.
     *
     * @param received what the user gave
     * @param values   the values to pick from
     * @return the closest values, or none
     */
    static List<String> likelyTypos(String received, java.util.Collection<String> values) {
        String word = received.strip().toLowerCase(Locale.ROOT);
        int allowed = Math.min(2, Math.max(1, word.length() / 3));
        List<String> closest = ErrorHandler.closest(word, values);
        return closest.isEmpty() || ErrorHandler.distance(word, closest.get(0)) > allowed ? List.of() : closest;
    }

    /**
     * The choices shown in help, completion and errors; by default every constant. An option may accept more
     * than it shows (to answer a value that belongs to another command with that command's name).
     *
     * @return the constants offered
     */
    protected List<E> shown() {
        return List.of(type.getEnumConstants());
    }

    /** Parses a value case-insensitively. */
    @Override
    public E convert(String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> id(c).equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException(notAChoice(shown(), value)));
    }

    /** The completion candidates and the list shown in help. */
    @Override
    public Iterator<String> iterator() {
        return shown().stream().map(EnumChoice::id).iterator();
    }
}
