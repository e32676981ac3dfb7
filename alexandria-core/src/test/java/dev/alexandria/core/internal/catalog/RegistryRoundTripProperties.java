package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.CompatibleWith;
import dev.alexandria.api.model.CostCategory;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the registry's YAML: read(write(r)) == r, and rewriting an unchanged file changes no byte. */
class RegistryRoundTripProperties {

    static ModuleRegistry read(String text) {
        List<Finding> findings = new ArrayList<>();
        ModuleRegistry r = CatalogReader.registry(YamlFiles.parse(text, "module-registry.yaml"), findings).registry();
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        assertEquals(List.of(), errors, text);
        return r;
    }

    @Property(tries = 300)
    void readAfterWriteGivesAnEqualRegistry(@ForAll("registries") ModuleRegistry registry) {
        String text = YamlEmitter.registry(registry);
        assertEquals(registry, read(text), text);
    }

    @Property(tries = 200)
    void rewritingAnUnchangedRegistryIsByteIdentical(@ForAll("registries") ModuleRegistry registry) {
        String text = "# header comment\n" + YamlEmitter.registry(registry) + "# footer\n";
        YamlDocument doc = YamlFiles.parse(text, "module-registry.yaml");
        List<RegistryEntry> entries = read(text).entries();
        String spliced = SplicingWriter.splice(doc, "modules", entries, entries, RegistryEntry::id,
                YamlEmitter::registryEntry).orElse(text);
        assertEquals(text, spliced);
        assertEquals(text, CatalogStore.render(Optional.of(doc), entries, registry, registry));
    }

    @Property(tries = 200)
    void splicingAChangeReadsBackAsTheChangedRegistry(@ForAll("registries") ModuleRegistry registry,
                                                      @ForAll("entries") RegistryEntry changed) {
        String text = YamlEmitter.registry(registry);
        YamlDocument doc = YamlFiles.parse(text, "module-registry.yaml");
        List<RegistryEntry> entries = read(text).entries();
        RegistryEntry replacement = registry.entries().isEmpty() ? changed
                : copyWithId(changed, registry.entries().get(0).id());
        ModuleRegistry next = registry.with(replacement);
        String spliced = CatalogStore.render(Optional.of(doc), entries, registry, next);
        assertEquals(next, read(spliced), spliced);
        for (RegistryEntry untouched : next.entries().subList(1, next.entries().size())) {
            String own = YamlEmitter.registryEntry(untouched, 2);
            assertEquals(true, spliced.contains(own), own);
        }
    }

    static RegistryEntry copyWithId(RegistryEntry e, ModuleId id) {
        return new RegistryEntry(id, e.name(), e.version(), e.category(), e.tags(), e.maturity(), e.description(),
                e.readmeUrl(), e.examples(), e.requires(), e.compatibleWith(), e.metrics(), e.cost(), e.support(),
                e.versions());
    }

    // ---------------------------------------------------------------- generators

    static Arbitrary<String> kebab() {
        Arbitrary<String> parts = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(6).list().ofMinSize(1).ofMaxSize(3).map(p -> String.join("-", p));
        return Combinators.combine(Arbitraries.chars().range('a', 'z'), parts).as((c, p) -> c + p)
                .filter(ModuleId::isValid);
    }

