package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Rewrites of {@code .alexandria.yaml} and of registry entries change only the keys whose value changed: every
 * other line — its style ({@code description: >-}, {@code requires: []}, flow lists) and its comments — stays
 * byte for byte.
 */
class KeySplicerTest {

    private static final String METADATA = """
            # The standard VPC.
            id: vpc-standard
            name: Standard VPC
            description: >-
              Production VPC across 2-3 availability zones with NAT gateways.
            version: 2.3.0
            layer: foundations
            category: foundations/networking
            maturity: mature
            tags: [vpc, networking]   # the facets search shows
            maintainer: team-networking
            requires: []
            compatible_with:
              terraform: ">= 1.5.0"
              providers:
                aws: ">= 5.0, < 6.0"
            """;

    @Test
    void release_changesOnlyTheVersionLineOfTheMetadata() {
        ModuleMetadata m = MetadataRoundTripProperties.read(METADATA, ModuleMetadata.builder()
                .id(dev.alexandria.api.model.ModuleId.of("vpc-standard")).name("x").description("x")
                .category(dev.alexandria.api.model.Category.parse("foundations/networking")).maintainer("x")
                .version("2.3.0").maturity(MaturityLevel.MATURE).build()).orElseThrow();
        String written = CatalogStore.metadataText(Optional.of(METADATA), ".alexandria.yaml",
                m.toBuilder().version("2.4.0").build());
        assertEquals(METADATA.replace("version: 2.3.0\n", "version: 2.4.0\n"), written);
    }

    @Test
    void deprecation_addsItsKeysAndKeepsEveryOtherLine() {
        ModuleMetadata m = MetadataRoundTripProperties.read(METADATA, ModuleMetadata.builder()
                .id(dev.alexandria.api.model.ModuleId.of("vpc-standard")).name("x").description("x")
                .category(dev.alexandria.api.model.Category.parse("foundations/networking")).maintainer("x")
                .version("2.3.0").maturity(MaturityLevel.MATURE).build()).orElseThrow();
        ModuleMetadata deprecated = m.toBuilder().maturity(MaturityLevel.DEPRECATED)
                .deprecation(new Deprecation("Replaced by vpc-next.", Optional.of(
                        dev.alexandria.api.model.ModuleId.of("vpc-next")), Optional.of(LocalDate.of(2027, 6, 1))))
                .build();
        String written = CatalogStore.metadataText(Optional.of(METADATA), ".alexandria.yaml", deprecated);
        assertEquals(List.of("-maturity: mature", "+maturity: deprecated", "+deprecation:",
                "+  reason: Replaced by vpc-next.", "+  replacement: vpc-next", "+  removal_date: 2027-06-01"),
                changedLines(METADATA, written));
    }

    @Test
    void promotion_keepsAnUnsortedCriticalBugDatesListAsWritten() {
        String text = METADATA.replace("compatible_with:", """
                evidence:
                  production_teams: 3
                  critical_bug_dates: [2026-09-01, 2026-03-15, 2026-09-01]   # newest first, as reported
                compatible_with:""".stripTrailing());
        ModuleMetadata m = MetadataRoundTripProperties.read(text, ModuleMetadata.builder()
                .id(dev.alexandria.api.model.ModuleId.of("vpc-standard")).name("x").description("x")
                .category(dev.alexandria.api.model.Category.parse("foundations/networking")).maintainer("x")
                .version("2.3.0").maturity(MaturityLevel.MATURE).build()).orElseThrow();
        String written = CatalogStore.metadataText(Optional.of(text), ".alexandria.yaml",
                m.toBuilder().version("2.4.0").build());
        assertEquals(text.replace("version: 2.3.0\n", "version: 2.4.0\n"), written);
    }

    @Test
    void evidenceChange_keepsTheUnsortedDatesAndRewritesOnlyTheChangedKey() {
        String text = METADATA.replace("compatible_with:", """
                evidence:
                  production_teams: 3
                  critical_bug_dates: [2026-09-01, 2026-03-15]
                compatible_with:""".stripTrailing());
        ModuleMetadata m = MetadataRoundTripProperties.read(text, ModuleMetadata.builder()
                .id(dev.alexandria.api.model.ModuleId.of("vpc-standard")).name("x").description("x")
                .category(dev.alexandria.api.model.Category.parse("foundations/networking")).maintainer("x")
                .version("2.3.0").maturity(MaturityLevel.MATURE).build()).orElseThrow();
        String written = CatalogStore.metadataText(Optional.of(text), ".alexandria.yaml", m.toBuilder()
                .evidence(dev.alexandria.api.model.Evidence.builder().productionTeams(4)
                        .criticalBugDates(m.evidence().criticalBugDates()).build()).build());
        assertEquals(List.of("-  production_teams: 3", "+  production_teams: 4"), changedLines(text, written));
    }

