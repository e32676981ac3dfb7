package dev.alexandria.core.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.DependencyPolicy;
import dev.alexandria.api.model.CompatibleWith;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Evidence;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.MaturityChange;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.ProviderConfigRef;
import dev.alexandria.api.model.ProviderRequirement;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.ResourceRef;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.api.model.TypeConstraint;
import dev.alexandria.api.model.VersionConstraint;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every record the cache holds reads back equal to what was written, and the codec covers every component of
 * every record: a component added to the api fails {@link #everyRecordWritten_hasTheComponentsTheCodecKnows}
 * until {@link ModelCodec} writes it and {@link ModelCodec#FORMAT} is raised.
 */
class ModelCodecTest {

    private static <T> T roundTrip(T value, BiConsumer<CacheOutput, T> write, Function<CacheInput, T> read) {
        CacheOutput out = CacheOutput.create();
        write.accept(out, value);
        write.accept(out, value); // the second copy reads through the string references
        CacheInput in = CacheInput.of(out.toByteArray());
        T first = read.apply(in);
        T second = read.apply(in);
        assertEquals(value, first);
        assertEquals(value, second);
        assertTrue(in.atEnd());
        return first;
    }

    @Test
    void theCatalogAndModulesOfALibrary_readBackEqual() {
        Library lib = LibraryLoader.open(Path.of("src/test/resources/libraries/valid"));
        Catalog c = lib.catalog();
        roundTrip(c.registry(), ModelCodec::write, ModelCodec::readRegistry);
        roundTrip(c.taxonomy(), ModelCodec::write, ModelCodec::readTaxonomy);
        roundTrip(c.tags(), ModelCodec::write, ModelCodec::readTags);
        roundTrip(c.maturityModel(), ModelCodec::write, ModelCodec::readMaturityModel);
        roundTrip(c.searchIndex(), ModelCodec::write, ModelCodec::readSearchIndex);
        roundTrip(new CatalogSettings(new CatalogSettings.Inspect(List.of("context.tf", "labels.tf.json")),
                new CatalogSettings.Versioning(true),
                new CatalogSettings.Graph(List.of("app.terraform.io/acme/{id}/aws")), new CatalogSettings.Migrate(6),
                new CatalogSettings.Notify(List.of("https://hooks.example.com/a"))),
                ModelCodec::write, ModelCodec::readSettings);
        roundTrip(new ModuleRequirement(ModuleId.of("kms"), VersionConstraint.parse("~> 1.0"),
                Optional.of(new ModuleRequirement.Exemption("reads the audit bucket's outputs"))),
                ModelCodec::write, ModelCodec::readRequirement);
        roundTrip(new Taxonomy(DependencyPolicy.DEFAULT, List.of(new Taxonomy.LayerDefinition(Layer.SECURITY,
                "Security", List.of(new Taxonomy.CategoryDefinition(Category.parse("security/secrets"), "Secrets",
                        true))))), ModelCodec::write, ModelCodec::readTaxonomy);
        for (LibraryModule m : lib.modules()) {
            roundTrip(m.metadata(), ModelCodec::write, ModelCodec::readMetadata);
            roundTrip(m.interfaceSpec(), ModelCodec::write, ModelCodec::readInterface);
        }
    }

    @Test
    void everyOptionalPartOfMetadataAndRegistryEntries_readsBackEqual() {
        ModuleMetadata md = new ModuleMetadata(ModuleId.of("vpc-legacy"), "Legacy VPC", "Old.", Version.parse("2.1.0"),
                Layer.FOUNDATIONS, new Category(Layer.FOUNDATIONS, "networking"), MaturityLevel.DEPRECATED,
                Optional.of(ComplexityTier.ADVANCED), List.of("vpc", "legacy"), "team-net", Optional.of("#net"),
                List.of(new ModuleRequirement(ModuleId.of("kms"), VersionConstraint.parse(">= 1.0.0"))),
                new CompatibleWith(Optional.of(VersionConstraint.parse(">= 1.5.0")),
                        Map.of("aws", VersionConstraint.parse(">= 5.0"), "random", VersionConstraint.parse("~> 3.5"))),
                Optional.of(new BigDecimal("12.50")), List.of("complete"),
                Optional.of(new Deprecation("Use vpc-standard.", Optional.of(ModuleId.of("vpc-standard")),
                        Optional.of(LocalDate.of(2027, 1, 31)))),
                new Evidence(OptionalInt.of(3), OptionalInt.of(0), OptionalInt.empty(), OptionalInt.of(5),
                        Optional.of(true), Optional.of(false), Optional.empty(), Optional.of(true),
                        List.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 11))));
        roundTrip(md, ModelCodec::write, ModelCodec::readMetadata);
        List<MaturityChange> history = List.of(new MaturityChange(MaturityLevel.BETA, LocalDate.of(2025, 5, 1)),
                new MaturityChange(MaturityLevel.DEPRECATED, LocalDate.of(2026, 2, 1)));
        roundTrip(md.toBuilder().maturityHistory(history).build(), ModelCodec::write, ModelCodec::readMetadata);
        RegistryEntry e = new RegistryEntry(ModuleId.of("vpc-legacy"), "Legacy VPC", Version.parse("2.1.0"),
                new Category(Layer.FOUNDATIONS, "networking"), List.of("vpc"), MaturityLevel.STABLE, "Old.",
                Optional.of("README.md"), List.of("complete"), List.of(new ModuleRequirement(ModuleId.of("kms"),
                VersionConstraint.parse("~> 1.0"))),
                CompatibleWith.empty(), new RegistryEntry.Metrics(java.util.OptionalLong.empty(), Optional.of(4.5),
                Optional.of(LocalDate.of(2026, 3, 1))),
                Optional.of(new RegistryEntry.CostInfo(new BigDecimal("96.5"),
                        dev.alexandria.api.model.CostCategory.MEDIUM, true, true)),
                new RegistryEntry.Support("team-net", Optional.empty()),
                List.of(new RegisteredVersion(Version.parse("2.1.0"), LocalDate.of(2026, 3, 1), MaturityLevel.STABLE, "Fixes.")));
        roundTrip(e.toBuilder().maturityHistory(history).deprecation(md.deprecation().orElseThrow()).build(),
                ModelCodec::write, ModelCodec::readRegistryEntry);
        roundTrip(new ModuleRegistry(List.of(e.withVersion(new RegisteredVersion(Version.parse("2.2.0"),
                LocalDate.of(2026, 4, 1), MaturityLevel.STABLE, "").withRelease("vpc/v2.2.0",
                "e83e4d482b49d17a487a23d3b1e4ed890245249e", "sha256:00").withPublished(LocalDate.of(2026, 4, 2)))),
                List.of(e.toBuilder().id("vpc-old").build())),
                ModelCodec::write, ModelCodec::readRegistry);
        roundTrip(new MaturityModel(List.of(new MaturityModel.LevelDefinition(MaturityLevel.BETA, "b", List.of("x"),
                Optional.of("best effort"))), List.of(new MaturityModel.Promotion(MaturityLevel.BETA, MaturityLevel.STABLE,
                List.of(new MaturityModel.Criterion("production_teams", "3 teams", Optional.of(BigDecimal.TEN)))))),
                ModelCodec::write, ModelCodec::readMaturityModel);
        roundTrip(new SearchIndexConfig(List.of(new SearchIndexConfig.SearchIndex("full_text", List.of("name"),
                Map.of("name", 3.0)))), ModelCodec::write, ModelCodec::readSearchIndex);
        roundTrip(new TagTaxonomy(List.of(new TagTaxonomy.TagDefinition("eks", "EKS", List.of("k8s"),
                Optional.of("kubernetes")), new TagTaxonomy.TagDefinition("kubernetes", "", List.of(), Optional.empty()))),
                ModelCodec::write, ModelCodec::readTags);
    }

    @Test
    void findings_readBackEqualWithTheirModule() {
        Finding plain = Finding.warning("tag-undeclared", SourceLocation.of("a.yaml", 3, 5), "tag 'x'", "declare it");
        roundTrip(plain, ModelCodec::write, ModelCodec::readFinding);
        roundTrip(plain.withModule(ModuleId.of("eks-standard")), ModelCodec::write, ModelCodec::readFinding);
        roundTrip(new Finding(Finding.Severity.INFO, "inspect", SourceLocation.of("m"), "note", Optional.empty()),
                ModelCodec::write, ModelCodec::readFinding);
    }

    @Test
    void theInterfaceOfEveryInspectFixture_readsBackEqual() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/inspect"))) {
            for (Path dir : dirs.sorted().toList()) {
                ModuleInterface mi = new ModuleInspector().inspect(dir);
                roundTrip(mi, ModelCodec::write, ModelCodec::readInterface);
            }
        }
    }

    @Test
    void everyKindOfTypeAndValue_readsBackEqual() {
        LiteralValue nested = new LiteralValue.MapValue(new java.util.LinkedHashMap<>(Map.of("b", LiteralValue.of("x"))));
        LiteralValue all = new LiteralValue.ListValue(List.of(LiteralValue.of("s\uD800 lone surrogate"),
                new LiteralValue.NumberValue(new BigDecimal("1.50")), new LiteralValue.BoolValue(true),
                LiteralValue.nullValue(), nested, new LiteralValue.NonLiteral("var.x")));
        TypeConstraint type = new TypeConstraint.TupleType(List.of(TypeConstraint.STRING, TypeConstraint.ANY,
                new TypeConstraint.Collection(TypeConstraint.Collection.Kind.MAP, TypeConstraint.BOOL),
                new TypeConstraint.ObjectType(List.of(new TypeConstraint.Attribute("a", TypeConstraint.NUMBER, true,
                        Optional.of(all)), new TypeConstraint.Attribute("b", TypeConstraint.STRING, false,
                        Optional.empty())))));
        HclValue typed = HclValue.tuple(List.of(HclValue.of("s\uD800"), HclValue.of(new BigDecimal("1.50")),
                HclValue.TRUE, HclValue.FALSE, HclValue.nullOf(TypeConstraint.STRING),
                HclValue.listOf(TypeConstraint.NUMBER, List.of(HclValue.of(1), HclValue.of(2))),
                HclValue.setOf(TypeConstraint.STRING, List.of(HclValue.of("b"), HclValue.of("a"))),
                HclValue.mapOf(TypeConstraint.BOOL, Map.of("k", HclValue.TRUE)),
                HclValue.object(Map.of("a", HclValue.EMPTY_TUPLE, "b", HclValue.UNKNOWN)),
                new HclValue.UnknownValue(TypeConstraint.NUMBER, new HclValue.Refinement(true, "pre",
                        Optional.of(new HclValue.Bound(BigDecimal.ONE, true)),
                        Optional.of(new HclValue.Bound(BigDecimal.TEN, false)), 1, 5))));
        SourceLocation at = SourceLocation.of("/lib/_library/x/variables.tf", 12, 1);
        ModuleInterface mi = new ModuleInterface("/lib/_library/x",
                List.of(new InputVariable("v", Optional.of("tuple([...])"), type, Optional.of(all), Optional.of(typed),
                        "d", true, false, true, Optional.of("use w"), 2, at)),
                List.of(new OutputValue("o", "", true, List.of("aws_vpc.this"), Optional.empty(), at)),
                List.of(">= 1.5"),
                List.of(new ProviderRequirement("aws", Optional.of("hashicorp/aws"), List.of(">= 5.0"),
                        List.of(ProviderConfigRef.of("aws", "east")))),
                List.of(ProviderConfigRef.of("aws")),
                List.of(new ResourceRef(ResourceRef.Mode.MANAGED, "aws_vpc", "this", ProviderConfigRef.of("aws"),
                        Optional.of("1"), Optional.empty(), at)),
                List.of(new ResourceRef(ResourceRef.Mode.DATA, "aws_caller_identity", "me", ProviderConfigRef.of("aws"),
                        Optional.empty(), Optional.of("toset([])"), at)),
                List.of(new ModuleCallRef("labels", "cloudposse/label/null", Optional.of("0.25.0"), at)),
                List.of(Diagnostic.error("Duplicate variable", "already declared", at), Diagnostic.warning("W", "", at)),
                Set.of("context.tf"));
        roundTrip(mi, ModelCodec::write, ModelCodec::readInterface);
    }

    @Test
    void everyRecordWritten_hasTheComponentsTheCodecKnows() {
        Map<Class<?>, String> known = Map.ofEntries(
                Map.entry(SourceLocation.class, "file line column"),
                Map.entry(Finding.class, "severity ruleId location message hint module"),
                Map.entry(ModuleRequirement.class, "module constraint exemption"),
                Map.entry(ModuleRequirement.Exemption.class, "reason"),
                Map.entry(CompatibleWith.class, "terraform providers"),
                Map.entry(Evidence.class, "productionTeams criticalBugs criticalBugs90d caseStudies benchmarks "
                        + "documentation apiComplete communityUsage criticalBugDates"),
                Map.entry(Deprecation.class, "reason replacement removalDate"),
                Map.entry(ModuleMetadata.class, "id name description version layer category maturity complexity tags "
                        + "maintainer supportChannel requires compatibleWith estimatedMonthlyCost examples deprecation "
                        + "evidence maturityHistory"),
                Map.entry(MaturityChange.class, "level date"),
                Map.entry(RegisteredVersion.class, "version released maturity changelog tag tree fingerprint published"),
                Map.entry(RegistryEntry.Metrics.class, "downloads rating lastUpdated"),
                Map.entry(RegistryEntry.CostInfo.class, "estimatedCost costCategory partial usagePriced"),
                Map.entry(RegistryEntry.Support.class, "maintainer supportChannel"),
                Map.entry(RegistryEntry.class, "id name version category tags maturity description readmeUrl examples "
                        + "requires compatibleWith metrics cost support versions maturityHistory deprecation"),
                Map.entry(ModuleRegistry.class, "entries archived"),
                Map.entry(Category.class, "layer subcategory"),
                Map.entry(Taxonomy.class, "policy layers"),
                Map.entry(Taxonomy.LayerDefinition.class, "layer description categories"),
                Map.entry(Taxonomy.CategoryDefinition.class, "category description crossCutting"),
                Map.entry(TagTaxonomy.class, "tags"),
                Map.entry(TagTaxonomy.TagDefinition.class, "name description synonyms parent"),
                Map.entry(MaturityModel.class, "levels promotions"),
                Map.entry(MaturityModel.LevelDefinition.class, "level description requirements sla"),
                Map.entry(MaturityModel.Promotion.class, "from to criteria"),
                Map.entry(MaturityModel.Criterion.class, "id description threshold"),
                Map.entry(SearchIndexConfig.class, "indices"),
                Map.entry(SearchIndexConfig.SearchIndex.class, "name fields boosts"),
                Map.entry(CatalogSettings.class, "inspect versioning graph migrate notifications"),
                Map.entry(CatalogSettings.Migrate.class, "legacyLinkMonths"),
                Map.entry(CatalogSettings.Notify.class, "webhooks"),
                Map.entry(CatalogSettings.Graph.class, "registrySources"),
                Map.entry(CatalogSettings.Versioning.class, "riskyIsBreaking"),
                Map.entry(CatalogSettings.Inspect.class, "boilerplateFiles"),
                Map.entry(ModuleInterface.class, "path variables outputs requiredCore requiredProviders providerConfigs "
                        + "managedResources dataResources moduleCalls diagnostics boilerplateFiles"),
                Map.entry(InputVariable.class, "name typeSource type defaultValue typedDefault description sensitive nullable "
                        + "ephemeral deprecated validationCount location"),
                Map.entry(OutputValue.class, "name description sensitive dependsOn deprecated location"),
                Map.entry(ProviderRequirement.class, "localName source versionConstraints configurationAliases"),
                Map.entry(ProviderConfigRef.class, "name alias"),
                Map.entry(ResourceRef.class, "mode type name provider count forEach location"),
                Map.entry(ModuleCallRef.class, "name source version location"),
                Map.entry(Diagnostic.class, "severity summary detail location"),
                Map.entry(TypeConstraint.Primitive.class, "type"),
                Map.entry(TypeConstraint.AnyType.class, ""),
                Map.entry(TypeConstraint.Collection.class, "kind element"),
                Map.entry(TypeConstraint.ObjectType.class, "attributes"),
                Map.entry(TypeConstraint.Attribute.class, "name type optional defaultValue"),
                Map.entry(TypeConstraint.TupleType.class, "elements"),
                Map.entry(LiteralValue.StringValue.class, "value"),
                Map.entry(LiteralValue.NumberValue.class, "value"),
                Map.entry(LiteralValue.BoolValue.class, "value"),
                Map.entry(LiteralValue.NullValue.class, ""),
                Map.entry(LiteralValue.ListValue.class, "elements"),
                Map.entry(LiteralValue.MapValue.class, "entries"),
                Map.entry(LiteralValue.NonLiteral.class, "source"),
                Map.entry(HclValue.StringValue.class, "value"),
                Map.entry(HclValue.NumberValue.class, "value"),
                Map.entry(HclValue.BoolValue.class, "value"),
                Map.entry(HclValue.TupleValue.class, "elements"),
                Map.entry(HclValue.ListValue.class, "elementType elements"),
                Map.entry(HclValue.SetValue.class, "elementType elements"),
                Map.entry(HclValue.ObjectValue.class, "attributes"),
                Map.entry(HclValue.MapValue.class, "elementType attributes"),
                Map.entry(HclValue.NullValue.class, "type"),
                Map.entry(HclValue.UnknownValue.class, "type refinement"),
                Map.entry(HclValue.Refinement.class, "notNull stringPrefix lowerBound upperBound minLength maxLength"),
                Map.entry(HclValue.Bound.class, "value inclusive"));
        List<String> changed = new java.util.ArrayList<>();
        known.forEach((type, components) -> {
            String now = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.joining(" "));
            if (!now.equals(components)) {
                changed.add(type.getName() + " is now (" + now + ")");
            }
        });
        assertEquals(List.of(), changed, "changed records: write the new components in ModelCodec and raise "
                + "ModelCodec.FORMAT");
        for (Class<?> sealed : List.of(TypeConstraint.class, LiteralValue.class, HclValue.class)) {
            for (Class<?> sub : sealed.getPermittedSubclasses()) {
                assertTrue(known.containsKey(sub), () -> sub.getName() + " is new: write it in ModelCodec and raise "
                        + "ModelCodec.FORMAT");
            }
        }
    }
}
