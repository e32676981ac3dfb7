package dev.alexandria.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alexandria.spi.ProviderException;
import org.junit.jupiter.api.Test;

class ProviderGuardTest {

    private final Greeter low = new Greeter.Low();

    @Test
    void call_returnsTheResult() {
        assertEquals("hi", ProviderGuard.call(low, "greet", () -> "hi"));
    }

    @Test
    void call_wrapsAnUnexpectedExceptionNamingTheProvider() {
        IllegalStateException boom = new IllegalStateException("boom");
        ProviderException e = assertThrows(ProviderException.class, () -> ProviderGuard.call(low, "greet", () -> {
            throw boom;
        }));
        assertEquals("provider 'low': dev.alexandria.spi.Greeter$Low failed to greet: IllegalStateException: boom;"
                + " report it to the provider's authors, or configure another provider", e.getMessage());
        assertEquals("low", e.provider());
        assertSame(boom, e.getCause());
    }

    @Test
    void call_wrapsLinkageErrors() {
        assertThrows(ProviderException.class, () -> ProviderGuard.run(low, "greet", () -> {
            throw new NoClassDefFoundError("org/acme/Missing");
        }));
    }

    @Test
    void call_letsProviderExceptionsAndVirtualMachineErrorsThrough() {
        ProviderException own = new ProviderException("low", "already explained");
        assertSame(own, assertThrows(ProviderException.class, () -> ProviderGuard.run(low, "greet", () -> {
            throw own;
        })));
        assertThrows(OutOfMemoryError.class, () -> ProviderGuard.run(low, "greet", () -> {
            throw new OutOfMemoryError("heap");
        }));
    }

    @Test
    void call_namesTheClassWhenTheDescriptorFails() {
        ProviderException e = assertThrows(ProviderException.class,
                () -> ProviderGuard.run(new Greeter.BrokenDescriptor(), "greet", () -> {
                    throw new IllegalArgumentException("x");
                }));
        assertEquals("dev.alexandria.spi.Greeter$BrokenDescriptor", e.provider());
    }
}
