package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.core.internal.inspect.NestedRoots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code alexandria-terraform-conventions}: the HCL is valid, and the rules over the interface alone
 * ({@link HclRules}, after tflint's Terraform ruleset) and the declared against the derived complexity tier
 * ({@link ComplexityRule}). In a library these run when the module's HCL is read and are cached with it; this
 * class runs them on any module.
 */
public final class ConventionsValidator extends BuiltInValidator implements BuiltIns.CachedWithInterface {

    /** The rule id of an error in the HCL. */
    public static final String HCL_VALID = "hcl-valid";

    private static final List<ValidationRule> RULES = List.of(
            ValidationRule.of(HCL_VALID, Finding.Severity.ERROR, "Every *.tf and *.tf.json file parses, "
                    + "the module's and those of its examples/ and tests/ folders.",
                    "terraform validate (syntax)"),
            ValidationRule.of(HclRules.REFERENCE_DECLARED, Finding.Severity.ERROR, "Every var.X, local.X and "
                    + "module.X reference names a declared input variable, local value or module call.",
                    "terraform validate (Reference to undeclared input variable)"),
            rule(HclRules.NAMING, "Names of variables, outputs, resources, data sources and module calls are "
                    + "snake_case."),
            rule(HclRules.VARIABLE_TYPED, "Every input variable has a type."),
            rule(HclRules.VARIABLE_DOCUMENTED, "Every input variable has a description."),
            rule(HclRules.OUTPUT_DOCUMENTED, "Every output has a description."),
            rule(HclRules.REQUIRED_VERSION, "The terraform block sets required_version."),
            rule(HclRules.PROVIDER_PINNED, "Every provider used is declared in required_providers with a source "
                    + "and a version constraint."),
            ValidationRule.of(ComplexityRule.ID, Finding.Severity.WARNING, "A declared complexity tier agrees with "
                    + "the tier derived from the count of input variables."));

    /** The validator ServiceLoader and the built-ins use. */
    public ConventionsValidator() {
        super("alexandria-terraform-conventions", Stage.HCL, RULES);
    }

    private static ValidationRule rule(String id, String description) {
        return ValidationRule.of(id, Finding.Severity.WARNING, description, "tflint: "
                + HclRules.tflintEquivalent(id).orElseThrow());
    }

    @Override
    public List<Finding> validate(ValidationRequest request) {
        ModuleInterface spec = request.module().interfaceSpec();
        List<Finding> out = new ArrayList<>();
        for (Diagnostic d : spec.diagnostics()) {
            if (d.isError()) {
                out.add(Finding.error(HCL_VALID, HclRules.at(request.root(), d.location()), d.message(),
                        d.fix()));
            }
        }
        Path dir = Path.of(spec.path());
        List<Diagnostic> undeclared = new ArrayList<>(spec.hasErrors() ? List.of() : new ModuleInspector()
                .inspectWithLocations(dir, InspectOptions.defaults()).undeclaredReferences());
        NestedRoots.Problems nested = NestedRoots.check(request.moduleFolder(), NestedRoots.list(dir).files(),
                InspectOptions.defaults());
        undeclared.addAll(nested.undeclared());
        out.addAll(HclRules.check(request.root(), spec, undeclared, nested.errors()));
        TreeSet<String> inUse = new TreeSet<>();
        for (InputVariable v : spec.variables()) {
            String file = v.location().file();
            String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
            if (spec.boilerplateFiles().contains(name)) {
                inUse.add(name);
            }
        }
        ComplexityRule.check(request.module().metadata().complexity(), spec.ownVariableCount(), List.copyOf(inUse),
                spec.hasErrors(), SourceLocation.of(request.metadataFile(), 1, 1)).ifPresent(out::add);
        return ofModule(out, request);
    }
}
