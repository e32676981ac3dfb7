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
    void compare_needsTwoDifferentModules() {
        Cli.Result one = Cli.onSample(cwd).run("compare", "vpc-basic");
        assertEquals(2, one.exitCode(), one::toString);
        Cli.Result twice = Cli.onSample(cwd).run("compare", "vpc-basic", "foundations/networking/vpc-basic");
        assertEquals(2, twice.exitCode(), twice::toString);
        assertEquals("alexandria: error: module vpc-basic is given twice; compare different modules\n"
                + "  fix: see 'alexandria compare --help'\n", twice.err());
    }
}
