package dev.alexandria.api;

/**
 * The root of every exception Alexandria throws on purpose. Unchecked, so the fluent API stays free of
 * checked exceptions. Its message always says where (file, line and column where there is one), what is
 * wrong and how to fix it.
 *
 * <p>Misuse of the API itself (a {@code null} argument, a negative limit) is reported with the JDK's own
 * {@link NullPointerException}, {@link IllegalArgumentException} and {@link IllegalStateException}.
 *
 * @since 0.1.0
 */
public class AlexandriaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message where, what and the fix
     */
    public AlexandriaException(String message) {
        super(message);
    }

    /**
     * @param message where, what and the fix
     * @param cause   the underlying failure, kept
     */
    public AlexandriaException(String message, Throwable cause) {
        super(message, cause);
    }
}