    private static final String REGISTRY = """
            # Registered modules.
            modules:
              - id: vpc-standard
                name: Standard VPC
                version: 2.3.0
                category: foundations/networking
                tags: [vpc, networking]
                maturity: mature
                description: >-
                  Production VPC across 2-3 availability zones.
                requires: []
                # who to ask
                support:
                  maintainer: team-networking
                versions:
                  - version: 2.3.0
                    released: 2026-01-05
                    maturity: mature
                    changelog: Flow logs.
            """;

    @Test
    void release_changesOnlyTheVersionAndAddsOneVersionsItemInTheRegistry() {
        ModuleRegistry registry = RegistryRoundTripProperties.read(REGISTRY);
        RegistryEntry entry = registry.entries().get(0);
        ModuleRegistry next = registry.with(entry.withVersion(new RegisteredVersion(Version.parse("2.4.0"),
                LocalDate.of(2026, 3, 1), MaturityLevel.MATURE, "DNS host names.")));
        YamlDocument doc = YamlFiles.parse(REGISTRY, "module-registry.yaml");
        String written = CatalogStore.render(Optional.of(doc), registry.entries(), registry, next);
        assertEquals(List.of("-    version: 2.3.0", "+    version: 2.4.0", "+      - version: 2.4.0",
                "+        released: 2026-03-01", "+        maturity: mature", "+        changelog: DNS host names."),
                changedLines(REGISTRY, written));
        assertEquals(next, RegistryRoundTripProperties.read(written));
    }

    // ------------------------------------------------------------------ properties

    /** Which key of the metadata a rewrite changes. */
    enum MetadataChange { VERSION, DESCRIPTION, MAINTAINER, DEPRECATION }

    @Test
    void rewritingOneKeyOfAnyMetadataFileLeavesEveryOtherLineIdentical() {
        qt().withExamples(300).forAll(CatalogGen.metadata(), longs().all(),
                org.quicktheories.generators.SourceDSL.arbitrary().enumValues(MetadataChange.class),
                CatalogGen.nonBlank()).checkAssert((generated, seed, change, text) -> {
                    Random random = new Random(seed);
                    // half the files have a description of plain words, which the restyle may fold
                    ModuleMetadata m = random.nextBoolean() ? generated
                            : generated.toBuilder().description("Production VPC across " + random.nextInt(9)
                                    + " zones, with NAT gateways.").build();
                    String styled = restyle(YamlEmitter.metadata(m), m.description(), m.requires().isEmpty(),
                            random);
                    assertEquals(Optional.of(m), MetadataRoundTripProperties.read(styled, m), styled);
                    ModuleMetadata next;
                    List<String> keys;
                    switch (change) {
                        case VERSION -> {
                            next = m.toBuilder().version(m.version().isPreRelease() ? m.version().release()
                                    .toString() : m.version().nextPatch().toString()).build();
                            keys = List.of("version");
                        }
                        case DESCRIPTION -> {
                            next = m.toBuilder().description(text).build();
                            keys = List.of("description");
                        }
                        case MAINTAINER -> {
                            next = m.toBuilder().maintainer(text).build();
                            keys = List.of("maintainer");
                        }
                        default -> {
                            next = m.toBuilder().maturity(MaturityLevel.DEPRECATED).deprecation(new Deprecation(text,
                                    Optional.empty(), Optional.empty())).build();
                            keys = List.of("maturity", "deprecation");
                        }
                    }
                    if (!next.maturity().allowsVersion(next.version())) {
                        return; // not a rewrite the library would make
                    }
                    String written = CatalogStore.metadataText(Optional.of(styled), ".alexandria.yaml", next);
                    assertEquals(Optional.of(next), MetadataRoundTripProperties.read(written, next), written);
                    assertEquals(without(styled, "", keys), without(written, "", keys), written);
                });
    }

