package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.Evaluation;
import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expression evaluator, by kind: constants (what a variable's default may be), references, unknown values
 * and their propagation (HCL v2.24, cty v1.18), conversions and errors. Results are written as
 * {@link HclValue#hcl()} renders them.
 */
class EvaluatorTest {

    private static String constant(String expression) {
        return FunctionsTest.render(Evaluations.evaluate(expression, HclScope.none()));
    }

    private static String inScope(String expression) {
        return FunctionsTest.render(Evaluations.evaluate(expression, FunctionsTest.SCOPE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ⇒ ", quoteCharacter = '`', textBlock = """
            1 + 2 ⇒ 3
            7 / 2 ⇒ 3.5
            -7 % 3 ⇒ -1
            7.5 % 2 ⇒ 1.5
            2 * 3 + 4 > 9 == true ⇒ true
            "1" + 1 ⇒ 2
            1 == "1" ⇒ false
            [1, 2] == [1, 2] ⇒ true
            !false && true ⇒ true
            true ? "x" : "y" ⇒ "x"
            false ? 1 : "2" ⇒ "2"
            true ? 1 : "x" ⇒ "1"
            ["x", "y"][0] ⇒ "x"
            {a = {b = [10, 20]}}.a.b[1] ⇒ 20
            [1, 2].0 ⇒ 1
            [{ id = 1 }, { id = 2 }][*].id ⇒ [1, 2]
            [{ id = 1 }, { id = 2 }].*.id ⇒ [1, 2]
            {a = 1}[*].a ⇒ [1]
            null[*] ⇒ []
            [[1, 2], [3]][*][0] ⇒ [1, 3]
            [for s in ["a", "b"] : s] ⇒ ["a", "b"]
            [for i, s in ["a", "b"] : "${i}=${s}"] ⇒ ["0=a", "1=b"]
            [for s in ["a", "b"] : s if s != "a"] ⇒ ["b"]
            {for k, v in {a = 1, b = 2} : v => k} ⇒ {"1" = "a", "2" = "b"}
            {for s in ["a", "b", "a"] : s => s...} ⇒ {a = ["a", "a"], b = ["b"]}
            "a${1}b" ⇒ "a1b"
            "${1}" ⇒ 1
            "%{ if true }yes%{ else }no%{ endif }" ⇒ "yes"
            "%{ for x in [1, 2] }${x},%{ endfor }" ⇒ "1,2,"
            { null = 1, a = 2 } ⇒ {a = 2, "null" = 1}
            { (1) = "one" } ⇒ {"1" = "one"}
            "e\\u0301" ⇒ "é"
            1e3 ⇒ 1000
            1.50 ⇒ 1.5
            """)
    void constantExpressions_evaluateWithNothingInScope(String expression, String expected) {
        assertEquals(expected, constant(expression));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ⇒ ", quoteCharacter = '`', textBlock = """
            var.x ⇒ error: Variables not allowed: Variables may not be used here.
            upper("a") ⇒ error: Function calls not allowed: Functions may not be called here.
            [for s in ["a"] : upper(s)] ⇒ error: Function calls not allowed: Functions may not be called here.
            [for s in ["a"] : t] ⇒ `error: Unknown variable: There is no variable named "t".`
            "a" + 1 ⇒ error: Invalid operand: Unsuitable value for left operand: a number is required.
            !1 ⇒ error: Invalid operand: Unsuitable value for unary operand: bool required, but have number.
            ["x", "y"][2] ⇒ error: Invalid index: The given key does not identify an element in this collection value: the given index is greater than or equal to the length of the collection.
            {a = 1}.b ⇒ `error: Unsupported attribute: This object does not have an attribute named "b".`
            null ? 1 : 2 ⇒ error: Null condition: The condition value is null. Conditions must either be true or false.
            true ? [1] : {a = 1} ⇒ error: Inconsistent conditional result types: The true and false result expressions must have consistent types. The 'true' value is tuple, but the 'false' value is object.
            "x${null}" ⇒ error: Invalid template interpolation value: The expression result is null. Cannot include a null value in a string template.
            { a.b = 1 } ⇒ error: Ambiguous attribute key: If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.
            { (null) = 1 } ⇒ error: Null value as key: Can't use a null value as a key.
            {for s in ["a", "a"] : s => s} ⇒ `error: Duplicate object key: Two different items produced the key "a" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`
            1 / 0 ⇒ error: Operation failed: Error during operation: division by zero gives an infinity, which this evaluator does not represent.
            """)
    void onlyReferencesAndCalls_areErrorsInTheEmptyScope_besidesOrdinaryErrors(String expression, String expected) {
        assertEquals(expected, constant(expression));
    }

    @Test
    void conditionalAndShortCircuit_dropTheUntakenSidesErrors() {
        assertEquals("\"a\"", constant("true ? \"a\" : var.x"));
        assertEquals("false", constant("false && var.x"));
        assertEquals("true", constant("true || var.x"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ⇒ ", quoteCharacter = '`', textBlock = """
            var.n * 2 ⇒ 6
            var.l[1] ⇒ "b"
            var.m.x ⇒ 1
            [var.u, 2][1] ⇒ 2
            length([var.u, var.un]) ⇒ 2
            false && var.u == "x" ⇒ false
            var.u == "x" || true ⇒ true
            var.u ⇒ unknown: string
            "${var.u}-x" ⇒ unknown: string
            var.un + 1 ⇒ unknown: number
            upper(var.u) ⇒ unknown: string
            [for x in var.ul : x] ⇒ unknown: any
            var.ul[*] ⇒ unknown: list(string)
            var.un > 1 ? "a" : "b" ⇒ unknown: string
            data.aws_ami.ubuntu.id ⇒ unknown: any
            module.vpc.vpc_id ⇒ unknown: any
            aws_instance.web.id ⇒ unknown: any
            path.module ⇒ "."
            terraform.workspace ⇒ "default"
            "${var.s}-${var.n}" ⇒ "web-3"
            """)
    void references_andUnknownPropagation_followTerraform(String expression, String expected) {
        assertEquals(expected, inScope(expression));
    }

    @Test
    void refinements_decideSomeComparisonsOfUnknownValues() {
        assertEquals("false", inScope("\"pre-${var.u}\" == \"other\""));
        assertEquals("unknown: bool", inScope("\"pre-${var.u}\" == \"pre-x\""));
        assertEquals("false", inScope("\"x${var.u}\" == null"));
        assertEquals("unknown: bool", inScope("\"${var.u}\" == null"));
        assertEquals("false", inScope("length(var.ul) < -1"));
        assertEquals("unknown: bool", inScope("length(var.ul) < 0"));
        assertEquals("unknown: bool", inScope("var.u == null"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ⇒ ", quoteCharacter = '`', textBlock = """
            var.nope ⇒ `error: Reference to undeclared input variable: An input variable with the name "nope" has not been declared. This variable can be declared with a variable "nope" {} block.`
            var.m2 ⇒ `error: Reference to undeclared input variable: An input variable with the name "m2" has not been declared. Did you mean "m"?`
            local.x ⇒ `error: Reference to undeclared local value: A local value with the name "x" has not been declared.`
            var ⇒ `error: Invalid reference: The "var" object cannot be accessed directly. Instead, access one of its attributes.`
            count.index ⇒ `error: Reference to "count" in non-counted context: The "count" object can only be used in "module", "resource", and "data" blocks, and only when the "count" argument is set.`
            each.key ⇒ `error: Reference to "each" in context without for_each: The "each" object can be used only in "module" or "resource" blocks, and only when the "for_each" argument is set.`
            path.nowhere ⇒ `error: Invalid "path" attribute: The "path" object does not have an attribute named "nowhere". The supported attributes are path.cwd, path.module, and path.root.`
            data.aws_ami ⇒ `error: Invalid reference: The "data" object must be followed by two attribute names: the data source type and the resource name.`
            aws_instance ⇒ error: Invalid reference: A reference to a resource type must be followed by at least one attribute access, specifying the resource name.
            """)
    void badReferences_areReportedAsTerraformReportsThem(String expression, String expected) {
        assertEquals(expected, inScope(expression));
    }

    @Test
    void stringsAndAttributeNames_areInNormalFormC_asCtyKeepsThem() {
        String e = "e\u0301"; // decomposed: e and a combining acute accent; "\u00e9" is the precomposed form
        assertEquals("\"\u00e9\"", constant("\"e\\u0301\""));
        // a template joins its parts first, then the result is normalized
        assertEquals("\"\u00e9\"", constant("\"e${\"\\u0301\"}\""));
        assertEquals("{\u00e9 = 1}", constant("{ " + e + " = 1 }"));
        assertEquals("{\u00e9-x = 1}", constant("{ \"" + e + "-x\" = 1 }"));
        // two spellings of one key are the same key: the later wins, as in an object constructor
        assertEquals("{\u00e9 = 2}", constant("{ \"" + e + "\" = 1, \"\u00e9\" = 2 }"));
        // attributes and map keys are looked up in normal form C
        assertEquals("1", constant("{ \"\u00e9\" = 1 }." + e));
        assertEquals("1", constant("{ \"\u00e9\" = 1 }[\"" + e + "\"]"));
        assertEquals("1", inScope("tomap({ \"\u00e9\" = 1 })." + e));
        assertEquals("{\u00e9 = 1}", constant("{ for s in [\"" + e + "\"] : s => 1 }"));
        // what the string functions return is a string value, so it is normalized too
        assertEquals("\"\u00c9\"", inScope("upper(\"" + e + "\")"));
        assertEquals("\"\u00e9\"", inScope("join(\"\", [\"e\", \"\\u0301\"])"));
        assertEquals("\"\u00e9\"", inScope("replace(\"e-\", \"-\", \"\\u0301\")"));
        assertEquals("\"\u00e9\"", inScope("format(\"%s%s\", \"e\", \"\\u0301\")"));
        assertEquals("tolist([\"\u00e9\"])", inScope("keys(tomap({ \"" + e + "\" = 1 }))"));
        assertEquals("1", inScope("length(\"e${\"\\u0301\"}\")"));
    }

    @Test
    void countAndEach_comeFromTheInstanceScope() {
        HclScope second = FunctionsTest.SCOPE.toBuilder().countIndex(1).build();
        assertEquals("\"web-1\"", FunctionsTest.render(Evaluations.evaluate("\"${var.s}-${count.index}\"", second)));
        HclScope each = FunctionsTest.SCOPE.toBuilder().each(HclValue.of("a"), HclValue.of(10)).build();
        assertEquals("\"a=10\"", FunctionsTest.render(Evaluations.evaluate("\"${each.key}=${each.value}\"", each)));
    }

    @Test
    void syntaxErrors_areDiagnosticsOfTheEvaluation() {
        Evaluation e = Evaluations.evaluate("1 +", HclScope.none());
        assertEquals("<expression>:1:4: error: Invalid expression; Expected the start of an expression, but found the end "
                + "of the file.", e.diagnostics().get(0).toString());
        assertEquals(HclValue.UNKNOWN, e.value());
    }

    @Test
    void hugeResults_areRefusedNotBuilt() {
        String e = inScope("join(\"\", [for i in range(1000) : format(\"%20000d\", i)])");
        assertEquals("error: Error in function call: Call to function \"join\" failed: the result would be larger than "
                + "16777216 characters or elements, the most this evaluator builds.", e);
    }
}
