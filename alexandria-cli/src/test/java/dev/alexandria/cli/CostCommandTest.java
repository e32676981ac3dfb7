package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** alexandria cost, cost-compare and import-prices on the fixture library libraries/cost. */
class CostCommandTest {

    @TempDir
    Path cwd;

    private static final Path COST = Path.of("src/test/resources/cost").toAbsolutePath();

    private Cli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = Cli.fixture("cost").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.in(cwd).run(all);
    }

    @Test
    void cost_tableShowsLinesTotalsSourcesAndTheDisclaimer() {
        Cli.Result r = run("cost", "web-app-ecs");
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("cost-web-app-ecs", r.out());
        assertEquals("", r.err());
    }

    @Test
    void cost_withUsageAndInputs() {
        Cli.Result r = run("cost", "vpc-standard", "--region", "eu-west-1", "--inputs", COST.resolve("three-azs.tfvars")
                .toString(), "--usage", COST.resolve("usage.yml").toString());
        assertEquals(0, r.exitCode(), r::toString);
        // 3 x (EIP 3.65 + NAT 35.04) = 116.07; 3 x 200 GB x 0.048 = 28.80
        assertTrue(r.out().contains("Fixed (the module's registry cost)  $116.07/month\n"), r::toString);
        assertTrue(r.out().contains("From usage                          $28.80/month\n"), r::toString);
        assertEquals("warning: " + COST.resolve("usage.yml") + ":5:3: usage of aws_lb.this matches no resource of the "
                + "module; check the address (module.<call>.<type>.<name>[<index>])\n", r.err());
    }

    @Test
    void cost_jsonCarriesEveryLine() throws IOException {
        Cli.Result r = run("cost", "web-app-ecs", "--output", "json", "--usage-defaults");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("web-app-ecs", json.get("module").asText());
        assertEquals("us-east-1", json.get("region").asText());
        assertEquals(true, json.get("usage_defaults").asBoolean());
        // fixed: 52.93 (see the table golden); usage assumptions: ALB 100 GB = 100 LCU-hours x 0.008 = 0.80,
        // NAT 100 GB x 0.045 = 4.50
        assertEquals(0, new java.math.BigDecimal("52.93").compareTo(json.get("fixed_monthly_usd").decimalValue()));
        assertEquals(0, new java.math.BigDecimal("5.30").compareTo(json.get("usage_monthly_usd").decimalValue()));
        JsonNode lcu = json.get("lines").get(1);
        assertEquals("aws_lb.this", lcu.get("address").asText());
        assertEquals("priced", lcu.get("status").asText());
        assertEquals("usage assumed by --usage-defaults", lcu.get("notes").get(0).asText());
        assertEquals("apw:elb", lcu.get("price").get("source").asText());
        assertEquals("2025-12-06", lcu.get("price").get("effective_date").asText());
    }

    @Test
    void cost_yamlAndJson_printQuantitiesAsPlainDecimals() {
        for (String format : List.of("yaml", "json")) {
            Cli.Result r = run("cost", "vpc-standard", "--output", format);
            assertEquals(0, r.exitCode(), r::toString);
            // 730 hours a month, never 7.3E+2
            assertTrue(r.out().contains(format.equals("yaml") ? "monthly_quantity: 730\n" : "\"monthly_quantity\": 730"),
                    r.out());
            assertTrue(!r.out().matches("(?s).*\\dE[+-]\\d.*"), r.out());
        }
    }

    @Test
    void cost_unknownRegion_isAUsageErrorListingTheRegions() {
        Cli.Result r = run("cost", "vpc-standard", "--region", "us-east-9");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: unknown region 'us-east-9': no prices for it\n"
                + "  fix: regions with prices: ap-northeast-1, ap-northeast-2, ap-south-1, ap-southeast-1, "
                + "ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, "
                + "us-east-1, us-east-2, us-west-1, us-west-2\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void cost_malformedUsageFile_isADataErrorWithFileAndLine() {
        Cli.Result r = run("cost", "vpc-standard", "--usage", COST.resolve("bad-usage.yml").toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("alexandria: error: " + COST.resolve("bad-usage.yml") + ":3:16: the usage of aws_lb.this is a list\n"
                + "  fix: write it as a map of usage keys to numbers (monthly_requests: 1000000)\n", r.err());
    }

    @Test
    void cost_malformedInputsFile_isADataErrorWithFileAndLine() {
        Cli.Result r = run("cost", "vpc-standard", "--inputs", COST.resolve("bad.tfvars").toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("alexandria: error: " + COST.resolve("bad.tfvars") + ":2:22: Variables not allowed: Variables "
                + "may not be used here\n  fix: correct the .tfvars file there (one 'name = value' per line, e.g. "
                + "az_count = 3)\n", r.err());
    }

    @Test
    void cost_malformedJsonInputs_sayWhatIsWrongInPlainWordsNeverTheParsersText() {
        Cli.Result r = run("cost", "vpc-standard", "--inputs", COST.resolve("bad.tfvars.json").toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("alexandria: error: " + COST.resolve("bad.tfvars.json") + ":2:24: not valid JSON: found '}' "
                + "where a value belongs\n  fix: correct the JSON there (a .tfvars.json file is one object of "
                + "variable names and values: {\"az_count\": 3})\n", r.err());
    }

    @Test
    void cost_unknownModule_isAUsageError() {
        Cli.Result r = run("cost", "vpc-standrd");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: no module 'vpc-standrd' in the library\n"
                + "  fix: did you mean 'vpc-standard'?\n", r.err());
    }

    @Test
    void costCompare_severalUnknownModules_namesEveryOne() {
        Cli.Result r = run("cost-compare", "vpc-standrd", "web-app-ecs", "nope");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: no module 'vpc-standrd' or 'nope' in the library\n"
                + "  fix: did you mean 'vpc-standard' (for 'vpc-standrd')? ('alexandria browse' lists the modules)\n",
                r.err());
    }

    @Test
    void cost_hclErrorsOfALibraryModule_nameTheFileFromTheLibraryRootWhereverItRuns() throws IOException {
        Path root = cwd.resolve("lib");
        Cli.copy(Cli.fixture("hcl-error"), root);
        String expected = "error: _library/foundations/networking/net-basic/main.tf:4:16: Invalid expression: ";
        for (Path wd : List.of(root, root.resolve("_library/foundations"), root.resolve("_library/foundations/"
                + "networking/net-basic"))) {
            Cli.Result r = Cli.in(wd).run("cost", "net-basic", "--library", root.toString());
            assertEquals(1, r.exitCode(), r::toString);
            assertTrue(r.err().startsWith(expected), wd + ": " + r);
        }
    }

    @Test
    void cost_hclErrors_printThemWithoutATotalAndExitOne() throws IOException {
        copy(COST.resolve("broken"), cwd.resolve("broken"));
        Cli.Result r = run("cost", "broken");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("error: broken/main.tf:2:26: Unterminated template string: No closing marker was found for the "
                + "string\n"
                + "error: broken/main.tf:5:35: Unclosed configuration block: There is no closing brace for this block "
                + "before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file\n"
                + "alexandria: error: broken: 2 errors in the HCL; no estimate (a total would leave out what could not "
                + "be read)\n"
                + "  fix: correct the HCL at the lines above ('alexandria inspect broken' shows them too), then run the "
                + "estimate again\n", r.err());
    }

    @Test
    void cost_plainFolder_isNoRegistryCostAndAPartialCategoryIsALowerBound() throws IOException {
        copy(COST.resolve("plain"), cwd.resolve("plain"));
        Cli.Result r = run("cost", "plain");
        assertEquals(0, r.exitCode(), r::toString);
        String out = r.out();
        assertTrue(out.startsWith(cwd.resolve("plain") + "  us-east-1  monthly estimate in USD, 730 hours a month\n"),
                out);
        assertTrue(out.contains("\n  Storage (general purpose SSD, gp2)  10 GB-months  $0.10  $1.00\n"), out);
        assertTrue(out.contains("\n  Requests                            depends on usage: $0.0000002 per request\n"),
                out);
        assertTrue(out.contains("\n  Duration (x86_64)                   depends on usage: $0.0000166667 per GB-second "
                + "(tiered)\n"), out);
        assertTrue(out.contains("\n\nFixed (from the configuration)      $1.00/month (at least)\n"
                + "From usage                          $0.00/month (no usage file: usage-based lines add $0)\n"
                + "Total                               $1.00/month (partial: a lower bound, the lines below are not "
                + "priced)\n"
                + "Cost category                       at least low (partial estimate: the lines not priced may raise "
                + "it)\n\nNot priced (1):\n"
                + "  aws_quantum_ledger.books: no resource cost model prices aws_quantum_ledger\n"), out);
        assertFalse(out.contains("registry"), out);
    }

    @Test
    void cost_noPriceUsed_saysWhatTheTotalStandsFor() throws IOException {
        Files.createDirectories(cwd.resolve("free"));
        Files.writeString(cwd.resolve("free/main.tf"), "resource \"aws_vpc\" \"this\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n");
        Cli.Result r = run("cost", "free");
        assertEquals(0, r.exitCode(), r::toString);
        // no price source's disclaimer applies: the estimate says what its $0 stands for
        assertTrue(r.out().endsWith("Prices: none used\nNo price was used: every line is free of charge, depends on "
                + "usage or could not be priced. The estimate covers only what the cost models know (on-demand list "
                + "prices; no taxes, free tiers, discounts or data transfer not modelled).\n"), r::toString);
    }

    @Test
    void cost_zeroInstances_areALineInTheTableAndTheJson() throws IOException {
        copy(COST.resolve("zero"), cwd.resolve("zero"));
        Cli.Result r = run("cost", "zero");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\naws_nat_gateway.this  0 instances: count = var.create_nat ? 1 : 0 = 0 (default "
                + "of var.create_nat), $0.00\n"), r::toString);
        assertTrue(r.out().contains("\nFixed (from the configuration)      $1.00/month\n"), r::toString);
        Cli.Result json = run("cost", "zero", "--output", "json");
        JsonNode nat = new ObjectMapper().readTree(json.out()).get("lines").get(0);
        assertEquals("aws_nat_gateway.this", nat.get("address").asText());
        assertEquals("zero_instances", nat.get("status").asText());
        assertEquals(0, nat.get("monthly_usd").decimalValue().signum());
        assertEquals("count = var.create_nat ? 1 : 0 = 0 (default of var.create_nat)", nat.get("reason").asText());
        assertFalse(new ObjectMapper().readTree(json.out()).get("partial").asBoolean());
    }

    @Test
    void cost_usageKeyNoLineOfAnExistingResourceUses_saysTheResourceExistsAndWhichKeysItsLinesUse()
            throws IOException {
        copy(COST.resolve("unread"), cwd.resolve("unread"));
        Cli.Result r = run("cost", "unread", "--usage", "unread/usage.yml");
        assertEquals(0, r.exitCode(), r::toString);
        String usage = cwd.resolve("unread/usage.yml").toString();
        assertEquals("warning: " + usage + ":3:3: usage of module.two.aws_instance.w[0]: the resource exists "
                + "(aws_instance) but none of its priced lines uses monthly_standard_io_requests in this configuration, "
                + "so it is ignored; its lines read no usage values\n"
                + "warning: " + usage + ":5:3: usage of module.two.aws_instance.x[0] matches no resource of the "
                + "module; check the address (module.<call>.<type>.<name>[<index>])\n", r.err());
    }

    @Test
    void cost_misspelledUsageKey_isAWarningOnStderrWithTheClosestKey() throws IOException {
        copy(COST.resolve("zero"), cwd.resolve("zero"));
        Cli.Result r = run("cost", "zero", "--usage", "zero/misspelled-usage.yml");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("warning: " + cwd.resolve("zero/misspelled-usage.yml") + ":4:5: usage key 'monthly_request' of aws_kms_key.this is not "
                + "a usage key of aws_kms_key, so it is ignored; did you mean 'monthly_requests'?\n", r.err());
    }

    @Test
    void cost_json_leavesOutUnknownValues() throws IOException {
        copy(COST.resolve("plain"), cwd.resolve("plain"));
        Cli.Result r = run("cost", "plain", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertFalse(json.has("usage_file"), r::toString);
        assertFalse(json.has("cost_category"), r::toString);
        assertEquals("low", json.get("cost_category_at_least").asText());
        assertTrue(json.get("partial").asBoolean());
        assertFalse(r.out().contains("null"), r::toString);
    }

    @Test
    void cost_blankRegion_isAUsageErrorListingTheRegions() {
        Cli.Result r = run("cost", "vpc-standard", "--region", "");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: unknown region '': no prices for it\n"
                + "  fix: regions with prices: ap-northeast-1, ap-northeast-2, ap-south-1, ap-southeast-1, "
                + "ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, "
                + "us-east-1, us-east-2, us-west-1, us-west-2\n", r.err());
    }

    @Test
    void cost_missingFiles_areUsageErrorsNamingTheFile() {
        Cli.Result usage = run("cost", "vpc-standard", "--usage", "nope.yml");
        assertEquals(2, usage.exitCode(), usage::toString);
        assertEquals("alexandria: error: --usage nope.yml: no such file\n"
                + "  fix: give the path of an existing file (a relative path is read from " + cwd + ")\n", usage.err());
        Cli.Result inputs = run("cost", "vpc-standard", "--inputs", cwd.toString());
        assertEquals(2, inputs.exitCode(), inputs::toString);
        assertEquals("alexandria: error: --inputs " + cwd + ": a folder, not a file\n"
                + "  fix: give the path of an existing file\n", inputs.err());
        Cli.Result compare = run("cost-compare", "vpc-standard", "web-app-ecs", "--usage", "");
        assertEquals(2, compare.exitCode(), compare::toString);
        assertEquals("alexandria: error: --usage '': an empty path\n"
                + "  fix: give the path of an existing file (a relative path is read from " + cwd + ")\n",
                compare.err());
    }

    @Test
    void cost_emptyModuleOrAFolderWithoutTerraform_isAnErrorNotAZeroEstimate() throws IOException {
        Cli.Result blank = run("cost", "");
        assertEquals(2, blank.exitCode(), blank::toString);
        assertEquals("alexandria: error: MODULE '' is empty\n"
                + "  fix: give a module id (vpc-standard), its path below _library, or a module folder\n", blank.err());
        Files.createDirectories(cwd.resolve("empty"));
        Cli.Result empty = run("cost", "empty");
        assertEquals(3, empty.exitCode(), empty::toString);
        assertEquals("", empty.out());
        assertEquals("alexandria: error: " + cwd.resolve("empty") + ": is not a module folder: it has no .tf or "
                + ".tf.json files\n  fix: give a module id or the folder of a module\n", empty.err());
    }

    @Test
    void importPrices_missingFile_isAUsageErrorNamingTheFile() throws IOException {
        Path lib = copy(Cli.fixture("cost"), cwd.resolve("lib"));
        Cli.Result r = Cli.in(cwd).run("--library", lib.toString(), "import-prices", "nope.json");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: nope.json: no such file\n"
                + "  fix: give the path of an existing file (a relative path is read from " + cwd + ")\n", r.err());
        assertFalse(Files.exists(lib.resolve("_catalog/prices")));
    }

    /** An import never reads the library's cache: --no-cache is not offered (it would change nothing). */
    @Test
    void importPrices_offersNoNoCacheOption() throws IOException {
        Path lib = copy(Cli.fixture("cost"), cwd.resolve("lib"));
        Cli.Result r = Cli.in(cwd).run("import-prices", "--library", lib.toString(), "--no-cache", "nope.json");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: error: unknown option --no-cache\n"), r::toString);
        Cli.Result help = Cli.in(cwd).run("import-prices", "--help");
        assertFalse(help.out().contains("--no-cache"), help::out);
        assertTrue(help.out().contains("--library") && help.out().contains("--output")
                && help.out().contains("--verbose"), help::out);
    }

    @Test
    void costCompare_sideBySide() {
        Cli.Result r = run("cost-compare", "vpc-standard", "web-app-ecs", "eks-standard");
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("cost-compare", r.out());
    }

    @Test
    void costCompare_inputsApplyToEveryModuleThatDeclaresThem() {
        Cli.Result r = run("cost-compare", "vpc-standard", "eks-addons", "--inputs", COST.resolve("three-azs.tfvars")
                .toString());
        assertEquals(0, r.exitCode(), r::toString);
        // vpc-standard with az_count = 3 and one NAT gateway per AZ: 3 x (730 x 0.045 + 730 x 0.005) = 109.50
        assertTrue(r.out().contains("vpc-standard  $109.50 "), r::toString);
        // eks-addons declares neither variable: Terraform's warning for a value of an undeclared variable
        String tfvars = COST.resolve("three-azs.tfvars").toString();
        assertEquals("warning: eks-addons: " + tfvars + ":1:1: Value for undeclared variable: The module does not "
                + "declare a variable named \"az_count\" but a value was given for it. To use this value, add a "
                + "\"variable\" block to the configuration.\n"
                + "warning: eks-addons: " + tfvars + ":2:1: Value for undeclared variable: The module does not "
                + "declare a variable named \"single_nat_gateway\" but a value was given for it. To use this value, "
                + "add a \"variable\" block to the configuration.\n", r.err());
    }

    @Test
    void costCompare_jsonIsAnObjectWithTheModules() throws IOException {
        Cli.Result r = run("cost-compare", "vpc-standard", "web-app-ecs", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.isObject(), r::toString);
        assertEquals("us-east-1", json.get("region").asText());
        assertEquals("USD", json.get("currency").asText());
        assertEquals(2, json.get("modules").size());
        assertEquals("vpc-standard", json.get("modules").get(0).get("module").asText());
        assertEquals(0, new java.math.BigDecimal("52.93").compareTo(json.get("modules").get(1)
                .get("fixed_monthly_usd").decimalValue()));
    }

    @Test
    void costCompare_aModuleNamedTwice_isRefused() {
        Cli.Result same = run("cost-compare", "vpc-standard", "vpc-standard");
        assertEquals(2, same.exitCode(), same::toString);
        assertEquals("", same.out());
        assertEquals("alexandria: error: vpc-standard is named twice\n  fix: name each module once\n", same.err());
        Cli.Result byPath = run("cost-compare", "vpc-standard", "foundations/networking/vpc-standard");
        assertEquals(2, byPath.exitCode(), byPath::toString);
        assertEquals("alexandria: error: vpc-standard is named twice (as 'vpc-standard' and "
                + "'foundations/networking/vpc-standard')\n  fix: name each module once\n", byPath.err());
    }

    @Test
    void costAndCostCompareHelp_listTheExitCodes() {
        for (String command : new String[] {"cost", "cost-compare", "import-prices"}) {
            Cli.Result r = run(command, "--help");
            assertEquals(0, r.exitCode(), r::toString);
            assertTrue(r.out().contains("Exit codes:\n  0  "), r::toString);
            assertTrue(r.out().contains("\n  2  usage error"), r::toString);
            assertTrue(r.out().contains("\n  3  a "), r::toString);
        }
    }

    @Test
    void importPrices_genuineGetProductsSample_countsWhatItSkippedWithTheReasonFirst() throws IOException {
        Path lib = copy(Cli.fixture("cost"), cwd.resolve("lib"));
        Path offer = Path.of("../alexandria-cost-aws/src/test/resources/offer-file-samples/"
                + "ec2-instance-selector_GetProducts_PriceListItem_m5.large_us-east-1.json").toAbsolutePath();
        Cli.Result r = Cli.in(cwd).run("--library", lib.toString(), "import-prices", offer.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Imported 1 price of AmazonEC2 (version 20210205204500, published 2021-02-05) for us-east-1\n"
                + "  wrote _catalog/prices/aws/AmazonEC2/us-east-1.csv\n"
                + "Merged into the store: 1 added, 0 replaced, 0 other prices of the store kept as they were\n"
                + "Skipped:\n"
                + "  reserved term: 12\n", r.out());
    }

    private static final Path SAMPLES = Path.of("../alexandria-cost-aws/src/test/resources/offer-file-samples")
            .toAbsolutePath();

    @Test
    void importPrices_secondOfferOfTheSameRegion_mergesAndKeepsThePricesItDoesNotHave() throws IOException {
        Path lib = copy(Cli.fixture("cost"), cwd.resolve("lib"));
        Cli.Result first = Cli.in(cwd).run("--library", lib.toString(), "import-prices",
                SAMPLES.resolve("opencost_AmazonEC2_us-east-1_trimmed_2024-05-28.json").toString());
        assertEquals(0, first.exitCode(), first::toString);
        Cli.Result r = Cli.in(cwd).run("--library", lib.toString(), "import-prices",
                SAMPLES.resolve("ec2-instance-selector_GetProducts_PriceListItem_m5.large_us-east-1.json").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Imported 1 price of AmazonEC2 (version 20210205204500, published 2021-02-05) for us-east-1\n"
                + "  wrote _catalog/prices/aws/AmazonEC2/us-east-1.csv\n"
                + "Merged into the store: 1 added, 0 replaced, 1 other price of the store kept as it was\n"
                + "Skipped:\n"
                + "  reserved term: 12\n", r.out());
        List<String> rows = Files.readAllLines(lib.resolve("_catalog/prices/aws/AmazonEC2/us-east-1.csv")).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("service,region,resource_key,unit,usd,effective_date,source,begin_range,end_range",
                "AmazonEC2,us-east-1,instance:m5.large:linux:shared,Hrs,0.096,2021-02-01,"
                        + "aws-offer:AmazonEC2:20210205204500,0,",
                "AmazonEC2,us-east-1,instance:p4d.24xlarge:linux:shared,Hrs,32.7726,2024-05-01,"
                        + "aws-offer:AmazonEC2:20240528203522,0,"), rows);
    }

    @Test
    void importPrices_olderOffer_neverOverwritesANewerStoredPrice() throws IOException {
        Path lib = copy(Cli.fixture("cost"), cwd.resolve("lib"));
        String sample = Files.readString(SAMPLES.resolve(
                "ec2-instance-selector_GetProducts_PriceListItem_m5.large_us-east-1.json"));
        Path newer = Files.writeString(cwd.resolve("newer.json"), sample.replace("\"0.0960000000\"", "\"0.1000000000\"")
                .replace("\"2021-02-01T00:00:00Z\"", "\"2025-01-01T00:00:00Z\""));
        Cli.Result first = Cli.in(cwd).run("--library", lib.toString(), "import-prices", newer.toString());
        assertEquals(0, first.exitCode(), first::toString);
        Cli.Result r = Cli.in(cwd).run("--library", lib.toString(), "import-prices",
                SAMPLES.resolve("ec2-instance-selector_GetProducts_PriceListItem_m5.large_us-east-1.json").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Imported 1 price of AmazonEC2 (version 20210205204500, published 2021-02-05) for us-east-1\n"
                + "  wrote _catalog/prices/aws/AmazonEC2/us-east-1.csv\n"
                + "Merged into the store: 0 added, 0 replaced, 0 other prices of the store kept as they were\n"
                + "  kept 1 newer price already in the store (this file's price is older; an older offer never "
                + "overwrites a newer price)\n"
                + "Skipped:\n"
                + "  reserved term: 12\n", r.out());
        List<String> rows = Files.readAllLines(lib.resolve("_catalog/prices/aws/AmazonEC2/us-east-1.csv")).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("service,region,resource_key,unit,usd,effective_date,source,begin_range,end_range",
                "AmazonEC2,us-east-1,instance:m5.large:linux:shared,Hrs,0.1,2025-01-01,"
                        + "aws-offer:AmazonEC2:20210205204500,0,"), rows);
        // the same offer again replaces its own price
        Cli.Result again = Cli.in(cwd).run("--library", lib.toString(), "import-prices", newer.toString());
        assertTrue(again.out().contains("Merged into the store: 0 added, 1 replaced, 0 other prices of the store "
                + "kept as they were\n"), again::toString);
    }

    @Test
    void importPrices_writesTheStoreAndCostUsesIt() throws IOException {
        Path lib = copy(Cli.fixture("cost"), cwd.resolve("lib"));
        Path offer = Files.writeString(cwd.resolve("nat.json"), natOffer("USD", "0.0500000000"));
        Cli.Result r = Cli.in(cwd).run("--library", lib.toString(), "import-prices", offer.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Imported 1 price of AmazonEC2 (version 20260101000000, published 2026-01-01) for us-east-1\n"
                + "  wrote _catalog/prices/aws/AmazonEC2/us-east-1.csv\n"
                + "Merged into the store: 1 added, 0 replaced, 0 other prices of the store kept as they were\n"
                + "This pricing list is for informational purposes only.\n", r.out());
        Cli.Result cost = Cli.in(cwd).run("--library", lib.toString(), "cost", "vpc-standard");
        // 2 x (730 x 0.05 + 3.65) = 80.30
        assertTrue(cost.out().contains("Fixed (the module's registry cost)  $80.30/month"), cost::toString);
        assertTrue(cost.out().contains("price: aws-offer:AmazonEC2:20260101000000 (2026-01-01)"), cost::toString);
    }

    @Test
    void importPrices_refusesAnotherCurrencyAndWritesNothing() throws IOException {
        Path lib = copy(Cli.fixture("cost"), cwd.resolve("lib"));
        Path offer = Files.writeString(cwd.resolve("cny.json"), natOffer("CNY", "0.3"));
        Cli.Result r = Cli.in(cwd).run("--library", lib.toString(), "import-prices", offer.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("alexandria: error: " + offer + ":5:52: prices are in CNY, not USD: Alexandria estimates in USD "
                + "and never converts currencies (an AWS China offer file, cn-* regions, is priced in CNY)\n"
                + "  fix: import the offer file of an AWS commercial region instead\n", r.err());
        assertFalse(Files.exists(lib.resolve("_catalog/prices")));
    }

    @Test
    void importPrices_withoutALibrary_isAUsageError() throws IOException {
        Path offer = Files.writeString(cwd.resolve("nat.json"), natOffer("USD", "0.05"));
        Cli.Result r = Cli.in(cwd).run("import-prices", offer.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: no library found in " + cwd + "; import-prices writes into a library's "
                + "_catalog/prices/\n  fix: run it in a library, or give --library PATH (or set ALEXANDRIA_LIBRARY)\n",
                r.err());
    }

    private static String natOffer(String currency, String price) {
        return "{\"formatVersion\":\"v1.0\",\"disclaimer\":\"This pricing list is for informational purposes only.\",\n"
                + "\"offerCode\":\"AmazonEC2\",\"version\":\"20260101000000\",\"publicationDate\":\"2026-01-01T00:00:00Z\",\n"
                + "\"products\":{\"NATSKU\":{\"sku\":\"NATSKU\",\"productFamily\":\"NAT Gateway\",\"attributes\":{\n"
                + "  \"servicecode\":\"AmazonEC2\",\"regionCode\":\"us-east-1\",\"usagetype\":\"NatGateway-Hours\"}}},\n"
                + "\"terms\":{\"OnDemand\":{\"NATSKU\":{\"NATSKU.JRTCKXETXF\":{\"sku\":\"NATSKU\",\"effectiveDate\":\"2026-01-01\",\n"
                + "  \"termAttributes\":{},\"priceDimensions\":{\"NATSKU.JRTCKXETXF.6YS6EN2CT7\":{\"unit\":\"Hrs\",\n"
                + "  \"beginRange\":\"0\",\"endRange\":\"Inf\",\"pricePerUnit\":{\"" + currency + "\":\"" + price
                + "\"}}}}}}}}\n";
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
