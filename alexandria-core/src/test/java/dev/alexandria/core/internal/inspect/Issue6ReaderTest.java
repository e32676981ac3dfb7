package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.LiteralValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reader faults of issue 6 that other HCL tools met on real files, by kind: heredoc closing markers,
 * keywords used as names, and line endings inside heredocs. Each expected value is Terraform's.
 */
class Issue6ReaderTest {

    private final List<Diagnostic> diags = new ArrayList<>();

    private Syntax.Body parse(String src) {
        return new HclParser(src.toCharArray(), "t.tf", diags).parseFile();
    }

    /** The {@code default} of each variable block, by name, read as a literal. */
    private Map<String, LiteralValue> defaults(String src) {
        Map<String, LiteralValue> out = new LinkedHashMap<>();
        for (Syntax.Block b : parse(src).blocks) {
            Syntax.Attribute d = b.body.attribute("default");
            out.put(b.labels.get(0), d == null ? null : Literals.literal(d.expr));
        }
        return out;
    }

    private static LiteralValue str(String s) {
        return new LiteralValue.StringValue(s);
    }

    private List<String> summaries() {
        return diags.stream().map(d -> d.summary() + "@" + d.location().line() + ":" + d.location().column()).toList();
    }

    // ------------------------------------------------------------------ heredoc closing markers

    @Test
    void heredocCloser_followedByBlanks_closes() {
        Map<String, LiteralValue> d = defaults("variable \"a\" {\n  default = <<EOT\ntwo\nEOT  \n}\n"
                + "variable \"b\" { default = \"x\" }\n");
        assertEquals(List.of(), diags);
        assertEquals(Map.of("a", str("two\n"), "b", str("x")), d);
    }

    @ParameterizedTest(name = "closer padded with U+{0}")
    @ValueSource(strings = {"0020", "0009", "000B", "000C", "000D", "0085", "00A0", "1680", "2000", "200A", "2028",
        "2029", "202F", "205F", "3000"})
    void heredocCloser_isTrimmedAsGoTrimSpaceTrims(String hex) {
        String ws = String.valueOf((char) Integer.parseInt(hex, 16));
        for (String opener : List.of("<<EOT", "<<-EOT")) {
            diags.clear();
            Map<String, LiteralValue> d = defaults("variable \"a\" {\n  default = " + opener + "\n  two\n" + ws + "EOT"
                    + ws + ws + "\n}\nvariable \"b\" { default = \"x\" }\n");
            assertEquals(List.of(), diags, opener);
            assertEquals(str(opener.equals("<<EOT") ? "  two\n" : "two\n"), d.get("a"), opener);
            assertEquals(str("x"), d.get("b"));
        }
    }

    @Test
    void heredocCloser_otherUnicodeIsNotWhiteSpace() {
        // U+200B ZERO WIDTH SPACE is not White_Space: the line is content, and the heredoc closes later
        Map<String, LiteralValue> d = defaults("variable \"a\" {\n  default = <<EOT\nEOT\u200B\nEOT\n}\n");
        assertEquals(List.of(), diags);
        assertEquals(str("EOT\u200B\n"), d.get("a"));
    }

    @Test
    void heredocCloser_withBlanks_noLongerSwallowsTheBlocksUntilALaterMarker() {
        Map<String, LiteralValue> d = defaults("variable \"a\" {\n  default = <<EOT\none\nEOT \n}\n"
                + "variable \"b\" {\n  default = \"b\"\n}\n"
                + "variable \"c\" {\n  default = <<EOT\nthree\nEOT\n}\n");
        assertEquals(List.of(), diags);
        assertEquals(List.of("a", "b", "c"), List.copyOf(d.keySet()));
        assertEquals(str("one\n"), d.get("a"));
        assertEquals(str("b"), d.get("b"));
        assertEquals(str("three\n"), d.get("c"));
    }

