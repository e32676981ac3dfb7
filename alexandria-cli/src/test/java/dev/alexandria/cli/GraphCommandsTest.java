package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.examples.SampleLibrary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandsTest {

    @TempDir
    Path cwd;

    @Test
    void graphCheck_onTheSampleLibraryPassesAndCountsTheNotes() {
        Cli.Result r = Cli.onSample(cwd).run("graph", "--check");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Checked 40 modules and 32 edges: 0 errors, 0 warnings, 0 exemptions; 1 declared dependency "
                + "without a module call (normal for modules deployed separately; 'alexandria graph --check "
                + "--verbose' lists them)\n", r.out());
    }

    @Test
    void graphCheck_reportsEveryErrorWithItsFixAndExitsOne() {
        Cli.Result r = Cli.in(cwd).run("graph", "--check", "--library", Cli.fixture("graph-cycle").toString());
        assertEquals(1, r.exitCode(), r::toString);
        String sg = "_library/foundations/security/securitygroup/.alexandria.yaml:10:5: ";
        assertTrue(r.out().contains("error: " + sg + "dependency cycle: securitygroup -> eks-standard -> vpc-standard"
                + " -> securitygroup\n  fix: remove one of the requirements in the cycle\n"), r::toString);
        assertTrue(r.out().contains("error: " + sg + "requires 'eks-standard' (_library/compute/containers/"
                + "eks-standard), a module of the higher layer compute;"), r::toString);
        assertTrue(r.out().endsWith("Checked 5 modules and 6 edges: 3 errors, 0 warnings, 0 exemptions; 6 declared "
                + "dependencies without a module call (normal for modules deployed separately; 'alexandria graph "
                + "--check --verbose' lists them)\n"), r::toString);
    }

    @Test
    void graphCheck_json_listsFindingsAndExemptions() {
        Cli.Result r = Cli.in(cwd).run("graph", "--check", "--output", "json", "--library",
                Cli.fixture("graph-cycle").toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\"rule\": \"layer-rule\""), r::toString);
        assertTrue(r.out().contains("\"exemptions\": [ ]"), r::toString);
    }

    @Test
    void dependencies_printsTheTreeTheChosenVersionsAndTheDeployOrder() {
        Cli.Result r = Cli.onSample(cwd).run("dependencies", "web-app-serverless", "--depth", "1");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("web-app-serverless\n├── apigateway-rest "), r::toString);
        assertTrue(r.out().contains("└── lambda-basic  [call ../../../compute/serverless/lambda-basic]\n"), r::toString);
        assertTrue(r.out().contains("\nVersions chosen for the declared dependencies:\n"), r::toString);
        assertTrue(r.out().endsWith("Deploy order: lambda-basic, dynamodb, apigateway-rest, cognito, "
                + "web-app-serverless\n"), r::toString);
    }

    @Test
    void dependencies_reverseListsWhoUsesTheModule() {
        Cli.Result r = Cli.onSample(cwd).run("dependencies", "kms", "--reverse");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().endsWith("1 module depends on kms, directly or not: streaming-pipeline\n"), r::toString);
    }

    @Test
    void dependencies_dotAndMermaidAndTheFormatAlias() {
        Cli.Result dot = Cli.onSample(cwd).run("dependencies", "eks-addons", "--output", "dot");
        assertEquals("digraph \"eks-addons\" {\n  rankdir=LR;\n  node [shape=box];\n  \"eks-addons\";\n"
                + "  \"eks-standard\";\n  \"eks-addons\" -> \"eks-standard\" [label=\">= 2.0.0, < 3.0.0\"];\n}\n",
                dot.out());
        Cli.Result mermaid = Cli.onSample(cwd).run("dependencies", "eks-addons", "--format", "mermaid");
        assertEquals("flowchart LR\n  eks_addons[\"eks-addons\"]\n  eks_standard[\"eks-standard\"]\n"
                + "  eks_addons -->|\">= 2.0.0, < 3.0.0\"| eks_standard\n", mermaid.out());
    }

    @Test
    void dependencies_json_hasTheTreeAndTheResolution() {
        Cli.Result r = Cli.onSample(cwd).run("--output", "json", "dependencies", "eks-addons");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\"selected\": {"), r::toString);
        assertTrue(r.out().contains("\"kind\": \"requires\""), r::toString);
    }

    @Test
    void dependencies_badDepthIsAUsageError() {
        Cli.Result r = Cli.onSample(cwd).run("dependencies", "kms", "--depth", "0");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: --depth: 0 is too small\n  fix: give a whole number from 1 to 2147483647\n",
                r.err(), r::toString);
    }

    @Test
    void graphCheck_reportsAnHclErrorThatHidesAModuleCall() throws java.io.IOException {
        java.nio.file.Path lib = cwd.resolve("lib");
        Cli.copy(SampleLibrary.path(), lib);
        java.nio.file.Path main = lib.resolve("_library/patterns/multi-tier-app/web-app-ecs/main.tf");
        int lines = (int) java.nio.file.Files.readString(main).lines().count();
        java.nio.file.Files.writeString(main, java.nio.file.Files.readString(main)
                + "\nmodule \"broken\" {\n  source = \"../../../foundations/networking/vpc-basic\"\n");
        Cli.Result r = Cli.in(cwd).run("graph", "--check", "--library", lib.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("error: _library/patterns/multi-tier-app/web-app-ecs/main.tf:" + (lines + 2)
                + ":17: web-app-ecs: Unclosed configuration block: There is no closing brace for this block before the "
                + "end of the file. This may be caused by incorrect brace nesting elsewhere in this file\n"
                + "  fix: correct the HCL ('alexandria inspect web-app-ecs' shows it); a module call it hides is missing "
                + "from the graph\n"), r::toString);
    }

    private static final String CYCLE_WARNING = "warning: the graph has a dependency cycle (securitygroup, "
            + "vpc-standard, eks-standard), so there is no valid deploy order; the order shown places the modules of "
            + "each cycle together by layer and id. 'alexandria graph --check' reports every cycle with its path\n";

    @Test
    void graph_withACycleWarnsAndGivesNoDeployOrder() {
        Cli.Result r = Cli.in(cwd).run("graph", "--library", Cli.fixture("graph-cycle").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains(CYCLE_WARNING), r::toString);
        assertTrue(r.out().contains("\ncycle  securitygroup  foundations  eks-standard\n"), r::toString);
        Cli.Result json = Cli.in(cwd).run("graph", "--output", "json", "--library",
                Cli.fixture("graph-cycle").toString());
        String compact = json.out().replaceAll("\\s+", "");
        assertTrue(compact.contains("\"deploy_order\":null,"), json::toString);
        assertTrue(compact.contains("\"cycles\":[[\"securitygroup\",\"vpc-standard\",\"eks-standard\"]]"),
                json::toString);
    }

    @Test
    void dependencies_ofAModuleInACycleWarnsAndGivesNoDeployOrder() {
        Cli.Result r = Cli.in(cwd).run("dependencies", "vpc-standard", "--library",
                Cli.fixture("graph-cycle").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains(CYCLE_WARNING), r::toString);
        assertTrue(r.out().contains("No deploy order (a dependency cycle); modules, each cycle's together: "),
                r::toString);
    }

    @Test
    void graph_json_edgesAreAListWithFileLineAndColumn() {
        Cli.Result r = Cli.onSample(cwd).run("graph", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        String compact = r.out().replaceAll("\\s+", "");
        assertTrue(compact.startsWith("{\"module_count\":40,\"edge_count\":32,\"deploy_order\":["), r::toString);
        assertTrue(compact.contains("\"edges\":[{"), r::toString);
        assertTrue(compact.contains("{\"from\":\"eks-addons\",\"to\":\"eks-standard\",\"kind\":\"requires\","
                + "\"constraint\":\">=2.0.0,<3.0.0\",\"file\":\"_library/compute/containers/eks-addons/"
                + ".alexandria.yaml\",\"line\":14,\"column\":5}"), r::toString);
        assertTrue(!r.out().contains("edge_list") && !r.out().contains("\"location\""), r::toString);
    }

    @Test
    void graphCheck_json_countsTheUncalledRequirementsAndNamesTheCommandThatListsThem() {
        Cli.Result r = Cli.onSample(cwd).run("graph", "--check", "--output", "json");
        assertTrue(r.out().replaceAll("\\s+", "").contains("\"uncalled_requirements\":{\"count\":1,\"listed_by\":"
                + "\"alexandriagraph--check--verbose\"}"), r::toString);
        Cli.Result verbose = Cli.onSample(cwd).run("graph", "--check", "--output", "json", "--verbose");
        assertTrue(verbose.out().replaceAll("\\s+", "").contains("\"uncalled_requirements\":{\"count\":1,"
                + "\"edges\":[{\"from\":\"eks-addons\""), verbose::toString);
    }

    @Test
    void dependenciesHelp_listsNoCacheAndExitThree() {
        Cli.Result r = Cli.onSample(cwd).run("dependencies", "--help");
        assertTrue(r.out().contains("--no-cache"), r::toString);
        assertTrue(r.out().contains("  3  data error (bad library file)"), r::toString);
        Cli.Result g = Cli.onSample(cwd).run("graph", "--help");
        assertTrue(g.out().contains("  3  data error (bad library file)"), g::toString);
        assertEquals(0, Cli.onSample(cwd).run("dependencies", "kms", "--no-cache").exitCode());
    }

    @Test
    void graphCheck_aGitRefWithoutAReleaseTagIsAnErrorAtTheCall() throws Exception {
        java.nio.file.Path lib = cwd.resolve("lib");
        Cli.copy(SampleLibrary.path(), lib);
        java.nio.file.Path main = lib.resolve("_library/patterns/multi-tier-app/web-app-ecs/main.tf");
        java.nio.file.Files.writeString(main, java.nio.file.Files.readString(main).replace(
                "source = \"../../../foundations/networking/vpc-standard\"",
                "source = \"git::https://git.example.com/lib.git//_library/foundations/networking/vpc-standard"
                        + "?ref=vpc-standard/v2.9.9\""));
        Cli.Result outside = Cli.in(cwd).run("graph", "--check", "--library", lib.toString());
        assertEquals(0, outside.exitCode(), outside::toString);
        assertTrue(outside.out().contains("info: _library/patterns/multi-tier-app/web-app-ecs/main.tf:16:1: the "
                + "library is not in a git repository, so the refs of 1 git module call (such as "
                + "ref=vpc-standard/v2.9.9) cannot be checked against its release tags\n"), outside::toString);
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(lib.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("library").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                    .setSign(false).call();
            git.tag().setName("vpc-standard/v2.3.0").setAnnotated(false).call();
        }
        Cli.Result r = Cli.in(cwd).run("graph", "--check", "--library", lib.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().contains("error: _library/patterns/multi-tier-app/web-app-ecs/main.tf:16:1: calls "
                + "'vpc-standard' at ref=vpc-standard/v2.9.9 (source \"git::https://git.example.com/lib.git//_library/"
                + "foundations/networking/vpc-standard?ref=vpc-standard/v2.9.9\"), but the library has no tag "
                + "vpc-standard/v2.9.9; released versions of vpc-standard: 2.3.0\n  fix: call a released version "
                + "(ref=vpc-standard/v2.3.0)\n"), r::toString);
        // a ref outside the requires constraint that does not exist either: one error, not also call-version
        java.nio.file.Files.writeString(main, java.nio.file.Files.readString(main).replace("v2.9.9", "v3.9.9"));
        Cli.Result beyond = Cli.in(cwd).run("graph", "--check", "--library", lib.toString());
        assertEquals(1, beyond.exitCode(), beyond::toString);
        assertTrue(beyond.out().contains("but the library has no tag vpc-standard/v3.9.9;"), beyond::toString);
        assertEquals(1, beyond.out().split("web-app-ecs/main.tf:16:1:", -1).length - 1, beyond::toString);
    }
}
