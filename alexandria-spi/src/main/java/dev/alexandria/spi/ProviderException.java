package dev.alexandria.spi;

import dev.alexandria.api.AlexandriaException;
import java.util.Objects;

/**
 * A provider failed: it could not be loaded, it was requested by a name no provider has, or it threw where its
 * contract says it must not. The message names the provider (by its descriptor name, or by class name when it
 * could not even describe itself) and the cause is kept.
 *
 * <p>Every call from Alexandria into a provider is guarded: an unexpected exception becomes a
 * {@code ProviderException}, never a bare stack trace of the provider's code.
 *
 * @since 0.1.0
 */
public class ProviderException extends AlexandriaException {

    private static final long serialVersionUID = 1L;

    /** The provider's name, or its class name. */
    private final String provider;

    /**
     * @param provider the provider's name, or its class name when it has no usable descriptor
     * @param message  what went wrong and how to fix it (the provider's name is prefixed)
     */
    public ProviderException(String provider, String message) {
        super(prefix(provider, message));
        this.provider = provider;
    }

    /**
     * @param provider the provider's name, or its class name when it has no usable descriptor
     * @param message  what went wrong and how to fix it (the provider's name is prefixed)
     * @param cause    the provider's exception, kept
     */
    public ProviderException(String provider, String message, Throwable cause) {
        super(prefix(provider, message), cause);
        this.provider = provider;
    }

    /** @return the provider's name, or its class name when it has no usable descriptor */
    public String provider() {
        return provider;
    }

    private static String prefix(String provider, String message) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(message, "message");
        return "provider '" + provider + "': " + message;
    }
}
