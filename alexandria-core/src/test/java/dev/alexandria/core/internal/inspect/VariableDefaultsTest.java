package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.ModuleInterface;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Variable defaults as Terraform reads them (issue 6, kind 3): evaluated with nothing in scope, converted to
 * the variable's type with {@code optional()} defaults applied, "Invalid default value for variable" when they
 * do not fit; the JSON keeps terraform-config-inspect's unconverted value.
 */
class VariableDefaultsTest {

    private static final Path DIR = Path.of("src/test/resources/evaluator/defaults");
    private static final ModuleInterface MI = new ModuleInspector().inspect(DIR);

    private static InputVariable v(String name) {
        return MI.variable(name).orElseThrow();
    }

    private static String written(String name) {
        return v(name).defaultValue().orElseThrow().hcl();
    }

    private static String typed(String name) {
        return v(name).typedDefault().orElseThrow().hcl();
    }

    @Test
    void constantExpressions_areEvaluated() {
        assertEquals("3", written("sum"));
        assertEquals("\"x\"", written("first"));
        assertEquals("[1, 2]", written("ids"));
        assertEquals("[\"a\", \"b\"]", written("copy"));
        assertEquals("\"hello world\"", written("greeting"));
    }

    @Test
    void referencesAndCalls_areTheOnlyErrors_andKeepTheirSourceText() {
        assertEquals("[for s in [\"a\", \"b\"] : upper(s)]", written("upper"));
        assertEquals("var.other", written("ref"));
        assertEquals("(known after apply)", typed("ref"));
        List<String> errors = MI.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.location().line() + ":" + d.location().column() + " " + d.summary()).toList();
        // as in HCL, the call is reported once per element the for expression evaluates it for
        assertEquals(List.of("18:36 Function calls not allowed", "18:36 Function calls not allowed",
                "22:13 Variables not allowed", "45:13 Invalid default value for variable",
                "50:13 Invalid default value for variable", "55:14 Invalid default value for variable",
                "60:46 Invalid default value for optional attribute"), errors);
    }

    @Test
    void defaults_areConvertedToTheType_withOptionalAttributeDefaults() {
        assertEquals("5", typed("port_count"));
        assertEquals("\"5\"", written("port_count"));
        assertEquals("tolist([{name = \"a\", port = 80, tags = tomap({})}, {name = \"b\", port = 8080, tags = tomap({})}])",
                typed("servers"));
        assertEquals("[{name = \"a\"}, {name = \"b\", port = 8080}]", written("servers"));
    }

    @Test
    void defaultsThatDoNotFit_areInvalidDefaultValues_andUnknownWhenTyped() {
        assertEquals("This default value is not compatible with the variable's type constraint: a number is required.",
                detail(45));
        assertEquals("This default value is not compatible with the variable's type constraint: attribute \"name\" is "
                + "required.", detail(50));
        assertEquals("A null default value is not valid when nullable=false.", detail(55));
        assertEquals("This default value is not compatible with the attribute's type constraint: a number is required.",
                detail(60));
        assertEquals("(known after apply)", typed("bad"));
        assertEquals("\"five\"", written("bad"));
        assertEquals("object({port = optional(number)})", v("bad_optional").type().render());
    }

    private static String detail(int line) {
        return MI.diagnostics().stream().filter(d -> d.location().line() == line).findFirst().orElseThrow().detail();
    }

    @Test
    void json_keepsTerraformConfigInspectsUnconvertedDefaults() throws IOException {
        JsonNode json = new ObjectMapper().readTree(InspectJson.render(MI));
        assertEquals("\"5\"", json.at("/variables/port_count/default").toString());
        assertEquals("[{\"name\":\"a\"},{\"name\":\"b\",\"port\":8080}]", json.at("/variables/servers/default").toString());
        assertEquals("null", json.at("/variables/ref/default").toString());
        assertEquals("3", json.at("/variables/sum/default").toString());
    }
}
