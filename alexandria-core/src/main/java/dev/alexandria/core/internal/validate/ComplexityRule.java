package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * Declared against derived complexity: the tier is counted from the module's own input variables (basic up to
 * 10, standard 11-30, advanced above); a {@code complexity:} in {@code .alexandria.yaml} that disagrees is a
 * warning. Not checked while the HCL has errors, when the count would be incomplete.
 *
 * <p>Stateless and thread-safe.
 */
public final class ComplexityRule {

    /** The rule id. */
    public static final String ID = "complexity-tier";

    private ComplexityRule() {
    }

    /**
     * @param declared         the declared tier, if any
     * @param ownVariableCount the module's own input variables (boilerplate files left out)
     * @param boilerplateInUse the boilerplate files that declared variables, for the message
     * @param hasErrors        whether the HCL has errors
     * @param at               where {@code complexity:} is declared
     * @return the finding, if the tiers disagree
     */
    public static Optional<Finding> check(Optional<ComplexityTier> declared, int ownVariableCount,
                                          List<String> boilerplateInUse, boolean hasErrors, SourceLocation at) {
        ComplexityTier derived = ComplexityTier.forVariableCount(ownVariableCount);
        if (declared.isEmpty() || declared.get() == derived || hasErrors) {
            return Optional.empty();
        }
        String count = ownVariableCount + " input variable" + (ownVariableCount == 1 ? "" : "s")
                + (boilerplateInUse.isEmpty() ? "" : " of its own (" + String.join(", ", boilerplateInUse)
                + " left out as boilerplate)");
        return Optional.of(Finding.warning(ID, at, "declares complexity '" + declared.get().id() + "' but has "
                + count + " (" + derived.id() + ": " + derived.range() + ")",
                "set complexity to " + derived.id() + " or remove it"));
    }
}
