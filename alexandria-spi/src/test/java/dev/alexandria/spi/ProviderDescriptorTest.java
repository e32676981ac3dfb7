package dev.alexandria.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProviderDescriptorTest {

    @Test
    void name_mustBeKebabCase() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ProviderDescriptor("Acme_Prices", 0, 1));
        assertEquals("provider name must be kebab-case (lower-case letters and digits joined by single hyphens, "
                + "at most 64 characters): 'Acme_Prices'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ProviderDescriptor("acme--prices", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ProviderDescriptor("-acme", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ProviderDescriptor("a".repeat(65), 0, 1));
        assertThrows(NullPointerException.class, () -> new ProviderDescriptor(null, 0, 1));
    }

    @Test
    void spiVersion_mustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ProviderDescriptor("acme", 0, 0));
        assertEquals("spiVersion must be at least 1: 0", e.getMessage());
    }

    @Test
    void reserved_isTheAlexandriaPrefix() {
        assertTrue(new ProviderDescriptor("alexandria-aws-prices", 0, 1).isReserved());
        assertFalse(new ProviderDescriptor("acme-prices", -5, 1).isReserved());
        assertEquals(new ProviderDescriptor("acme-search", 100, 1), ProviderDescriptor.of("acme-search", 100, 1));
        assertEquals("acme-prices (priority -5, SPI 1)", new ProviderDescriptor("acme-prices", -5, 1).toString());
    }

    @Test
    void providerException_namesTheProvider() {
        ProviderException e = new ProviderException("acme-prices", "price(key) threw IllegalStateException",
                new IllegalStateException("boom"));
        assertEquals("provider 'acme-prices': price(key) threw IllegalStateException", e.getMessage());
        assertEquals("acme-prices", e.provider());
        assertEquals("boom", e.getCause().getMessage());
    }
}
