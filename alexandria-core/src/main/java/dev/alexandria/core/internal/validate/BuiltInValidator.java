package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.Finding;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.validate.ModuleValidator;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.util.List;
import java.util.Objects;

/**
 * What every built-in validator shares: its descriptor (named {@code alexandria-…}, priority 0, this SPI version),
 * its rules and its stage, given once to the constructor, so that a built-in states only what it checks. The
 * {@link ModuleValidator} SPI is unchanged: a third-party validator implements it directly.
 *
 * <p>Immutable; subclasses are thread-safe.
 */
abstract class BuiltInValidator implements ModuleValidator {

    private final ProviderDescriptor descriptor;
    private final List<ValidationRule> rules;
    private final Stage stage;

    /**
     * @param name  the validator's name, {@code alexandria-…}
     * @param stage when it runs
     * @param rules the rules it reports, at least one
     * @throws IllegalArgumentException if the name is not kebab-case or there are no rules
     */
    BuiltInValidator(String name, Stage stage, List<ValidationRule> rules) {
        this.descriptor = new ProviderDescriptor(name, 0, SPI_VERSION);
        this.stage = Objects.requireNonNull(stage, "stage");
        this.rules = List.copyOf(rules);
        if (this.rules.isEmpty()) {
            throw new IllegalArgumentException("validator " + name + " declares no rule");
        }
    }

    @Override
    public final ProviderDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final List<ValidationRule> rules() {
        return rules;
    }

    @Override
    public final Stage stage() {
        return stage;
    }

    /**
     * @param findings findings of one module
     * @param request  the request that asked about it
     * @return the findings, each naming the module
     */
    static List<Finding> ofModule(List<Finding> findings, ValidationRequest request) {
        if (findings.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new java.util.ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(f.withModule(request.moduleId()));
        }
        return java.util.Collections.unmodifiableList(out);
    }
}
