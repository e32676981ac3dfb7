package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.CompatibleWith;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.Evidence;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRequirement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Law of {@code .alexandria.yaml}: reading what the writer wrote gives equal metadata, without findings. */
class MetadataRoundTripProperties {

    @Property(tries = 300)
    void readAfterWriteGivesEqualMetadata(@ForAll("metadata") ModuleMetadata m) {
        String text = YamlEmitter.metadata(m);
        List<Finding> findings = new ArrayList<>();
        Optional<ModuleMetadata> read = CatalogReader.metadata(YamlFiles.parse(text, ".alexandria.yaml"), findings,
                m.id().value(), m.layer(), m.category());
        assertEquals(List.of(), findings, text);
        assertEquals(Optional.of(m), read, text);
    }

    static Arbitrary<String> version(MaturityLevel level) {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 30);
        Arbitrary<Integer> major = Arbitraries.integers().between(1, 9);
        switch (level) {
            case EXPERIMENTAL:
            case ALPHA:
                return Combinators.combine(n, n, Arbitraries.of("", "-rc.1")).as((a, b, p) -> "0." + a + "." + b + p);
            case BETA:
                return Combinators.combine(major, n).as((a, b) -> a + ".0.0-beta." + b);
            case STABLE:
            case MATURE:
                return Combinators.combine(major, n, n).as((a, b, c) -> a + "." + b + "." + c);
            default:
                return RegistryRoundTripProperties.semver();
        }
    }

    @Provide
    Arbitrary<ModuleMetadata> metadata() {
        Arbitrary<String> kebab = RegistryRoundTripProperties.kebab();
        Arbitrary<String> text = RegistryRoundTripProperties.text();
        Arbitrary<String> nonBlank = RegistryRoundTripProperties.nonBlank();
        Arbitrary<Category> category = Combinators.combine(Arbitraries.of(Layer.class), kebab).as(Category::new);
        Arbitrary<MaturityLevel> maturity = Arbitraries.of(MaturityLevel.class);
        Arbitrary<Evidence> evidence = Combinators.combine(
                Arbitraries.integers().between(0, 50).optional(), Arbitraries.integers().between(0, 50).optional(),
                Arbitraries.integers().between(0, 50).optional(), Arbitraries.integers().between(0, 50).optional(),
                Arbitraries.of(true, false).optional(), Arbitraries.of(true, false).optional(),
                Arbitraries.of(true, false).optional(), Arbitraries.of(true, false).optional())
                .as((a, b, c, d, e, f, g, h) -> new Evidence(opt(a), opt(b), opt(c), opt(d), e, f, g, h));
        Arbitrary<Optional<Deprecation>> deprecation = Combinators.combine(nonBlank,
                kebab.map(ModuleId::of).optional(),
                Arbitraries.integers().between(0, 900).map(d -> java.time.LocalDate.of(2026, 1, 1).plusDays(d))
                        .optional()).as(Deprecation::new).optional();
        Arbitrary<List<ModuleRequirement>> requires = Combinators.combine(kebab.map(ModuleId::of),
                Arbitraries.oneOf(Arbitraries.just(""), RegistryRoundTripProperties.constraint()))
                .as(ModuleRequirement::new).list().ofMaxSize(3);
        Arbitrary<CompatibleWith> compatible = Combinators.combine(RegistryRoundTripProperties.constraint().optional(),
                Arbitraries.maps(kebab, RegistryRoundTripProperties.constraint()).ofMaxSize(2)
                        .map(LinkedHashMap::new)).as(CompatibleWith::new);
        return Combinators.combine(kebab.map(ModuleId::of), nonBlank, nonBlank, category, maturity,
                        Arbitraries.of(ComplexityTier.class).optional(), kebab.list().uniqueElements().ofMaxSize(3),
                        nonBlank)
                .flatAs((id, name, description, cat, level, complexity, tags, maintainer) ->
                        Combinators.combine(version(level), text.optional(), requires, compatible,
                                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("9999")).ofScale(1)
                                        .optional(), kebab.list().ofMaxSize(2), deprecation, evidence)
                                .as((version, channel, req, comp, cost, examples, dep, ev) -> new ModuleMetadata(id, name,
                                        description, version, cat.layer(), cat, level, complexity, tags, maintainer,
                                        channel, req, comp, cost, examples,
                                        level.isActive() ? dep : Optional.of(dep.orElse(new Deprecation("Replaced.",
                                                Optional.empty(), Optional.empty()))), ev)));
    }

    private static OptionalInt opt(Optional<Integer> value) {
        return value.map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
