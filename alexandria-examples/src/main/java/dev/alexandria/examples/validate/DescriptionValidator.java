package dev.alexandria.examples.validate;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.validate.ModuleValidator;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.util.List;

/**
 * A third-party validator, as a team would write one: the module's {@code description} in
 * {@code .alexandria.yaml} is written, not the placeholder {@code alexandria scaffold} leaves ("… (scaffolded; say
 * here what it provides)"), and long enough to tell a reader what the module provides (at least
 * {@value #MIN_LENGTH} characters). Search ranks on the description, so an unwritten one hides the module.
 *
 * <p>Register it with {@code Alexandria.builder().moduleValidator(new DescriptionValidator())}, or list it in
 * {@code META-INF/services/dev.alexandria.spi.validate.ModuleValidator} of the team's jar on the class path.
 * Stateless and thread-safe.
 */
public final class DescriptionValidator implements ModuleValidator {

    /** The rule id. */
    public static final String RULE = "description-written";

    /** The fewest characters a description has. */
    public static final int MIN_LENGTH = 40;

    private static final String PLACEHOLDER = "(scaffolded; say here what it provides)";

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("example-description", 100,
            SPI_VERSION);

    private static final List<ValidationRule> RULES = List.of(ValidationRule.of(RULE, Finding.Severity.WARNING,
            "The module's description says what it provides: not scaffold's placeholder, at least " + MIN_LENGTH
                    + " characters."));

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<ValidationRule> rules() {
        return RULES;
    }

    @Override
    public Stage stage() {
        return Stage.METADATA;
    }

    @Override
    public List<Finding> validate(ValidationRequest request) {
        String description = request.module().metadata().description().strip();
        SourceLocation at = SourceLocation.of(request.metadataFile(), 1, 1);
        if (description.contains(PLACEHOLDER)) {
            return List.of(Finding.warning(RULE, at, "the description is still scaffold's placeholder",
                    "say in description: what the module provides and when to use it").withModule(request.moduleId()));
        }
        if (description.length() < MIN_LENGTH) {
            return List.of(Finding.warning(RULE, at, "the description has " + description.length()
                    + " characters, fewer than " + MIN_LENGTH, "say in description: what the module provides and "
                    + "when to use it").withModule(request.moduleId()));
        }
        return List.of();
    }
}
