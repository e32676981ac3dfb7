package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A module's scope: var.* from inputs, .tfvars and defaults, converted; local.* in dependency order. */
class ModuleScopeTest {

    private static final Path DIR = Path.of("src/test/resources/evaluator/module-scope");

    private static String eval(String expression, HclScope scope) {
        return FunctionsTest.render(Evaluations.evaluate(expression, scope));
    }

    private static List<String> problems(HclScope scope) {
        return scope.diagnostics().stream().map(d -> d.severity() + " " + d.summary() + ": " + d.detail()).toList();
    }

    @Test
    void defaultsAndInputs_makeTheVariables_convertedToTheirTypes() {
        HclScope scope = Evaluations.moduleScope(DIR, Map.of("name", HclValue.of("shop")), List.of());
        assertEquals(List.of(), problems(scope));
        assertEquals("2", scope.variables().get("instance_count").hcl());
        assertEquals("tolist([\"a\", \"b\"])", scope.variables().get("zones").hcl());
        assertEquals("tomap({app = {cidr = \"10.0.1.0/24\", public = false}})", scope.variables().get("subnets").hcl());
        assertEquals("\"shop-default\"", eval("local.prefix", scope));
        assertEquals("4", eval("local.total", scope));
        assertEquals("[]", eval("local.public_cidrs", scope));
        // merge of a map and an object is an object, as in cty
        assertEquals("{Name = \"shop-default\"}", eval("local.common_tags", scope));
    }

    @Test
    void tfvarsFiles_areConstants_andInputsWinOverThem() {
        HclScope scope = Evaluations.moduleScope(DIR, Map.of("size", HclValue.of("m5.large")),
                List.of(DIR.resolve("prod.tfvars")));
        assertEquals("3", scope.variables().get("instance_count").hcl());
        assertEquals("\"m5.large\"", scope.variables().get("size").hcl());
        assertEquals("6", eval("local.total", scope));
        assertEquals("[\"10.0.1.0/24\"]", eval("local.public_cidrs", scope));
        assertEquals(List.of("WARNING Value for undeclared variable: The module does not declare a variable named "
                + "\"undeclared\" but a value was given for it. To use this value, add a \"variable\" block to the "
                + "configuration."), problems(scope));
        assertEquals(DIR.resolve("prod.tfvars") + ":7:1", scope.diagnostics().get(0).location().toString());
    }

    @Test
    void countAndForEach_areEvaluatedPerInstance() {
        HclScope scope = Evaluations.moduleScope(DIR, Map.of("name", HclValue.of("shop")), List.of());
        HclScope third = scope.toBuilder().countIndex(2).build();
        assertEquals("{Index = 2, Name = \"shop-default\"}",
                eval("merge(local.common_tags, { Index = count.index })", third));
        HclScope app = scope.toBuilder().each(HclValue.of("app"), scope.variables().get("subnets").attributes()
                .get("app")).build();
        assertEquals("\"10.0.1.0/24\"", eval("each.value.cidr", app));
    }

    @Test
    void aRequiredVariableWithoutValue_isReported_andUnknown() {
        HclScope scope = Evaluations.moduleScope(DIR, Map.of(), List.of());
        assertEquals(List.of("ERROR No value for required variable: The module input variable \"name\" is not set, and "
                + "has no default value. Give it a value in the inputs or in a .tfvars file."), problems(scope));
        assertEquals("unknown: string", eval("var.name", scope));
        assertEquals("unknown: string", eval("local.prefix", scope));
        assertEquals("4", eval("local.total", scope));
    }

    @Test
    void inputsOfTheWrongType_areInvalidValues() {
        HclScope scope = Evaluations.moduleScope(DIR, Map.of("name", HclValue.of("x"), "instance_count",
                HclValue.of("many")), List.of());
        assertEquals(List.of("ERROR Invalid value for input variable: The given value is not suitable for "
                + "var.instance_count declared at " + DIR.resolve("variables.tf") + ":1,1: a number is required."),
                problems(scope));
        assertEquals("unknown: number", eval("var.instance_count", scope));
    }

    @Test
    void nullForANonNullableVariable_takesItsDefault() {
        HclScope scope = Evaluations.moduleScope(DIR, Map.of("name", HclValue.of("x"), "tags", HclValue.NULL),
                List.of());
        assertEquals("tomap({})", scope.variables().get("tags").hcl());
        HclScope nullable = Evaluations.moduleScope(DIR, Map.of("name", HclValue.of("x"), "size", HclValue.NULL),
                List.of());
        assertEquals("null", nullable.variables().get("size").hcl());
    }

    @Test
    void aCycleOfLocalValues_isReportedWithItsMembers_whichAreUnknown() {
        HclScope scope = Evaluations.moduleScope(Path.of("src/test/resources/evaluator/cycle"), Map.of(), List.of());
        List<Diagnostic> errors = scope.diagnostics();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("Cycle in local values", errors.get(0).summary());
        assertEquals("Local values cannot refer to each other in a cycle: local.a refers to local.b refers to local.c "
                + "refers to local.a. Remove one of these references.", errors.get(0).detail());
        assertEquals("unknown: any", eval("local.a", scope));
        assertEquals("unknown: any", eval("local.e", scope));
        assertEquals("4", eval("local.d", scope));
    }

    @Test
    void jsonStrings_areVerbatimInDefaultsAndTfvars_andTemplatesInLocalValues() {
        Path dir = Path.of("src/test/resources/evaluator/json-scope");
        HclScope scope = Evaluations.moduleScope(dir, Map.of(), List.of());
        // a default is evaluated without a context, where HCL's JSON reader returns a string verbatim
        assertEquals("\"$${upper(\\\"web\\\")}\"", scope.variables().get("name").hcl());
        // a local value is evaluated with one, where the string is a template
        assertEquals("\"small-X\"", eval("local.label", scope));
        assertEquals("\"no templates\"", eval("local.plain", scope));
        assertEquals("\"$${literal}\"", eval("local.escaped", scope));
        assertEquals("{small = \"s\"}", eval("local.tags", scope));
        assertEquals("1", eval("local.whole", scope));
        assertEquals("unknown: any", eval("local.broken", scope));
        assertEquals(List.of("ERROR Unclosed template interpolation sequence: There is no closing brace for this "
                + "interpolation sequence before the end of the file. This might be caused by incorrect nesting inside "
                + "the given expression."), problems(scope));

        HclScope prod = Evaluations.moduleScope(dir, Map.of(), List.of(dir.resolve("prod.tfvars.json")));
        // a .tfvars.json file is evaluated without a context too: no reference, the text itself
        assertEquals("\"$${var.name}\"", prod.variables().get("size").hcl());
        assertEquals("\"$${var.name}-X\"", eval("local.label", prod));
    }

    @Test
    void aMissingFolder_isADiagnosticNotAnException() {
        HclScope scope = Evaluations.moduleScope(Path.of("src/test/resources/evaluator/nowhere"), Map.of(), List.of(
                Path.of("src/test/resources/evaluator/nowhere.tfvars")));
        assertEquals(List.of("Failed to read directory", "Failed to read variables file"),
                scope.diagnostics().stream().map(Diagnostic::summary).toList());
    }
}