    @Test
    void releasingOrDeprecatingAnyRegistryEntryLeavesEveryOtherLineIdentical() {
        qt().withExamples(200).forAll(CatalogGen.registry(), longs().all(), CatalogGen.nonBlank())
                .checkAssert((generated, seed, text) -> {
                    ModuleRegistry registry = generated;
                    if (registry.entries().isEmpty()) {
                        return; // nothing to change
                    }
                    Random random = new Random(seed);
                    if (random.nextBoolean()) {
                        // a description of plain words, which the restyle may fold
                        registry = registry.with(registry.entries().get(0).toBuilder().description("Production VPC"
                                + " across " + random.nextInt(9) + " zones.").build());
                    }
                    String styled = restyleRegistry(YamlEmitter.registry(registry), registry, random);
                    assertEquals(registry, RegistryRoundTripProperties.read(styled), styled);
                    RegistryEntry entry = registry.entries().get(0);
                    RegistryEntry changed;
                    List<String> keys;
                    if (random.nextBoolean()) {
                        Version next = entry.versions().stream().map(RegisteredVersion::version)
                                .max(Comparator.naturalOrder()).orElse(entry.version()).nextMajor();
                        changed = entry.withVersion(new RegisteredVersion(next, LocalDate.of(2026, 3, 1),
                                entry.maturity(), text));
                        keys = List.of("version", "versions");
                    } else {
                        changed = entry.toBuilder().maturity(MaturityLevel.DEPRECATED).deprecation(new Deprecation(
                                text, Optional.empty(), Optional.empty())).build();
                        keys = List.of("maturity", "deprecation");
                    }
                    ModuleRegistry next = registry.with(changed);
                    YamlDocument doc = YamlFiles.parse(styled, "module-registry.yaml");
                    String written = CatalogStore.render(Optional.of(doc), registry.entries(), registry, next);
                    assertEquals(next, RegistryRoundTripProperties.read(written), written);
                    assertEquals(without(styled, "/modules/0", keys), without(written, "/modules/0", keys), written);
                });
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Restyles an emitted mapping at column 0 the ways people write these files: comment lines and blank lines
     * between keys, a simple description as a folded block scalar, {@code requires: []} when there are none.
     */
    static String restyle(String text, String description, boolean noRequires, Random random) {
        List<String> out = new ArrayList<>();
        boolean requiresAdded = !noRequires;
        for (String line : SplicingWriter.lines(text)) {
            boolean key = !line.startsWith(" ") && !line.startsWith("#") && !line.startsWith("-");
            if (key && !requiresAdded && random.nextInt(3) == 0) {
                out.add("requires: []\n");
                requiresAdded = true;
            }
            if (key && random.nextInt(4) == 0) {
                out.add(random.nextBoolean() ? "\n" : "# about " + line.substring(0, Math.max(0, line.indexOf(':')))
                        + "\n");
            }
            if (line.startsWith("description: ") && simple(description) && random.nextBoolean()) {
                out.add("description: >-\n");
                out.add("  " + description + "\n");
                continue;
            }
            out.add(line);
        }
        return String.join("", out);
    }

    /** Restyles the first entry of an emitted registry (keys at column 4) as {@link #restyle} does. */
    static String restyleRegistry(String text, ModuleRegistry registry, Random random) {
        RegistryEntry first = registry.entries().get(0);
        YamlDocument doc = YamlFiles.parse(text, "module-registry.yaml");
        int from = doc.valueLocations().get("/modules/0").line() - 1;
        int to = registry.entries().size() > 1 ? doc.valueLocations().get("/modules/1").line() - 1
                : doc.endLocations().get("/modules/0").line() - 1;
        List<String> lines = SplicingWriter.lines(text);
        List<String> out = new ArrayList<>(lines.subList(0, from + 1));
        boolean requiresAdded = !first.requires().isEmpty();
        for (int i = from + 1; i < Math.min(to + 1, lines.size()); i++) {
            String line = lines.get(i);
            boolean key = line.startsWith("    ") && line.length() > 4 && line.charAt(4) != ' '
                    && line.charAt(4) != '-' && i < to;
            if (key && !requiresAdded && random.nextInt(3) == 0) {
                out.add("    requires: []\n");
                requiresAdded = true;
            }
            if (key && random.nextInt(4) == 0) {
                out.add("    # note\n");
            }
            if (key && line.startsWith("    description: ") && simple(first.description()) && random.nextBoolean()) {
                out.add("    description: >-\n");
                out.add("      " + first.description() + "\n");
                continue;
            }
            out.add(line);
        }
        out.addAll(lines.subList(Math.min(to + 1, lines.size()), lines.size()));
        return String.join("", out);
    }

    /** Text a folded scalar gives back unchanged: one line of plain words. */
    private static boolean simple(String s) {
        return s.matches("[A-Za-z0-9][A-Za-z0-9.,]*( [A-Za-z0-9.,]+)*");
    }

    /**
     * The lines of a text without those of some members of the mapping at a pointer: each from its key line to
     * the next line at its indentation or less.
     */
    static List<String> without(String text, String pointer, List<String> keys) {
        YamlDocument doc = YamlFiles.parse(text, "file.yaml");
        List<String> lines = new ArrayList<>(SplicingWriter.lines(text));
        List<int[]> cut = new ArrayList<>();
        for (String key : keys) {
            SourceLocation at = doc.keyLocations().get(pointer + "/" + key);
            if (at == null) {
                continue;
            }
            int from = at.line() - 1;
            int column = at.column() - 1;
            int to = from + 1;
            while (to < lines.size() && (lines.get(to).isBlank() || indent(lines.get(to)) > column
                    || lines.get(to).stripLeading().startsWith("- ") && indent(lines.get(to)) == column
                    && !lines.get(from).stripLeading().startsWith("- "))) {
                to++;
            }
            while (to - 1 > from && lines.get(to - 1).isBlank()) {
                to--;
            }
            cut.add(new int[] {from, to});
        }
        cut.sort(Comparator.comparingInt((int[] c) -> c[0]).reversed());
        for (int[] c : cut) {
            lines.subList(c[0], c[1]).clear();
        }
        return lines;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The lines that differ, as a unified diff's body without context: "-old", then "+new". */
    static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add("+" + b.get(j++));
            } else {
                out.add("-" + a.get(i++));
            }
        }
        out.sort(Comparator.comparing((String s) -> s.charAt(0) == '+' ? 1 : 0)); // removals first
        return out;
    }
}
