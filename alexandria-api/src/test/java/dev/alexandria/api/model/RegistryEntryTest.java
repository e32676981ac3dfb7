package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryEntryTest {

    static RegisteredVersion v(String version, MaturityLevel maturity) {
        return new RegisteredVersion(Version.parse(version), LocalDate.of(2026, 1, 1), maturity, "");
    }

    static RegistryEntry entry() {
        return RegistryEntry.builder().id("vpc-standard").name("Standard VPC").version("1.4.2")
                .category("foundations/networking").maturity(MaturityLevel.STABLE).description("A VPC.")
                .support(RegistryEntry.Support.of("team-networking")).versions(v("1.4.2", MaturityLevel.STABLE))
                .build();
    }

    @Test
    void withVersion_newHighestVersionBecomesTheEntrysVersionAndMaturity() {
        RegistryEntry e = entry().withVersion(v("2.0.0-beta.1", MaturityLevel.BETA));
        assertEquals("2.0.0-beta.1", e.version().toString());
        assertEquals(MaturityLevel.BETA, e.maturity());
        assertEquals(2, e.versions().size());
    }

    @Test
    void withVersion_backportKeepsTheHighestVersion() {
        RegistryEntry e = entry().withVersion(v("1.3.5", MaturityLevel.STABLE));
        assertEquals("1.4.2", e.version().toString());
        assertEquals("1.3.5", e.versions().get(1).version().toString());
    }

    @Test
    void withVersion_refusesToRepublish() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> entry().withVersion(v("1.4.2", MaturityLevel.STABLE)));
        assertEquals("version 1.4.2 of vpc-standard is already registered; published versions never change, register "
                + "a new version", e.getMessage());
    }

    @Test
    void registry_withInsertsInIdOrderAndReplacesInPlace() {
        ModuleRegistry r = new ModuleRegistry(List.of(entry()));
        RegistryEntry dns = RegistryEntry.builder().id("dns").name("DNS").version("0.1.0")
                .category("foundations/networking").maturity(MaturityLevel.ALPHA)
                .support(RegistryEntry.Support.of("net")).build();
        ModuleRegistry two = r.with(dns);
        assertEquals(List.of("dns", "vpc-standard"), two.entries().stream().map(e -> e.id().value()).toList());
        assertTrue(two.entry("dns").isPresent());
        assertEquals(Optional.empty(), two.entry("../dns"));
        assertEquals("module 'dns' has two registry entries", assertThrows(IllegalArgumentException.class,
                () -> new ModuleRegistry(List.of(dns, dns))).getMessage());
    }
}
