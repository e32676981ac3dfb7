package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.ResourceRef;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TypeConstraint;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleInspectorTest {

    private static final Path FIXTURES = Path.of("src/test/resources/inspect");
    private final ModuleInspector inspector = new ModuleInspector();

    @Test
    void variables_carryTheTypedModel() {
        ModuleInterface mi = inspector.inspect(FIXTURES.resolve("types-defaults"));
        InputVariable nested = mi.variable("nested").orElseThrow();
        TypeConstraint.Collection map = (TypeConstraint.Collection) nested.type();
        assertEquals(TypeConstraint.Collection.Kind.MAP, map.kind());
        TypeConstraint.ObjectType obj = (TypeConstraint.ObjectType) map.element();
        assertEquals("object({cidr = string, tags = optional(map(string)), ports = optional(list(number), "
                + "[80, 443])})", obj.render());
        TypeConstraint.Attribute ports = obj.attribute("ports").orElseThrow();
        assertTrue(ports.optional());
        assertEquals(Optional.of(new LiteralValue.ListValue(List.of(num("80"), num("443")))), ports.defaultValue());
        assertEquals("map(object({cidr = string, tags = optional(map(string)), ports = optional(list(number), "
                + "[80, 443])}))", nested.type().render());

        assertEquals(Optional.of(num("-12.5")), mi.variable("num").orElseThrow().defaultValue());
        assertEquals(TypeConstraint.ANY, mi.variable("no_type").orElseThrow().type());
        assertEquals(Optional.empty(), mi.variable("no_type").orElseThrow().typeSource());
        assertEquals("map(any)", mi.variable("legacy_map").orElseThrow().type().render());
        assertEquals("tuple([string, number, bool])", mi.variable("tuple").orElseThrow().type().render());
        assertEquals(Optional.of(LiteralValue.nullValue()), mi.variable("nothing").orElseThrow().defaultValue());
        assertEquals(Optional.of(new LiteralValue.NonLiteral("concat([\"a\"], [\"b\"])")),
                mi.variable("computed_default").orElseThrow().defaultValue());

        InputVariable flag = mi.variable("flag").orElseThrow();
        assertFalse(flag.nullable());
        assertTrue(flag.sensitive());
        assertTrue(mi.variable("str").orElseThrow().nullable());

        InputVariable token = mi.variable("ephemeral_token").orElseThrow();
        assertTrue(token.ephemeral());
        assertTrue(token.required());
        assertEquals(2, token.validationCount());
        assertEquals(Optional.of("Use token_v2 instead"), token.deprecated());
        assertEquals(SourceLocation.of(FIXTURES.resolve("types-defaults/variables.tf").toString(), 62, 1),
                token.location());
    }

    @Test
    void outputsAndResources_keepSourceText() {
        ModuleInterface mi = inspector.inspect(FIXTURES.resolve("syntax"));
        OutputValue ids = mi.output("ids").orElseThrow();
        assertEquals(List.of("aws_subnet.this", "data.aws_iam_policy_document.doc"), ids.dependsOn());
        ResourceRef subnet = mi.managedResources().get(0);
        assertEquals(Optional.of("length(var.subnets)"), subnet.count());
        assertEquals(Optional.empty(), subnet.forEach());
        assertEquals(Optional.of("toset([\"a\", \"b\"])"), mi.dataResources().get(0).forEach());
        assertEquals("data.aws_iam_policy_document.doc", mi.dataResources().get(0).address());
    }

    @Test
    void ownVariableCount_excludesBoilerplateFiles(@TempDir Path dir) throws IOException {
        StringBuilder context = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            context.append("variable \"ctx").append(i).append("\" {}\n");
        }
        Files.writeString(dir.resolve("context.tf"), context);
        Files.writeString(dir.resolve("variables.tf"), "variable \"a\" {}\nvariable \"b\" {}\n");
        ModuleInterface all = inspector.inspect(dir);
        assertEquals(22, all.ownVariableCount());
        assertEquals(Set.of(), all.boilerplateFiles());
        ModuleInterface own = inspector.inspect(dir, InspectOptions.boilerplate("context.tf", "absent.tf"));
        assertEquals(2, own.ownVariableCount());
        assertEquals(22, own.variables().size());
        assertEquals(Set.of("context.tf"), own.boilerplateFiles());
    }

    @Test
    void crlfAndBom_readTheSameAsLf(@TempDir Path dir) throws IOException {
        Path lf = dir.resolve("lf");
        Path crlf = dir.resolve("crlf");
        Files.createDirectories(lf);
        Files.createDirectories(crlf);
        String src = Files.readString(FIXTURES.resolve("syntax/main.tf"), StandardCharsets.UTF_8);
        Files.writeString(lf.resolve("main.tf"), src, StandardCharsets.UTF_8);
        Files.writeString(crlf.resolve("main.tf"), "\uFEFF" + src.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        String a = InspectJson.render(inspector.inspect(lf)).replace(lf.toString(), "D");
        String b = InspectJson.render(inspector.inspect(crlf)).replace(crlf.toString(), "D");
        // Values read the same; source text (a multi-line type) is kept exactly, with its CRLFs.
        assertTrue(b.contains("list(object({\\r\\n"), b);
        assertEquals(a, b.replace("\\r\\n", "\\n"));
        assertFalse(a.contains("diagnostics"));
    }

    @Test
    void invalidUtf8_isReportedAndTheRestStillRead(@TempDir Path dir) throws IOException {
        byte[] bytes = "variable \"a\" {}\n# caf\u00e9 ok\nvariable \"b\" { default = \"x?y\" }\n"
                .getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 6] = (byte) 0xC3; // a lone lead byte
        Files.write(dir.resolve("main.tf"), bytes);
        ModuleInterface mi = inspector.inspect(dir);
        assertEquals(2, mi.variables().size());
        assertEquals(List.of(Diagnostic.error("Invalid character encoding", "All input files must be UTF-8 encoded. "
                + "Ensure that UTF-8 encoding is selected in your editor.",
                SourceLocation.of(dir.resolve("main.tf").toString(), 3, 0))), mi.diagnostics());
        assertEquals(Optional.of(LiteralValue.of("x\uFFFDy")), mi.variable("b").orElseThrow().defaultValue());
    }

    @Test
    void missingFolder_isADiagnostic() {
        ModuleInterface mi = inspector.inspect(Path.of("no/such/dir"));
        assertEquals(List.of(Diagnostic.error("Failed to read directory",
                "Directory no/such/dir does not exist or cannot be read.", SourceLocation.of("no/such/dir"))),
                mi.diagnostics());
        assertTrue(mi.hasErrors());
    }

    @Test
    void hiddenBackupAndOtherFiles_areIgnored(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".hidden.tf"), "variable \"h\" {}");
        Files.writeString(dir.resolve("main.tf~"), "variable \"b\" {}");
        Files.writeString(dir.resolve("#main.tf#"), "variable \"e\" {}");
        Files.writeString(dir.resolve("README.md"), "variable \"r\" {}");
        Files.writeString(dir.resolve("main.tf"), "variable \"m\" {}");
        assertEquals(List.of("m"), inspector.inspect(dir).variables().stream().map(InputVariable::name).toList());
    }

    @Test
    void duplicateDeclarations_areReported() {
        ModuleInterface mi = inspector.inspectSources("m", Map.of("a.tf", "variable \"x\" {}\n",
                "b.tf", "variable \"x\" { default = 1 }\n"), InspectOptions.defaults());
        assertEquals(1, mi.variables().size());
        assertTrue(mi.variables().get(0).required());
        assertEquals("m/b.tf:1:1: error: Duplicate variable declaration; A variable named \"x\" was already "
                + "declared at m/a.tf:1,1. Variable names must be unique within a module.",
                mi.diagnostics().get(0).toString());
    }

    @Test
    void wrongLabelCounts_areReported() {
        ModuleInterface mi = inspector.inspectSources("m", Map.of("a.tf",
                "variable {}\nresource \"aws_vpc\" {}\noutput \"a\" \"b\" {}\n"), InspectOptions.defaults());
        assertEquals(List.of("Missing name for variable", "Missing name for resource", "Extraneous label for output"),
                mi.diagnostics().stream().map(Diagnostic::summary).toList());
        assertEquals("All resource blocks must have 2 labels (type, name).", mi.diagnostics().get(1).detail());
    }

    @Test
    void nonConstantStrings_areReportedWhereTheReferenceOrCallIs() {
        ModuleInterface mi = inspector.inspectSources("m", Map.of("a.tf",
                "variable \"x\" {\n  description = var.y\n}\nmodule \"m\" {\n  source = lower(\"A\")\n}\n"),
                InspectOptions.defaults());
        assertEquals("m/a.tf:2:17: error: Variables not allowed; Variables may not be used here.",
                mi.diagnostics().get(0).toString());
        assertEquals("m/a.tf:5:12: error: Function calls not allowed; Functions may not be called here.",
                mi.diagnostics().get(1).toString());
        assertEquals("", mi.moduleCalls().get(0).source());
    }

    @Test
    void jsonStrings_areReadVerbatim_becauseTerraformReadsTheInterfaceWithoutAContext() {
        ModuleInterface mi = inspector.inspectSources("m", Map.of("main.tf.json", """
                {
                  "variable": {"v": {"description": "Costs ${ price", "default": {"${k}": ["%{if x}y%{endif}"]}}},
                  "output": {"o": {"value": "${var.v}", "description": "${var.v}"}},
                  "module": {"c": {"source": "./${var.dir}", "version": "${1 + 1}"}},
                  "terraform": {"required_version": "${var.core}"}
                }
                """), InspectOptions.defaults());
        // Only the constraint is checked: Terraform refuses a required_version that is not a constraint.
        assertEquals(List.of("m/main.tf.json:5:17: error: Invalid version constraint"), mi.diagnostics().stream()
                .map(d -> d.location() + ": " + d.severity().name().toLowerCase(java.util.Locale.ROOT) + ": "
                        + d.summary()).toList());
        InputVariable v = mi.variables().get(0);
        assertEquals("Costs ${ price", v.description());
        assertEquals("{\"$${k}\" = [\"%%{if x}y%%{endif}\"]}", v.defaultValue().orElseThrow().hcl());
        assertEquals("${var.v}", mi.outputs().get(0).description());
        assertEquals("./${var.dir}", mi.moduleCalls().get(0).source());
        assertEquals(Optional.of("${1 + 1}"), mi.moduleCalls().get(0).version());
        assertEquals(List.of("${var.core}"), mi.requiredCore());
    }

    @Test
    void valuesAndAttributeNames_areInNormalFormC_whileLabelsStayAsWritten() {
        String e = "e\u0301"; // decomposed; "\u00e9" is the precomposed form cty keeps values in
        ModuleInterface mi = inspector.inspectSources("m", Map.of("a.tf", "variable \"caf" + e + "\" {\n"
                + "  description = \"caf" + e + "\"\n"
                + "  type        = object({ caf" + e + " = string })\n"
                + "  default     = { \"caf\u00e9\" = \"" + e + "\" }\n"
                + "}\n", "b.tf.json", "{\"variable\": {\"j" + e + "\": {\"default\": {\"k" + e + "\": \"v" + e
                + "\"}}}}"), InspectOptions.defaults());
        assertEquals(List.of(), mi.diagnostics());
        InputVariable v = mi.variables().get(0);
        assertEquals("caf" + e, v.name());
        assertEquals("caf\u00e9", v.description());
        assertEquals("object({caf\u00e9 = string})", v.type().render());
        assertEquals("{caf\u00e9 = \"\u00e9\"}", v.defaultValue().orElseThrow().hcl());
        assertEquals("{caf\u00e9 = \"\u00e9\"}", v.typedDefault().orElseThrow().hcl());
        InputVariable j = mi.variables().get(1);
        assertEquals("j" + e, j.name());
        assertEquals("{k\u00e9 = \"v\u00e9\"}", j.defaultValue().orElseThrow().hcl());
    }

    @Test
    void aCompatibilityIdeograph_readsAsItsCanonicalEquivalent() {
        // U+2F800 (a CJK compatibility ideograph) is U+4E3D in normal form C; found by InspectPropertiesTest
        ModuleInterface mi = inspector.inspectSources("m", Map.of("a.tf", "variable \"a\" {\n"
                + "  default = \"\uD87E\uDC00\"\n}\n"), InspectOptions.defaults());
        assertEquals(List.of(), mi.diagnostics());
        assertEquals(Optional.of(LiteralValue.of("\u4E3D")), mi.variables().get(0).defaultValue());
    }

    @Test
    void sameFolderTwice_givesEqualResults() {
        for (String c : List.of("syntax", "overrides", "json-syntax", "syntax-error", "providers", "types-defaults")) {
            assertEquals(inspector.inspect(FIXTURES.resolve(c)), inspector.inspect(FIXTURES.resolve(c)), c);
        }
    }

    @Test
    void markdown_rendersReadmeTables() {
        String md = InspectMarkdown.render(inspector.inspect(FIXTURES.resolve("basics")));
        assertEquals("""
                ## Providers

                | Name | Source |
                |------|--------|
                | null | n/a |

                ## Resources

                | Name | Type |
                |------|------|
                | null_resource.one | resource |
                | null_resource.three | resource |
                | null_resource.two | resource |

                ## Inputs

                | Name | Description | Type | Default | Required |
                |------|-------------|------|---------|:--------:|
                | <a name="input_name"></a> [name](#input_name) | Name of the stack | `any` | n/a | yes |
                | <a name="input_owner"></a> [owner](#input_owner) | Owning team | `any` | n/a | yes |
                | <a name="input_region"></a> [region](#input_region) |  | `any` | `"eu-west-1"` | no |

                ## Outputs

                | Name | Description |
                |------|-------------|
                | <a name="output_name"></a> [name](#output_name) | The stack name |
                | <a name="output_region"></a> [region](#output_region) |  |
                | <a name="output_secret"></a> [secret](#output_secret) | Only for machines |
                """, md);
        String typed = InspectMarkdown.render(inspector.inspect(FIXTURES.resolve("types-defaults")));
        assertTrue(typed.contains("| <a name=\"input_tuple\"></a> [tuple](#input_tuple) |  | "
                + "`tuple([string, number, bool])` | `[\"a\", 1, true]` | no |"), typed);
        assertTrue(typed.contains("<pre>map(object({<br>"), typed);
    }

    @Test
    void json_isPrintedLikeGo() {
        ModuleInterface mi = inspector.inspectSources("m", Map.of("a.tf",
                "terraform {\n  required_version = \">= 1.0, < 2 & more\"\n}\n"), InspectOptions.defaults());
        assertEquals("""
                {
                  "path": "m",
                  "variables": {},
                  "outputs": {},
                  "required_core": [
                    ">= 1.0, < 2 & more"
                  ],
                  "required_providers": {},
                  "managed_resources": {},
                  "data_resources": {},
                  "module_calls": {}
                }""".replace(">= 1.0, < 2 & more", "\\u003e= 1.0, \\u003c 2 \\u0026 more"),
                InspectJson.render(mi.toBuilder().diagnostics(List.of()).build()));
        // The constraint is not one (Terraform refuses it): its error is escaped the same way.
        assertTrue(InspectJson.render(mi).contains("\"summary\": \"Invalid version constraint\",\n      \"detail\": "
                + "\"This string does not use correct version constraint syntax: '\\u003e= 1.0, \\u003c 2 \\u0026 more' "
                + "is not a version constraint"), InspectJson.render(mi));
        assertEquals("1e+21", InspectJson.number(new BigDecimal("1e21")));
        assertEquals("-12.5", InspectJson.number(new BigDecimal("-12.50")));
        assertEquals("100", InspectJson.number(new BigDecimal("1E+2")));
        assertEquals("1e-07", InspectJson.number(new BigDecimal("0.0000001")));
    }

    @Test
    void extremeNumbers_renderWithoutExpandingThem() {
        ModuleInterface mi = inspector.inspectSources("m", Map.of("a.tf",
                "variable \"big\" {\n  default = 1e999999999\n  description = 2e-999999999\n}\n"),
                InspectOptions.defaults());
        assertEquals("2E-999999999", mi.variable("big").orElseThrow().description());
        assertTrue(InspectJson.render(mi).contains("\"default\": 1e+999999999"), InspectJson.render(mi));
        assertTrue(InspectMarkdown.render(mi).contains("`1E+999999999`"));
    }

    @Test
    void nullArguments_areRejectedByName() {
        assertEquals("folder", org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> inspector.inspect(null)).getMessage());
        assertEquals("options", org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> inspector.inspect(Path.of("."), null)).getMessage());
        assertEquals("files", org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> inspector.inspectSources("m", null, InspectOptions.defaults())).getMessage());
        assertEquals("module", org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> InspectJson.render(null)).getMessage());
        assertEquals("module", org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> InspectMarkdown.render(null)).getMessage());
    }

    @Test
    void options_acceptOnlyPlainFileNames() {
        assertEquals("boilerplate file must be a plain file name: 'a/context.tf'",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> InspectOptions.boilerplate("a/context.tf")).getMessage());
        assertEquals(Set.of(), InspectOptions.defaults().boilerplateFiles());
        assertEquals(Set.of("context.tf"), InspectOptions.boilerplate("context.tf").boilerplateFiles());
    }

    private static LiteralValue num(String s) {
        return new LiteralValue.NumberValue(new BigDecimal(s));
    }

    @Test
    void oversizedFile_isRefusedBeforeReadingAndTheRestStillRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("variables.tf"), "variable \"name\" {\n  type = string\n}\n");
        Path big = dir.resolve("generated.tf");
        Files.writeString(big, "# generated\n# more\n"); // 19 bytes on two lines
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(big,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'#'}), ModuleInspector.MAX_FILE_BYTES); // sparse
        }
        ModuleInterface mi = new ModuleInspector().inspect(dir);
        assertEquals(List.of("name"), mi.variables().stream().map(InputVariable::name).toList());
        assertEquals(1, mi.diagnostics().size());
        Diagnostic d = mi.diagnostics().get(0);
        assertEquals("File too large", d.summary());
        assertEquals("The configuration file \"" + big + "\" has 10485761 bytes, more than the 10485760 a module "
                + "file may have, which it passes here; remove it or move generated content out of the module "
                + "folder.", d.detail());
        // The first byte past the limit: line 3, after the 10485741 bytes of line 3 before it.
        assertEquals(SourceLocation.of(big.toString(), 3, 10485742), d.location());
    }

    @Test
    void oversizedVariableDefinitionsFile_isReportedWhereItPassesTheLimit(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.tfvars");
        Files.writeString(big, "a = 1\n"); // 6 bytes on line 1
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(big,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'#'}), ModuleInspector.MAX_FILE_BYTES); // sparse
        }
        List<Diagnostic> diags = new java.util.ArrayList<>();
        Evaluations.readVarFile(big, new java.util.LinkedHashMap<>(), new java.util.LinkedHashMap<>(), diags);
        assertEquals(1, diags.size());
        assertEquals("The variable definitions file \"" + big + "\" has 10485761 bytes, more than 10485760, which "
                + "it passes here.", diags.get(0).detail());
        assertEquals(SourceLocation.of(big.toString(), 2, 10485755), diags.get(0).location());
    }

    @Test
    void sizeLimit_countsCharactersNotBytes_andStopsAtTheEndOfAShortFile() {
        byte[] text = "ab\né€x".getBytes(java.nio.charset.StandardCharsets.UTF_8); // é 2 bytes, € 3 bytes
        assertEquals(SourceLocation.of("f", 2, 2), SizeLimit.wherePassed(text, "f", 5)); // past é: on €
        assertEquals(SourceLocation.of("f", 2, 4), SizeLimit.wherePassed(text, "f", 100)); // the end, after x
    }

    @Test
    void invalidVersionConstraints_areErrorsAtTheLineOfTheConstraint() {
        Path dir = FIXTURES.resolve("bad-constraints");
        String file = dir.resolve("versions.tf").toString();
        ModuleInterface mi = inspector.inspect(dir);
        List<String> errors = mi.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.location() + ": " + d.summary() + "; " + d.detail()).toList();
        String how = "; write terms like \">= 1.2.0, < 2.0.0\" or \"~> 1.2\"";
        assertEquals(List.of(
                file + ":2:3: Invalid version constraint; This string does not use correct version constraint syntax: "
                        + "'>= 1.5.0 <' is not a version constraint: term '>= 1.5.0 <' has '0 <' where a number belongs" + how,
                file + ":7:17: Invalid version constraint; This string does not use correct version constraint syntax: "
                        + "'>== 5.x' is not a version constraint: term '>== 5.x' has '= 5' where a number belongs" + how,
                file + ":10:5: Invalid version constraint; This string does not use correct version constraint syntax: "
                        + "'3.x' is not a version constraint: term '3.x' has the wildcard 'x', which Terraform does not know; "
                        + "write '~> 3.0'"), errors);
    }
}
