package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alexandria compare}: modules side by side. */
class CompareCommandTest {

    @TempDir
    Path cwd;

    @Test
    void compare_putsTheModulesSideBySide() {
        Cli.Result r = Cli.onSample(cwd).run("compare", "vpc-basic", "vpc-standard");
        assertEquals(0, r.exitCode(), r::toString);
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].matches("\\s+vpc-basic\\s+vpc-standard\\s*"), r::toString);
        assertTrue(r.out().contains("\ntier "), r::toString);
        assertTrue(r.out().matches("(?s).*\\naws_nat_gateway\\s+-\\s+yes\\s*\\n.*"), r::toString);
        assertTrue(r.out().matches("(?s).*\\naws_vpc\\s+yes\\s+yes\\s*\\n.*"), r::toString);
        assertTrue(r.out().contains("\ncost/month "), r::toString);
        assertTrue(r.out().contains("\ndownloads "), r::toString);
    }

    @Test
    void compare_fitsTheTerminalWidth_wrappingLongCells() {
        Cli.Result wide = Cli.onSample(cwd).run("compare", "vpc-basic", "vpc-standard", "vpc-advanced");
        Cli.Result r = Cli.onSample(cwd).env("COLUMNS", "60").run("compare", "vpc-basic", "vpc-standard",
                "vpc-advanced");
        assertEquals(0, r.exitCode(), r::toString);
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 60, () -> "longer than 60 columns: '" + line + "'\n" + r.out());
        }
        assertTrue(wide.out().lines().anyMatch(l -> l.length() > 60), "the wide table needs more than 60 columns");
        assertTrue(r.out().lines().count() > wide.out().lines().count(), "long cells wrap onto more lines");
        assertTrue(r.out().split("\n")[0].matches("\\s+vpc-basic\\s+vpc-standard\\s+vpc-advanced"), r::toString);
        // Nothing is lost: every word of the wide table that fits a column (12 or more) is in the narrow one.
        for (String word : wide.out().split("\\s+")) {
            if (word.length() > 12) {
                continue;
            }
            assertTrue(r.out().contains(word), () -> "'" + word + "' is missing\n" + r.out());
        }
    }

    @Test
    void compare_wrap_breaksAtSpaces_andWordsLongerThanTheColumnAtUnderscoresNeverMidWord() {
        assertEquals(java.util.List.of("networking,", "vpc, multi-az"),
                CompareCommand.wrap("networking, vpc, multi-az", 13));
        assertEquals(java.util.List.of("aws_", "cloudwatch_", "log_group"),
                CompareCommand.wrap("aws_cloudwatch_log_group", 12));
        assertEquals(java.util.List.of("aws_vpc_security_", "group_ingress_rule"),
                CompareCommand.wrap("aws_vpc_security_group_ingress_rule", 20));
        assertEquals(java.util.List.of("compute/", "containers"), CompareCommand.wrap("compute/containers", 12));
        // no place to break: the word runs on past the column rather than being cut
        assertEquals(java.util.List.of("a", "supercalifragilistic"), CompareCommand.wrap("a supercalifragilistic", 12));
        assertEquals(java.util.List.of(""), CompareCommand.wrap("", 12));
    }

    @Test
    void compare_json_isOneObjectPerModule() throws IOException {
        Cli.Result r = Cli.onSample(cwd).run("compare", "rds-postgres", "rds-aurora", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(2, json.size());
        assertEquals("rds-postgres", json.get(0).get("id").asText());
        assertEquals("rds-aurora", json.get(1).get("id").asText());
        assertTrue(json.get(0).get("resource_types").toString().contains("aws_db_instance"), r::toString);
        assertTrue(json.get(0).get("cost").get("estimated_monthly_usd").isNumber(), r::toString);
        assertTrue(json.get(0).get("metrics").get("downloads").isNumber(), r::toString);
    }

    @Test
    void compare_unknownModule_suggestsTheClosest() {
        Cli.Result r = Cli.onSample(cwd).run("compare", "vpc-basic", "vpc-standrd");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: no module 'vpc-standrd' in the library\n"
                + "  fix: did you mean 'vpc-standard'?\n", r.err());
    }

    @Test
    void compare_severalUnknownModules_namesEveryOne_eachWithItsSuggestion() {
        Cli.Result r = Cli.onSample(cwd).run("compare", "vpc-basic", "zzzzzz", "vpc-standrd", "qqqqqq");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: no module 'zzzzzz', 'vpc-standrd' or 'qqqqqq' in the library\n"
                + "  fix: did you mean 'vpc-standard' (for 'vpc-standrd')? ('alexandria browse' lists the modules)\n",
                r.err());
        Cli.Result none = Cli.onSample(cwd).run("compare", "vpc-basic", "zzzzzz", "qqqqqq", "zzzzzz");
        assertEquals(2, none.exitCode(), none::toString);
        assertEquals("alexandria: error: no module 'zzzzzz' or 'qqqqqq' in the library\n"
                + "  fix: run 'alexandria browse' to list the modules\n", none.err(), "each named once");
        // the unknown ids are said before a module given twice
        Cli.Result twice = Cli.onSample(cwd).run("compare", "vpc-basic", "vpc-basic", "zzzzzz", "qqqqqq");
        assertEquals(2, twice.exitCode(), twice::toString);
        assertTrue(twice.err().startsWith("alexandria: error: no module 'zzzzzz' or 'qqqqqq'"), twice::toString);
    }

    @Test
    void compare_needsTwoDifferentModules() {
        Cli.Result one = Cli.onSample(cwd).run("compare", "vpc-basic");
        assertEquals(2, one.exitCode(), one::toString);
        // too few arguments is a missing argument: its fix gives the command's first example (README)
        assertEquals("alexandria: error: MODULE needs at least 2 values, 1 given\n  fix: give at least 2 MODULE "
                + "arguments, e.g. 'alexandria compare vpc-basic vpc-standard vpc-advanced' (see 'alexandria compare "
                + "--help')\n", one.err());
        Cli.Result recommend = Cli.onSample(cwd).run("recommend");
        assertEquals(2, recommend.exitCode(), recommend::toString);
        assertEquals("alexandria: error: missing --for=USE_CASE or --based-on=MODULE\n  fix: give one of them, e.g. "
                + "'alexandria recommend --for \"microservices architecture\"' (see 'alexandria recommend --help')\n",
                recommend.err());
        Cli.Result unknown = Cli.onSample(cwd).run("versions", "rds");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().endsWith("no module 'rds' in the library\n  fix: did you mean 'rds-aurora', "
                + "'rds-mysql-legacy' or 'rds-postgres'?\n"), unknown::toString);
        Cli.Result twice = Cli.onSample(cwd).run("compare", "vpc-basic", "foundations/networking/vpc-basic");
        assertEquals(2, twice.exitCode(), twice::toString);
        assertEquals("alexandria: error: module vpc-basic is given twice\n  fix: compare different modules\n", twice.err());
    }

    @Test
    void compare_longRowName_staysOnTheLineOfItsValues_andIsInFullInJson() throws IOException {
        Cli.Result r = Cli.onSample(cwd).env("COLUMNS", "80").run("compare", "s3-basic", "s3-advanced");
        assertEquals(0, r.exitCode(), r::toString);
        String[] lines = r.out().split("\n");
        int values = lines[0].indexOf("s3-basic");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("(")) {
                continue; // the note on shortened names
            }
            // a line is a row (its name and its values) or the continuation of one (no name): never a name alone
            boolean named = !line.substring(0, Math.min(values, line.length())).isBlank();
            assertTrue(!named || line.length() > values && !line.substring(values).isBlank(),
                    () -> "a row name without values: '" + line + "'\n" + r.out());
        }
        assertTrue(r.out().contains("\naws_s3_bucket_server_side…  yes"), r::toString);
        assertTrue(r.out().endsWith("\n(names cut with … are in full in --output json)\n"), r::toString);
        Cli.Result json = Cli.onSample(cwd).run("compare", "s3-basic", "s3-advanced", "--output", "json");
        assertTrue(new ObjectMapper().readTree(json.out()).get(0).get("resource_types").toString()
                .contains("\"aws_s3_bucket_server_side_encryption_configuration\""), json::toString);
        assertEquals("aws_s3_bucket_server_side…",
                CompareCommand.cutEnd("aws_s3_bucket_server_side_encryption_configuration", 26));
        assertEquals("aws_vpc", CompareCommand.cutEnd("aws_vpc", 7));
    }
}
