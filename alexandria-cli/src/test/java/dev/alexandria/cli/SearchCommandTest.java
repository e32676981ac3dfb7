package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import dev.alexandria.examples.SampleLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alexandria search} over the bundled sample library (with the Lucene backend) and a small fixture. */
class SearchCommandTest {

    @TempDir
    Path cwd;

    private Cli.Result search(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "search";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.onSample(cwd).run(all);
    }

    private static List<String> ids(String json) throws IOException {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(json).get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void search_putsTheModuleForTheNeedFirst_withWhyItMatched() {
        Cli.Result r = search("vpc multi-az", "--limit", "3");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("1. vpc-standard  "), r::toString);
        assertTrue(r.out().contains("   name: Standard [VPC] [vpc]-standard\n"), r::toString);
        assertTrue(r.out().contains("1-3 of "), r::toString);
        assertTrue(r.out().contains("; --offset 3 for more\n"), r::toString);
    }

    /** "no NAT" says the module has none: it is no mention of NAT, and is never marked as the reason of a hit. */
    @Test
    void search_whatAModuleSaysItLacks_isNoMatch() throws IOException {
        List<String> ids = ids(search("vpc with nat gateway and private subnets", "--output", "json").out());
        assertEquals("vpc-standard", ids.get(0), ids::toString);
        assertTrue(ids.indexOf("vpc-basic") > ids.indexOf("vpc-standard"), ids::toString);
        Cli.Result r = search("vpc with nat gateway and private subnets");
        assertFalse(r.out().contains("no [NAT]"), r::toString);
    }

