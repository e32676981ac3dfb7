package dev.alexandria.spi;

import dev.alexandria.spi.ProviderException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Calls into a provider so that its failures cannot be mistaken for Alexandria's: an unexpected exception
 * becomes a {@link ProviderException} that names the provider and the operation, with the provider's exception
 * as the cause.
 *
 * <pre>{@code
 * SearchResults r = ProviderGuard.call(backend, "search", () -> index.search(query));
 * }</pre>
 *
 * <p>A {@link ProviderException} thrown by the provider passes through unchanged, as do the JDK's
 * {@link VirtualMachineError}s (out of memory is not the provider's fault to report). Everything else
 * ({@link RuntimeException}s, and {@link LinkageError}s from a provider built against other jars) is wrapped.
 * Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProviderGuard {

    private ProviderGuard() {
    }

    /**
     * Runs one call into a provider.
     *
     * @param <R>       the result type
     * @param provider  the provider being called
     * @param operation what is being done, for the message ({@code search}, {@code index 40 modules})
     * @param call      the call
     * @return what the call returned
     * @throws ProviderException if the call threw anything but a {@link VirtualMachineError}
     */
    public static <R> R call(Provider provider, String operation, Supplier<R> call) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(call, "call");
        try {
            return call.get();
        } catch (ProviderException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            String name = nameOf(provider);
            throw new ProviderException(name, provider.getClass().getName() + " failed to " + operation + ": " + ProviderLoader.describe(e)
                    + "; report it to the provider's authors, or configure another provider", e);
        }
    }

    /**
     * Runs one call into a provider that returns nothing.
     *
     * @param provider  the provider being called
     * @param operation what is being done, for the message
     * @param call      the call
     * @throws ProviderException if the call threw anything but a {@link VirtualMachineError}
     */
    public static void run(Provider provider, String operation, Runnable call) {
        Objects.requireNonNull(call, "call");
        call(provider, operation, () -> {
            call.run();
            return null;
        });
    }

    private static String nameOf(Provider provider) {
        try {
            return provider.descriptor().name();
        } catch (RuntimeException | LinkageError e) {
            return provider.getClass().getName();
        }
    }
}