    /** Text meant to break a YAML writer: indicators, quotes, keywords, numbers, unicode, line breaks. */
    static Arbitrary<String> text() {
        Arbitrary<String> tricky = Arbitraries.of("true", "no", "null", "~", "1.0", "0x1F", "1e3", "- item",
                "a: b", "#hash", "x #y", "[a, b]", "{a: b}", "'single'", "\"double\"", "back\\slash", "*alias",
                "&anchor", "!tag", "|", ">", "%", "@", "`", "? q", "line\nbreak", "tab\there", " lead", "trail ",
                "Café", "😀 emoji", "a,b", ">= 1.0.0, < 2.0.0", "#platform-networking", "2026-03-14", "1.4.2",
                "\u0085nel", "\u2028ls", "ctrl\u0007", "<<");
        Arbitrary<String> random = Arbitraries.strings().withChars("abcXYZ019 :#-'\"\\\n\t{}[],&*!|>%@`?.éλ😀")
                .ofMinLength(1).ofMaxLength(20);
        return Arbitraries.oneOf(tricky, random, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
    }

    /** Valid Terraform-style constraints (their form is checked when read). */
    static Arbitrary<String> constraint() {
        return Arbitraries.of(">= 1.0.0, < 2.0.0", "~> 0.2", "1.0.0-beta.3", "= 1.2.3", "!= 2.0.0", ">=1.5",
                ">= 5.0, < 6.0", "< 3", "v1.2.3");
    }

    static Arbitrary<String> nonBlank() {
        return text().filter(s -> !s.isBlank());
    }

    static Arbitrary<String> semver() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 20);
        Arbitrary<String> pre = Arbitraries.of("", "-beta.1", "-rc.2", "-alpha", "+build.7");
        return Combinators.combine(n, n, n, pre).as((a, b, c, p) -> a + "." + b + "." + c + p);
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(0, 4000).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<RegistryEntry> entries() {
        Arbitrary<Category> category = Combinators.combine(Arbitraries.of(Layer.class), kebab())
                .as(Category::new);
        Arbitrary<List<ModuleRequirement>> requires = Combinators.combine(kebab().map(ModuleId::of),
                Arbitraries.oneOf(Arbitraries.just(""), constraint())).as(ModuleRequirement::new).list().ofMaxSize(3);
        Arbitrary<Map<String, String>> providers = Arbitraries.maps(kebab(), constraint()).ofMaxSize(3)
                .map(LinkedHashMap::new);
        Arbitrary<CompatibleWith> compatible = Combinators.combine(constraint().optional(), providers)
                .as(CompatibleWith::new);
        Arbitrary<RegistryEntry.Metrics> metrics = Combinators.combine(Arbitraries.longs().between(0, 10_000_000),
                Arbitraries.integers().between(0, 50).map(i -> i / 10.0).optional(), date().optional())
                .as(RegistryEntry.Metrics::new);
        Arbitrary<Optional<RegistryEntry.CostInfo>> cost = Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000")).ofScale(2),
                Arbitraries.of(CostCategory.class)).as(RegistryEntry.CostInfo::new).optional();
        Arbitrary<RegistryEntry.Support> support = Combinators.combine(nonBlank(), text().optional())
                .as(RegistryEntry.Support::new);
        Arbitrary<List<RegisteredVersion>> versions = Combinators.combine(semver(), date(),
                Arbitraries.of(MaturityLevel.class), Arbitraries.oneOf(Arbitraries.just(""), text()))
                .as(RegisteredVersion::new).list().ofMaxSize(4).uniqueElements(RegisteredVersion::version);
        Arbitrary<Object[]> first = Combinators.combine(kebab().map(ModuleId::of), nonBlank(), semver(), category,
                kebab().list().uniqueElements().ofMaxSize(4), Arbitraries.of(MaturityLevel.class),
                Arbitraries.oneOf(Arbitraries.just(""), text()), text().optional())
                .as((id, name, version, cat, tags, maturity, description, readme) ->
                        new Object[] {id, name, version, cat, tags, maturity, description, readme});
        Arbitrary<Object[]> second = Combinators.combine(kebab().list().ofMaxSize(3), requires, compatible, metrics,
                cost, support, versions)
                .as((examples, req, comp, met, c, sup, vs) -> new Object[] {examples, req, comp, met, c, sup, vs});
        return Combinators.combine(first, second).as(RegistryRoundTripProperties::entry);
    }

    @SuppressWarnings("unchecked")
    private static RegistryEntry entry(Object[] a, Object[] b) {
        return new RegistryEntry((ModuleId) a[0], (String) a[1], (String) a[2], (Category) a[3], (List<String>) a[4],
                (MaturityLevel) a[5], (String) a[6], (Optional<String>) a[7], (List<String>) b[0],
                (List<ModuleRequirement>) b[1], (CompatibleWith) b[2], (RegistryEntry.Metrics) b[3],
                (Optional<RegistryEntry.CostInfo>) b[4], (RegistryEntry.Support) b[5], (List<RegisteredVersion>) b[6]);
    }

    @Provide
    Arbitrary<ModuleRegistry> registries() {
        return entries().list().ofMaxSize(5).uniqueElements(RegistryEntry::id)
                .map(list -> {
                    List<RegistryEntry> sorted = new ArrayList<>(list);
                    sorted.sort(Comparator.comparing(RegistryEntry::id));
                    return new ModuleRegistry(sorted);
                });
    }
}
