package dev.alexandria.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.spi.ProviderException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProviderLoaderTest {

    private static List<String> names(ProviderSelection<? extends Provider> s) {
        return s.available().stream().map(p -> p.descriptor().name()).collect(Collectors.toList());
    }

    @Test
    void load_highestPriorityWinsAndTiesGoByNameNotClassPathOrder() {
        ProviderSelection<Greeter> s = ProviderLoader.of(Greeter.class, Greeter.SPI_VERSION).load();
        assertEquals("high-a", s.selected().orElseThrow().descriptor().name());
        assertEquals(List.of("high-a", "high-b", "low"), names(s));
        assertTrue(s.contested());
    }

    @Test
    void load_reportsEveryBrokenProviderByClassAndSkipsIt() {
        ProviderSelection<Greeter> s = ProviderLoader.of(Greeter.class, Greeter.SPI_VERSION).load();
        List<String> problems = s.problems().stream().map(ProviderProblem::toString).collect(Collectors.toList());
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.contains("dev.alexandria.spi.Greeter$BrokenDescriptor: descriptor() failed "
                + "(IllegalStateException: no config); the provider is skipped"), problems.toString());
        assertTrue(problems.contains("dev.alexandria.spi.Greeter$Future ('future'): targets Greeter SPI version 2,"
                + " this Alexandria supports up to version 1; use a release of the provider for version 1 or "
                + "upgrade Alexandria"), problems.toString());
        assertTrue(problems.contains("com.example.ImpostorGreeter ('alexandria-greeter'): uses the name prefix "
                + "'alexandria-', which is reserved for Alexandria's own providers; rename the provider"),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("dev.alexandria.spi.Greeter$FailingConstructor: "
                + "could not be loaded (IllegalStateException: cannot start)")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("com.example.DoesNotExist: could not be loaded")),
                problems.toString());
    }

    @Test
    void load_requestedNameWinsOverPriority() {
        ProviderSelection<Greeter> s = ProviderLoader.of(Greeter.class, 1).requested("low").load();
        assertEquals("low", s.selected().orElseThrow().descriptor().name());
        assertEquals(List.of("low", "high-a", "high-b"), names(s));
    }

    @Test
    void load_requestedButMissing_namesTheAvailableOnes() {
        ProviderException e = assertThrows(ProviderException.class,
                () -> ProviderLoader.of(Greeter.class, 1).requested("acme").load());
        assertEquals("provider 'acme': the Greeter asked for is not available (available: high-a, high-b, low); add the "
                + "jar that provides it to the class path or ask for one of the available ones", e.getMessage());
        assertEquals("acme", e.provider());
    }

    @Test
    void load_requestedButBroken_saysWhy() {
        ProviderException e = assertThrows(ProviderException.class,
                () -> ProviderLoader.of(Greeter.class, 1).requested("future").load());
        assertEquals("provider 'future': the Greeter asked for cannot be used: dev.alexandria.spi.Greeter$Future targets "
                + "Greeter SPI version 2, this Alexandria supports up to version 1; use a release of the provider "
                + "for version 1 or upgrade Alexandria", e.getMessage());
    }

    @Test
    void load_newerHostAcceptsProvidersOfOlderSpiVersions() {
        ProviderSelection<Greeter> s = ProviderLoader.of(Greeter.class, 2).load();
        assertEquals("future", s.selected().orElseThrow().descriptor().name());
    }

    @Test
    void load_discoveryOff_onlyRegisteredProvidersCount() {
        ProviderSelection<Greeter> s = ProviderLoader.of(Greeter.class, 1).discovery(false)
                .register(new Greeter.Named("mine", 0)).load();
        assertEquals(List.of("mine"), names(s));
        assertTrue(s.problems().isEmpty());
        assertFalse(s.contested());
    }

    @Test
    void load_noProvider_selectsNothing() {
        ProviderSelection<Greeter> s = ProviderLoader.of(Greeter.class, 1).discovery(false).load();
        assertTrue(s.selected().isEmpty());
        assertTrue(s.available().isEmpty());
    }

    @Test
    void load_registeredProviderReplacesDiscoveredOneOfTheSameName() {
        Greeter.Named mine = new Greeter.Named("low", 1);
        ProviderSelection<Greeter> s = ProviderLoader.of(Greeter.class, 1).register(mine).requested("low").load();
        assertTrue(s.selected().orElseThrow() == mine);
        assertEquals(3, s.available().size());
    }

    @Test
    void load_twoRegisteredProvidersWithOneName_isAnError() {
        ProviderException e = assertThrows(ProviderException.class, () -> ProviderLoader.of(Greeter.class, 1)
                .discovery(false).register(new Greeter.Named("xy", 1), new Greeter.Named("xy", 2)).load());
        assertEquals("provider 'xy': two Greeter providers registered are named 'xy': dev.alexandria.spi.Greeter$Named and "
                + "dev.alexandria.spi.Greeter$Named; remove one of them (provider names must be unique)",
                e.getMessage());
    }

    @Test
    void load_twoDiscoveredProvidersWithOneName_isAnError() {
        ProviderException e = assertThrows(ProviderException.class, () -> ProviderLoader.of(Twin.class, 1).load());
        assertEquals("provider 'twin': two Twin providers found on the class path are named 'twin': dev.alexandria.spi.Twin$One and "
                + "dev.alexandria.spi.Twin$Two; remove one of them (provider names must be unique)", e.getMessage());
    }

    @Test
    void load_usesTheGivenClassLoader() {
        ClassLoader empty = new ClassLoader(null) {
        };
        ProviderSelection<Greeter> s = ProviderLoader.of(Greeter.class, 1).classLoader(empty).load();
        assertTrue(s.available().isEmpty());
    }

    @Test
    void builder_rejectsMisuse() {
        assertThrows(NullPointerException.class, () -> ProviderLoader.of(null, 1));
        assertThrows(IllegalArgumentException.class, () -> ProviderLoader.of(Greeter.class, 0));
        assertThrows(IllegalArgumentException.class, () -> ProviderLoader.of(Greeter.class, 1).requested(" "));
        assertThrows(NullPointerException.class, () -> ProviderLoader.of(Greeter.class, 1).classLoader(null));
        assertThrows(NullPointerException.class,
                () -> ProviderLoader.of(Greeter.class, 1).register((Greeter) null));
        assertEquals("ProviderLoader{Greeter v1, discovery=off, requested=x}",
                ProviderLoader.of(Greeter.class, 1).discovery(false).requested("x").toString());
    }
}
