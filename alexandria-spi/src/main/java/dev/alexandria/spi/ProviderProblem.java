package dev.alexandria.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A provider that was found but cannot be used, and why: it failed to load or to describe itself, targets a
 * newer SPI version, uses a reserved name, or its name is taken. Hosts report these (the provider is skipped);
 * asking for such a provider by name is an error.
 *
 * <p>Immutable and thread-safe.
 *
 * @param className the provider's class, or the service entry that could not be loaded
 * @param name      the provider's name, when it could describe itself
 * @param reason    what is wrong and what to do, one sentence
 * @param cause     the exception, when there was one
 * @since 0.1.0
 */
public record ProviderProblem(String className, Optional<String> name, String reason, Optional<Throwable> cause) {

    /**
     * Validates the components.
     *
     * @param className the provider's class, or the service entry that could not be loaded
     * @param name the provider's name, when it could describe itself
     * @param reason what is wrong and what to do
     * @param cause the exception, when there was one
     */
    public ProviderProblem {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(cause, "cause");
    }

    /** @return {@code className: reason} */
    @Override
    public String toString() {
        return className + name.map(n -> " ('" + n + "')").orElse("") + ": " + reason;
    }
}