    @Test
    void search_misspelledWord_isCorrectedAndSaysSo() {
        Cli.Result r = search("postgress", "--limit", "1");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("searched for 'postgres' (for 'postgress')\n1. rds-postgres  "), r::toString);
        // a typo the stemmer matches ("kubernets" stems as "kubernetes") says so as well, and finds the same
        Cli.Result stemmed = search("kubernets", "--limit", "2");
        Cli.Result corrected = search("kubernetis", "--limit", "2");
        assertTrue(stemmed.out().startsWith("searched for 'kubernetes' (for 'kubernets')\n1. eks-"), stemmed::toString);
        assertEquals(corrected.out().replace("kubernetis", "kubernets"), stemmed.out());
        // a plural the index has only in the singular is no typo
        Cli.Result plural = search("subnets", "--limit", "1");
        assertFalse(plural.out().startsWith("searched for"), plural::toString);
    }

    /**
     * A read replica is named as database modules describe it: the sample's Aurora cluster has "readers" and a
     * reader endpoint, and is found first; before, the words apart found DynamoDB's global-table replicas and a
     * secret's cross-region replicas first, and no Aurora.
     */
    @Test
    void search_readReplicas_findTheClusterWithAReaderEndpoint() throws IOException {
        List<String> ids = ids(search("read replicas", "--output", "json").out());
        assertEquals("rds-aurora", ids.get(0), ids::toString);
        assertFalse(ids.contains("secretsmanager"), ids::toString);
    }

    @Test
    void search_abbreviations_findTheirModules() throws IOException {
        assertTrue(ids(search("k8s", "--limit", "3", "--output", "json").out()).contains("eks-standard"));
        assertEquals("rds-postgres", ids(search("pg", "--limit", "1", "--output", "json").out()).get(0));
    }

    /**
     * A server is a machine (EC2, a virtual machine), but not in "server-side encryption" or "name server": the
     * vocabulary knows those phrases, and a query's longest match wins, so they are not widened to EC2 (trial
     * finding, issue 11: `search server` listed S3 buckets for their server-side encryption and no EC2 module).
     */
    @Test
    void search_server_findsMachines_butNotInThePhrasesWhoseServerIsNone() throws IOException {
        assertEquals(List.of("ec2-basic", "ec2-autoscaling"),
                ids(search("server", "--limit", "2", "--output", "json").out()));
        assertEquals("ec2-basic", ids(search("web server", "--limit", "1", "--output", "json").out()).get(0));
        assertFalse(ids(search("server-side encryption", "--limit", "5", "--output", "json").out())
                .stream().anyMatch(id -> id.startsWith("ec2-")));
        assertEquals("dns", ids(search("name servers", "--limit", "1", "--output", "json").out()).get(0));
    }

    @Test
    void search_querySyntaxAndHugeText_arePlainWords() {
        for (String text : List.of("\"(vpc:* AND ~nat) OR", "*", ":", "AND", "", "  ", "x".repeat(10_000),
                "vpc ".repeat(2_500))) {
            Cli.Result r = search(text, "--limit", "2");
            assertEquals(0, r.exitCode(), () -> text.substring(0, Math.min(20, text.length())) + r);
            assertFalse(r.err().contains("Exception"), r::toString);
        }
    }

    @Test
    void usagePricedCost_isShownAsFixedPartPlusUsage_inSearchCompareAndJson() throws IOException {
        Cli.Result r = search("private database with automatic backups", "--limit", "8");
        assertEquals(0, r.exitCode(), r::toString);
        String dynamodb = r.out().lines().filter(l -> l.matches("\\d+\\. dynamodb  .*")).findFirst().orElseThrow();
        assertTrue(dynamodb.endsWith("  $0.00/month + usage"), r::toString);
        Cli.Result capped = search("database", "--cost-max", "1");
        assertTrue(capped.out().contains("; --cost-max compares a '+ usage' module by its fixed part\n"),
                capped::toString);
        JsonNode hits = new ObjectMapper().readTree(search("dynamodb", "--output", "json").out()).get("hits");
        JsonNode cost = hits.get(0).get("module").get("registry").get("cost");
        assertEquals("dynamodb", hits.get(0).get("id").asText());
        assertTrue(cost.get("usage_priced").isBoolean() && cost.get("usage_priced").asBoolean(), cost::toString);
        Cli.Result compare = Cli.onSample(cwd).run("compare", "dynamodb", "ec2-basic");
        assertTrue(compare.out().contains("$0.00 + usage (low)"), compare::toString);
        assertTrue(compare.out().contains("$9.19 (low)"), compare::toString);
        JsonNode both = new ObjectMapper().readTree(Cli.onSample(cwd).run("compare", "dynamodb", "ec2-basic",
                "--output", "json").out());
        assertEquals("[true, false]", both.findValues("usage_priced").toString(), both::toString);
    }

    @Test
    void search_filtersCombine() throws IOException {
        Cli.Result r = search("database", "--category", "data/databases", "--maturity", "stable",
                "--complexity", "standard,advanced", "--cost-max", "200", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("total").asLong() > 0, r::toString);
        for (JsonNode hit : json.get("hits")) {
            JsonNode m = hit.get("module");
            assertEquals("data/databases", m.get("metadata").get("category").asText(), r::toString);
            assertTrue(List.of("stable", "mature").contains(m.get("metadata").get("maturity").asText()), r::toString);
            assertTrue(List.of("standard", "advanced").contains(m.get("complexity").asText()), r::toString);
        }
        List<String> ids = ids(r.out());
        assertTrue(ids.contains("rds-postgres"), r::toString);
        assertFalse(ids.contains("rds-aurora"), "beta: below --maturity stable");
        assertFalse(ids.contains("rds-mysql-legacy"), "deprecated");
    }

    @Test
    void search_tags_matchChildTagsAndSynonyms() throws IOException {
        Cli.Result byTag = search("--tags", "postgres", "--limit", "50", "--output", "json");
        assertEquals(0, byTag.exitCode(), byTag::toString);
        assertTrue(ids(byTag.out()).contains("rds-postgres"), byTag::toString);
    }

    @Test
    void search_deprecatedOnlyWhenAsked_withItsReplacement() throws IOException {
        assertFalse(ids(search("mysql", "--limit", "50", "--output", "json").out()).contains("rds-mysql-legacy"));
        Cli.Result r = search("mysql legacy", "--include-deprecated", "--limit", "1");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("1. rds-mysql-legacy  "), r::toString);
        assertTrue(r.out().contains("   deprecated: use rds-aurora instead\n"), r::toString);
    }

    /**
     * A match the default filter left out is said, with its replacement and the option that shows it, in the table
     * and in JSON (issue 11: `search mysql` said nothing of the deprecated exact match).
     */
    @Test
    void search_deprecatedMatchLeftOut_isSaid() throws IOException {
        Cli.Result r = search("mysql");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\n1 module matches but is deprecated: rds-mysql-legacy (replaced by "
                + "rds-aurora); --include-deprecated shows it\n"), r::toString);
        JsonNode json = new ObjectMapper().readTree(search("mysql", "--output", "json").out());
        JsonNode l = json.get("left_out").get(0);
        assertEquals("deprecated", l.get("condition").asText());
        assertEquals(1, l.get("count").asLong());
        assertEquals("rds-mysql-legacy", l.get("best").get(0).get("id").asText());
        assertEquals("rds-aurora", l.get("best").get(0).get("replacement").asText());
        assertFalse(search("mysql", "--include-deprecated").out().contains("but is deprecated"));
        Cli.Result none = search("mysql", "--maturity", "mature");
        assertTrue(none.out().endsWith("\n1 module matches but is not mature: rds-aurora (beta); "
                + "a lower --maturity shows it\n"), none::toString);
    }

    /**
     * "static website" and "static site" found nothing and "host a website" no S3 module (issue 11): the vocabulary
     * knows them as S3 website hosting.
     */
    @Test
    void search_staticWebsite_findsS3() throws IOException {
        for (String q : List.of("static website", "static site", "host a website")) {
            List<String> ids = ids(search(q, "--output", "json").out());
            assertTrue(ids.indexOf("s3-basic") >= 0 && ids.indexOf("s3-basic") < 3, q + ": " + ids);
        }
    }

    /**
     * Files users upload are objects in a bucket: "store" of the query is a word of SSM Parameter Store's name and
     * "user" of Cognito's user pool, but the S3 modules are what the need is about.
     */
    @Test
    void search_userUploads_findsTheBucketsFirst() throws IOException {
        List<String> ids = ids(search("store user uploads privately", "--limit", "2", "--output", "json").out());
        assertEquals(List.of("s3-basic", "s3-advanced"), ids);
    }

    /** With Lucene too: eks-addons' description names eks-standard, which it requires; that is no match of it. */
    @Test
    void search_aRequiredModulesIdInTheDescription_isNoMatchOfIt() throws IOException {
        for (String q : List.of("k8s", "kubernetes", "kubernetis")) {
            List<String> ids = ids(search(q, "--output", "json").out());
            assertTrue(ids.indexOf("eks-standard") >= 0 && ids.indexOf("eks-standard") < ids.indexOf("eks-addons"),
                    q + ": " + ids);
        }
    }

    /**
     * One level is that level or above; a comma-separated list is exactly those levels (a first-time user read
     * {@code --maturity beta,mature} as beta and mature, and got beta, stable and mature: issue 11).
     */
    @Test
    void search_maturityList_isExactlyThoseLevels() throws IOException {
        assertTrue(lastLine(search("postgres", "--maturity", "beta,stable")).startsWith("2 modules match but are not "
                + "beta or stable: rds-postgres (mature), securitygroup (mature); adding their levels to --maturity "
                + "shows them"));
        Cli.Result json = search("postgres", "--maturity", "beta,stable", "--output", "json");
        JsonNode l = new ObjectMapper().readTree(json.out()).get("left_out").get(0);
        assertEquals("maturity", l.get("condition").asText(), json::toString);
        assertEquals("beta,stable", l.get("value").asText(), json::toString);
        assertEquals("stable,mature", new ObjectMapper().readTree(search("mysql", "--maturity", "stable", "--output",
                "json").out()).get("left_out").get(0).get("value").asText());
        assertFalse(search("postgres", "--maturity", "beta+,stable").out().contains("adding their levels to --maturity"),
                "an item written LEVEL+ is that level or above in a list too");
    }

    /**
     * Each left-out line reads as a sentence for every condition: "N modules match but <what they are>: <the best>;
     * <the option that shows them>" (trial, issue 11: "1 module below or outside --maturity mature matches too").
     */
    @Test
    void search_leftOutLines_readAsSentences_forEveryCondition() throws IOException {
        assertEquals("1 module matches but is less mature than stable: rds-aurora (beta); a lower --maturity shows it",
                lastLine(search("mysql", "--maturity", "stable")));
        assertTrue(lastLine(search("postgres", "--maturity", "=beta")).startsWith("2 modules match but are not "
                + "beta: rds-postgres (mature), securitygroup (mature); adding their levels to --maturity shows them"));
        assertEquals("1 module matches but is not stable: rds-aurora (beta); adding its level to --maturity "
                + "shows it", lastLine(search("mysql", "--maturity", "=stable")));
        assertTrue(lastLine(search("database", "--category", "compute")).matches("\\d+ modules match but are "
                + "outside compute: rds-aurora \\(data/databases\\), .*; without --category the search shows them"));
        assertTrue(lastLine(search("database", "--complexity", "basic,advanced")).matches("\\d+ modules match but "
                + "are not basic or advanced: rds-aurora \\(standard\\), .*; without --complexity the search shows "
                + "them"));
        assertTrue(lastLine(search("database", "--tags", "encryption")).matches("\\d+ modules match but are not "
                + "tagged encryption: rds-aurora, .*; without encryption in --tags the search shows them"));
        assertEquals("5 modules match but cost more than $50.00/month: rds-aurora ($87.60 + usage), "
                + "rds-postgres ($105.67 + usage), web-app-ecs ($372.00 + usage), …; a higher --cost-max shows them",
                lastLine(search("database", "--cost-max", "50")));
    }

    private static String lastLine(Cli.Result r) {
        String[] lines = r.out().split("\n");
        return lines[lines.length - 1];
    }

    /**
     * A hit whose HCL does not parse: the answer is printed with the hit marked, then its errors with their fix, and
     * exit 1, as info and status do for such a module (issue 11: search returned it silently).
     */
    @Test
    void search_hitWhoseHclDoesNotParse_isMarked_itsErrorNamed_exit1() throws IOException {
        String lib = Cli.fixture("hcl-error").toString();
        Cli.Result r = Cli.in(cwd).run("search", "net", "--library", lib);
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("1. net-basic  "), r::toString);
        assertTrue(r.out().contains("\n   error: its HCL does not parse, so what is known of its interface is "
                + "incomplete (see below)\n"), r::toString);
        assertEquals(1, r.out().split("error: its HCL", -1).length - 1, "net-peering parses: " + r);
        assertTrue(r.err().startsWith("error: _library/foundations/networking/net-basic/main.tf:4:16: Invalid"
                + " expression: "), r::toString);
        assertTrue(r.err().endsWith("alexandria: error: net-basic: 1 error in the HCL, so the answer above leaves out "
                + "the part in error\n  fix: correct the HCL at the line above ('alexandria inspect net-basic' shows it "
                + "too), then run the command again\n"), r::toString);
        JsonNode json = new ObjectMapper().readTree(Cli.in(cwd).run("search", "net", "--library", lib, "--output",
                "json").out());
        assertTrue(json.get("hits").get(0).get("hcl_errors").asBoolean(), json::toString);
        assertFalse(json.get("hits").get(1).get("hcl_errors").asBoolean(), json::toString);
        Cli.Result clean = Cli.in(cwd).run("search", "peering", "--library", lib);
        assertEquals(0, clean.exitCode(), "no hit in error: " + clean);
    }

    /** "automatic" is "automated", which the stemmer reads apart (RDS's "automated backups"). Trial, issue 11. */
    @Test
    void search_synonymsOfTheVocabulary_shareTheirNarrowerTerms() throws IOException {
        assertEquals("eventbridge-bus", ids(search("cron", "--limit", "1", "--output", "json").out()).get(0));
        Cli.Result r = search("automatic backups", "--limit", "3");
        assertTrue(r.out().contains("[automated] [backups]"), r::toString);
    }

    @Test
    void search_archivedOnlyWhenAsked_markedWithItsReplacement() throws IOException {
        Path lib = cwd.resolve("lib");
        Cli.copy(SampleLibrary.path(), lib);
        Path md = lib.resolve("_library/data/databases/rds-mysql-legacy/.alexandria.yaml");
        Files.writeString(md, Files.readString(md).replace("\nmaturity: deprecated\n", "\nmaturity: archived\n"));
        Cli cli = Cli.in(cwd).env("ALEXANDRIA_CACHE_DIR", cwd.resolve("cache").toString());
        Cli.Result without = cli.run("search", "mysql legacy", "--library", lib.toString(), "--include-deprecated",
                "--limit", "50", "--output", "json");
        assertEquals(0, without.exitCode(), without::toString);
        assertFalse(ids(without.out()).contains("rds-mysql-legacy"), without::toString);
        Cli.Result with = cli.run("search", "mysql legacy", "--library", lib.toString(), "--include-archived",
                "--limit", "1");
        assertEquals(0, with.exitCode(), with::toString);
        assertTrue(with.out().startsWith("1. rds-mysql-legacy  1.9.4  archived  "), with::toString);
        assertTrue(with.out().contains("   archived: use rds-aurora instead\n"), with::toString);
        JsonNode hit = new ObjectMapper().readTree(cli.run("search", "mysql legacy", "--library", lib.toString(),
                "--include-archived", "--limit", "1", "--output", "json").out()).get("hits").get(0);
        assertEquals("rds-mysql-legacy", hit.get("id").asText());
        assertTrue(hit.get("archived").asBoolean());
        assertFalse(hit.get("deprecated").asBoolean());
    }

    @Test
    void search_partialRegistryCost_isShownAsALowerBound() throws IOException {
        Path lib = cwd.resolve("lib");
        Cli.copy(SampleLibrary.path(), lib);
        Path registry = lib.resolve("_catalog/module-registry.yaml");
        Files.writeString(registry, Files.readString(registry).replace("      estimated_cost: 98.6\n      cost_category:"
                + " medium\n", "      estimated_cost: 98.6\n      cost_category: medium\n      partial: true\n"));
        Cli cli = Cli.in(cwd).env("ALEXANDRIA_CACHE_DIR", cwd.resolve("cache").toString());
        Cli.Result r = cli.run("search", "vpc multi-az", "--library", lib.toString(), "--limit", "1");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("1. vpc-standard  "), r::toString);
        assertTrue(r.out().lines().findFirst().orElseThrow().endsWith("  at least $98.60/month + usage"), r::toString);
    }

    @Test
    void search_pages_withOffset() throws IOException {
        List<String> first = ids(search("", "--sort", "popularity", "--limit", "4", "--output", "json").out());
        List<String> second = ids(search("", "--sort", "popularity", "--limit", "2", "--offset", "2", "--output",
                "json").out());
        assertEquals(first.subList(2, 4), second);
    }

    @Test
    void search_sortedTable_showsTheValueSortedOn_unknownLast() {
        String minimal = Cli.fixture("minimal").toString();
        for (String[] sortAndFirst : new String[][] {{"popularity", "250 downloads"}, {"rating", "rating 4.5"},
                {"updated", "updated 2026-10-01"}}) {
            Cli.Result r = Cli.in(cwd).run("search", "--library", minimal, "--sort", sortAndFirst[0]);
            assertEquals(0, r.exitCode(), r::toString);
            List<String> firstLines = r.out().lines().filter(l -> l.matches("\\d+\\. .*")).toList();
            assertEquals(3, firstLines.size(), r::toString);
            assertTrue(firstLines.get(0).endsWith("  " + sortAndFirst[1]), r::toString);
            assertTrue(firstLines.get(2).endsWith(" unknown"), r::toString);
        }
        Cli.Result relevance = Cli.in(cwd).run("search", "--library", minimal);
        assertFalse(relevance.out().contains("downloads"), relevance::toString);
        for (String sort : List.of("relevance", "popularity")) {
            Cli.Result json = Cli.in(cwd).run("search", "--library", minimal, "--sort", sort, "--output", "json");
            assertTrue(json.out().contains("\n  \"sort\": \"" + sort + "\",\n"), json::toString);
        }
    }

    @Test
    void search_json_roundsScoresToFourPlaces() throws IOException {
        new ObjectMapper().readTree(search("vpc multi-az", "--output", "json").out()).get("hits").forEach(h -> {
            double score = h.get("score").asDouble();
            assertTrue(score > 0, h::toString);
            assertEquals(RecommendCommand.rounded(score), score, h::toString);
        });
    }

    @Test
    void search_costMax_leavesOutModulesWithoutACostAndCountsThem() {
        Cli.Result r = Cli.in(cwd).run("search", "--library", Cli.fixture("minimal").toString(), "--cost-max", "100");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("1. net-basic  "), r::toString);
        assertTrue(r.out().endsWith("1-1 of 1 module; 2 modules without a cost estimate left out by --cost-max\n"),
                r::toString);
    }

    @Test
    void search_json_hasHitsHighlightsAndFacets() throws IOException {
        Cli.Result r = search("nat gateway", "--limit", "2", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("nat gateway", json.get("query").asText());
        assertEquals("alexandria-lucene", json.get("backend").asText());
        assertEquals(2, json.get("hits").size());
        assertFalse(json.get("hits").get(0).get("highlights").isEmpty(), r::toString);
        assertTrue(json.get("facets").get("layer").size() > 0, r::toString);
        assertTrue(json.get("facets").has("cost_category"), r::toString);
    }

    @Test
    void search_facets_printedWhenAsked() {
        Cli.Result r = search("vpc", "--facets", "--limit", "1");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\nFacets (modules per value)\n  layer      foundations "), r::toString);
        assertTrue(r.out().contains("\n  maturity   "), r::toString);
    }

    @Test
    void search_unknownTag_isAUsageErrorThatSuggestsTheClosest() {
        Cli.Result r = search("vpc", "--tags", "netwrking");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: unknown tag 'netwrking': it is not declared in _catalog/tags.yaml\n"
                + "  fix: did you mean 'networking'?\n", r.err());
    }

    /**
     * A tag near no declared one gets no suggestion, a tag the text begins (or that begins it) is suggested: before,
     * "nosuchtag" was offered the three tags least far from it, none of them related.
     */
    @Test
    void search_unknownTagNearNone_suggestsNothing_butATagItBegins() {
        Cli.Result r = search("vpc", "--tags", "networking,nosuchtag");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: unknown tag 'nosuchtag': it is not declared in _catalog/tags.yaml\n"
                + "  fix: see _catalog/tags.yaml for the tags\n", r.err());
        Cli.Result prefix = search("vpc", "--tags", "observ");
        assertTrue(prefix.err().contains("fix: did you mean 'observability'?"), prefix::toString);
    }

    /**
     * A search without words lists what its filters keep: the rest of the library is not "matching but outside"
     * them; when the filters keep nothing, each says what it found none of.
     */
    @Test
    void search_filtersOnly_sayWhatTheyFoundNoneOf() {
        Cli.Result r = search("--tags", "networking", "--category", "data");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("no module passes the filters\n"), r::toString);
        assertTrue(r.out().contains("the other filters keep, none is tagged networking; without networking in --tags "
                + "the search shows them\n"), r::toString);
        assertFalse(r.out().contains("match but"), r::toString);
        Cli.Result category = search("--category", "data/databases");
        assertTrue(category.out().startsWith("1. "), category::toString);
        assertFalse(category.out().contains("outside data/databases"), category::toString);
    }

    /** A category named by its last part is suggested in full, as the one meant. */
    @Test
    void search_categoryNamedByItsLastPart_suggestsTheCategory() {
        Cli.Result r = search("database", "--category", "databases");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("did you mean 'data/databases'?"), r::toString);
    }

    /** AND, OR, NOT and parentheses are no operators: the table says they were read as words, once. */
    @Test
    void search_booleanSyntax_isSaidToBeReadAsWords() {
        Cli.Result r = search("(eks OR ecs) AND NOT fargate");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("note: search has no operators: AND, OR, NOT"), r::toString);
        assertEquals(1, r.out().split("no operators", -1).length - 1, r::toString);
        assertFalse(search("eks or ecs").out().contains("no operators"));
        assertFalse(search("not-encrypted bucket").out().contains("no operators"));
    }

    /** An empty filter value is refused as --maturity '' is: before, --category '' was silently ignored. */
    @Test
    void search_emptyCategoryOrTag_isAUsageErrorNamingTheOption() {
        for (String option : List.of("--category", "--tags")) {
            Cli.Result r = search("vpc", option, "");
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().startsWith("alexandria: error: " + option + " has an empty value"), r.err());
            assertTrue(r.err().contains("or leave " + option + " out"), r.err());
        }
        Cli.Result between = search("vpc", "--category", "compute,,data");
        assertEquals(2, between.exitCode(), between::toString);
        Cli.Result browse = Cli.onSample(cwd).run("browse", "--category", "");
        assertEquals(2, browse.exitCode(), browse::toString);
        assertTrue(browse.err().startsWith("alexandria: error: --category has an empty value"), browse.err());
    }

    @Test
    void search_unknownValues_areUsageErrorsListingTheValidOnes() {
        Cli.Result sort = search("vpc", "--sort", "stars");
        assertEquals(2, sort.exitCode(), sort::toString);
        assertTrue(sort.err().contains("unknown sort 'stars'\n  fix: use one of relevance, popularity, rating, updated"),
                sort::toString);
        Cli.Result tier = search("vpc", "--complexity", "huge");
        assertEquals(2, tier.exitCode(), tier::toString);
        assertTrue(tier.err().contains("unknown complexity 'huge'\n  fix: use one of basic, standard, advanced"),
                tier::toString);
        Cli.Result category = search("vpc", "--category", "nowhere/else");
        assertEquals(2, category.exitCode(), category::toString);
        assertFalse(category.err().contains("Exception"), category::toString);
        assertTrue(category.err().startsWith("alexandria: error: --category 'nowhere/else' is no layer or category of "
                + "the library\n  fix: use a layer ("), category::toString);
        Cli.Result huge = search("vpc", "--cost-max", "1e400", "--limit", "1");
        assertEquals(0, huge.exitCode(), huge::toString);
        Cli.Result notANumber = search("vpc", "--cost-max", "cheap");
        assertEquals(2, notANumber.exitCode(), notANumber::toString);
        assertEquals("alexandria: error: --cost-max: 'cheap' is not a number of USD per month\n"
                + "  fix: give one such as 100 or 99.50\n", notANumber.err());
        Cli.Result level = search("vpc", "--maturity", "deprecated");
        assertEquals(2, level.exitCode(), level::toString);
        assertEquals("alexandria: error: --maturity: 'deprecated' is no active level (experimental, alpha, beta, "
                + "stable, mature)\n  fix: use --include-deprecated to see deprecated modules, --include-archived "
                + "for archived ones\n", level.err());
        Cli.Result limit = search("vpc", "--limit", "0");
        assertEquals(2, limit.exitCode(), limit::toString);
        assertEquals("alexandria: error: --limit: 0 is too small\n  fix: give a whole number from 1 to 2147483647\n",
                limit.err());
    }

    /** Every whole-number option says its range: a number too large is not "not a whole number". */
    @Test
    void wholeNumberOptions_outOfRangeSayTheRange_andNonNumbersSayNotAWholeNumber() {
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("search", "vpc", "--limit", "99999999999"), "--limit: 99999999999 is too large\n"
                + "  fix: give a whole number from 1 to 2147483647\n");
        cases.put(List.of("search", "vpc", "--limit", "2147483648"), "--limit: 2147483648 is too large\n"
                + "  fix: give a whole number from 1 to 2147483647\n");
        cases.put(List.of("search", "vpc", "--limit", "-3"), "--limit: -3 is too small\n"
                + "  fix: give a whole number from 1 to 2147483647\n");
        cases.put(List.of("search", "vpc", "--offset", "-1"), "--offset: -1 is too small\n"
                + "  fix: give a whole number from 0 to 2147483647\n");
        cases.put(List.of("search", "vpc", "--offset", "99999999999999999999999"), "--offset: "
                + "99999999999999999999999 is too large\n  fix: give a whole number from 0 to 2147483647\n");
        cases.put(List.of("search", "vpc", "--offset", "1.5"), "--offset: '1.5' is not a whole number\n"
                + "  fix: give a whole number from 0 to 2147483647\n");
        cases.put(List.of("recommend", "--for", "vpc", "--limit", "99999999999"), "--limit: 99999999999 is too "
                + "large\n  fix: give a whole number from 1 to 2147483647\n");
        cases.put(List.of("recommend", "--for", "vpc", "--limit", "ten"), "--limit: 'ten' is not a whole number\n"
                + "  fix: give a whole number from 1 to 2147483647\n");
        cases.put(List.of("dependencies", "kms", "--depth", "99999999999"), "--depth: 99999999999 is too large\n"
                + "  fix: give a whole number from 1 to 2147483647\n");
        cases.forEach((args, err) -> {
            Cli.Result r = Cli.onSample(cwd).run(args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), r::toString);
            assertEquals("alexandria: error: " + err, r.err(), r::toString);
        });
        // the largest value is taken: a page past the end, or every module
        Cli.Result last = search("vpc", "--offset", "2147483647", "--limit", "2147483647");
        assertEquals(0, last.exitCode(), last::toString);
        Cli.Result plus = search("vpc", "--limit", "+2");
        assertEquals(0, plus.exitCode(), plus::toString);
    }

    @Test
    void stopWordOnlyQueries_matchNothingAndSayWhy() throws IOException {
        for (String text : List.of("a", "the", "how do I", "A")) {
            assertNothingToSearch(text, "words as common as 'a', 'the', 'how' or 'with' are left out of every query");
        }
        Cli.Result json = search("a", "--output", "json");
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertEquals(0, tree.get("total").asInt(), json::toString);
        assertEquals(0, tree.get("hits").size(), json::toString);
        assertTrue(tree.get("note").asText().contains("has no word to search for"), json::toString);
    }

    @Test
    void punctuationOrSymbolOnlyQueries_matchNothingAndSayWhy() {
        // Not every module listed as if it matched: a text with no letter or digit has nothing to search for.
        for (String text : List.of("((((", "\uD83D\uDE42", "*", ":", "~ !")) {
            assertNothingToSearch(text,
                    "it has no letter or digit, and punctuation and symbols are left out of every query");
        }
        assertTrue(search("   ", "--limit", "1").out().startsWith("1. "), "a blank text still lists every module");
    }

    @Test
    void aTextMatchingNothing_offersTheNearestModuleWords_inTextAndJson() throws IOException {
        Cli.Result text = search("vppc");
        assertEquals(0, text.exitCode(), text::toString);
        assertEquals("no modules match: no module mentions 'vppc'\ndid you mean 'vpc'?\n", text.out(), text::toString);
        JsonNode tree = new ObjectMapper().readTree(search("vppc", "--output", "json").out());
        assertEquals(0, tree.get("total").asInt(), tree::toString);
        assertEquals("vpc", tree.get("did_you_mean").asText(), tree::toString);
        assertTrue(new ObjectMapper().readTree(search("vpc", "--output", "json").out()).get("did_you_mean").isNull());
    }

    @Test
    void aTextNoModuleMentions_namesItsWords_andWhatToSearchInstead_inTextAndJson() throws IOException {
        String fix = "  fix: search for what the module does or the service it is for, such as 'rds', 'vpc', "
                + "'cloudwatch', or list the modules with 'alexandria browse'\n";
        for (String q : List.of("zzzz qqqq", "the zzzz and qqqq")) {
            Cli.Result r = search(q);
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("no modules match: no module mentions 'zzzz' or 'qqqq'\n" + fix, r.out(), r::toString);
        }
        Cli.Result cjk = search("数据库");
        assertEquals("no modules match: no module mentions '数据库'\n" + fix, cjk.out(), cjk::toString);
        // no close spelling of "cobol": no suggestion (it was "mainframe pool", found through "pool" only)
        Cli.Result cobol = search("mainframe cobol");
        assertEquals("no modules match: no module mentions 'mainframe' or 'cobol'\n" + fix, cobol.out(),
                cobol::toString);
        JsonNode tree = new ObjectMapper().readTree(search("zzzz qqqq", "--output", "json").out());
        assertTrue(tree.get("did_you_mean").isNull(), tree::toString);
        assertEquals("[\"zzzz\",\"qqqq\"]", tree.get("unmatched").toString(), tree::toString);
        assertEquals("[]", new ObjectMapper().readTree(search("vpc", "--output", "json").out()).get("unmatched")
                .toString());
    }

    /** The text matches nothing, exits 0 and says why ({@code why}) and what to do instead. */
    private void assertNothingToSearch(String text, String why) {
        Cli.Result r = search(text);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("no modules match: '" + text + "' has no word to search for (" + why + ")\n"
                + "  fix: search for what the module does or is called (vpc, postgres, k8s), or list modules with"
                + " 'alexandria browse'\n", r.out(), text);
    }

    @Test
    void aOneLetterWordThatIsNoStopWord_isSearchedFor_andAnEmptyQueryStillListsEveryModule() {
        Cli.Result x = search("x", "--limit", "1");
        assertTrue(x.out().startsWith("1. xray "), x::toString);
        Cli.Result empty = search("", "--limit", "1");
        assertTrue(empty.out().startsWith("1. "), empty::toString);
    }

    @Test
    void search_unknownMaturity_suggestsTheClosestAndListsOnlyTheLevelsItTakes() {
        Cli.Result r = search("vpc", "--maturity", "stabel");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: --maturity: unknown maturity 'stabel'\n"
                + "  fix: did you mean 'stable'? Or use one of experimental, alpha, beta, stable, mature (LEVEL alone or "
                + "LEVEL+: that level or above; a list a,b or =LEVEL: those levels only)\n", r.err());
    }

    @Test
    void search_enumeratedOptions_suggestTheClosestValue() {
        assertTrue(search("vpc", "--sort", "popularty").err().contains("unknown sort 'popularty'\n"
                + "  fix: did you mean 'popularity'? Or use one of relevance, popularity, rating, updated\n"));
        assertTrue(search("vpc", "--complexity", "standrd").err().contains("fix: did you mean 'standard'?"));
        Cli.Result category = search("vpc", "--category", "comput");
        assertEquals(2, category.exitCode(), category::toString);
        assertTrue(category.err().startsWith("alexandria: error: --category 'comput' is no layer or category of the "
                + "library\n  fix: did you mean 'compute'? Or use a layer ("), category::toString);
        assertTrue(search("vpc", "--category", "foundations/netwrking").err()
                .contains("fix: did you mean 'foundations/networking'? Or use a layer ("));
    }

    @Test
    void search_categoryList_keepsModulesOfAnyOfThem() throws IOException {
        Cli.Result r = search("backups", "--category", "compute,data/databases", "--limit", "40", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> categories = new ArrayList<>();
        json.get("hits").forEach(h -> categories.add(h.get("module").get("metadata").get("category").asText()));
        assertFalse(categories.isEmpty(), r::toString);
        assertTrue(categories.stream().allMatch(c -> c.startsWith("compute/") || c.equals("data/databases")),
                categories::toString);
        assertTrue(categories.contains("data/databases"), categories::toString);
        Cli.Result one = search("backups", "--category", "data/databases", "--limit", "40", "--output", "json");
        assertTrue(ids(r.out()).containsAll(ids(one.out())), r::toString);
        Cli.Result text = search("vpc", "--category", "compute,data/databases");
        assertTrue(text.out().contains("but are outside compute or data/databases: "), text::toString);
    }

    @Test
    void search_sortOnDataNoModuleHas_saysOnceThatItFallsBackToRelevance() throws IOException {
        Path library = Cli.fixture("validate-clean");
        Cli.Result relevance = Cli.in(cwd).run("search", "--library", library.toString());
        Cli.Result r = Cli.in(cwd).run("search", "--library", library.toString(), "--sort", "popularity");
        assertEquals(0, r.exitCode(), r::toString);
        String note = "no matching module has a download count (metrics of _catalog/module-registry.yaml), so --sort "
                + "popularity falls back to relevance";
        assertTrue(r.out().startsWith(note + "\n"), r::toString);
        assertFalse(r.out().contains("downloads unknown"), r::toString);
        assertEquals(relevance.out(), r.out().substring(note.length() + 1), r::toString);
        Cli.Result json = Cli.in(cwd).run("search", "--library", library.toString(), "--sort", "rating", "--output",
                "json");
        assertEquals("no matching module has a rating (metrics of _catalog/module-registry.yaml), so --sort rating "
                + "falls back to relevance", new ObjectMapper().readTree(json.out()).get("sort_note").asText());
        // where modules have the data, nothing is said
        Cli.Result sample = search("vpc", "--sort", "popularity", "--output", "json");
        assertFalse(new ObjectMapper().readTree(sample.out()).has("sort_note"), sample::toString);
    }

    @Test
    void search_wordsTypedApartForOneServiceWithATypo_searchTheServiceAndSayWhenNoModuleMentionsIt() {
        // "elastic serch" was read as "elastic search": an Elastic IP and file system throughput, and not a word
        // that nothing in the sample library is about Elasticsearch or OpenSearch
        Cli.Result r = search("elastic serch");
        String all = r.out() + r.err();
        assertTrue(all.contains("searched for 'elasticsearch' (for 'elastic serch')"), r::toString);
        assertTrue(all.contains("no module mentions 'elasticsearch'"), r::toString);
        assertFalse(all.contains("1. "), r::toString);
    }

    @Test
    void search_wordThatLooksLikeAnOption_isToldToFollowDoubleDash() {
        Cli.Result r = search("-vpc");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: unknown option -vpc\n  fix: to give -vpc as WORDS, put -- before it: "
                + "'alexandria search -- -vpc' (see 'alexandria search --help')\n", r.err());
        // a misspelled option is still one
        assertTrue(search("vpc", "--limt", "3").err().contains("fix: did you mean --limit?"));
        assertEquals(0, search("--", "-vpc").exitCode());
    }
}
