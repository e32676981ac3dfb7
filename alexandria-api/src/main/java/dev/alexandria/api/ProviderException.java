package dev.alexandria.api;

import java.util.Objects;

/**
 * A provider plugged into one of Alexandria's SPIs (a search backend, a pricing source, a validator …) could
 * not be loaded, was asked for by name but is not available, or failed while it was called. The message names
 * the provider and says what to do; the provider's own exception, if any, is the cause.
 *
 * @since 0.1.0
 */
public class ProviderException extends AlexandriaException {

    private static final long serialVersionUID = 1L;

    /** The name of the provider, from its descriptor, or its class name when it has none. */
    private final String provider;

    /**
     * @param provider the provider's name (or class name when it could not describe itself)
     * @param message  where, what and the fix; should name the provider
     */
    public ProviderException(String provider, String message) {
        super(message);
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    /**
     * @param provider the provider's name (or class name when it could not describe itself)
     * @param message  where, what and the fix; should name the provider
     * @param cause    the provider's exception, kept
     */
    public ProviderException(String provider, String message, Throwable cause) {
        super(message, cause);
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    /** @return the name of the provider (or its class name when it could not describe itself) */
    public String provider() {
        return provider;
    }
}
