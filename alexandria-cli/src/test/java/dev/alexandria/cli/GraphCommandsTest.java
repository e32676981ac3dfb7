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
        assertTrue(r.err().contains("--depth must be at least 1, got 0; leave it out to show every level"), r::toString);
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
                + ":17: web-app-ecs: Unclosed configuration block; There is no closing brace for this block before the "
                + "end of the file. This may be caused by incorrect brace nesting elsewhere in this file.\n"
                + "  fix: correct the HCL ('alexandria inspect web-app-ecs' shows it); a module call it hides is missing "
                + "from the graph\n"), r::toString);
    }
}
