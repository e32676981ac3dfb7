package dev.alexandria.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alexandria.api.model.Evaluation;
import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ResourceRef;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TypeConstraint;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Alexandria#evaluate} and {@link Alexandria#moduleScope}, and the Javadoc examples of the value API. */
class AlexandriaEvaluateTest {

    private static final Path WEB = Path.of("src/test/resources/evaluator/web");

    @Test
    void javadocExample_ofEvaluate_computesInstanceCountsFromInputs() {
        List<String> counts = new ArrayList<>();
        // the example of Alexandria.evaluate, with the fixture module
        HclScope scope = Alexandria.moduleScope(WEB, Map.of("instance_count", HclValue.of(3)));
        ModuleInterface mi = Alexandria.inspect(WEB);
        for (ResourceRef r : mi.managedResources()) {
            Evaluation count = Alexandria.evaluate(r.count().orElse("1"), scope);
            if (count.isWhollyKnown()) {
                BigDecimal instances = count.value().asNumber().orElseThrow();
                HclScope first = scope.toBuilder().countIndex(0).build();   // count.index of instance 0
                counts.add(r.address() + "=" + instances + " "
                        + Alexandria.evaluate("count.index == 0 ? \"m5.large\" : \"t3.micro\"", first).value().hcl());
            } else {
                counts.add(r.address() + " unknown");
            }
        }
        assertEquals(List.of("aws_instance.web=6 \"m5.large\"", "aws_eip.web unknown", "aws_s3_bucket.logs=1 \"m5.large\""),
                counts);
    }

    @Test
    void javadocExample_ofHclScope() {
        HclScope scope = HclScope.builder()
                .variable("instance_count", HclValue.of(3))
                .local("name", HclValue.of("web"))
                .build();
        Evaluation e = Alexandria.evaluate("var.instance_count * 2", scope);   // 6
        HclScope second = scope.toBuilder().countIndex(1).build();             // count.index = 1
        assertEquals(HclValue.of(6), e.value());
        assertEquals("HclScope{variables=[instance_count], locals=[name], count.index=1}", second.toString());
        assertEquals("HclScope.none()", HclScope.none().toString());
    }

    @Test
    void javadocExample_ofHclValue() {
        HclValue zones = HclValue.listOf(TypeConstraint.STRING, List.of(HclValue.of("a"), HclValue.of("b")));
        HclValue settings = HclValue.object(Map.of("zones", zones, "size", HclValue.of(3)));
        String text = settings.hcl();                       // {size = 3, zones = ["a", "b"]}
        boolean known = settings.isWhollyKnown();          // true
        assertEquals("{size = 3, zones = tolist([\"a\", \"b\"])}", text);
        assertEquals(true, known);
    }

    @Test
    void javadocExample_ofInputVariableAndModuleInterfaceBuilders() {
        InputVariable v = InputVariable.builder("zones", SourceLocation.of("variables.tf", 1, 1))
                .type(new TypeConstraint.Collection(TypeConstraint.Collection.Kind.LIST, TypeConstraint.STRING))
                .defaultValue(new LiteralValue.ListValue(List.of(LiteralValue.of("a"))),
                        HclValue.listOf(TypeConstraint.STRING, List.of(HclValue.of("a"))))
                .description("Availability zones.")
                .build();
        ModuleInterface mi = ModuleInterface.builder("modules/vpc")
                .variables(InputVariable.builder("name", SourceLocation.of("modules/vpc/variables.tf", 1, 1)).build())
                .requiredCore(">= 1.5.0")
                .build();
        assertEquals("list(string)", v.typeSource().orElseThrow());
        assertEquals(false, v.required());
        assertEquals(List.of(">= 1.5.0"), mi.requiredCore());
        assertEquals(mi, mi.toBuilder().build());
        assertEquals(v, v.toBuilder().build());
        assertEquals("InputVariable.Builder{name=zones, type=list(string), default=[\"a\"], description=Availability "
                + "zones.}", v.toBuilder().toString());
    }

    @Test
    void tfvarsFiles_areRead_andInputsWin() {
        HclScope scope = Alexandria.moduleScope(Path.of("src/test/resources/evaluator/module-scope"),
                Map.of("size", HclValue.of("m5.large")),
                List.of(Path.of("src/test/resources/evaluator/module-scope/prod.tfvars")));
        assertEquals("\"m5.large\"", scope.variables().get("size").hcl());
        assertEquals("6", Alexandria.evaluate("local.total", scope).value().hcl());
    }

    @Test
    void nullArguments_areRejectedByName() {
        assertEquals("expression", assertThrows(NullPointerException.class,
                () -> Alexandria.evaluate(null, HclScope.none())).getMessage());
        assertEquals("scope", assertThrows(NullPointerException.class, () -> Alexandria.evaluate("1", null))
                .getMessage());
        assertEquals("module", assertThrows(NullPointerException.class, () -> Alexandria.moduleScope(null, Map.of()))
                .getMessage());
    }
}
