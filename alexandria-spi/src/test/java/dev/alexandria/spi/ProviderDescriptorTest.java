package dev.alexandria.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProviderDescriptorTest {

    @Test
    void name_mustBeKebabCase() {
        for (String bad : new String[] {"", "a", "Acme", "acme_search", "-acme", "acme-", "acme--x", "9acme",
                "x".repeat(65)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ProviderDescriptor.of(bad, 0, 1), bad);
            assertEquals("invalid provider name '" + bad + "': use 2 to 64 lower-case letters, digits and single "
                    + "hyphens, e.g. acme-search", e.getMessage());
        }
        assertEquals("acme-search2", ProviderDescriptor.of("acme-search2", 0, 1).name());
    }

    @Test
    void spiVersion_startsAtOne() {
        assertEquals("spiVersion must be at least 1: 0",
                assertThrows(IllegalArgumentException.class, () -> ProviderDescriptor.of("ab", 0, 0)).getMessage());
    }

    @Test
    void reservedPrefix_isRecognised() {
        assertTrue(ProviderDescriptor.of("alexandria-lucene", 100, 1).hasReservedName());
        assertFalse(ProviderDescriptor.of("acme-alexandria", 100, 1).hasReservedName());
        assertEquals("alexandria-lucene (priority 100, SPI v1)", ProviderDescriptor.of("alexandria-lucene", 100, 1)
                .toString());
    }
}
