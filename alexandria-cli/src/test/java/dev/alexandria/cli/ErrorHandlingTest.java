package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.ModuleHclException;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.examples.SampleLibrary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The exit codes and the exact stderr text of failures. */
class ErrorHandlingTest {

    @TempDir
    Path cwd;

    /** An empty module name named the working directory ("… has no .tf files") or "no module ''". */
    @Test
    void refusalLines_splitAFindingAtItsRuleId_evenWhenItsFixHoldsASemicolon() {
        assertEquals(List.of("validation found 1 error (alexandria validate vpc), listed below", "fix: fix it first",
                "main.tf:80:28: Invalid expression [hcl-valid]",
                "fix: correct the file at that line; until then the module is read without the part in error",
                "a; b (c; d)", "fix: e"), ErrorHandler.refusalLines(List.of(
                "validation found 1 error (alexandria validate vpc), listed below; fix it first",
                "main.tf:80:28: Invalid expression [hcl-valid]; correct the file at that line; until then the module "
                        + "is read without the part in error",
                "a; b (c; d); e")));
    }

    @Test
    void emptyModuleName_saysItIsEmptyAndWhatToGive() {
        Cli.Result inspect = Cli.onSample(cwd).run("inspect", "");
        assertEquals(ExitCode.USAGE, inspect.exitCode(), inspect::toString);
        assertEquals("alexandria: error: MODULE is empty\n  fix: give a module id (vpc-standard), its path below "
                + "_library, or a folder with .tf files (. for this one); 'alexandria browse' lists the modules\n",
                inspect.err());
        Cli.Result info = Cli.onSample(cwd).run("info", "");
        assertEquals(ExitCode.USAGE, info.exitCode(), info::toString);
        assertEquals("alexandria: error: the module name is empty\n  fix: give a module's id, such as "
                + "vpc-standard, or its path below _library ('alexandria browse' lists the modules)\n", info.err());
    }

