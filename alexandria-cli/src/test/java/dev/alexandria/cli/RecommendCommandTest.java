package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alexandria.examples.SampleLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alexandria recommend} over the bundled sample library. */
class RecommendCommandTest {

    @TempDir
    Path cwd;

    private Cli.Result recommend(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "recommend";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.onSample(cwd).run(all);
    }

    private static List<String> ids(JsonNode tree) {
        List<String> ids = new ArrayList<>();
        tree.get("recommendations").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @Test
    void recommendFor_aMatchingPattern_comesFirstWithWhatItComposes() {
        Cli.Result r = recommend("--for", "web application with a database");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("Recommended for 'web application with a database'\n1. web-app-ecs  "),
                r::toString);
        assertTrue(r.out().contains("   pattern matching the use case; composes 5 modules: ecs-fargate, "
                + "rds-postgres, securitygroup, vpc-standard, waf\n"), r::toString);
    }

    @Test
    void recommendFor_aWordThatFindsNoModule_isPlannedFromItsImpliedNeeds_andNamesThoseNoModuleMakes() {
        assertTrue(Cli.onSample(cwd).run("search", "microservices").out().startsWith("no modules match"),
                "the word is in no module's text");
        // "microservices" implies a container registry and container orchestration; the sample makes the second
        // (ecs-fargate) and no container registry: the VPC module only mentions ECR endpoints in an input.
        Cli.Result r = recommend("--for", "microservices");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("Recommended for 'microservices'\n1. ecs-fargate "), r::toString);
        assertTrue(r.out().contains("'microservices' implies container orchestration"), r::toString);
        assertTrue(r.out().endsWith("uncovered: container registry (implied by 'microservices'): no module of the "
                + "library makes it\n"), r::toString);
        assertFalse(r.out().contains("implies a container registry"), r::toString);
        Cli.Result json = recommend("--for", "microservices", "--output", "json");
        assertTrue(json.out().contains("\"uncovered\"")
                && json.out().contains("\"container registry (implied by 'microservices')\""), json::toString);
        Cli.Result none = recommend("--for", "quantum teleportation");
        assertEquals("no modules to recommend for 'quantum teleportation'\n", none.out(), none::toString);
    }

    @Test
    void recommendFor_aMisspelledWord_saysWhatWasSearchedFor_asSearchDoes() throws IOException {
        Cli.Result r = recommend("--for", "kubernetis cluster");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("searched for 'kubernetes' (for 'kubernetis')\nRecommended for 'kubernetis "
                + "cluster'\n1. eks-standard "), r::toString);
        JsonNode json = new ObjectMapper().readTree(recommend("--for", "kubernetis cluster", "--output", "json").out());
        assertEquals("kubernetes", json.get("corrections").get("kubernetis").asText());
        assertFalse(recommend("--for", "kubernetes cluster", "--output", "json").out().contains("\"corrections\""),
                "nothing corrected: no field");
    }

    @Test
    void recommendBasedOn_json_carriesScorePartsAndEvidence() throws IOException {
        Cli.Result r = recommend("--based-on", "eks-standard", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode tree = new ObjectMapper().readTree(r.out());
        assertEquals("eks-standard", tree.get("based_on").asText());
        JsonNode first = tree.get("recommendations").get(0);
        assertEquals("eks-addons", first.get("id").asText());
        assertEquals("uses eks-standard", first.get("evidence").get(0).asText());
        List<String> parts = new ArrayList<>();
        first.get("score_parts").forEach(p -> parts.add(p.get("name").asText()));
        assertEquals(List.of("evidence", "maturity", "popularity", "cost", "complexity"), parts);
        double sum = 0;
        for (JsonNode p : first.get("score_parts")) {
            sum += p.get("contribution").asDouble();
        }
        assertEquals(first.get("score").asDouble(), sum, 1e-9);
    }

    @Test
    void recommend_deprecatedOnlyWithTheOption() throws IOException {
        ObjectMapper json = new ObjectMapper();
        assertTrue(!ids(json.readTree(recommend("--for", "mysql database", "--limit", "20", "--output", "json")
                .out())).contains("rds-mysql-legacy"));
        assertTrue(ids(json.readTree(recommend("--for", "mysql database", "--limit", "20", "--include-deprecated",
                "--output", "json").out())).contains("rds-mysql-legacy"));
    }

    @Test
    void recommend_archivedOnlyWithTheOption() throws IOException {
        Path lib = cwd.resolve("lib");
        Cli.copy(SampleLibrary.path(), lib);
        Path meta = lib.resolve("_library/data/databases/rds-mysql-legacy/.alexandria.yaml");
        Files.writeString(meta, Files.readString(meta).replace("maturity: deprecated", "maturity: archived"));
        ObjectMapper json = new ObjectMapper();
        Cli cli = Cli.in(cwd);
        assertTrue(!ids(json.readTree(cli.run("recommend", "--library", lib.toString(), "--based-on", "rds-postgres",
                "--limit", "40", "--include-deprecated", "--output", "json").out())).contains("rds-mysql-legacy"));
        Cli.Result archived = cli.run("recommend", "--library", lib.toString(), "--based-on", "rds-postgres",
                "--limit", "40", "--include-archived", "--output", "json");
        assertEquals(0, archived.exitCode(), archived::toString);
        assertTrue(ids(json.readTree(archived.out())).contains("rds-mysql-legacy"), archived::toString);
    }

    @Test
    void recommend_levelPrefersTheFittingTier() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(recommend("--based-on", "vpc-standard", "--level", "beginner",
                "--output", "json").out());
        assertEquals("basic", tree.get("level").asText());
    }

    @Test
    void recommend_badInput_saysWhatIsWrong() {
        Cli.Result unknown = recommend("--based-on", "eks-standrd");
        assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().startsWith("alexandria: error: no module 'eks-standrd' in the library\n"
                + "  fix: did you mean 'eks-standard'?\n"), unknown::toString);
        Cli.Result empty = recommend("--for", " ");
        assertEquals(ExitCode.USAGE, empty.exitCode(), empty::toString);
        assertTrue(empty.err().startsWith("alexandria: error: --for: the use case is empty: describe what is to "
                + "be built, e.g. \"web application with a database\"\n"), empty::toString);
        Cli.Result level = recommend("--for", "vpc", "--level", "expert");
        assertEquals(ExitCode.USAGE, level.exitCode(), level::toString);
        assertTrue(level.err().contains("unknown level 'expert'; use one of beginner, intermediate, advanced"),
                level::toString);
        Cli.Result both = recommend("--for", "vpc", "--based-on", "vpc-standard");
        assertEquals(ExitCode.USAGE, both.exitCode(), both::toString);
    }
}
