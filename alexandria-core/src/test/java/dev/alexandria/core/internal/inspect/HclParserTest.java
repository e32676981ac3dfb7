package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.LiteralValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HclParserTest {

    private final List<Diagnostic> diags = new ArrayList<>();

    private Syntax.Body parse(String src) {
        return new HclParser(src.toCharArray(), "t.tf", diags).parseFile();
    }

    private Expr expr(String src) {
        Syntax.Body body = parse("x = " + src + "\n");
        assertEquals(List.of(), diags);
        return body.attribute("x").expr;
    }

    private Object value(String src) {
        LiteralValue v = Literals.literal(expr(src));
        return v instanceof LiteralValue.StringValue s ? s.value() : v;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            !                             | Argument or block definition required  | An argument or block definition is required here. | 1 | 1
            a = [1, 2                     | Unterminated tuple constructor         | There is no closing bracket for this tuple before the end of the file. | 1 | 5
            a = 1 +                       | Invalid expression                     | Expected the start of an expression, but found the end of the file. | 1 | 8
            'a = [1 2]'                   | Missing item separator                 | Expected a comma to mark the beginning of the next item. | 1 | 8
            a = 1 b = 2                   | Missing newline after argument         | An argument definition must end with a newline. | 1 | 7
            'block "x" y = 2'             | Invalid block definition               | Either a quoted string block label or an opening brace ("{") is expected here. | 1 | 13
            'a = "abc'                    | Unterminated template string           | No closing marker was found for the string. | 1 | 5
            'a = "\\q"'                   | Invalid escape sequence                | The symbol "q" is not a valid escape sequence selector. | 1 | 6
            'a = f(1 2)'                  | Missing argument separator             | A comma is required to separate each function argument from the next. | 1 | 9
            'a = { b = 1 c = 2 }'         | Missing attribute separator            | Expected a newline or comma to mark the beginning of the next attribute. | 1 | 13
            'a = (1 + 2'                  | Unbalanced parentheses                 | Expected a closing parenthesis to terminate the expression. | 1 | 11
            'a = x ? 1'                   | Missing false expression in conditional | The conditional operator (...?...:...) requires a false expression, delimited by a colon. | 1 | 10
            'a = x.'                      | Invalid attribute name                 | An attribute name is required after a dot. | 1 | 7
            'a = "${x"'                   | Unclosed template interpolation sequence | There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression. | 1 | 6
            'a = "${x: 1}"'               | Extra characters after interpolation expression | Template interpolation doesn't expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${". | 1 | 9
            'a = "%{ endif }"'            | Unexpected endif directive             | The "endif" directive has no matching opening directive. | 1 | 6
            'a = [for x in y x]'          | Invalid 'for' expression               | For expression requires a colon after the collection expression. | 1 | 17
            'a = @'                       | Invalid expression                     | Expected the start of an expression, but found an invalid expression token. | 1 | 5
            'a = 1 /* open'               | Unterminated multi-line comment        | There is no closing "*/" for the comment started here. | 1 | 7
            """)
    void syntaxErrors_reportExactMessageAndPosition(String src, String summary, String detail, int line, int col) {
        parse(src);
        assertEquals(1, diags.size(), () -> diags.toString());
        Diagnostic d = diags.get(0);
        assertEquals(summary, d.summary());
        assertEquals(detail, d.detail());
        assertEquals(line, d.location().line());
        assertEquals(col, d.location().column());
        assertTrue(d.isError());
    }

    @Test
    void extraCharactersInAnInterpolation_suggestTheEscapeAsHclDoes() {
        parse("a = \"${x y}\"");
        assertEquals("t.tf:1:10: error: Extra characters after interpolation expression; Expected a closing brace to "
                + "end the interpolation expression, but found extra characters.\n\nThis can happen when you include "
                + "interpolation syntax for another language, such as shell scripting, but forget to escape the "
                + "interpolation start token. If this is an embedded sequence for another language, escape it by "
                + "starting with \"$${\" instead of just \"${\".", diags.get(0).toString());
    }

    @Test
    void unclosedBlock_pointsAtItsOpeningBrace() {
        parse("a {\n  b {\n    c = 1\n  }\n");
        assertEquals("t.tf:1:3: error: Unclosed configuration block; There is no closing brace for this block "
                + "before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                diags.get(0).toString());
    }

    @Test
    void duplicateAttribute_isReportedAndFirstKept() {
        Syntax.Body b = parse("a = 1\na = 2\n");
        assertEquals("The argument \"a\" was already set at t.tf:1,1. Each argument may be set only once.",
                diags.get(0).detail());
        assertEquals(2, diags.get(0).location().line());
        assertEquals(new LiteralValue.NumberValue(new java.math.BigDecimal(1)), Literals.literal(b.attribute("a").expr));
    }

    @Test
    void itemsBeforeASyntaxError_areKept() {
        Syntax.Body b = parse("a = 1\nblk \"l\" { x = 1 }\nbad = [\n");
        assertEquals(1, b.blocks.size());
        assertEquals("a", b.attributes.get(0).name);
        assertEquals(1, diags.size());
    }

    @Test
    void blocksOfTheSameTypeAndLabels_areKeptApartInSourceOrder() {
        // counterexample of InspectPropertiesTest's generated-HCL law (its comparison took the first "z" for both)
        Syntax.Body b = parse("z {\n  uaq- = { \"\": {} }\n}\n# note\nz {\n  b \"\\u001b\" {}\n"
                + "  bhqq\t=  \"\\n%%}\"\n}\nz {}\n");
        assertEquals(List.of(), diags);
        assertEquals(List.of("z", "z", "z"), b.blocks.stream().map(x -> x.type).toList());
        Syntax.Body first = b.blocks.get(0).body;
        Syntax.Body second = b.blocks.get(1).body;
        assertEquals(List.of("uaq-"), first.attributes.stream().map(a -> a.name).toList());
        assertEquals(List.of(), first.blocks);
        assertEquals(List.of("bhqq"), second.attributes.stream().map(a -> a.name).toList());
        assertEquals("\n%%}", ((LiteralValue.StringValue) Literals.literal(second.attribute("bhqq").expr)).value());
        assertEquals(List.of("\u001b"), second.blocks.get(0).labels);
        assertTrue(b.blocks.get(2).body.attributes.isEmpty() && b.blocks.get(2).body.blocks.isEmpty());
    }

    @Test
    void afterASyntaxError_readingResumesAtTheNextTopLevelBlock() {
        Syntax.Body b = parse("variable \"a\" {\n  default = [1 2]\n}\n\nvariable \"b\" {\n  x = 1 +\n}\n"
                + "variable \"c\" {}\n  indented = 1\n");
        assertEquals(List.of("c"), b.blocks.stream().map(x -> x.labels.get(0)).toList());
        assertEquals(List.of("Missing item separator", "Invalid expression"),
                diags.stream().map(Diagnostic::summary).toList());
        assertEquals(1, b.attributes.size());
    }

    @Test
    void errorsPerFile_areCapped() {
        parse("a = [\n".repeat(1000));
        assertEquals(HclParser.MAX_ERRORS, diags.size());
    }

    @Test
    void heredoc_keepsIndentation() {
        assertEquals("  one\n    two\n", value("<<EOT\n  one\n    two\nEOT"));
    }

    @Test
    void flushHeredoc_trimsCommonLeadingWhitespace_ignoringBlankLines() {
        assertEquals("one\n  two\n\nthree\n", value("<<-EOT\n    one\n      two\n\n    three\n    EOT"));
    }

    @Test
    void flushHeredoc_countsTabsAndUnicodeSpacesAsOneColumn() {
        assertEquals("Foo\n Bar\n", value("<<-EOT\n\tFoo\n  Bar\n  EOT"));
        assertEquals("\u2003Foo\nBar\n", value("<<-EOT\n   \u2003\u2003Foo\n    Bar\n  EOT"));
    }

    @Test
    void flushHeredoc_withInterpolationAtLineStart_trimsNothing() {
        Expr.Template t = (Expr.Template) expr("<<-EOT\n    one\n${x} two\n  EOT");
        assertEquals("    one\n", t.parts.get(0));
    }

    @Test
    void heredoc_keepsCrlfAsTerraformDoes() {
        Syntax.Body b = parse("x = <<-EOT\r\n    one\r\n    two\r\n    EOT\r\ny = 1\r\n");
        assertEquals(List.of(), diags);
        assertEquals(new LiteralValue.StringValue("one\r\ntwo\r\n"), Literals.literal(b.attribute("x").expr));
        assertEquals(2, b.attributes.size());
    }

    @Test
    void heredocDelimiter_countsOnlyAtLineStart() {
        Expr.Template t = (Expr.Template) expr("<<EOT\n%{ if x }EOT\n%{ endif }EOT\nEOT");
        Expr.If i = (Expr.If) t.parts.get(0);
        assertEquals(List.of("EOT\n"), i.whenTrue);
        assertEquals("EOT\n", t.parts.get(1));
    }

    @Test
    void escapes_andLiteralTemplateSequences() {
        assertEquals("tab\t \"q\" \\ \u00e9 \uD83D\uDE00 ${x} %{y} $ %", value(
                "\"tab\\t \\\"q\\\" \\\\ \\u00e9 \\U0001F600 $${x} %%{y} $ %\""));
    }

    @Test
    void stripMarkers_trimAdjacentWhitespace() {
        Expr.Template t = (Expr.Template) expr("\"a  ${~ x ~}  b %{~ if c ~}  yes  %{~ endif ~}  z\"");
        assertEquals("a", t.parts.get(0));
        assertInstanceOf(Expr.Variable.class, t.parts.get(1));
        assertEquals("b", t.parts.get(2));
        Expr.If d = (Expr.If) t.parts.get(3);
        assertEquals(List.of("yes"), d.whenTrue);
        assertEquals("z", t.parts.get(4));
    }

    @Test
    void templateDirectives_nest() {
        Expr.Template t = (Expr.Template) expr("\"%{ for k, v in m }%{ if v }${k}%{ else }-%{ endif }%{ endfor }\"");
        Expr.For f = (Expr.For) t.parts.get(0);
        assertEquals("k", f.keyVar);
        assertEquals("v", f.valueVar);
        Expr.If i = (Expr.If) f.body.get(0);
        assertInstanceOf(Expr.Variable.class, i.whenTrue.get(0));
        assertEquals(List.of("-"), i.whenFalse);
    }

    @Test
    void operators_followPrecedence() {
        Expr.Binary or = (Expr.Binary) expr("a || b && c == d + e * -f");
        assertEquals("||", or.op);
        Expr.Binary and = (Expr.Binary) or.right;
        assertEquals("&&", and.op);
        Expr.Binary eq = (Expr.Binary) and.right;
        assertEquals("==", eq.op);
        Expr.Binary plus = (Expr.Binary) eq.right;
        assertEquals("+", plus.op);
        Expr.Binary times = (Expr.Binary) plus.right;
        assertEquals("*", times.op);
        assertInstanceOf(Expr.Unary.class, times.right);
        Expr.Binary left = (Expr.Binary) expr("1 - 2 - 3");
        assertInstanceOf(Expr.Binary.class, left.left);
    }

    @Test
    void conditional_isRightAssociative() {
        Expr.Conditional c = (Expr.Conditional) expr("a ? b : c ? d : e");
        assertInstanceOf(Expr.Conditional.class, c.whenFalse);
    }

    @Test
    void forExpressions() {
        Expr.ForExpr list = (Expr.ForExpr) expr("[for s in var.list : upper(s) if s != \"\"]");
        assertNull(list.keyExpr);
        assertEquals("s", list.valueVar);
        Expr.ForExpr obj = (Expr.ForExpr) expr("{for k, v in var.map : v => k...}");
        assertTrue(obj.isObject());
        assertTrue(obj.grouping);
        assertEquals("k", obj.keyVar);
    }

    @Test
    void splatsIndexesAndLegacyIndexes() {
        Expr.GetAttr g = (Expr.GetAttr) expr("a[*].b");
        assertTrue(((Expr.Splat) g.object).full);
        Expr.GetAttr h = (Expr.GetAttr) expr("a.*.b");
        assertTrue(!((Expr.Splat) h.object).full);
        Expr.GetAttr legacy = (Expr.GetAttr) expr("a.0.b");
        assertTrue(((Expr.GetAttr) legacy.object).legacyIndex);
        assertInstanceOf(Expr.Index.class, expr("a[\"k\"][0]"));
    }

    @Test
    void functionCalls_withExpansionAndProviderNamespace() {
        Expr.Call c = (Expr.Call) expr("max(1, xs...)");
        assertTrue(c.expandFinal);
        assertEquals(2, c.args.size());
        Expr.Call p = (Expr.Call) expr("provider::aws::arn_parse(\"x\")");
        assertEquals("provider::aws::arn_parse", p.name);
    }

    @Test
    void multiLineCollections_andComments() {
        LiteralValue v = Literals.literal(expr("{\n  a = [\n    1, # one\n    2, // two\n  ]\n  /* c */ b = { c = \"d\" }\n}"));
        assertEquals("{a=[1, 2], b={c=\"d\"}}", render(v));
    }

    @Test
    void unicodeIdentifiers() {
        Syntax.Body b = parse("blöck \"ü\" {\n  ñame = ünï.cødé\n}\n");
        assertEquals(List.of(), diags);
        assertEquals("blöck", b.blocks.get(0).type);
        assertEquals("ñame", b.blocks.get(0).body.attributes.get(0).name);
    }

    @Test
    void bom_isSkipped() {
        Syntax.Body b = parse("\uFEFFa = 1\n");
        assertEquals(List.of(), diags);
        assertEquals(1, b.attributes.size());
    }

    @Test
    void absurdNesting_isADiagnosticNotAStackOverflow() {
        String deep = "a = " + "[".repeat(100_000);
        Syntax.Body b = parse(deep);
        assertEquals(0, b.attributes.size());
        assertEquals("Nesting too deep", diags.get(0).summary());
        diags.clear();
        parse("b " + "{ c ".repeat(50_000));
        assertEquals("Nesting too deep", diags.get(0).summary());
        diags.clear();
        parse("a = " + "-".repeat(100_000) + "1\n");
        assertEquals("Nesting too deep", diags.get(0).summary());
    }

    @Test
    void sourceText_isExact() {
        Syntax.Body b = parse("x = merge(var.a,\n  { b = 1 })   # tail\n");
        Syntax.Attribute x = b.attribute("x");
        assertEquals("merge(var.a,\n  { b = 1 })", x.text());
    }

    private static String render(LiteralValue v) {
        if (v instanceof LiteralValue.MapValue m) {
            StringBuilder sb = new StringBuilder("{");
            m.entries().forEach((k, e) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append('=').append(render(e)));
            return sb.append('}').toString();
        }
        if (v instanceof LiteralValue.ListValue l) {
            StringBuilder sb = new StringBuilder("[");
            l.elements().forEach(e -> sb.append(sb.length() > 1 ? ", " : "").append(render(e)));
            return sb.append(']').toString();
        }
        if (v instanceof LiteralValue.StringValue s) {
            return "\"" + s.value() + "\"";
        }
        if (v instanceof LiteralValue.NumberValue n) {
            return n.value().toPlainString();
        }
        return String.valueOf(v);
    }
}
