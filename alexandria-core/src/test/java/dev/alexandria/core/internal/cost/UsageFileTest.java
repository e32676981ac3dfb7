package dev.alexandria.core.internal.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.CatalogException;
import dev.alexandria.spi.cost.UsageParameter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings about usage values no line reads. */
class UsageFileTest {

    @TempDir
    Path dir;

    private static List<UsageParameter> params(String type) {
        return type.equals("aws_thing") ? List.of(
                new UsageParameter("monthly_a", "GB", "a", BigDecimal.ONE, "one"),
                new UsageParameter("monthly_b", "GB", "b", BigDecimal.ONE, "one")) : List.of();
    }

    @Test
    void usageKeyOfTheTypeThatNoMatchedLineReads_isWarnedEvenWhenAnotherKeyOfTheEntryWasRead() throws IOException {
        Path f = Files.writeString(dir.resolve("usage.yml"), "version: 0.1\nresource_usage:\n  aws_thing.t:\n"
                + "    monthly_a: 5\n    monthly_b: 7\n");
        UsageFile u = UsageFile.read(f);
        Map<String, Set<String>> used = Map.of("aws_thing.t", Set.of("aws_thing"));
        List<String> warnings = u.unknownKeys(used, UsageFileTest::params, Map.of("aws_thing.t", "aws_thing"),
                Map.of("aws_thing.t", Set.of("monthly_a")));
        assertEquals(List.of(f + ":5:5: usage of aws_thing.t: the resource exists (aws_thing) but none of its priced "
                + "lines uses monthly_b in this configuration, so it is ignored; its lines use monthly_a"), warnings);
        assertEquals(List.of(), u.unused(used, Map.of("aws_thing.t", "aws_thing"), Map.of()));
    }

    @Test
    void entryMatchingSeveralInstancesNoneOfWhichReadsItsKeys_namesTheKeysTheirLinesRead() throws IOException {
        Path f = Files.writeString(dir.resolve("usage.yml"), "version: 0.1\nresource_usage:\n  aws_thing.t[*]:\n"
                + "    monthly_b: 7\n  aws_thing.gone:\n    monthly_b: 1\n");
        UsageFile u = UsageFile.read(f);
        List<String> warnings = u.unused(Map.of(), Map.of("aws_thing.t[0]", "aws_thing", "aws_thing.t[1]",
                "aws_thing"), Map.of("aws_thing.t[0]", Set.of("monthly_a")));
        assertEquals(List.of(f + ":3:3: usage of aws_thing.t[*]: the resources exist (aws_thing) but none of their "
                + "priced lines uses monthly_b in this configuration, so it is ignored; their lines use monthly_a",
                f + ":5:3: usage of aws_thing.gone matches no resource of the module; check the address "
                        + "(module.<call>.<type>.<name>[<index>])"), warnings);
    }

    @Test
    void quotedNumbers_areReadAsNumbers_asInfracostReadsThem() throws IOException {
        Path f = Files.writeString(dir.resolve("usage.yml"), "version: 0.1\nresource_usage:\n  aws_thing.t:\n"
                + "    monthly_a: \"730\"\n    monthly_b: '2.5'\n");
        UsageFile u = UsageFile.read(f);
        Map<String, Set<String>> used = new java.util.HashMap<>();
        var values = u.valuesFor("aws_thing.t", "aws_thing", used);
        assertEquals(new BigDecimal("730"), values.get("monthly_a").amount());
        assertEquals(new BigDecimal("2.5"), values.get("monthly_b").amount());
        assertEquals(List.of(), u.textValues(used, UsageFileTest::params));
    }

    @Test
    void aQuotedNegativeNumber_isRefusedLikeAnyNegativeValue() throws IOException {
        Path f = Files.writeString(dir.resolve("usage.yml"), "version: 0.1\nresource_usage:\n  aws_thing.t:\n"
                + "    monthly_a: \"-3\"\n");
        dev.alexandria.api.CatalogException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.alexandria.api.CatalogException.class, () -> UsageFile.read(f));
        assertEquals(f + ":4:5: usage value monthly_a of aws_thing.t is negative (-3); usage values are counts and "
                + "sizes, 0 or more", e.getMessage());
    }

    @Test
    void aTabInAFileWithAliases_isReportedAtTheTab() throws IOException {
        // line and column (1-based) of the tab in each file
        Map<String, String> files = new java.util.LinkedHashMap<>();
        // the parser's last token is the alias, or the key before the tab: its place is not the error's
        files.put("version: 0.1\nresource_usage:\n  aws_thing.t:\n    monthly_a: &d 5\n    monthly_b: *d\n"
                + "\tmonthly_c: 7\n", "6:1");
        files.put("version: 0.1\nshared: &d\n  monthly_a: 5\nresource_usage:\n  aws_thing.t:\n    monthly_b: 2\n"
                + "  aws_thing.u:\n\tmonthly_b: 7\n", "8:1");
        files.put("version: 0.1\nresource_usage:\n  aws_thing.t:\n\tmonthly_b: 7\n", "4:1");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path f = Files.writeString(dir.resolve("usage.yml"), file.getKey());
            CatalogException e = assertThrows(CatalogException.class, () -> UsageFile.read(f));
            assertEquals(f + ":" + file.getValue(), e.location().orElseThrow().toString(), e::getMessage);
            assertTrue(e.getMessage().contains("a tab: YAML indents with spaces"), e::getMessage);
        }
    }
}
