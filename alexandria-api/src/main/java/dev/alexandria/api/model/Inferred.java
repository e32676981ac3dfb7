package dev.alexandria.api.model;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One field of a {@link PlannedModule}: a value inferred from a module's code (or set by a person in the plan
 * file), how sure the inference is, and the evidence it came from; or explicitly unknown, with the reason.
 * Unknown values are never invented: a field that nothing supports is {@link #unknown(String) unknown}.
 *
 * <pre>{@code
 * Inferred<Layer> layer = Inferred.of(Layer.FOUNDATIONS, 0.86, "aws_vpc (main resource), aws_subnet x3");
 * Inferred<String> maintainer = Inferred.unknown("no CODEOWNERS and no git history");
 * }</pre>
 *
 * <p>Immutable and thread-safe when the value is.
 *
 * @param <T>        the type of the value
 * @param value      the value, empty when unknown
 * @param confidence how sure the inference is, from 0 (a guess) to 1 (certain, or set by a person); 0 when
 *                   the value is unknown
 * @param evidence   what the value was inferred from, or why it is unknown; may be empty
 * @since 0.4.0
 */
public record Inferred<T>(Optional<T> value, double confidence, String evidence) {

    /**
     * Validates the field.
     *
     * @param value      the value, empty when unknown
     * @param confidence from 0 to 1; 0 when the value is unknown
     * @param evidence   what the value was inferred from, or why it is unknown
     * @throws IllegalArgumentException if the confidence is outside 0..1 or not 0 for an unknown value
     */
    public Inferred {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        if (value.isEmpty() && confidence != 0) {
            throw new IllegalArgumentException("an unknown value has confidence 0, found " + confidence);
        }
    }

    /**
     * A known value.
     *
     * @param <T>        the type of the value
     * @param value      the value
     * @param confidence from 0 to 1
     * @param evidence   what it was inferred from
     * @return the field
     * @throws IllegalArgumentException if the confidence is outside 0..1
     */
    public static <T> Inferred<T> of(T value, double confidence, String evidence) {
        return new Inferred<>(Optional.of(Objects.requireNonNull(value, "value")), confidence, evidence);
    }

    /**
     * An unknown value.
     *
     * @param <T>    the type the value would have
     * @param reason why it is unknown, e.g. {@code "no README title"}
     * @return the field, with confidence 0
     */
    public static <T> Inferred<T> unknown(String reason) {
        return new Inferred<>(Optional.empty(), 0, reason);
    }

    /** @return whether the value is known */
    public boolean isKnown() {
        return value.isPresent();
    }

    /**
     * The value of a field that must be known.
     *
     * @return the value
     * @throws java.util.NoSuchElementException if it is unknown
     */
    public T get() {
        return value.orElseThrow();
    }

    /**
     * The same field with its value converted; the confidence and evidence stay.
     *
     * @param <U>    the new type
     * @param mapper the conversion; must not return {@code null}
     * @return the converted field
     */
    public <U> Inferred<U> map(Function<? super T, ? extends U> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return new Inferred<>(value.map(mapper), confidence, evidence);
    }

    /** @return {@code value (confidence 0.86: evidence)} or {@code unknown (reason)} */
    @Override
    public String toString() {
        return value.map(v -> v + " (confidence " + confidence + (evidence.isEmpty() ? "" : ": " + evidence) + ")")
                .orElse("unknown" + (evidence.isEmpty() ? "" : " (" + evidence + ")"));
    }
}