    @Test
    void heredocMarkersWithDigitsAndUnderscores_work() {
        Map<String, LiteralValue> d = defaults("variable \"a\" {\n  default = <<EOF1\nx\nEOF1\n}\n"
                + "variable \"b\" {\n  default = <<-END_2\n    y\n    END_2\n}\n");
        assertEquals(List.of(), diags);
        assertEquals(str("x\n"), d.get("a"));
        assertEquals(str("y\n"), d.get("b"));
    }

    @Test
    void heredocCloser_onTheLastLineWithoutNewline_isUnterminatedAsInTerraform() {
        parse("a = <<EOT\nbody\nEOT");
        assertEquals(List.of("Unterminated template string@1:5"), summaries());
        assertEquals("No closing marker was found for the heredoc; it must end with a line containing only \"EOT\","
                + " followed by a newline.", diags.get(0).detail());
    }

    @Test
    void unterminatedHeredoc_isReportedAtItsOpeningLine_andNeverEatsLaterDeclarations() {
        Map<String, LiteralValue> d = defaults("variable \"a\" {\n  default = <<EOT\nbody text\nmore = 1\n}\n"
                + "variable \"b\" { default = \"x\" }\n" + "output \"o\" {\n  value = 1\n}\n");
        assertEquals(List.of("Unterminated template string@2:13"), summaries());
        assertEquals(List.of("b", "o"), List.copyOf(d.keySet()));
        assertEquals(str("x"), d.get("b"));
    }

    @Test
    void heredocMarker_isOnlyAWholeLine() {
        Map<String, LiteralValue> d = defaults("variable \"a\" {\n  default = <<EOT\nEOT;\n EOTX\nxEOT\nEOT\n}\n");
        assertEquals(List.of(), diags);
        assertEquals(str("EOT;\n EOTX\nxEOT\n"), d.get("a"));
    }

    @Test
    void heredocMarker_afterAnInterpolationOnItsLine_isContent() {
        Expr.Template t = (Expr.Template) parse("a = <<EOT\n${x}EOT\nEOT\n").attribute("a").expr;
        assertEquals(List.of(), diags);
        assertEquals("EOT\n", t.parts.get(1));
    }

    @Test
    void heredocStripMarker_trimsOnlyToTheEndOfItsLine() {
        // in a heredoc each line is a literal token of its own; "~}" trims the next token only
        Expr.Template t = (Expr.Template) parse("a = <<EOT\n%{ if c ~}\n\n  yes\n%{ endif }\nEOT\n").attribute("a").expr;
        assertEquals(List.of(), diags);
        assertEquals(List.of("\n  yes\n"), ((Expr.If) t.parts.get(0)).whenTrue);
        Expr.Template u = (Expr.Template) parse("a = <<EOT\nfoo  \n\n${~ x}\nEOT\n").attribute("a").expr;
        assertEquals("foo  \n", u.parts.get(0));
    }

    @Test
    void quotedStripMarker_trimsEscapedWhiteSpaceToo() {
        Expr.Template t = (Expr.Template) parse("a = \"${x ~}\\n\\t y\"\n").attribute("a").expr;
        assertEquals(List.of(), diags);
        assertEquals("y", t.parts.get(1));
    }

    @Test
    void flushHeredoc_leavesBlankLinesAsTheyAre() {
        Map<String, LiteralValue> d = defaults("variable \"a\" {\n  default = <<-EOT\n    a\n      \n    b\n    EOT\n}\n");
        assertEquals(str("a\n      \nb\n"), d.get("a"));
    }

    @Test
    void blockBraceOnTheNextLine_isAnError_butTheBlockIsStillRead() {
        Map<String, LiteralValue> d = defaults("variable foo\n{\n  default = \"123\"\n}\nvariable \"b\" {}\n");
        assertEquals(List.of("Invalid block definition@1:13"), summaries());
        assertEquals("A block definition must have its opening brace (\"{\") on the same line as its type and labels.",
                diags.get(0).detail());
        assertEquals(str("123"), d.get("foo"));
        assertEquals(List.of("foo", "b"), List.copyOf(d.keySet()));
    }

