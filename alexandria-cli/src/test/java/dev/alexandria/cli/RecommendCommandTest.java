package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.api.model.Recommendation.ScorePart;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.SampleLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        assertTrue(r.out().startsWith("Recommended for 'web application with a database' (in plan order: step by "
                + "step, as chosen; not by score)\n1. web-app-ecs  "),
                r::toString);
        assertTrue(r.out().contains("   pattern matching the use case; composes 5 modules: ecs-fargate, "
                + "rds-postgres, securitygroup, vpc-standard, waf\n"), r::toString);
    }

    @Test
    void recommendFor_saysWhatLeavingDeprecatedModulesOutHid_asSearchDoes() throws IOException {
        // Before, the plan for "mysql database" never named rds-mysql-legacy, which search names.
        String line = "1 module matches but is deprecated: rds-mysql-legacy (replaced by rds-aurora); "
                + "--include-deprecated shows it\n";
        Cli.Result r = recommend("--for", "mysql database");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().endsWith(line), r::toString);
        JsonNode json = new ObjectMapper().readTree(recommend("--for", "mysql database", "--output", "json").out());
        JsonNode leftOut = json.get("left_out").get(0);
        assertEquals("deprecated", leftOut.get("condition").asText());
        assertEquals("rds-mysql-legacy", leftOut.get("best").get(0).get("id").asText());
        assertEquals("rds-aurora", leftOut.get("best").get(0).get("replacement").asText());
        assertFalse(recommend("--for", "mysql database", "--include-deprecated").out().contains("matches but is"));
        assertFalse(recommend("--based-on", "rds-aurora").out().contains("matches but is"));
        assertFalse(new ObjectMapper().readTree(recommend("--for", "k8s cluster", "--output", "json").out())
                .has("left_out"));
    }

    @Test
    void recommendFor_aWordThatFindsNoModule_isPlannedFromItsImpliedNeeds_andNamesThoseNoModuleMakes() throws IOException {
        assertTrue(Cli.onSample(cwd).run("search", "microservices").out().startsWith("no modules match"),
                "the word is in no module's text");
        // "microservices" implies a container registry and container orchestration; the sample makes the second
        // (ecs-fargate) and no container registry: the VPC module only mentions ECR endpoints in an input.
        Cli.Result r = recommend("--for", "microservices");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("Recommended for 'microservices' (in plan order: step by step, as chosen; "
                + "not by score)\n"
                + "1. ecs-fargate "), r::toString);
        assertTrue(r.out().contains("'microservices' implies container orchestration"), r::toString);
        assertTrue(r.out().endsWith("uncovered: container registry (implied by 'microservices'): no module of the "
                + "library makes it\n"), r::toString);
        assertFalse(r.out().contains("implies a container registry"), r::toString);
        Cli.Result json = recommend("--for", "microservices", "--output", "json");
        assertEquals("[{\"name\":\"container registry\",\"kind\":\"need\",\"reason\":\"no module of the library "
                + "makes it\",\"implied_by\":\"microservices\"}]", new ObjectMapper().readTree(json.out())
                .get("uncovered").toString(), json::toString);
        Cli.Result none = recommend("--for", "quantum teleportation");
        assertEquals("no modules to recommend for 'quantum teleportation'\nuncovered: quantum teleportation: no module "
                + "of the library makes it\n  no module of the library matches 'quantum' or 'teleportation'\n"
                + "  " + RecommendCommand.NOTHING_FIX + "\n", none.out(), none::toString);
        // Only common words: no word is searched, so no need finds a module (before, CloudTrail was the "best
        // match for 'of'": the first of an unscored list).
        Cli.Result cut = recommend("--for", "microservices", "--output", "json", "--limit", "2");
        assertTrue(cut.out().matches("(?s).*\"not_shown\" ?: ?[1-9][0-9]*.*"), cut::toString);
        Cli.Result common = recommend("--for", "the and of");
        assertEquals("no modules to recommend for 'the and of'\n  'the and of' has no word to search for (words as "
                + "common as 'a', 'the', 'how' or 'with' are left out of every query)\n  fix: describe what is to be "
                + "built by what it does or uses, e.g. \"web application with a database\"\n", common.out(),
                common::toString);
    }

    /** Only words every search leaves out: nothing is recommended, and the answer says why, as search's does. */
    @Test
    void recommendFor_onlyStopWords_saysThereIsNoWordToSearchFor_inTextAndJson() throws IOException {
        Cli.Result r = recommend("--for", "a the");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("no modules to recommend for 'a the'\n  'a the' has no word to search for"),
                r::toString);
        JsonNode json = new ObjectMapper().readTree(recommend("--for", "a the", "--output", "json").out());
        assertEquals("'a the' has no word to search for (words as common as 'a', 'the', 'how' or 'with' are left out "
                + "of every query)", json.get("note").asText());
        // a use case that names needs no module makes is no such case: it says what is uncovered instead
        assertFalse(recommend("--for", "quantum teleportation").out().contains("no word to search for"));
        assertFalse(recommend("--for", "vpc", "--output", "json").out().contains("\"note\""));
    }

    /** A long use case is echoed shortened in the text (header, no-result line); json keeps it whole. */
    @Test
    void recommendFor_aVeryLongUseCase_isEchoedShortened_butWholeInJson() throws IOException {
        String text = "web application with a database ".repeat(500).strip();
        Cli.Result r = recommend("--for", text);
        assertEquals(0, r.exitCode(), r::toString);
        String header = r.out().lines().findFirst().orElseThrow();
        assertTrue(header.startsWith("Recommended for 'web application with a database web"), header);
        assertTrue(header.contains("…' (" + text.length() + " characters)"), header);
        assertTrue(r.out().lines().allMatch(l -> l.length() <= 300), r::toString);
        JsonNode json = new ObjectMapper().readTree(recommend("--for", text, "--output", "json").out());
        assertEquals(text, json.get("for").asText());
        String none = "zzqx ".repeat(3000).strip();
        Cli.Result nothing = recommend("--for", none);
        assertTrue(nothing.out().lines().allMatch(l -> l.length() <= 300), nothing::toString);
        assertTrue(nothing.out().startsWith("no modules to recommend for 'zzqx zzqx"), nothing::toString);
    }

    /**
     * A bad recommend.yaml fails recommend, with every error of the file, but not the commands that do not read
     * it; validate lists its errors.
     */
    @Test
    void aBadRecommendYaml_failsRecommendWithEveryError_butNotSearch_andValidateListsThem() throws IOException {
        Path lib = cwd.resolve("lib");
        Cli.copy(SampleLibrary.path(), lib);
        Files.writeString(lib.resolve("_catalog/recommend.yaml"), "weights:\n  relevance: high\n  cots: 0.05\n");
        Cli cli = Cli.in(cwd).env(dev.alexandria.examples.LibraryLocation.ENVIRONMENT_VARIABLE, lib.toString());
        Cli.Result rec = cli.run("recommend", "--for", "vpc");
        assertEquals(3, rec.exitCode(), rec::toString);
        assertTrue(rec.err().contains("error: _catalog/recommend.yaml:2:14: weight 'relevance' is 'high'"),
                rec::toString);
        assertTrue(rec.err().contains("error: _catalog/recommend.yaml:3:3: unknown weight 'cots'\n  fix: use "
                + "relevance, evidence, maturity, popularity, cost, complexity (did you mean 'cost'?)"), rec::toString);
        Cli.Result search = cli.run("search", "vpc");
        assertEquals(0, search.exitCode(), search::toString);
        assertTrue(search.out().startsWith("1. vpc-"), search::toString);
        Cli.Result validate = cli.run("validate");
        assertEquals(1, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("unknown weight 'cots' [unknown-key]"), validate::toString);
    }

    @Test
    void recommendFor_aMisspelledWord_saysWhatWasSearchedFor_asSearchDoes() throws IOException {
        Cli.Result r = recommend("--for", "kubernetis cluster");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("searched for 'kubernetes' (for 'kubernetis')\nRecommended for 'kubernetis "
                + "cluster' (in plan order: step by step, as chosen; not by score)\n1. eks-standard "), r::toString);
        JsonNode json = new ObjectMapper().readTree(recommend("--for", "kubernetis cluster", "--output", "json").out());
        assertEquals("kubernetes", json.get("corrections").get("kubernetis").asText());
        assertFalse(recommend("--for", "kubernetes cluster", "--output", "json").out().contains("\"corrections\""),
                "nothing corrected: no field");
    }

    @Test
    void recommendFor_aFeatureIsAPropertyTheSubjectsModuleHas_theSubjectRanksThoseHavingIt() {
        // Before: DynamoDB names backups loudest (point-in-time recovery) and came first for "private
        // database with backups", with secrets and a VPC added "for it"; the relational databases match "private
        // database" better and are tagged backups too. Nor does the feature's implied backup plan bring DynamoDB
        // back, nor an ElastiCache cluster come for 'snapshot', a synonym of backups the database answers.
        Cli.Result r = recommend("--for", "private database with backups");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\n1. rds-postgres  ") || r.out().contains("\n1. rds-aurora  "), r::toString);
        assertTrue(r.out().contains("   best match for 'private database' with 'backups', a feature of it\n"),
                r::toString);
        assertFalse(r.out().contains(". dynamodb  ") || r.out().contains(". elasticache-redis  "), r::toString);
    }

    @Test
    void recommendFor_aQualifierFoundInAnotherEngineOfTheSubjectsKind_isAFeature_notASecondDatabase() {
        // "pg db with read replicas" got DynamoDB as "best match for 'read replicas'" (its global-table replicas)
        // next to the PostgreSQL database, then again as matching 'dynamodb', which the search had only found for
        // "db".
        Cli.Result r = recommend("--for", "pg db with read replicas");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\n1. rds-postgres  "), r::toString);
        // the PostgreSQL instance makes no replica: the feature is not claimed on it but said to be the Aurora
        // cluster's, which has readers (before: "best match for 'pg db' with 'read replicas', a feature of it")
        assertTrue(r.out().contains("   best match for 'pg db'\n"), r::toString);
        assertTrue(r.out().contains("   lacks 'read replicas', asked with it: rds-aurora, another module of its kind,"
                + " has it\n"), r::toString);
        assertFalse(r.out().contains("uncovered: read replicas"), r::toString);
        assertFalse(r.out().contains(". dynamodb  "), r::toString);
        // with backups, which the instance has: before, "uncovered: read replicas: no module of the library makes it"
        Cli.Result backups = recommend("--for", "postgres with read replicas and backups");
        assertTrue(backups.out().contains("   best match for 'postgres' with 'backups', a feature of it\n"),
                backups::toString);
        assertTrue(backups.out().contains("   lacks 'read replicas', asked with it: rds-aurora, another module of its"
                + " kind, has it\n"), backups::toString);
        assertFalse(backups.out().contains("uncovered: read replicas"), backups::toString);
        Cli.Result named = recommend("--for", "pg db with dynamodb");
        assertTrue(named.out().contains(". rds-postgres  ") && named.out().contains(". dynamodb  "), named::toString);
    }

    @Test
    void recommendFor_aCorrectedTypo_plansWhatTheCorrectWordsDo_andACommonWordIsNoTypo() {
        // Before: "kubernetis clustr" got vpc-basic where "kubernetes cluster" gets vpc-standard and the
        // add-ons the word implies; "training" was corrected to "tracing" and the plan was X-Ray.
        Cli.Result typo = recommend("--for", "kubernetis clustr");
        Cli.Result right = recommend("--for", "kubernetes cluster");
        assertEquals(plan(right.out()), plan(typo.out()), typo + "\n" + right);
        Cli.Result ml = recommend("--for", "machine learning training");
        assertEquals(0, ml.exitCode(), ml::toString);
        // not searched as "tracing" nor planned around X-Ray (search's own did-you-mean may still offer the word)
        assertFalse(ml.out().contains("searched for") || ml.out().contains("xray"), ml::toString);
        assertTrue(ml.out().startsWith("no modules to recommend for 'machine learning training'\n"), ml::toString);
        assertTrue(ml.out().contains("uncovered: sagemaker (implied by 'machine learning')"), ml::toString);
    }

    @Test
    void recommendFor_aDeprecatedModuleAllowed_givesWayToItsMatchingReplacement_andSaysSo() {
        // Its replacement matches "mysql database" too, so the replacement is chosen and it is left out for it.
        Cli.Result r = recommend("--for", "mysql database", "--include-deprecated");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\n1. rds-aurora  "), r::toString);
        assertFalse(r.out().contains(". rds-mysql-legacy  "), r::toString);
        assertTrue(r.out().contains("\nleft out for its replacement, which matches too: rds-mysql-legacy (deprecated, "
                + "replaced by rds-aurora)\n"), r::toString);
        // Without the option it is not recommended, only named as what leaving deprecated modules out hid.
        String without = recommend("--for", "mysql database").out();
        assertFalse(without.contains(". rds-mysql-legacy  ") || without.contains("deprecated: use"), without);
    }

    @Test
    void recommend_limit_saysHowManyItLeftOut() {
        List<String> all = plan(recommend("--for", "web application with a database", "--limit", "50").out());
        assertTrue(all.size() > 3, all.toString());
        Cli.Result cut = recommend("--for", "web application with a database", "--limit", "3");
        assertEquals(all.subList(0, 3), plan(cut.out()), cut::toString);
        assertTrue(cut.out().contains("\n" + (all.size() - 3) + " more not shown (--limit 3); --limit " + all.size()
                + " shows all\n"), cut::toString);
        assertFalse(recommend("--for", "web application with a database", "--limit", "50").out()
                .contains("more not shown"));
    }

    /**
     * A need the user typed is never dropped without a word: when --limit leaves out the module answering it, the text
     * and JSON say which module answers it and at what rank (before, "web application with a database" on a library
     * of real modules had its database ninth, and nothing said so).
     */
    @Test
    void recommend_limit_namesATypedNeedWhoseModuleItLeftOut() throws IOException {
        String useCase = "serverless api with a queue and a database";
        List<String> all = ids(new ObjectMapper().readTree(recommend("--for", useCase, "--limit", "50", "--output",
                "json").out()));
        JsonNode cut = new ObjectMapper().readTree(recommend("--for", useCase, "--limit", "1", "--output", "json")
                .out());
        JsonNode past = cut.get("past_limit");
        assertTrue(past != null && past.size() >= 1, cut::toString);
        String text = recommend("--for", useCase, "--limit", "1").out();
        for (JsonNode p : past) {
            int rank = p.get("rank").asInt();
            assertEquals(all.indexOf(p.get("id").asText()) + 1, rank, cut::toString);
            assertTrue(rank > 1, cut::toString);
            assertTrue(text.contains("\n'" + p.get("need").asText() + "' is answered by " + p.get("id").asText()
                    + " at rank " + rank + ", past --limit 1 (--limit " + rank + " shows it)\n"), text);
        }
        assertNull(new ObjectMapper().readTree(recommend("--for", useCase, "--limit", "50", "--output", "json").out())
                .get("past_limit"));
    }

    /**
     * A list based on a module shows only modules with evidence; when that is fewer than the limit, it says so rather
     * than filling the list with modules sharing only the category.
     */
    @Test
    void recommend_basedOn_aShortList_saysWhy() {
        Cli.Result r = recommend("--based-on", "eks-standard");
        List<String> listed = plan(r.out());
        assertTrue(listed.size() < 8, r::toString);
        assertTrue(r.out().contains("\nonly " + listed.size() + " modules have evidence of going with eks-standard or"
                + " of standing in for it; the others are not listed\n"), r::toString);
        assertFalse(r.out().contains("neither an alternative nor a companion"), r::toString);
        assertFalse(recommend("--based-on", "eks-standard", "--limit", "2").out().contains("only "));
    }

    /** The numbered lines of a plan, from the first. */
    private static List<String> plan(String out) {
        return out.lines().filter(l -> l.matches("\\d+\\. .*")).toList();
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
        assertEquals(first.get("score").asDouble(), sum, 6 * 0.00005, "each rounded to 4 places");
    }

    /** Every number of a recommendation's score, rounded to {@link RecommendCommand#PLACES} places. */
    private static List<JsonNode> scoreNumbers(JsonNode tree) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode rec : tree.get("recommendations")) {
            out.add(rec.get("score"));
            for (JsonNode p : rec.get("score_parts")) {
                List.of("value", "weight", "contribution").forEach(k -> out.add(p.get(k)));
            }
        }
        return out;
    }

    @Test
    void recommend_jsonAndYaml_writeScoresWithAtMostFourDecimals_inTheSameOrder() throws IOException {
        for (String[] subject : List.of(new String[] {"--for", "web application with a database"},
                new String[] {"--for", "kubernets"}, new String[] {"--based-on", "eks-standard"})) {
            JsonNode json = new ObjectMapper().readTree(recommend(subject[0], subject[1], "--output", "json").out());
            JsonNode yaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readTree(recommend(subject[0], subject[1], "--output", "yaml").out());
            List<JsonNode> numbers = scoreNumbers(json);
            assertTrue(numbers.size() > 20, subject[1]);
            for (JsonNode n : numbers) {
                assertTrue(n.isNumber() && n.decimalValue().stripTrailingZeros().scale() <= RecommendCommand.PLACES,
                        subject[1] + ": " + n);
            }
            assertEquals(numbers.stream().map(JsonNode::asDouble).toList(),
                    scoreNumbers(yaml).stream().map(JsonNode::asDouble).toList(), "the same numbers in YAML");
            assertEquals(ids(json), ids(yaml));
        }
    }

    @Test
    void rounded_keepsFourPlaces_halfUp() {
        assertEquals(0.3, RecommendCommand.rounded(0.1 + 0.2));
        assertEquals(0.7652, RecommendCommand.rounded(0.7651651620112992));
        assertEquals(0.0001, RecommendCommand.rounded(0.00005));
        assertEquals(1.0, RecommendCommand.rounded(1.0));
        assertEquals("0.7652", Double.toString(RecommendCommand.rounded(0.76515)));
    }

    @Test
    void recommend_table_saysHowTheListIsOrdered_andWhatEachScoreIsMadeOf() throws IOException {
        Cli.Result r = recommend("--for", "kubernets");
        assertEquals(0, r.exitCode(), r::toString);
        // A plan: eks-addons (an add-on of the cluster, after what the cluster needs) scores above the VPC and the
        // security group before it; each module's first line says its step, its score line what the score is.
        JsonNode json = new ObjectMapper().readTree(recommend("--for", "kubernets", "--output", "json").out());
        List<String> lines = r.out().lines().toList();
        // "kubernets" is a typo the stemmer matches: said as any correction is
        assertEquals("searched for 'kubernetes' (for 'kubernets')", lines.get(0));
        assertEquals("Recommended for 'kubernets' (in plan order: step by step, as chosen; not by score)", lines.get(1));
        int rank = 0;
        for (JsonNode rec : json.get("recommendations")) {
            rank++;
            int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(rec.get("rank") + ". ")).findFirst()
                    .orElseThrow());
            assertTrue(lines.get(at).startsWith(rank + ". " + rec.get("id").asText() + "  "), lines.get(at));
            assertFalse(rec.get("evidence").isEmpty(), "every module says why it is where it is: " + rec);
            assertEquals("   " + rec.get("evidence").get(0).asText(), lines.get(at + 2));
            String score = lines.stream().skip(at).filter(l -> l.startsWith("   score ")).findFirst().orElseThrow();
            // JSON keeps 4 decimals and the table 3, each rounded from the score itself: 0.95847 is 0.9585 and 0.958,
            // so the table's figure is within half a thousandth of JSON's, not JSON's rounded again.
            assertTrue(score.matches("   score \\d\\.\\d{3}: .*"), score);
            assertEquals(rec.get("score").asDouble(), Double.parseDouble(score.substring(9, 14)), 0.0005 + 1e-9, score);
            // The parts named are the largest contributions, largest first, and with the rest add up to the score.
            List<Double> contributions = new ArrayList<>();
            rec.get("score_parts").forEach(p -> contributions.add(p.get("contribution").asDouble()));
            contributions.removeIf(c -> c == 0);
            contributions.sort(java.util.Comparator.reverseOrder());
            double sum = 0;
            String[] named = score.substring(score.indexOf(": ") + 2).split(", ");
            for (int i = 0; i < named.length; i++) {
                double shown = Double.parseDouble(named[i].substring(named[i].lastIndexOf(' ') + 1));
                sum += shown;
                if (!named[i].contains(" more ")) {
                    assertEquals(contributions.get(i), shown, 0.0006, score);
                }
            }
            assertEquals(rec.get("score").asDouble(), sum, 0.003, score);
        }
        // Each module of a plan names its step for a program (the first evidence line says it in words), and its
        // score is a share of the best possible: the weights of its parts sum to 1, also for the add-on, which has
        // both relevance and evidence (before, 1.55 by default, so a companion's score could pass 1 unexplained).
        Set<String> steps = Set.of("pattern", "composed", "stand-in", "need", "implied", "pattern-service",
                "dependency", "required-input", "companion", "optional-input", "runner-up", "category", "other");
        for (JsonNode rec : json.get("recommendations")) {
            assertTrue(steps.contains(rec.path("step").asText()), rec.toString());
            double weights = 0;
            for (JsonNode p : rec.get("score_parts")) {
                weights += p.get("weight").asDouble();
            }
            assertEquals(1, weights, 0.0005, rec.toString());
            assertTrue(rec.get("score").asDouble() <= 1, rec.toString());
        }
        // the corrected "kubernets" is planned as "kubernetes" is: the VPC provides the cluster's required vpc_id
        assertEquals("required-input", json.get("recommendations").get(2).get("step").asText(), json::toString);
        JsonNode based = new ObjectMapper().readTree(recommend("--based-on", "eks-standard", "--output", "json").out());
        assertTrue(based.get("recommendations").get(0).path("step").isMissingNode(), "no plan, no step");
        assertTrue(recommend("--based-on", "eks-standard").out().startsWith("Recommended based on eks-standard (by "
                + "score)\n"));
    }

    @Test
    void scoreLine_namesTheLargestParts_largestFirst_andSumsTheRest() {
        Library lib = Alexandria.builder().root(SampleLibrary.path()).noCache().open();
        LibraryModule m = lib.module("s3-basic").orElseThrow();
        // relevance 0.5, maturity 0.15, popularity 0.08, cost 0.1, complexity 0.15 (equal to maturity: part order)
        List<ScorePart> five = List.of(new ScorePart("relevance", 1, 0.5, "r"), new ScorePart("maturity", 1, 0.15, "m"),
                new ScorePart("popularity", 0.8, 0.1, "p"), new ScorePart("cost", 1, 0.1, "c"),
                new ScorePart("complexity", 1, 0.15, "x"));
        assertEquals("score 0.980: relevance 0.500, maturity 0.150, complexity 0.150, 2 more 0.180",
                RecommendCommand.scoreLine(new Recommendation(m, 0.98, five, List.of(), List.of())));
        // Four parts that add something: all named (no "1 more"); a part that adds nothing is left out.
        List<ScorePart> four = List.of(new ScorePart("relevance", 0, 0.55, "r"), new ScorePart("evidence", 0.5, 0.55,
                "e"), new ScorePart("maturity", 0.7, 0.15, "m"), new ScorePart("cost", 1, 0.05, "c"),
                new ScorePart("complexity", 1, 0.15, "x"));
        assertEquals("score 0.530: evidence 0.275, complexity 0.150, maturity 0.105, cost 0.050",
                RecommendCommand.scoreLine(new Recommendation(m, 0.53, four, List.of(), List.of())));
    }

    @Test
    void recommend_deprecatedOnlyWithTheOption() throws IOException {
        ObjectMapper json = new ObjectMapper();
        assertTrue(!ids(json.readTree(recommend("--for", "mysql database", "--limit", "20", "--output", "json")
                .out())).contains("rds-mysql-legacy"));
        // With the option it is considered, and gives way to its replacement, which matches too (named left out).
        JsonNode with = json.readTree(recommend("--for", "mysql database", "--limit", "20", "--include-deprecated",
                "--output", "json").out());
        assertTrue(ids(with).contains("rds-aurora") && !ids(with).contains("rds-mysql-legacy"), with::toString);
        assertEquals("rds-mysql-legacy", with.get("left_out").get(0).get("best").get(0).get("id").asText());
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

    /** A module's folder is taken for --based-on as info and inspect take it, and the list says the module's id. */
    @Test
    void recommend_basedOn_aModuleFolder_isTheModule() {
        Path folder = SampleLibrary.path().resolve("_library/data/databases/rds-postgres");
        Cli.Result byFolder = Cli.onSample(folder).run("recommend", "--based-on", ".");
        assertEquals(0, byFolder.exitCode(), byFolder::toString);
        assertEquals(recommend("--based-on", "rds-postgres").out(), byFolder.out());
        Cli.Result byPath = Cli.onSample(folder.getParent()).run("recommend", "--based-on", "./rds-postgres");
        assertEquals(0, byPath.exitCode(), byPath::toString);
        assertTrue(byPath.out().startsWith("Recommended based on rds-postgres (by score)"), byPath::toString);
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
        assertTrue(level.err().contains("unknown level 'expert'\n  fix: use one of beginner, intermediate, advanced"
                + " (or the tiers basic, standard)"), level::toString);
        // The help names each level's tier; the tier's name asks for the same level.
        assertEquals(recommend("--for", "k8s cluster", "--level", "beginner").out(),
                recommend("--for", "k8s cluster", "--level", "basic").out());
        assertEquals(recommend("--for", "k8s cluster", "--level", "intermediate").out(),
                recommend("--for", "k8s cluster", "--level", "standard").out());
        Cli.Result both = recommend("--for", "vpc", "--based-on", "vpc-standard");
        assertEquals(ExitCode.USAGE, both.exitCode(), both::toString);
    }

    @Test
    void recommendFor_aPatternComesFirst_onlyWhenTheUseCaseAsksForIt() {
        // Issue 12: each came with a pattern first, for one module it composes near the
        // first need (the database, the WAF, a VPC) or a word it shares.
        for (String[] c : new String[][] {{"static website hosting", "s3-basic"}, {"connect three VPCs together",
                "transit-gateway"}, {"run a batch job every night", ""}, {"ddos protection for my public api",
                "apigateway-rest"},
                {"postgress databse for my app", "rds-postgres"}}) {
            Cli.Result r = recommend("--for", c[0]);
            assertEquals(0, r.exitCode(), r::toString);
            // no module of the sample library runs batch jobs: any module may come first, but no pattern
            assertTrue(c[1].isEmpty() || r.out().contains("\n1. " + c[1] + "  "), r::toString);
            assertFalse(r.out().contains("pattern matching the use case"), r::toString);
        }
        // The WAF only mentions DDoS in its README: not the best match for "ddos protection", but what "ddos" implies.
        assertTrue(recommend("--for", "ddos protection for my public api").out()
                .contains("\n   'ddos' implies a web application firewall\n"));
        // The pattern scores within 90% of the best for the one need: its own words say it.
        assertTrue(recommend("--for", "serverless api").out().contains("\n1. web-app-serverless  "));
        // The use case describes the whole system in its own words: the whole text matches the pattern better
        // than any module it composes and than its subject's best answer, though no need alone asks for it
        // (before, the user pool came first; issue 12, outcome-worded use cases).
        assertTrue(recommend("--for", "backend for a single page app with logins").out()
                .contains("\n1. web-app-serverless  "));
        // Each row names its step, so the plan's order reads as one (before: "by score within each step"
        // read as disorder without them).
        Cli.Result web = recommend("--for", "web application with a database");
        assertTrue(web.out().contains("\n1. web-app-ecs  0.907  beta  standard  patterns/multi-tier-app  step "
                + "pattern\n"), web::toString);
        assertTrue(web.out().contains("  step composed\n"), web::toString);
    }

    @Test
    void recommendFor_nothingMatches_namesTheWords_offersSearchsDidYouMean_andExitsZeroAsSearchDoes()
            throws IOException {
        // Before: only "uncovered: zzzz qqqq: no module of the library makes it", nothing on what to try.
        Cli.Result r = recommend("--for", "zzzz qqqq");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(0, Cli.onSample(cwd).run("search", "zzzz qqqq").exitCode(), "search exits 0 on no match too");
        assertEquals("no modules to recommend for 'zzzz qqqq'\nuncovered: zzzz qqqq: no module of the library makes "
                + "it\n  no module of the library matches 'zzzz' or 'qqqq'\n"
                + "  " + RecommendCommand.NOTHING_FIX + "\n", r.out(), r::toString);
        Cli.Result typo = recommend("--for", "vpcc");
        assertTrue(typo.out().contains("\n  did you mean 'vpc'?\n"), typo::toString);
        JsonNode json = new ObjectMapper().readTree(recommend("--for", "vpcc", "--output", "json").out());
        assertEquals("no module of the library matches 'vpcc'", json.get("note").asText());
        assertEquals("vpc", json.get("did_you_mean").asText());
        assertFalse(new ObjectMapper().readTree(recommend("--for", "vpc", "--output", "json").out()).has("note"));
    }

    @Test
    void recommendFor_wordsNoListedModuleAnswers_areNamedUncovered_inTextAndJson() throws IOException {
        // Before, "eks with karpenter and argocd" listed the EKS modules and no uncovered line.
        Cli.Result r = recommend("--for", "eks with karpenter and argocd");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("Recommended for 'eks with karpenter and argocd'"), r::toString);
        assertTrue(r.out().endsWith("uncovered: 'karpenter', 'argocd' — no module in the library mentions them\n"),
                r::toString);
        JsonNode json = new ObjectMapper().readTree(recommend("--for", "eks with karpenter and argocd", "--output",
                "json").out());
        assertEquals("[{\"name\":\"karpenter\",\"kind\":\"word\",\"reason\":\"no module in the library mentions "
                + "it\",\"mentioned_by\":[]},{\"name\":\"argocd\",\"kind\":\"word\",\"reason\":\"no module in the "
                + "library mentions it\",\"mentioned_by\":[]}]", json.get("uncovered").toString());
        Cli.Result one = recommend("--for", "postgres with pgbouncer");
        assertTrue(one.out().endsWith("uncovered: 'pgbouncer' — no module in the library mentions it\n"),
                one::toString);
        assertFalse(new ObjectMapper().readTree(recommend("--for", "vpc with nat gateways", "--output", "json").out())
                .has("uncovered"));
    }

    /**
     * A control character in the use case separates words as a space does: before, "db\u0007" was a need of its own
     * and echoed into a reason ("also for 'db\x07'").
     */
    @Test
    void recommendFor_controlCharacters_separateWords_andAreNeverEchoed() throws IOException {
        Cli.Result r = recommend("--for", "redis cache and db\u0007 and\u001b[31m vpc");
        assertEquals(0, r.exitCode(), r::toString);
        assertFalse(r.out().contains("\\x07") || r.out().contains("\\x1b") || r.out().contains("\u0007"), r::toString);
        assertFalse(new ObjectMapper().readTree(recommend("--for", "db\u0007 cache", "--output", "json").out())
                .toString().contains("\\u0007"));
        Cli.Result blank = recommend("--for", "\u0007\u0007");
        assertEquals(2, blank.exitCode(), blank::toString);
        assertTrue(blank.err().contains("--for: the use case is empty"), blank::toString);
    }

    /** A need given again is read once: before, "best match for 'redis cache' with 'cache' and 'cache' and …". */
    @Test
    void recommendFor_aRepeatedNeed_isReadOnce() {
        Cli.Result r = recommend("--for", "redis cache with cache and cache and Cache and  cache and encryption");
        assertEquals(0, r.exitCode(), r::toString);
        assertFalse(r.out().contains("'cache' and 'cache'"), r::toString);
        assertEquals(1, r.out().split("'cache'", -1).length - 1, r::toString);
    }

    /**
     * Each gap is an object with the reason the table prints: before, {@code uncovered} was bare strings such as
     * "a cdn" and "cloudfront cdn (implied by 'static site')", and scripts had to parse the reason out of the text.
     * A need the use case names itself that is the need it implies ("a cdn", "cloudfront cdn") is one gap, on one
     * line: before, both were printed.
     */
    @Test
    void recommendFor_uncoveredNeeds_areOneStructuredEntryPerGap() throws IOException {
        Cli.Result r = recommend("--for", "static site with a cdn");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("uncovered: cloudfront cdn (implied by 'static site'): no module of the library "
                + "makes it\n"), r::toString);
        assertEquals(1, r.out().split("uncovered: ", -1).length - 1, r::toString);
        JsonNode json = new ObjectMapper().readTree(recommend("--for", "static site with a cdn", "--output", "json")
                .out());
        assertEquals("[{\"name\":\"cloudfront cdn\",\"kind\":\"need\",\"reason\":\"no module of the library makes "
                + "it\",\"implied_by\":\"static site\"}]", json.get("uncovered").toString());
        JsonNode own = new ObjectMapper().readTree(recommend("--for", "quantum teleportation", "--output", "json")
                .out());
        assertEquals("[{\"name\":\"quantum teleportation\",\"kind\":\"need\",\"reason\":\"no module of the "
                + "library makes it\"}]", own.get("uncovered").toString());
    }

    @Test
    void recommendFor_aUseCaseNoModuleIsMadeFor_namesItsNeedsUncovered_andTheEnvironmentIsNoNeed() {
        Cli.Result cobol = recommend("--for", "a mainframe COBOL batch system");
        assertEquals(0, cobol.exitCode(), cobol::toString);
        assertEquals("no modules to recommend for 'a mainframe COBOL batch system'\nuncovered: a mainframe COBOL batch "
                + "system: no module of the library makes it\n  no module of the library matches 'mainframe' or "
                + "'cobol'; 'batch', 'system' match only modules made for something else\n"
                + "  " + RecommendCommand.NOTHING_FIX + "\n", cobol.out());
        assertTrue(recommend("--for", "wordpress blog").out().startsWith("no modules to recommend for 'wordpress blog'"
                + "\nuncovered: wordpress blog: no module of the library makes it\n  no module of the library matches "
                + "'wordpress' or 'blog'\n"));
        Cli.Result dev = recommend("--for", "a simple network for a dev account", "--level", "beginner");
        assertTrue(dev.out().contains("\n1. vpc-basic  "), dev::toString);
        assertFalse(dev.out().contains("'account'"), dev::toString);
    }

    @Test
    void basedOnADeprecatedModule_saysSoUnderTheHeader_andListsItsDeclaredReplacementFirst() {
        Cli.Result r = recommend("--based-on", "rds-mysql-legacy");
        assertTrue(r.out().startsWith("Recommended based on rds-mysql-legacy (by score)\n"
                + "rds-mysql-legacy is deprecated: use rds-aurora instead\n1. rds-aurora  "), r::toString);
        assertTrue(r.out().contains("its declared replacement: rds-mysql-legacy is deprecated"), r::toString);
        assertFalse(recommend("--based-on", "rds-postgres").out().contains(" is deprecated"));
    }

}