    /** --library /dev/null said the device "needs a _library/ and a _catalog/ folder". */
    @Test
    void libraryThatIsNoFolder_saysSoAndWhatToGive() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", "/dev/null");
        assertEquals(ExitCode.DATA, r.exitCode(), r::toString);
        assertEquals("alexandria: error: /dev/null is not a folder\n  fix: pass the library's root folder, the one that "
                + "holds _library/ and _catalog/ (usually components/terraform)\n", r.err());
    }

    @Test
    void badOutputFormat_isAUsageError() {
        Cli.Result r = Cli.onSample(cwd).run("browse", "--output", "xml");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: --output: unknown value 'xml'\n  fix: use one of table, json, yaml\n",
                r.err());
        assertEquals("", r.out());
    }

    @Test
    void usageErrorThatSaysItsFix_printsThatFixOnItsFixLine() {
        Cli.Result r = Cli.onSample(cwd).run("search", "vpc", "--sort", "stars");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: --sort: unknown sort 'stars'\n  fix: use one of"
                + " relevance, popularity, rating, updated\n", r.err());
    }

    @Test
    void usageErrorWithoutAFix_saysWhatToGiveAsTheFirstExampleGivesIt() {
        Cli.Result r = Cli.onSample(cwd).run("info");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: Missing required parameter: 'MODULE'\n"
                + "  fix: give MODULE, e.g. 'alexandria info vpc-standard' (see 'alexandria info --help')\n", r.err());
        // an example over two lines (ending in a backslash) is given whole
        Cli.Result option = Cli.onSample(cwd).run("scaffold", "--name", "vpc-x");
        assertEquals(2, option.exitCode(), option::toString);
        assertEquals("alexandria: error: Missing required option: '--category=LAYER/CATEGORY'\n"
                + "  fix: give --category=LAYER/CATEGORY, e.g. 'alexandria scaffold --name vpc-enterprise --category "
                + "foundations/networking --dry-run' (see 'alexandria scaffold --help')\n", option.err());
        Cli.Result limit = Cli.onSample(cwd).run("search", "vpc", "--limit", "many");
        assertEquals(2, limit.exitCode(), limit::toString);
        assertEquals("alexandria: error: --limit: 'many' is not a whole number\n"
                + "  fix: give a whole number from 1 to 2147483647\n", limit.err());
    }

    @Test
    void moduleIdThatLooksLikeAnOption_isToldToFollowDoubleDash() {
        for (String command : List.of("info", "inspect")) {
            Cli.Result r = Cli.onSample(cwd).run(command, "-vpc");
            assertEquals(2, r.exitCode(), r::toString);
            assertEquals("alexandria: error: missing MODULE: -vpc reads as an option, not as MODULE\n"
                    + "  fix: to give -vpc as MODULE, put -- before it: 'alexandria " + command + " -- -vpc' (see "
                    + "'alexandria " + command + " --help')\n", r.err());
            // given after --, it is read as the module id (an unknown one here)
            Cli.Result dashed = Cli.onSample(cwd).run(command, "--", "-vpc");
            assertFalse(dashed.err().contains("reads as an option"), dashed::toString);
        }
        // a missing module with a real option given is still the plain missing parameter
        Cli.Result plain = Cli.onSample(cwd).run("info", "--output", "json");
        assertTrue(plain.err().startsWith("alexandria: error: Missing required parameter: 'MODULE'"), plain::toString);
    }

    /** The one wording of the HCL error of the tests below, wherever it is printed. */
    private static final String UNCLOSED = "Unclosed configuration block: There is no closing brace for this block "
            + "before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file";

    @Test
    void moduleWithHclError_everyCommandAboutIt_printsTheErrorInOneWordingWithItsFix_andExits1() throws Exception {
        Path lib = cwd.resolve("lib");
        Cli.copy(dev.alexandria.examples.SampleLibrary.path(), lib);
        Path main = lib.resolve("_library/compute/containers/eks-standard/main.tf");
        String text = java.nio.file.Files.readString(main);
        text = text.endsWith("\n") ? text : text + "\n";
        java.nio.file.Files.writeString(main, text + "resource \"aws_s3_bucket\" \"broken\" {\n");
        int line = (int) text.lines().count() + 1;
        String error = "error: _library/compute/containers/eks-standard/main.tf:" + line + ":35: " + UNCLOSED + "\n"
                + "  fix: correct the file at that line; until then the module's inputs, outputs and complexity tier "
                + "are read without the part in error\n";
        String summary = "alexandria: error: eks-standard: 1 error in the HCL, so the answer above leaves out the part "
                + "in error\n  fix: correct the HCL at the line above ('alexandria inspect eks-standard' shows it too), "
                + "then run the command again\n";
        for (List<String> command : List.of(List.of("info", "eks-standard"), List.of("status", "eks-standard"),
                List.of("versions", "eks-standard"), List.of("compare", "eks-standard", "ecs-fargate"),
                List.of("compare", "ecs-fargate", "eks-standard", "--output", "json"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--library", lib.toString()));
            Cli.Result r = Cli.in(cwd).run(args.toArray(String[]::new));
            assertEquals(ExitCode.FINDINGS, r.exitCode(), () -> command + ": " + r);
            assertTrue(r.err().contains(error + summary), () -> command + ": " + r);
            assertFalse(r.out().isEmpty(), () -> command + ": the answer is still printed: " + r);
        }
        // the same words from validate and inspect, which read the HCL in their own way
        Cli.Result validate = Cli.in(cwd).run("validate", "eks-standard", "--library", lib.toString());
        assertTrue((validate.out() + validate.err()).contains(":" + line + ":35: " + UNCLOSED + " [hcl-valid]\n"),
                validate::toString);
        Cli.Result inspect = Cli.in(cwd).run("inspect", "eks-standard", "--library", lib.toString());
        assertEquals(ExitCode.FINDINGS, inspect.exitCode(), inspect::toString);
        assertTrue(inspect.err().contains(":" + line + ":35: " + UNCLOSED + "\n"), inspect::toString);
        // a module that parses: no summary, exit 0
        Cli.Result clean = Cli.in(cwd).run("compare", "vpc-basic", "vpc-standard", "--library", lib.toString());
        assertEquals(ExitCode.OK, clean.exitCode(), clean::toString);
    }

    @Test
    void scaffoldNameThatIsNotKebabCase_isAUsageErrorNamingTheAllowedForm() {
        Cli.Result r = Cli.onSample(cwd).run("scaffold", "--name", "Bad_Name", "--category", "foundations/networking",
                "--dry-run");
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertEquals("alexandria: error: --name 'Bad_Name' is not kebab-case: a module name is 2 to 64 lower-case "
                + "letters, digits and single hyphens, starting with a letter\n  fix: name it bad-name\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void usage_splitsWhatIsWrongFromItsFix_andSaysPicocliWordingsOnce() {
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        cases.put("unknown sort 'x'; use one of relevance, popularity",
                List.of("unknown sort 'x'", "use one of relevance, popularity"));
        cases.put("unknown tag 'netwrking': it is not declared in _catalog/tags.yaml; did you mean 'networking'?",
                List.of("unknown tag 'netwrking': it is not declared in _catalog/tags.yaml",
                        "did you mean 'networking'?"));
        cases.put("Invalid value for option '--output': expected one of table, json, yaml but was 'xml'",
                List.of("--output: unknown value 'xml'", "use one of table, json, yaml"));
        cases.put("Invalid value for option '--maturity' (LEVEL): unknown maturity 'x'; use one of alpha, beta "
                + "(LEVEL+: that level or above; =LEVEL: that level only)", List.of("--maturity: unknown maturity 'x'",
                "use one of alpha, beta (LEVEL+: that level or above; =LEVEL: that level only)"));
        cases.put("Invalid value for option '--category': invalid category 'x': expected <layer>/<subcategory>, "
                + "e.g. foundations/networking", List.of("--category: invalid category 'x'",
                "give <layer>/<subcategory>, e.g. foundations/networking"));
        cases.put("Invalid value for option '--limit': 'many' is not an int",
                List.of("--limit: 'many' is not a whole number", "give a whole number, e.g. --limit 10"));
        // an int option without a range of its own: a whole number too large for an int is said to be one
        cases.put("Invalid value for option '--count': '99999999999' is not an int",
                List.of("--count: 99999999999 is too large", "give a whole number from -2147483648 to 2147483647"));
        cases.put("Invalid value for option '--count': '-99999999999' is not an int",
                List.of("--count: -99999999999 is too small", "give a whole number from -2147483648 to 2147483647"));
        cases.put("Invalid value for option '--external-tools': 'maybe' is not a boolean",
                List.of("--external-tools: 'maybe' is not true or false",
                        "give --external-tools alone (true), or --external-tools=true or --external-tools=false"));
        cases.put("Error: Missing required argument (specify one of these): (--for=USE_CASE | --based-on=MODULE)",
                List.of("missing --for=USE_CASE or --based-on=MODULE", "give one of them"));
        cases.put("Error: --for=USE_CASE, --based-on=MODULE are mutually exclusive (specify only one)",
                List.of("--for=USE_CASE, --based-on=MODULE cannot be given together", "give only one of them"));
        cases.put("--changelog is needed: say what the release is about",
                List.of("--changelog is needed", "say what the release is about"));
        cases.put("missing FOLDER: name the folder whose sub-folders are Terraform modules, e.g. alexandria migrate x",
                List.of("missing FOLDER", "name the folder whose sub-folders are Terraform modules, e.g. "
                        + "alexandria migrate x"));
        cases.put("positional parameter at index 0..* (MODULE) requires at least 2 values, but only 1 were "
                + "specified: [vpc-standard]", List.of("MODULE needs at least 2 values, 1 given",
                "give at least 2 MODULE arguments"));
        cases.forEach((message, expected) -> {
            ErrorHandler.Usage u = ErrorHandler.usage(message);
            assertEquals(expected.get(0), u.what(), message);
            assertEquals(Optional.of(expected.get(1)), u.fix(), message);
        });
        for (String withoutFix : List.of(
                "Missing required parameter: 'MODULE'",
                "Expected parameter for option '--output' but found '--verbose'",
                "option '--limit' (N) should be specified only once",
                "unknown username 'named'")) {
            assertEquals(new ErrorHandler.Usage(withoutFix, Optional.empty()), ErrorHandler.usage(withoutFix));
        }
    }

    /** Every option error of a command prints one error line (never "error: Invalid value ... invalid") and a fix. */
    @Test
    void optionErrors_printOneErrorLineAndAFix() {
        for (List<String> args : List.of(
                List.of("browse", "--category", "nope"),
                List.of("browse", "--maturity", "nope"),
                List.of("browse", "--layer", "nope"),
                List.of("browse", "--category", "foundations/networking", "--layer", "compute"),
                List.of("search", "vpc", "--output", "xml"),
                List.of("search", "vpc", "--offset", "x"),
                List.of("validate", "--external-tools=maybe"),
                List.of("compare", "vpc-standard"),
                List.of("promote", "vpc-standard", "--to", "nope"),
                List.of("dependencies", "vpc-standard", "--depth", "-2"),
                List.of("migrate"))) {
            Cli.Result r = Cli.onSample(cwd).run(args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), r::toString);
            List<String> lines = r.err().lines().toList();
            assertEquals(2, lines.size(), r::toString);
            assertTrue(lines.get(0).startsWith("alexandria: error: "), r::toString);
            assertFalse(lines.get(0).substring("alexandria: error: ".length()).matches("(?i).*(error:|invalid value "
                    + "for).*"), r::toString);
            assertTrue(lines.get(1).startsWith("  fix: "), r::toString);
        }
    }

    @Test
    void searchCategory_thatIsNeitherLayerNorCategory_listsBoth() {
        Cli.Result r = Cli.onSample(cwd).run("search", "vpc", "--category", "nope");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: error: --category 'nope' is no layer or category of the library\n"
                + "  fix: use a layer (foundations, compute, data, integration, observability, security, patterns) or"
                + " a category declared in _catalog/categories.yaml (foundations/networking, "), r::toString);
        Cli.Result inLayer = Cli.onSample(cwd).run("search", "vpc", "--category", "foundations/nope");
        assertEquals(2, inLayer.exitCode(), inLayer::toString);
        assertTrue(inLayer.err().contains("(those of layer foundations: foundations/networking, foundations/security, "
                + "foundations/identity)\n"), inLayer::toString);
    }

    @Test
    void unknownOption_suggestsTheClosestOne() {
        Cli.Result r = Cli.onSample(cwd).run("browse", "--layr", "compute");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: unknown option --layr\n"
                + "  fix: did you mean --layer? (see 'alexandria browse --help')\n", r.err());
    }

    @Test
    void pageOption_pointsToOffsetAndLimit() {
        Cli.Result r = Cli.onSample(cwd).run("search", "vpc", "--page", "2");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: unknown option --page\n"
                + "  fix: did you mean --offset N with --limit N (the page size)? (see 'alexandria search --help')\n",
                r.err());
    }

    @Test
    void misspelledCommand_suggestsOnlyTheClosest() {
        Cli.Result r = Cli.onSample(cwd).run("serach", "k8s");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: unknown command 'serach'\n"
                + "  fix: did you mean search? (see 'alexandria --help')\n", r.err());
    }

    @Test
    void unknownCommand_isAUsageError() {
        Cli.Result r = Cli.onSample(cwd).run("brwse");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: unknown command 'brwse'\n"
                + "  fix: did you mean browse? (see 'alexandria --help')\n", r.err());
    }

    @Test
    void noCommand_printsUsageAndIsAUsageError() {
        Cli.Result r = Cli.onSample(cwd).run();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: error: no command given\n  fix: name one of the commands below\n"
                + "Usage: alexandria "), r::toString);
    }

    @Test
    void unknownModule_isAUsageErrorWithTheClosestId() {
        Cli.Result r = Cli.onSample(cwd).run("info", "vpc-standrd");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: no module 'vpc-standrd' in the library\n"
                + "  fix: did you mean 'vpc-standard'?\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownModule_withoutACloseId_pointsToBrowse() {
        Cli.Result r = Cli.onSample(cwd).run("info", "zzzzzzzzzzzz");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: no module 'zzzzzzzzzzzz' in the library\n"
                + "  fix: run 'alexandria browse' to list the modules\n", r.err());
    }

    @Test
    void brokenLibrary_writeCommand_listsEveryFindingAndIsADataError() {
        Cli.Result r = Cli.in(cwd).run("deprecate", "net-basic", "--reason", "x", "--dry-run", "--library",
                Cli.fixture("broken").toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals(""
                + "error: _library/foundations/networking/net-basic/.alexandria.yaml:1:1:"
                + " missing required key 'maturity'\n"
                + "  fix: add 'maturity:' here\n"
                + "error: _library/foundations/networking/net-basic/.alexandria.yaml:7:1: unknown key 'maturty'\n"
                + "  fix: did you mean 'maturity'? (the keys here are: category, compatible_with, complexity, cost,"
                + " deprecation, description, evidence, examples, id, layer, maintainer, maturity, maturity_history,"
                + " name, requires, support_channel, tags, version)\n"
                + "alexandria: error: 2 errors in the library\n"
                + "  fix: correct the files named above, then run the command again\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void brokenLibrary_verbose_addsTheStackTrace() {
        Cli.Result r = Cli.in(cwd).run("deprecate", "net-basic", "--reason", "x", "-v", "--library",
                Cli.fixture("broken").toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().contains("\tat dev.alexandria."), r::toString);
    }

    /** A copy of the minimal library whose net-peering metadata does not parse (a list left open). */
    private Path minimalWithBrokenPeering() throws java.io.IOException {
        Path lib = cwd.resolve("lib");
        Path from = Cli.fixture("minimal");
        try (var files = java.nio.file.Files.walk(from)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, lib.resolve(from.relativize(f).toString()));
            }
        }
        java.nio.file.Files.writeString(lib.resolve("_library/foundations/networking/net-peering/.alexandria.yaml"),
                "tags: [a\n", java.nio.file.StandardOpenOption.APPEND);
        return lib;
    }

    private static final String PEERING_ERROR = ""
            + "error: _library/foundations/networking/net-peering/.alexandria.yaml:13:5: duplicate key 'tags'\n"
            + "  fix: remove one of the two\n";

    /**
     * One module's broken metadata no longer stops every command: a library-wide answer (browse, search, graph) is
     * given over the other modules, then names the error with its fix and exits 1, as for a module whose HCL does
     * not parse, since the answer is without it.
     */
    @Test
    void brokenModule_libraryWideAnswersAreWithoutIt_andExit1() throws Exception {
        Path lib = minimalWithBrokenPeering();
        for (String[] command : List.of(new String[] {"browse"}, new String[] {"search", "network"},
                new String[] {"graph"})) {
            Cli.Result r = Cli.in(cwd).run(java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--library", lib.toString())).toArray(String[]::new));
            assertEquals(1, r.exitCode(), r::toString);
            assertTrue(r.out().contains("net-basic"), r::toString);
            assertFalse(r.out().contains("net-peering"), r::toString);
            assertEquals(PEERING_ERROR
                    + "alexandria: error: net-peering is unavailable (1 error in its files), so the answer above is "
                    + "without it\n"
                    + "  fix: correct the line named above ('alexandria validate' lists every error of the library), "
                    + "then run the command again\n", r.err(), r::toString);
        }
    }

    /**
     * The table's answer is followed by a line naming the modules it is without; a script reading
     * {@code --output json} must learn it too, the same way from browse, search and recommend: an
     * {@code unavailable} array, each module's id with its errors at file, line and column.
     */
    @Test
    void brokenModule_jsonOfLibraryWideAnswers_listsIt() throws Exception {
        Path lib = minimalWithBrokenPeering();
        for (String[] command : List.of(new String[] {"browse"}, new String[] {"search", "network"},
                new String[] {"recommend", "--based-on", "net-basic"})) {
            Cli.Result r = Cli.in(cwd).run(java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--library", lib.toString(), "--output", "json"))
                    .toArray(String[]::new));
            assertEquals(1, r.exitCode(), r::toString);
            com.fasterxml.jackson.databind.JsonNode left = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(r.out()).get("unavailable");
            assertTrue(left != null && left.size() == 1, r::toString);
            assertEquals("net-peering", left.get(0).get("module").asText(), r::toString);
            com.fasterxml.jackson.databind.JsonNode error = left.get(0).get("errors").get(0);
            assertEquals("_library/foundations/networking/net-peering/.alexandria.yaml:13:5: duplicate key 'tags'",
                    error.get("file").asText() + ":" + error.get("line") + ":" + error.get("column") + ": "
                            + error.get("message").asText(), r::toString);
            assertEquals("remove one of the two", error.get("hint").asText(), r::toString);
        }
        Cli.Result whole = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(), "--output",
                "json");
        assertEquals(0, new com.fasterxml.jackson.databind.ObjectMapper().readTree(whole.out()).get("unavailable")
                .size(), whole::toString);
    }

    /**
     * An answer that reads no module left out is whole: one broken module elsewhere must not turn every command of a
     * CI job red, nor print errors that have nothing to do with the question (trial: 'info vpc-basic' printed sqs's
     * and kms's errors and exited 1). One line counts the modules left out and names the command that lists them.
     */
    @Test
    void brokenModule_elsewhere_isOneLine_andExit0() throws Exception {
        Path lib = minimalWithBrokenPeering();
        for (String[] command : List.of(new String[] {"info", "net-basic"}, new String[] {"status", "net-basic"},
                new String[] {"inspect", "net-basic"}, new String[] {"compare", "net-basic", "app-service"})) {
            Cli.Result r = Cli.in(cwd).run(java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--library", lib.toString())).toArray(String[]::new));
            assertEquals(0, r.exitCode(), r::toString);
            assertTrue(r.out().contains("net-basic") || command[0].equals("inspect"), r::toString);
            assertTrue(r.err().endsWith("alexandria: 1 module elsewhere is unavailable (net-peering: 1 error in its "
                    + "files); run 'alexandria validate' to list it with its fix\n"), r::toString);
            assertFalse(r.err().contains("duplicate key"), r::toString);
        }
    }

    /**
     * compare of an unavailable module with healthy ones printed nothing for the healthy ones: they are compared,
     * and the unavailable one is named with its errors after the answer, exit 1 as the answer is without it.
     */
    @Test
    void brokenModule_comparedWithHealthyOnes_theyAreCompared_andItIsNamed() throws Exception {
        Cli.Result r = Cli.in(cwd).run("compare", "net-peering", "net-basic", "app-service", "--library",
                minimalWithBrokenPeering().toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().contains("net-basic") && r.out().contains("app-service"), r::toString);
        assertTrue(r.err().contains(PEERING_ERROR
                + "alexandria: error: net-peering is unavailable (1 error in its files), so the answer above is "
                + "without it\n"), r::toString);
        assertFalse(r.err().contains("elsewhere"), r::toString);
    }

    /**
     * A need whose module is unavailable is not one "no module of the library makes": the module named for it is
     * unavailable, and correcting its files is the fix.
     */
    @Test
    void brokenModule_namedForAnUncoveredNeed_isSaidToBeUnavailable() throws Exception {
        Path lib = cwd.resolve("sample");
        Cli.copy(dev.alexandria.examples.SampleLibrary.path(), lib);
        java.nio.file.Files.writeString(lib.resolve("_library/integration/messaging/sqs/.alexandria.yaml"),
                "tags: [a\n", java.nio.file.StandardOpenOption.APPEND);
        Cli.Result r = Cli.in(cwd).run("recommend", "--for", "an sqs queue", "--library", lib.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().contains("uncovered: an sqs queue: sqs, which is named for it, is unavailable (errors in "
                + "its files); run 'alexandria --library " + lib + " validate sqs' to list them with their fixes"),
                r::toString);
        assertFalse(r.out().contains("no module of the library makes it"), r::toString);
        String json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Cli.in(cwd).run("recommend", "--for",
                "an sqs queue", "--library", lib.toString(), "--output", "json").out()).get("uncovered").toString();
        assertTrue(json.startsWith("[{\"name\":\"an sqs queue\",\"kind\":\"need\",\"reason\":\"sqs, which is named "
                + "for it, is unavailable"), json);
        assertTrue(json.contains("\"unavailable_module\":\"sqs\"}]"), json);
    }

    @Test
    void brokenModule_askedFor_namesItsErrors_andExits1() throws Exception {
        Cli.Result r = Cli.in(cwd).run("info", "net-peering", "--library", minimalWithBrokenPeering().toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(PEERING_ERROR
                + "alexandria: error: net-peering is unavailable: 1 error in its files\n"
                + "  fix: correct the line named above, then run the command again\n", r.err());
        assertEquals("", r.out());
    }

    /**
     * validate of the broken module says what happened to it: the library opens, the module does not ('The library
     * does not open' was false).
     */
    @Test
    void brokenModule_validated_isUnavailable_notTheLibrary() throws Exception {
        Cli.Result r = Cli.in(cwd).run("validate", "net-peering", "--library", minimalWithBrokenPeering().toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().endsWith("net-peering is unavailable (its own files have errors): 1 error, 0 warnings\n"),
                r::toString);
        assertFalse(r.out().contains("does not open"), r::toString);
    }

    /** A command that writes the catalog stops, even as a dry run: nothing is written next to broken data. */
    @Test
    void brokenModule_writeCommandsStop() throws Exception {
        Cli.Result r = Cli.in(cwd).run("deprecate", "net-basic", "--reason", "x", "--dry-run", "--library",
                minimalWithBrokenPeering().toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals(PEERING_ERROR + "alexandria: error: 1 error in the library\n"
                + "  fix: correct the files named above, then run the command again\n", r.err());
    }

    /** validate lists every broken file, not only the first. */
    @Test
    void brokenModules_validateListsEveryBrokenFile() throws Exception {
        Path lib = minimalWithBrokenPeering();
        java.nio.file.Files.writeString(lib.resolve("_library/compute/containers/app-service/.alexandria.yaml"),
                "maturity: 5\n", java.nio.file.StandardOpenOption.APPEND);
        Cli.Result r = Cli.in(cwd).run("validate", "--library", lib.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().contains(PEERING_ERROR.replace("'tags'\n", "'tags' [yaml-duplicate-key]\n")), r::toString);
        assertTrue(r.out().contains("error: _library/compute/containers/app-service/.alexandria.yaml:"), r::toString);
    }

    /** A broken library-wide file still stops every command, at its file and line with the fix. */
    @Test
    void brokenCatalogFile_stopsEveryCommand() throws Exception {
        Path lib = minimalWithBrokenPeering();
        java.nio.file.Files.writeString(lib.resolve("_library/foundations/networking/net-peering/.alexandria.yaml"),
                java.nio.file.Files.readString(Cli.fixture("minimal")
                        .resolve("_library/foundations/networking/net-peering/.alexandria.yaml")));
        java.nio.file.Files.writeString(lib.resolve("_catalog/categories.yaml"), "layers: 5\n",
                java.nio.file.StandardOpenOption.APPEND);
        Cli.Result r = Cli.in(cwd).run("browse", "--library", lib.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("error: _catalog/categories.yaml:"), r::toString);
        assertTrue(r.err().endsWith("alexandria: error: 1 error in the library\n"
                + "  fix: correct the files named above, then run the command again\n"), r::toString);
    }

    @Test
    void notALibrary_isADataError() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", cwd.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: error: " + cwd + " is not a library root"), r::toString);
        assertEquals(2, r.err().lines().count(), r::toString);
    }

    @Test
    void noLibraryFound_fallsBackToTheSampleAndSaysSo() {
        Cli.Result r = Cli.in(cwd).run("browse");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("alexandria: no library found in " + cwd
                + "; using the bundled sample library (set --library or ALEXANDRIA_LIBRARY)",
                r.err().lines().findFirst().orElse(""));
        assertTrue(r.out().contains("vpc-standard"), r::toString);
    }

    @Test
    void unexpectedException_isAnInternalError() {
        Cli.Result r = failing();
        assertEquals(4, r.exitCode(), r::toString);
        assertEquals("alexandria: error: internal error: java.lang.IllegalStateException: boom\n"
                + "  fix: this is a bug in Alexandria; rerun with --verbose and report the stack trace\n", r.err());
    }

    @Test
    void unexpectedException_verbose_addsTheStackTrace() {
        Cli.Result r = failing("--verbose");
        assertEquals(4, r.exitCode(), r::toString);
        assertTrue(r.err().contains("java.lang.IllegalStateException: boom\n\tat dev.alexandria.cli.ErrorHandlingTest"), r::toString);
    }

    @Test
    void outOfMemory_isAnInternalErrorThatSaysHowToGiveTheJvmMore() {
        Cli.Result r = throwing(new OutOfMemoryError("Java heap space"));
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertEquals(4, r.exitCode(), r::toString);
        assertEquals("alexandria: error: out of memory (Java heap space): the Java heap may grow to " + maxMb + " MB\n"
                + "  fix: give it more, e.g. ALEXANDRIA_JAVA_OPTS=-Xmx" + ErrorHandler.twice(maxMb)
                + " (java -Xmx" + ErrorHandler.twice(maxMb) + " when you run the jar yourself)\n", r.err());
    }

    @Test
    void outOfMemoryInsideAnotherException_isFoundInTheCauses() {
        Cli.Result r = throwing(new IllegalStateException("worker failed", new OutOfMemoryError("Java heap space")));
        assertEquals(4, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: error: out of memory (Java heap space)"), r::toString);
    }

    @Test
    void stackOverflow_saysHowToRaiseTheStack() {
        Cli.Result r = throwing(new StackOverflowError());
        assertEquals(4, r.exitCode(), r::toString);
        assertEquals("alexandria: error: the thread stack overflowed (input nested too deeply?)\n"
                + "  fix: raise the stack size, e.g. ALEXANDRIA_JAVA_OPTS=-Xss16m; if that does not help, this is a bug"
                + " in Alexandria: rerun with --verbose and report the stack trace\n", r.err());
    }

    @Test
    void failedClassInitialisation_namesTheCause() {
        Cli.Result r = throwing(new ExceptionInInitializerError(new IllegalArgumentException("bad constant")));
        assertEquals(4, r.exitCode(), r::toString);
        assertEquals("alexandria: error: internal error: a class failed to initialise:"
                + " java.lang.IllegalArgumentException: bad constant\n"
                + "  fix: this is a bug in Alexandria; rerun with --verbose and report the stack trace\n", r.err());
    }

    @Test
    void missingClass_saysToRebuild() {
        Cli.Result r = throwing(new NoClassDefFoundError("com/fasterxml/jackson/core/JsonFactory"));
        assertEquals(4, r.exitCode(), r::toString);
        assertEquals("alexandria: error: internal error: the class path is incomplete or mixes versions:"
                + " java.lang.NoClassDefFoundError: com/fasterxml/jackson/core/JsonFactory\n"
                + "  fix: rebuild Alexandria (mvn -B -DskipTests package -pl alexandria-cli -am), or rerun with"
                + " --verbose and report the stack trace\n", r.err());
    }

    @Test
    void jvmError_verbose_addsTheStackTrace() {
        Cli.Result r = throwing(new OutOfMemoryError("Java heap space"), "--verbose");
        assertEquals(4, r.exitCode(), r::toString);
        assertTrue(r.err().contains("java.lang.OutOfMemoryError: Java heap space\n\tat "), r::toString);
    }

    @Test
    void hclErrorsFromAnyCommand_areFindingsAtFileLineNotDataErrors() {
        // Only cost reads HCL for its answer today, but every command that meets a module's HCL errors (register
        // writing the estimate, for one) must report them as inspect does: exit 1 with each error at file:line.
        Path file = Path.of("").toAbsolutePath().resolve("main.tf"); // the process's working directory
        Cli.Result r = throwing(new ModuleHclException("vpc-standard", List.of(
                Diagnostic.error("Unclosed configuration block", "no closing brace",
                        SourceLocation.of(file.toString(), 3, 18)),
                Diagnostic.error("Invalid expression", "", SourceLocation.of("/elsewhere/outputs.tf", 1, 9)))));
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("error: main.tf:3:18: Unclosed configuration block: no closing brace\n"
                + "error: /elsewhere/outputs.tf:1:9: Invalid expression\n"
                + "alexandria: error: vpc-standard: 2 errors in the HCL\n"
                + "  fix: correct the HCL at the lines above ('alexandria inspect vpc-standard' shows them too), then"
                + " run the command again\n", r.err());
    }

    @Test
    void twice_spellsAnXmxValue() {
        assertEquals("512m", ErrorHandler.twice(256));
        assertEquals("2g", ErrorHandler.twice(1024));
        assertEquals("12g", ErrorHandler.twice(6028));
        assertEquals("64m", ErrorHandler.twice(0));
    }

    private static Cli.Result failing(String... args) {
        return throwing(new IllegalStateException("boom"), args);
    }

    /** Runs a command whose call() throws, as AlexandriaCli.run runs the real ones. */
    private static Cli.Result throwing(Throwable thrown, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        ErrorHandler handler = new ErrorHandler();
        int exitCode = AlexandriaCli.execute(() -> new CommandLine(new Failing(thrown))
                .setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler(handler)
                .setExecutionExceptionHandler(handler), args, outWriter, errWriter);
        return new Cli.Result(exitCode, out.toString(), err.toString());
    }

    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        @Mixin
        GlobalOptions options;

        private final Throwable thrown;

        Failing(Throwable thrown) {
            this.thrown = thrown;
        }

        @Override
        public Integer call() throws Exception {
            if (thrown instanceof Error) {
                throw (Error) thrown;
            }
            throw (Exception) thrown;
        }
    }

    @Test
    void libraryOptionNamingNoFolder_saysItDoesNotExist() {
        Path missing = cwd.resolve("no-such-library");
        Cli.Result r = Cli.in(cwd).run("browse", "--library", missing.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("alexandria: error: " + missing.toAbsolutePath().normalize() + " does not exist\n"
                + "  fix: pass the folder that holds _library/ and _catalog/ (usually components/terraform)\n", r.err());
    }

    @Test
    void environmentNamingNoLibrary_namesTheVariable() {
        Cli.Result r = Cli.in(cwd).env("ALEXANDRIA_LIBRARY", cwd.toString()).run("browse");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("alexandria: error: ALEXANDRIA_LIBRARY=" + cwd + " is not a library root (a folder with _library/"
                + " and _catalog/)\n"
                + "  fix: set it to one (usually components/terraform) or unset it\n", r.err());
    }

    @Test
    void controlCharactersOfUserText_areEscapedInErrorsAndAnswers() {
        Cli.Result info = Cli.onSample(cwd).run("info", "\u001b[31mred");
        assertEquals(2, info.exitCode(), info::toString);
        assertTrue(info.err().contains("no module '\\x1b[31mred' in the library"), info::toString);
        assertFalse(info.err().contains("\u001b"), info::toString);
        Cli.Result search = Cli.onSample(cwd).run("search", "\u001b[(\u0007");
        assertTrue(search.out().contains("no modules match: '\\x1b[(\\x07' has no word to search for"), search::toString);
        assertFalse(search.out().contains("\u001b") || search.out().contains("\u0007"), search::toString);
        Cli.Result option = Cli.onSample(cwd).run("search", "--sort", "\u009b31m");
        assertTrue(option.err().contains("unknown sort '\\x9b31m'"), option::toString);
    }

    @Test
    void controlCharacters_escape_keepsLineBreaksTabsAndTheCliOwnBoldHeaders() {
        assertEquals("a\\x1b[31mb\tc\n", ControlCharacters.escape("a\u001b[31mb\tc\n"));
        assertEquals("\\x0dover", ControlCharacters.escape("\rover"));
        assertEquals("line\r\n", ControlCharacters.escape("line\r\n"));
        StringWriter raw = new StringWriter();
        PrintWriter escaping = ControlCharacters.escaping(new PrintWriter(raw));
        escaping.print("\u001b[1mID\u001b[0m \u001b]0;title\u0007");
        escaping.flush();
        assertEquals("\u001b[1mID\u001b[0m \\x1b]0;title\\x07", raw.toString());
    }
    /**
     * A value of free text that starts with '-' and reads as an option ("--for -vpc") gets the way to give it, as
     * {@code search -vpc} does: before, picocli's "Expected parameter for option '--for' but found '-vpc'" and the
     * help.
     */
    @Test
    void anOptionLikeValueOfAnOption_saysHowToGiveIt() {
        Cli.Result r = Cli.onSample(cwd).run("recommend", "--for", "-vpc");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: option --for needs USE_CASE, but -vpc reads as an option\n  fix: to give -vpc "
                + "as USE_CASE, put a space before it inside the quotes: 'alexandria recommend --for \" -vpc\"' (see "
                + "'alexandria recommend --help')\n", r.err(), r::toString);
        Cli.Result spaced = Cli.onSample(cwd).run("recommend", "--for", " -vpc");
        assertEquals(0, spaced.exitCode(), spaced::toString);
        assertTrue(spaced.out().startsWith("Recommended for '-vpc'"), spaced::toString);
        Cli.Result basedOn = Cli.onSample(cwd).run("recommend", "--based-on", "-vpc");
        assertTrue(basedOn.err().contains("'alexandria recommend --based-on \" -vpc\"'"), basedOn::toString);
    }
}