    // ------------------------------------------------------------------ line endings

    @Test
    void crlfHeredoc_keepsItsLineEndings_andClosesOnAPaddedMarker() {
        Map<String, LiteralValue> d = defaults("variable \"a\" {\r\n  default = <<EOT\r\none\r\ntwo\r\nEOT \r\n}\r\n"
                + "variable \"b\" {\r\n  default = <<-EOT\r\n    x\r\n\r\n      y\r\n    EOT\r\n}\r\n");
        assertEquals(List.of(), diags);
        assertEquals(str("one\r\ntwo\r\n"), d.get("a"));
        assertEquals(str("x\r\n\r\n  y\r\n"), d.get("b"));
    }

    // ------------------------------------------------------------------ keywords as names

    @Test
    void keywordsAsObjectKeys_areNames() {
        Map<String, LiteralValue> d = defaults("variable \"a\" {\n  default = { null = 1, a = 2, true = 3, false = 4 }\n}\n");
        assertEquals(List.of(), diags);
        LiteralValue.MapValue m = assertInstanceOf(LiteralValue.MapValue.class, d.get("a"));
        assertEquals(List.of("null", "a", "true", "false"), List.copyOf(m.entries().keySet()));
    }

    @Test
    void keywordsAsObjectTypeAttributes_areNames() {
        Expr type = parse("t = object({ null = string, true = optional(bool) })\n").attribute("t").expr;
        assertEquals("object({null = string, true = optional(bool)})", Literals.type(type).render());
    }

    @Test
    void keywordsAsProviderNames_inResourcesAndConfigurationAliases() {
        dev.alexandria.api.model.ModuleInterface mi = new ModuleInspector().inspectSources("m", Map.of("main.tf",
                "terraform {\n  required_providers {\n    null = {\n      source                = \"hashicorp/null\"\n"
                        + "      configuration_aliases = [null.example]\n    }\n  }\n}\n"
                        + "resource \"null_resource\" \"a\" {\n  provider = null.example\n}\n"
                        + "module \"m\" {\n  source  = \"./modules/${\"x\"}\"\n  version = 1 + 1\n}\n"),
                InspectOptions.defaults());
        assertEquals(List.of(), mi.diagnostics());
        assertEquals(List.of(dev.alexandria.api.model.ProviderConfigRef.of("null", "example")),
                mi.requiredProviders().get(0).configurationAliases());
        assertEquals(dev.alexandria.api.model.ProviderConfigRef.of("null", "example"),
                mi.managedResources().get(0).provider());
        assertEquals("./modules/x", mi.moduleCalls().get(0).source());
        assertEquals(java.util.Optional.of("2"), mi.moduleCalls().get(0).version());
    }

    @Test
    void keywordFollowedByParentheses_isAFunctionCall() {
        Expr.Call c = assertInstanceOf(Expr.Call.class, parse("a = true(1)\n").attribute("a").expr);
        assertEquals("true", c.name);
    }

    @Test
    void keywordsInTraversals_andAsAttributeNames() {
        Syntax.Body b = parse("null = x.null\nblk null \"true\" { false = 1 }\n");
        assertEquals(List.of(), diags);
        assertEquals("null", assertInstanceOf(Expr.GetAttr.class, b.attribute("null").expr).name);
        assertEquals(List.of("null", "true"), b.blocks.get(0).labels);
    }

    @Test
    void forAsTheFirstNameInBracketsOrBraces_isAForExpression_asInHcl() {
        parse("a = { for = 1 }\n");
        assertEquals(List.of("Invalid 'for' expression@1:11"), summaries());
        assertEquals("For expression requires variable name after 'for'.", diags.get(0).detail());
    }
}
