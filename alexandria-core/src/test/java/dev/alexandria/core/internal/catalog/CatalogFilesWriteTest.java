package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.DependencyPolicy;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog files other than the registry: round trip, no-op writes and minimal diffs. */
class CatalogFilesWriteTest {

    @TempDir
    Path tmp;

    @Test
    void write_unchangedFilesKeepEveryByte() {
        Path root = Fixtures.valid(tmp);
        CatalogStore store = CatalogStore.of(root);
        List<String> files = List.of("categories.yaml", "tags.yaml", "maturity-levels.yaml", "search-index.yaml");
        List<String> before = files.stream().map(f -> Fixtures.read(root, "_catalog/" + f)).toList();
        store.writeTaxonomy(store.readTaxonomy());
        store.writeTags(store.readTags());
        store.writeMaturityModel(store.readMaturityModel());
        store.writeSearchIndex(store.readSearchIndex());
        assertEquals(before, files.stream().map(f -> Fixtures.read(root, "_catalog/" + f)).toList());
    }

    @Test
    void emitters_readBackEqual() {
        CatalogStore store = CatalogStore.of(Fixtures.valid(tmp));
        List<Finding> findings = new ArrayList<>();
        assertEquals(store.readTaxonomy(), CatalogReader.taxonomy(
                YamlFiles.parse(YamlEmitter.taxonomy(store.readTaxonomy()), "c.yaml"), findings));
        assertEquals(store.readTags(), CatalogReader.tags(
                YamlFiles.parse(YamlEmitter.tags(store.readTags()), "t.yaml"), findings));
        assertEquals(store.readMaturityModel(), CatalogReader.maturityModel(
                YamlFiles.parse(YamlEmitter.maturityModel(store.readMaturityModel()), "m.yaml"), findings));
        assertEquals(store.readSearchIndex(), CatalogReader.searchIndex(
                YamlFiles.parse(YamlEmitter.searchIndex(store.readSearchIndex()), "s.yaml"), findings));
        assertEquals(List.of(), findings);
    }

    @Test
    void updateTaxonomy_addingACategoryRewritesOnlyThatLayer() {
        Path root = Fixtures.valid(tmp);
        String before = Fixtures.read(root, "_catalog/categories.yaml");
        CatalogStore store = CatalogStore.of(root);
        store.updateTaxonomy(t -> {
            List<Taxonomy.LayerDefinition> layers = new ArrayList<>(t.layers());
            Taxonomy.LayerDefinition compute = layers.get(1);
            List<Taxonomy.CategoryDefinition> categories = new ArrayList<>(compute.categories());
            categories.add(new Taxonomy.CategoryDefinition(Category.parse("compute/serverless"), "Lambda: functions."));
            layers.set(1, new Taxonomy.LayerDefinition(Layer.COMPUTE, compute.description(), categories));
            return new Taxonomy(t.policy(), layers);
        });
        String computeBlock = before.substring(before.indexOf("  - name: compute"), before.indexOf("  - name: patterns"));
        assertEquals(before.replace(computeBlock, computeBlock
                + "      - name: serverless\n        description: \"Lambda: functions.\"\n"),
                Fixtures.read(root, "_catalog/categories.yaml"));
    }

    @Test
    void updateTaxonomy_changingThePolicyRewritesTheFileButKeepsTheLeadingComment() {
        Path root = Fixtures.valid(tmp);
        CatalogStore store = CatalogStore.of(root);
        Taxonomy strict = store.updateTaxonomy(t -> new Taxonomy(DependencyPolicy.STRICT, t.layers()));
        String after = Fixtures.read(root, "_catalog/categories.yaml");
        assertEquals("# Layers, categories and the dependency policy of the test library.\n"
                + "dependency_policy: strict\nlayers:\n  - name: foundations\n", after.substring(0, after.indexOf(
                "    rank: 1")));
        assertEquals(strict, store.readTaxonomy());
    }

