package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The binder of valid documents gives what databind and validation give, and leaves every problem to them. */
class RecordBinderTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");

    private static final Map<String, Class<?>> TYPES = Map.of(
            ".alexandria.yaml", YamlModel.MetadataYaml.class,
            "module-registry.yaml", YamlModel.RegistryYaml.class,
            "categories.yaml", YamlModel.CategoriesYaml.class,
            "tags.yaml", YamlModel.TagsYaml.class,
            "maturity-levels.yaml", YamlModel.MaturityLevelsYaml.class,
            "search-index.yaml", YamlModel.SearchIndexYaml.class,
            "settings.yaml", YamlModel.SettingsYaml.class);

    /** Binds one file both ways; returns whether the binder of valid documents took it. */
    private static boolean agrees(Path file) throws IOException {
        Class<?> type = TYPES.get(file.getFileName().toString());
        YamlDocument doc;
        try {
            doc = YamlFiles.parse(YamlFiles.decodeUtf8(Files.readAllBytes(file), file.toString()), file.toString());
        } catch (FindingException e) {
            return false; // refused before binding, by the reader or the parser
        }
        Object fast = RecordBinder.bindValid(doc.root(), type);
        // Read straight from the parser's tokens: the same record, the same locations, and the same files taken
        YamlDocument streamed = YamlFiles.parse(doc.text(), file.toString(), type);
        assertEquals(fast, streamed.bound(type), file + ": bound from the tokens");
        assertEquals(doc.keyLocations(), streamed.keyLocations(), file.toString());
        assertEquals(doc.valueLocations(), streamed.valueLocations(), file.toString());
        assertEquals(doc.endLocations(), streamed.endLocations(), file.toString());
        assertEquals(doc.root(), streamed.root(), file.toString());
        List<Finding> findings = new ArrayList<>();
        Object general = YamlBinder.bindGeneral(doc, type, findings);
        if (fast != null) {
            assertEquals(List.of(), findings, file + ": bound as valid, but the general binder reports");
            assertEquals(general, fast, file.toString());
        } else if (findings.isEmpty() && general != null) {
            // Not taken although valid: allowed (e.g. a number written as a string), but say which.
            System.out.println("valid but left to the general binder: " + file);
        }
        return fast != null;
    }

    private static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> TYPES.containsKey(f.getFileName().toString())).sorted().toList();
        }
    }

    @Test
    void everyFixtureFile_bindsAsTheGeneralBinderDoesOrIsLeftToIt() throws IOException {
        List<Path> files = yamlFiles(Fixtures.resource(""));
        assertTrue(files.size() > 50, "fixtures found: " + files.size());
        for (Path f : files) {
            agrees(f);
        }
    }

    @Test
    void sampleLibrary_everyFileIsBoundWithoutTheGeneralBinder() throws IOException {
        List<Path> files = yamlFiles(SAMPLE);
        assertTrue(files.size() > 40, "files found: " + files.size());
        for (Path f : files) {
            assertTrue(agrees(f), f + " was left to the general binder");
        }
    }

    private static Object fast(String yaml) {
        return RecordBinder.bindValid(YamlFiles.parse(yaml, "x.yaml").root(), YamlModel.MetadataYaml.class);
    }

    private static final String VALID = """
            id: vpc-standard
            name: VPC
            description: A VPC.
            version: 1.2.3
            layer: foundation
            category: foundation/networking
            maturity: stable
            tags: [networking, vpc]
            maintainer: team-net
            requires:
              - module: kms
                version: ">= 1.0.0"
                exemption: {reason: why not}
            compatible_with: {terraform: ">= 1.6.0", providers: {aws: ">= 5.0"}}
            cost: {estimated_monthly_usd: 12.50}
            examples: [complete]
            evidence: {production_teams: 3, critical_bugs_90d: 0, benchmarks: true, critical_bug_dates: [2026-01-02]}
            maturity_history: [{level: stable, date: 2026-01-01}]
            """;

    @Test
    void validDocument_isBoundWithEveryKindOfValue() {
        YamlModel.MetadataYaml m = (YamlModel.MetadataYaml) fast(VALID);
        assertNotNull(m);
        assertEquals(new java.math.BigDecimal("12.50"), m.cost().estimatedMonthlyUsd());
        assertEquals(java.math.BigInteger.ZERO, m.evidence().criticalBugs90d());
        assertEquals(Boolean.TRUE, m.evidence().benchmarks());
        assertEquals(Map.of("aws", ">= 5.0"), m.compatibleWith().providers());
        List<Finding> findings = new ArrayList<>();
        assertEquals(YamlBinder.bindGeneral(YamlFiles.parse(VALID, "x.yaml"), YamlModel.MetadataYaml.class,
                findings), m);
        assertEquals(List.of(), findings);
    }

    @Test
    void everyProblem_isLeftToTheGeneralBinder() {
        String[][] changes = {
                {"version: 1.2.3", "version: 1"}, // a number where a string belongs (databind would coerce)
                {"name: VPC", "name: VPC\nnmae: typo"}, // an unknown key
                {"name: VPC", "name: ' '"}, // blank
                {"name: VPC\n", ""}, // missing
                {"[networking, vpc]", "[networking, Vpc]"}, // breaks the tag pattern
                {"[networking, vpc]", "[networking, ~]"}, // a null item
                {"production_teams: 3", "production_teams: -3"}, // negative
                {"production_teams: 3", "production_teams: three"}, // a string where a number belongs
                {"benchmarks: true", "benchmarks: yes please"}, // a string where a boolean belongs
                {"estimated_monthly_usd: 12.50", "estimated_monthly_usd: ~"}, // required inside a mapping
                {"examples: [complete]", "examples: complete"}, // a single value where a list belongs
                {"exemption: {reason: why not}", "exemption: why not"}, // a string where a mapping belongs
                {"aws: \">= 5.0\"", "aws: ~"}, // a null map value
        };
        for (String[] c : changes) {
            assertTrue(VALID.contains(c[0]), c[0]);
            assertNull(fast(VALID.replace(c[0], c[1])), c[1]);
            String changed = VALID.replace(c[0], c[1]);
            YamlDocument streamed = YamlFiles.parse(changed, "x.yaml", YamlModel.MetadataYaml.class);
            assertNull(streamed.bound(YamlModel.MetadataYaml.class), c[1]);
            List<Finding> viaStream = new ArrayList<>();
            List<Finding> viaTree = new ArrayList<>();
            YamlBinder.bind(streamed, YamlModel.MetadataYaml.class, viaStream);
            YamlBinder.bind(YamlFiles.parse(changed, "x.yaml"), YamlModel.MetadataYaml.class, viaTree);
            assertEquals(viaTree, viaStream, c[1]);
            assertTrue(!viaStream.isEmpty() || c[0].startsWith("version"), c[1] + " gives findings");
        }
    }

    @Test
    void validDocument_isBoundFromTheTokensWithTheTreesLocations() {
        YamlDocument tree = YamlFiles.parse(VALID, "x.yaml");
        YamlDocument streamed = YamlFiles.parse(VALID, "x.yaml", YamlModel.MetadataYaml.class);
        assertEquals(fast(VALID), streamed.bound(YamlModel.MetadataYaml.class));
        assertNull(streamed.bound(YamlModel.RegistryYaml.class));
        assertEquals(tree.keyLocations(), streamed.keyLocations());
        assertEquals(tree.valueLocations(), streamed.valueLocations());
        assertEquals(tree.endLocations(), streamed.endLocations());
        assertEquals(tree.locate("/requires/0/exemption/reason"), streamed.locate("/requires/0/exemption/reason"));
        assertEquals(tree.root(), streamed.root()); // read from the text when asked for
    }

    @Test
    void streamedParse_reportsWhatTheTreeReports() {
        String[] broken = {
                "", "# only a comment\n", "- a list\n", "id: [unclosed\n", "id: a\nid: b\n",
                "id: &x a\nname: *x\n", VALID + "---\nid: second\n", "id: a\n  name: over-indented\n",
        };
        for (String text : broken) {
            FindingException viaTree = null;
            FindingException viaStream = null;
            YamlDocument streamed = null;
            try {
                YamlFiles.parse(text, "x.yaml");
            } catch (FindingException e) {
                viaTree = e;
            }
            try {
                streamed = YamlFiles.parse(text, "x.yaml", YamlModel.MetadataYaml.class);
            } catch (FindingException e) {
                viaStream = e;
            }
            if (viaTree == null) {
                assertNotNull(streamed, text);
                assertNull(streamed.bound(YamlModel.MetadataYaml.class), text);
            } else {
                assertNotNull(viaStream, text);
                assertEquals(viaTree.finding(), viaStream.finding(), text);
            }
        }
    }
}
