package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String NET = "_library/foundations/networking/net-core/";

    @TempDir
    Path tmp;

    /** The clean fixture at components/terraform of a git repository. */
    private Path repoLibrary() throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Path lib = repo.resolve("components/terraform");
        Files.createDirectories(lib);
        Cli.copy(Cli.fixture("validate-clean"), lib);
        return lib;
    }

    @Test
    void validate_cleanLibraryPassesAndListsSkippedTools() throws Exception {
        Path lib = repoLibrary();
        Cli.Result r = Cli.in(tmp).run("validate", "--library", lib.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("skipped: alexandria-terraform-validate: not installed: neither terraform nor tofu is on PATH\n"
                + "skipped: alexandria-tflint: not installed: no tflint on PATH\n"
                + "Validated 2 modules with 8 validators: 0 errors, 0 warnings; 2 skipped\n", r.out());
    }

    @Test
    void validate_theSampleLibraryHasNoErrorAndNoWarningIncludingItsDeclaredCosts() {
        Cli.Result r = Cli.onSample(tmp).run("validate");
        assertEquals(0, r.exitCode(), r::toString);
        // The tests extract the sample below target/, inside this project's git work tree, whose repository has
        // none of the sample's release tags: the version-bump rule then says so, as a skip (the launcher
        // extracts it outside git, where the rule has nothing to compare with and says nothing).
        boolean inGit = dev.alexandria.core.internal.versioning.GitDiscovery.mayBeInWorkTree(
                dev.alexandria.examples.SampleLibrary.path());
        assertTrue(r.out().endsWith("Validated 40 modules with 8 validators: 0 errors, 0 warnings, 1 note "
                + "(--verbose lists them); " + (inGit ? 3 : 2) + " skipped\n"), r::toString);
        assertTrue(!r.out().contains("cost-declared") && !r.out().contains("declares a cost"), r::toString);
    }

    @Test
    void validate_aPriceStoreFileThatCannotBeRead_isAnErrorAtItsLine() throws Exception {
        Path lib = repoLibrary();
        Path prices = lib.resolve("_catalog/prices/aws/AmazonEC2");
        Files.createDirectories(prices);
        String header = "service,region,resource_key,unit,usd,effective_date,source,begin_range,end_range";
        Files.writeString(prices.resolve("us-east-1.csv"), header + "\n"
                + "AmazonEC2,us-east-1,ec2:m5.large,Hrs,0.096,2024-13-01,aws-offer,0,\n"
                + "AmazonEC2,us-east-1,ec2:t3.micro,Hrs,cheap,2024-01-01,aws-offer,0,\n");
        Files.writeString(prices.resolve("us-west-2.csv"), "service,region\n");
        Cli.Result r = Cli.in(tmp).run("validate", "--library", lib.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("error: _catalog/prices/aws/AmazonEC2/us-east-1.csv:2:44: effective_date "
                + "'2024-13-01' of ec2:m5.large is not a date (YYYY-MM-DD) [price-store]\n"
                + "  fix: re-import the offer file with alexandria import-prices\n"), r::toString);
        assertTrue(r.out().contains("error: _catalog/prices/aws/AmazonEC2/us-east-1.csv:3:38: usd of ec2:t3.micro is "
                + "'cheap', not a number of 0 or more [price-store]\n  fix: re-import the offer file with alexandria "
                + "import-prices, or correct the cell\n"), r::toString);
        assertTrue(r.out().contains("error: _catalog/prices/aws/AmazonEC2/us-west-2.csv:1:1: the header of a price "
                + "store file is '" + header + "', this one is 'service,region' [price-store]\n  fix: write that "
                + "header, or re-import the offer file with alexandria import-prices\n"), r::toString);
        assertTrue(r.out().endsWith("Validated 2 modules with 8 validators: 3 errors, 0 warnings; 2 skipped\n"),
                r::toString);
    }

    /** A unit no cost model counts in is an error at its cell, in validate and in browse --findings alike. */
    @Test
    void validate_aPriceInAUnitNoCostModelKnows_isAnErrorAtItsCell_asInBrowseFindings() throws Exception {
        Path lib = repoLibrary();
        Path prices = lib.resolve("_catalog/prices/aws/AmazonEC2");
        Files.createDirectories(prices);
        Files.writeString(prices.resolve("us-east-1.csv"), "service,region,resource_key,unit,usd,effective_date,"
                + "source,begin_range,end_range\n"
                + "AmazonEC2,us-east-1,nat-gateway:hour,furlongs,0.045,2024-01-01,test,0,\n"
                + "AmazonEC2,us-east-1,nat-gateway:gb,hrs,0.045,2024-01-01,test,0,\n");
        String furlongs = "error: _catalog/prices/aws/AmazonEC2/us-east-1.csv:2:38: unit of nat-gateway:hour is "
                + "'furlongs', which no cost model counts in";
        String furlongsFix = "  fix: write the unit one usd is for, one of Hrs, GB-Hrs, vCPU-Hrs, ACU-Hr, LCU-Hrs, "
                + "RCU-Hrs, WCU-Hrs, GB-Mo, IOPS-Mo, MiBps-Mo, GiBps-Mo, HostedZone-Mo, HealthCheck-Mo, GB, GB-Seconds,"
                + " Minutes, Requests, ReadRequestUnits, WriteRequestUnits, ReplicatedWriteRequestUnits, IOs, Queries,"
                + " Messages, Notifications, Metrics, Alarms, Secrets, Keys, unit, or re-import the offer file with "
                + "alexandria import-prices\n";
        String hrs = "error: _catalog/prices/aws/AmazonEC2/us-east-1.csv:3:36: unit of nat-gateway:gb is 'hrs', "
                + "which no cost model counts in";
        String hrsFix = "  fix: write 'Hrs' (units are case-sensitive), or re-import the offer file with alexandria "
                + "import-prices\n";

        Cli.Result validate = Cli.in(tmp).run("validate", "--library", lib.toString());
        Cli.Result browse = Cli.in(tmp).run("browse", "--findings", "--library", lib.toString());

        assertEquals(1, validate.exitCode(), validate::toString);
        assertTrue(validate.out().startsWith(furlongs + " [price-store]\n" + furlongsFix + hrs + " [price-store]\n"
                + hrsFix), validate::toString);
        assertEquals(1, browse.exitCode(), browse::toString);
        assertTrue(browse.out().startsWith(furlongs + "\n" + furlongsFix + hrs + "\n" + hrsFix), browse::toString);
    }

    @Test
    void validate_aPriceOfAbsurdSize_isAnErrorAtItsCell_andANamedModulesValidationSaysTheStoreHasErrors()
            throws Exception {
        Path lib = repoLibrary();
        Path prices = lib.resolve("_catalog/prices/aws/AmazonEC2");
        Files.createDirectories(prices);
        Files.writeString(prices.resolve("us-east-1.csv"), "service,region,resource_key,unit,usd,effective_date,"
                + "source,begin_range,end_range\nAmazonEC2,us-east-1,ec2:m5.large,Hrs,1e400,2024-01-01,aws-offer,0,\n");

        Cli.Result all = Cli.in(tmp).run("validate", "--library", lib.toString());
        Cli.Result one = Cli.in(tmp).run("validate", "net-core", "--library", lib.toString());

        assertEquals(1, all.exitCode(), all::toString);
        assertTrue(all.out().startsWith("error: _catalog/prices/aws/AmazonEC2/us-east-1.csv:2:38: usd of ec2:m5.large"
                + " is '1e400', more than 1000000 USD a unit, which no cloud price is [price-store]\n  fix: write the "
                + "price of one unit as a plain number (0.045), or re-import the offer file with alexandria "
                + "import-prices\n"), all::toString);
        assertTrue(one.out().startsWith("warning: _catalog/prices/aws/AmazonEC2/us-east-1.csv:2:38: the library's "
                + "price store has 1 error, which 'alexandria cost' fails on when an estimate needs that price (this "
                + "one: usd of ec2:m5.large is '1e400', more than 1000000 USD a unit, which no cloud price is) "
                + "[price-store]\n  fix: run 'alexandria validate' on the whole library to list them, then write the"
                + " price of one unit as a plain number (0.045), or re-import the offer file with alexandria "
                + "import-prices\n"), one::toString);
    }

    @Test
    void validate_errorsExitOneWithTheirFix() throws Exception {
        Path lib = repoLibrary();
        Files.delete(lib.resolve(NET + "README.md"));
        Cli.Result r = Cli.in(tmp).run("validate", "net-core", "--library", lib.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("error: " + NET + ".alexandria.yaml:1:1: the module has no README.md; maturity "
                + "'beta' needs one (criterion 'readme' of experimental → alpha) [readme-missing]\n  fix: add " + NET
                + "README.md"),
                r::toString);
        assertTrue(r.out().endsWith("Validated 1 module with 8 validators: 1 error, 0 warnings; 2 skipped\n"),
                r::toString);
    }

    @Test
    void validate_sarifHasWhatCodeScanningRequires() throws Exception {
        Path lib = repoLibrary();
        Files.delete(lib.resolve(NET + "README.md"));
        Files.writeString(lib.resolve(NET + "variables.tf"), Files.readString(lib.resolve(NET + "variables.tf"))
                .replace("variable \"name\" {\n  type        = string\n", "variable \"name\" {\n"));
        Cli.Result r = Cli.in(tmp).run("validate", "--output", "sarif", "--library", lib.toString());
        assertEquals(1, r.exitCode(), r::toString);
        JsonNode log = new ObjectMapper().readTree(r.out());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals(Sarif.SCHEMA, log.path("$schema").asText());
        JsonNode run = log.path("runs").get(0);
        JsonNode driver = run.path("tool").path("driver");
        assertEquals("alexandria", driver.path("name").asText());
        Set<String> rules = new HashSet<>();
        driver.path("rules").forEach(rule -> rules.add(rule.path("id").asText()));
        assertTrue(rules.containsAll(Set.of("readme-missing", "variable-typed", "naming-convention")), rules::toString);
        assertEquals(2, run.path("results").size(), r::toString);
        Set<String> where = new HashSet<>();
        for (JsonNode result : run.path("results")) {
            assertTrue(rules.contains(result.path("ruleId").asText()), result::toString);
            assertTrue(Set.of("error", "warning", "note").contains(result.path("level").asText()), result::toString);
            assertFalse(result.path("message").path("text").asText().isBlank(), result::toString);
            assertEquals(1, result.path("locations").size(), result::toString);
            JsonNode physical = result.path("locations").get(0).path("physicalLocation");
            String uri = physical.path("artifactLocation").path("uri").asText();
            assertTrue(Files.exists(tmp.resolve("repo").resolve(uri)), uri);
            assertTrue(physical.path("region").path("startLine").asInt() >= 1, result::toString);
            where.add(result.path("ruleId").asText() + " " + uri + ":" + physical.path("region").path("startLine"));
        }
        assertEquals(Set.of("readme-missing components/terraform/" + NET + ".alexandria.yaml:1",
                "variable-typed components/terraform/" + NET + "variables.tf:1"), where);
        JsonNode notes = run.path("invocations").get(0).path("toolExecutionNotifications");
        assertEquals("alexandria-terraform-validate skipped: not installed: neither terraform nor tofu is on PATH",
                notes.get(0).path("message").path("text").asText());
        // the same text on every run: keys in a fixed order, not in the hash order of Map.of
        assertEquals(List.of("level", "message"), fieldNames(notes.get(0)));
        assertEquals(List.of("uriBaseId", "uri"), fieldNames(run.path("results").get(0).path("locations").get(0)
                .path("physicalLocation").path("artifactLocation")));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void validate_json_listsModulesValidatorsSkippedAndFindings() throws Exception {
        Path lib = repoLibrary();
        Cli.Result r = Cli.in(tmp).run("validate", "app-web", "--output", "json", "--library", lib.toString());
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("app-web", json.path("modules").get(0).asText());
        assertEquals(8, json.path("validators").size());
        assertEquals("alexandria-tflint", json.path("skipped").get(1).path("validator").asText());
        assertEquals(0, json.path("errors").asInt());
    }

    @Test
    void validate_aModuleWhoseMetadataHasErrorsIsReportedInTheFormatAskedFor() throws Exception {
        Path lib = repoLibrary();
        Path md = lib.resolve(NET + ".alexandria.yaml");
        Files.writeString(md, Files.readString(md).replace("version: 1.0.0-beta.1", "version: 0.9.0"));
        Cli.Result r = Cli.in(tmp).run("validate", "--output", "sarif", "--library", lib.toString());
        assertEquals(1, r.exitCode(), r::toString); // the module is left out, its errors are findings
        JsonNode result = new ObjectMapper().readTree(r.out()).path("runs").get(0).path("results").get(0);
        assertEquals("version-maturity", result.path("ruleId").asText());
        assertEquals("components/terraform/" + NET + ".alexandria.yaml", result.path("locations").get(0)
                .path("physicalLocation").path("artifactLocation").path("uri").asText());
    }

    @Test
    void validate_unknownModuleIsAUsageError() throws Exception {
        Path lib = repoLibrary();
        Cli.Result r = Cli.in(tmp).run("validate", "net-cor", "--library", lib.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("net-core"), r::toString);
        Cli.Result several = Cli.in(tmp).run("validate", "net-cor", "nope", "--library", lib.toString());
        assertEquals(2, several.exitCode(), several::toString);
        assertTrue(several.err().contains("no module 'net-cor' or 'nope' in the library\n  fix: did you mean "
                + "'net-core' (for 'net-cor')?"), several::toString);
    }

    @Test
    void validate_aModuleFolderNamesItsModule_relativeOrAbsolute() throws Exception {
        Path lib = repoLibrary();
        String one = "Validated 1 module with 8 validators: 0 errors, 0 warnings; 2 skipped\n";
        for (Cli.Result r : new Cli.Result[] {
            Cli.in(lib.resolve(NET)).run("validate", ".", "--library", lib.toString()),
            Cli.in(lib).run("validate", "./" + NET, "--library", lib.toString()),
            Cli.in(lib.resolve(NET + "tests")).run("validate", "..", "--library", lib.toString()),
            Cli.in(tmp).run("validate", lib.resolve(NET).toString(), "--library", lib.toString())}) {
            assertEquals(0, r.exitCode(), r::toString);
            assertTrue(r.out().endsWith(one), r::toString);
        }
    }

    @Test
    void validate_aFolderThatIsNoModulesIsAUsageErrorSayingWhatIsExpected() throws Exception {
        Path lib = repoLibrary();
        Cli.Result root = Cli.in(lib).run("validate", ".", "--library", lib.toString());
        assertEquals(2, root.exitCode(), root::toString);
        assertTrue(root.err().contains(lib + " is not the folder of a module of the library at " + lib
                + "\n  fix: give a module id (vpc-standard) or a module's folder inside the library"), root::toString);
        Cli.Result inside = Cli.in(lib).run("validate", NET + "tests", "--library", lib.toString());
        assertEquals(2, inside.exitCode(), inside::toString);
        assertTrue(inside.err().contains("is not the folder of a module"), inside::toString);
        Cli.Result missing = Cli.in(lib).run("validate", "./nowhere", "--library", lib.toString());
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains(lib.resolve("nowhere") + " does not exist\n  fix: give a module id"),
                missing::toString);
        assertEquals("", root.out() + inside.out() + missing.out());
    }

    /** net-core with {@code count} data sources whose names are not snake_case, and one README error. */
    private Path repetitiveLibrary(int count) throws Exception {
        Path lib = repoLibrary();
        StringBuilder tf = new StringBuilder(Files.readString(lib.resolve(NET + "main.tf")));
        for (int i = 1; i <= count; i++) {
            tf.append("\ndata \"aws_region\" \"Region").append(i).append("\" {}\n");
        }
        Files.writeString(lib.resolve(NET + "main.tf"), tf.toString());
        Path readme = lib.resolve(NET + "README.md");
        Files.writeString(readme, Files.readString(readme).replace("cidr", "subnet").replace("vpc", "net"));
        return lib;
    }

    private static long lines(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).count();
    }

    @Test
    void validate_aWarningRuleRepeatedOverTenTimesIsOneLineWithHowToListIt_errorsStayListed() throws Exception {
        Path lib = repetitiveLibrary(11);
        Cli.Result r = Cli.in(tmp).run("validate", "--library", lib.toString()); // the whole library
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(2, lines(r.out(), "error: "), r::toString); // the README's two tables, each in full
        assertEquals(1, lines(r.out(), "warning: "), r::toString);
        assertTrue(r.out().contains("warning: naming-convention: 11 findings in 1 module, not listed one by one (e.g. "
                + NET + "main.tf:9:1: data source name 'Region1' is not snake_case)\n"
                + "  list them: alexandria validate --rule naming-convention (or --all for every finding, "
                + "--output json)\n"), r::toString);
        assertTrue(r.out().endsWith("Validated 2 modules with 8 validators: 2 errors, 11 warnings; 2 skipped\n"),
                r::toString);
    }

    @Test
    void validate_namedModulesHaveEveryFindingListed_noRuleSummedUp() throws Exception {
        Path lib = repetitiveLibrary(11);
        Cli.Result r = Cli.in(tmp).run("validate", "net-core", "--no-external-tools", "--library", lib.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(11, lines(r.out(), "warning: " + NET + "main.tf:"), r::toString);
        assertTrue(r.out().contains("warning: " + NET + "main.tf:29:1: data source name 'Region11' is not snake_case "
                + "[naming-convention]\n"), r::toString);
        assertFalse(r.out().contains("not listed one by one"), r::toString);
        assertTrue(r.out().endsWith("Validated 1 module with 8 validators: 2 errors, 11 warnings; 2 skipped\n"),
                r::toString);
    }

    @Test
    void validate_tenFindingsOfARuleAreStillListedOneByOne() throws Exception {
        Path lib = repetitiveLibrary(10);
        Cli.Result r = Cli.in(tmp).run("validate", "net-core", "--no-external-tools", "--library", lib.toString());
        assertEquals(10, lines(r.out(), "warning: " + NET + "main.tf:"), r::toString);
        assertFalse(r.out().contains("not listed one by one"), r::toString);
    }

    @Test
    void validate_ruleListsEveryFindingOfThatRuleOnly_allListsEveryFinding() throws Exception {
        Path lib = repetitiveLibrary(11);
        Cli.Result rule = Cli.in(tmp).run("validate", "net-core", "--no-external-tools", "--rule",
                "naming-convention", "--library", lib.toString());
        assertEquals(1, rule.exitCode(), rule::toString); // the exit code is the whole report's
        assertEquals(11, lines(rule.out(), "warning: " + NET + "main.tf:"), rule::toString);
        assertEquals(0, lines(rule.out(), "error: "), rule::toString);
        assertTrue(rule.out().endsWith("Validated 1 module with 8 validators: 2 errors, 11 warnings; 2 skipped\n"),
                rule::toString);
        Cli.Result all = Cli.in(tmp).run("validate", "net-core", "--no-external-tools", "--all", "--library",
                lib.toString());
        assertEquals(11, lines(all.out(), "warning: " + NET + "main.tf:"), all::toString);
        assertEquals(2, lines(all.out(), "error: "), all::toString);
        Cli.Result typo = Cli.in(tmp).run("validate", "net-core", "--no-external-tools", "--rule", "naming",
                "--library", lib.toString());
        assertEquals(2, typo.exitCode(), typo::toString);
        assertEquals("", typo.out(), typo::toString);
        assertTrue(typo.err().startsWith("alexandria: error: --rule naming: no validator that ran has this rule "
                + "(docs/validate.md lists the rules)"), typo::toString);
        Cli.Result near = Cli.in(tmp).run("validate", "net-core", "--no-external-tools", "--rule",
                "naming-conventoin", "--library", lib.toString());
        assertEquals(2, near.exitCode(), near::toString);
        assertTrue(near.err().startsWith("alexandria: error: --rule naming-conventoin: no validator that ran has "
                + "this rule\n  fix: did you mean naming-convention? (docs/validate.md lists the rules)"), near::toString);
        // every unknown id is reported, each with its own suggestion; one without a near id is still named
        Cli.Result two = Cli.in(tmp).run("validate", "net-core", "--no-external-tools", "--rule",
                "raedme-tables,hcl-vaild,naming", "--library", lib.toString());
        assertEquals(2, two.exitCode(), two::toString);
        assertEquals("", two.out(), two::toString);
        assertTrue(two.err().startsWith("alexandria: error: --rule raedme-tables, hcl-vaild, naming: no validator "
                + "that ran has these rules\n  fix: did you mean readme-tables (for raedme-tables) and hcl-valid (for "
                + "hcl-vaild)? (docs/validate.md lists the rules)"), two::toString);
        // a typo in the id's first part is a misspelling too (within two edits of the whole id)
        for (String[] typo2 : new String[][] {{"nameing-convention", "naming-convention"}, {"hcl-vaild", "hcl-valid"},
                {"readme-tabels", "readme-tables"}}) {
            Cli.Result first = Cli.in(tmp).run("validate", "net-core", "--no-external-tools", "--rule", typo2[0],
                    "--library", lib.toString());
            assertEquals(2, first.exitCode(), first::toString);
            assertTrue(first.err().startsWith("alexandria: error: --rule " + typo2[0] + ": no validator that ran has "
                    + "this rule\n  fix: did you mean " + typo2[1] + "? (docs/validate.md lists the rules)"),
                    first::toString);
        }
    }

    @Test
    void validate_jsonAndSarifKeepEveryFindingOfARepeatedRule() throws Exception {
        Path lib = repetitiveLibrary(11);
        Cli.Result json = Cli.in(tmp).run("validate", "net-core", "--no-external-tools", "--output", "json",
                "--library", lib.toString());
        JsonNode findings = new ObjectMapper().readTree(json.out()).path("findings");
        long naming = 0;
        for (JsonNode f : findings) {
            naming += f.path("rule").asText().equals("naming-convention") ? 1 : 0;
        }
        assertEquals(11, naming, json::toString);
        Cli.Result sarif = Cli.in(tmp).run("validate", "net-core", "--no-external-tools", "--output", "sarif",
                "--library", lib.toString());
        assertEquals(13, new ObjectMapper().readTree(sarif.out()).path("runs").get(0).path("results").size(),
                sarif::toString);
    }
}