    @Test
    void updateTags_addingATagKeepsTheOthersAndTheirComments() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, "_catalog/tags.yaml", """
                # Tag taxonomy.
                tags:
                  - name: networking   # the broadest tag
                    description: Network plumbing.
                  # kept with the next entry
                  - name: vpc
                    description: Virtual private clouds.
                    parent: networking
                """);
        CatalogStore store = CatalogStore.of(root);
        store.updateTags(t -> {
            List<TagTaxonomy.TagDefinition> tags = new ArrayList<>(t.tags());
            tags.add(new TagTaxonomy.TagDefinition("serverless", "No servers to manage.", List.of("faas"),
                    Optional.empty()));
            return new TagTaxonomy(tags);
        });
        assertEquals("""
                # Tag taxonomy.
                tags:
                  - name: networking   # the broadest tag
                    description: Network plumbing.
                  # kept with the next entry
                  - name: vpc
                    description: Virtual private clouds.
                    parent: networking
                  - name: serverless
                    description: No servers to manage.
                    synonyms: [faas]
                """, Fixtures.read(root, "_catalog/tags.yaml"));
    }

    @Test
    void updateMaturityModel_changingOneCriterionRewritesOnlyItsPromotion() {
        Path root = Fixtures.valid(tmp);
        String before = Fixtures.read(root, "_catalog/maturity-levels.yaml");
        CatalogStore store = CatalogStore.of(root);
        store.updateMaturityModel(m -> {
            MaturityModel.Promotion p = m.promotions().get(0);
            List<MaturityModel.Criterion> criteria = new ArrayList<>(p.criteria());
            criteria.set(0, new MaturityModel.Criterion("days_in_level", "45+ days in beta",
                    Optional.of(new BigDecimal("45"))));
            return new MaturityModel(m.levels(), List.of(new MaturityModel.Promotion(MaturityLevel.BETA,
                    MaturityLevel.STABLE, criteria)));
        });
        assertEquals(before.replace("30+ days in beta\n        threshold: 30", "45+ days in beta\n        threshold: 45"),
                Fixtures.read(root, "_catalog/maturity-levels.yaml"));
    }

    @Test
    void updateSearchIndex_changingABoostRewritesOnlyThatIndex() {
        Path root = Fixtures.valid(tmp);
        String before = Fixtures.read(root, "_catalog/search-index.yaml");
        CatalogStore store = CatalogStore.of(root);
        store.updateSearchIndex(c -> {
            SearchIndexConfig.SearchIndex full = c.indices().get(0);
            Map<String, Double> boosts = new LinkedHashMap<>(full.boosts());
            boosts.put("name", 4.0);
            return new SearchIndexConfig(List.of(new SearchIndexConfig.SearchIndex(full.name(), full.fields(), boosts),
                    c.indices().get(1)));
        });
        assertEquals(before.replace("{name: 3.0,", "{name: 4.0,"), Fixtures.read(root, "_catalog/search-index.yaml"));
    }

    @Test
    void writeMetadata_roundTripsAndKeepsTheLeadingComment() {
        Path root = Fixtures.valid(tmp);
        String path = "foundations/networking/vpc-standard";
        Fixtures.write(root, "_library/" + path + "/.alexandria.yaml", "# Owned by team-networking.\n"
                + Fixtures.read(root, "_library/" + path + "/.alexandria.yaml"));
        dev.alexandria.api.model.ModuleMetadata before = LibraryLoader.open(root).requireModule(path).metadata();
        CatalogStore.of(root).writeMetadata(path, before);
        String text = Fixtures.read(root, "_library/" + path + "/.alexandria.yaml");
        assertEquals(true, text.startsWith("# Owned by team-networking.\nid: vpc-standard\n"), text);
        assertEquals(before, LibraryLoader.open(root).requireModule(path).metadata());
    }

    @Test
    void settings_absentFileReadsAsDefaultsAndWritingCreatesIt() {
        Path root = Fixtures.valid(tmp);
        CatalogStore store = CatalogStore.of(root);
        assertEquals(CatalogSettings.defaults(), store.readSettings());
        store.writeSettings(new CatalogSettings(new CatalogSettings.Inspect(List.of("context.tf", "labels.tf.json"))));
        assertEquals("inspect:\n  boilerplate_files: [context.tf, labels.tf.json]\n",
                Fixtures.read(root, "_catalog/settings.yaml"));
        assertEquals(List.of("context.tf", "labels.tf.json"), store.readSettings().inspect().boilerplateFiles());
        assertEquals(store.readSettings(), LibraryLoader.open(root).catalog().settings());
    }

    @Test
    void settings_unchangedFileKeepsEveryByteAndAChangeKeepsTheLeadingComment() {
        Path root = Fixtures.library(tmp, "boilerplate");
        CatalogStore store = CatalogStore.of(root);
        String before = Fixtures.read(root, "_catalog/settings.yaml");
        store.writeSettings(store.readSettings());
        assertEquals(before, Fixtures.read(root, "_catalog/settings.yaml"));
        CatalogSettings next = store.updateSettings(s -> new CatalogSettings(new CatalogSettings.Inspect(List.of())));
        assertEquals("# Library-wide settings of the test library.\ninspect:\n  boilerplate_files: []\n",
                Fixtures.read(root, "_catalog/settings.yaml"));
        assertEquals(next, store.readSettings());
        assertEquals(CatalogSettings.defaults(), next);
    }

    @Test
    void settings_emitterReadsBackEqual() {
        List<Finding> findings = new ArrayList<>();
        for (List<String> files : List.of(List.<String>of(), List.of("context.tf"),
                List.of("zz.tf", "a b.tf", "yes.tf", "#x.tf.json", "context.tf.json"))) {
            CatalogSettings settings = new CatalogSettings(new CatalogSettings.Inspect(files));
            assertEquals(settings, CatalogReader.settings(YamlFiles.parse(YamlEmitter.settings(settings), "s.yaml"),
                    findings));
        }
        assertEquals(List.of(), findings);
    }
}
