package dev.alexandria.api;

import dev.alexandria.api.model.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * Bad data in the library: a catalog or metadata file that cannot be read, parsed or trusted, or a library
 * layout that is wrong. Carries the location of the problem where there is one. The CLI maps it to exit
 * code 3.
 *
 * @since 0.1.0
 */
public class CatalogException extends AlexandriaException {

    private static final long serialVersionUID = 1L;

    private final transient SourceLocation location;

    /**
     * @param location where the problem is, or {@code null} when it is not in one file
     * @param message  what is wrong and how to fix it (without the location; it is prefixed)
     */
    public CatalogException(SourceLocation location, String message) {
        super(prefix(location, message));
        this.location = location;
    }

    /**
     * @param location where the problem is, or {@code null} when it is not in one file
     * @param message  what is wrong and how to fix it (without the location; it is prefixed)
     * @param cause    the underlying failure, kept
     */
    public CatalogException(SourceLocation location, String message, Throwable cause) {
        super(prefix(location, message), cause);
        this.location = location;
    }

    /** @return where the problem is, if it is in one file */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    private static String prefix(SourceLocation location, String message) {
        Objects.requireNonNull(message, "message");
        return location == null ? message : location + ": " + message;
    }
}
