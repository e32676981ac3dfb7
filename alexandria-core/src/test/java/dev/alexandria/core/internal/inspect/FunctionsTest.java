package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Evaluation;
import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.TypeConstraint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every function evaluated, against the results in {@code src/test/resources/evaluator/functions.tsv}. */
class FunctionsTest {

    private static final TypeConstraint LIST_OF_STRING = new TypeConstraint.Collection(
            TypeConstraint.Collection.Kind.LIST, TypeConstraint.STRING);

    static final HclScope SCOPE = HclScope.builder()
            .variable("n", HclValue.of(3))
            .variable("s", HclValue.of("web"))
            .variable("l", HclValue.listOf(TypeConstraint.STRING, List.of(HclValue.of("a"), HclValue.of("b"))))
            .variable("m", HclValue.mapOf(TypeConstraint.NUMBER, Map.of("x", HclValue.of(1), "y", HclValue.of(2))))
            .variable("u", HclValue.unknown(TypeConstraint.STRING))
            .variable("ul", HclValue.unknown(LIST_OF_STRING))
            .variable("un", HclValue.unknown(TypeConstraint.NUMBER))
            .build();

    static Stream<Arguments> table() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/evaluator/functions.tsv"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
                    int tab = l.indexOf('\t');
                    return Arguments.of(l.substring(0, tab), l.substring(tab + 1));
                });
    }

    /** The result as the table writes it. */
    static String render(Evaluation e) {
        List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            return errors.stream().map(d -> "error: " + d.summary() + ": " + d.detail()).collect(Collectors.joining("; "));
        }
        if (!e.value().isWhollyKnown()) {
            return "unknown: " + e.value().type().render();
        }
        return e.value().hcl();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void function_givesTerraformsResult(String expression, String expected) {
        assertEquals(expected, render(Evaluations.evaluate(expression, SCOPE)));
    }

    @Test
    void everyEvaluatedFunction_isInTheTable() throws IOException {
        Set<String> used = new TreeSet<>();
        table().forEach(a -> {
            String expr = (String) a.get()[0];
            int paren = expr.indexOf('(');
            if (paren > 0) {
                used.add(expr.substring(0, paren));
            }
        });
        for (String name : Functions.names()) {
            assertTrue(used.contains(name), "no table row for " + name);
        }
    }

    @Test
    void functionsNotEvaluated_giveUnknownWithAWarning() {
        Evaluation e = Evaluations.evaluate("regex(\"a\", var.s)", SCOPE);
        assertEquals(HclValue.UNKNOWN, e.value());
        assertEquals(List.of("<expression>:1:1: warning: Function not evaluated; Alexandria does not evaluate the "
                + "function \"regex\"; its result is unknown."), e.diagnostics().stream().map(Diagnostic::toString)
                        .toList());
    }
}
