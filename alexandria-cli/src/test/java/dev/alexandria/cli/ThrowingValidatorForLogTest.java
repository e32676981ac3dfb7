package dev.alexandria.cli;

import dev.alexandria.api.model.Finding;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.validate.ModuleValidator;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.util.List;

/**
 * A third-party validator that throws: registered (ServiceLoader) only in the class path of the process
 * {@link CliLoggingTest} starts, never in this test JVM.
 */
public final class ThrowingValidatorForLogTest implements ModuleValidator {

    @Override
    public ProviderDescriptor descriptor() {
        return new ProviderDescriptor("acme-throwing", 0, SPI_VERSION);
    }

    @Override
    public List<ValidationRule> rules() {
        return List.of(ValidationRule.of("acme-rule", Finding.Severity.ERROR, "acme's rule"));
    }

    @Override
    public List<Finding> validate(ValidationRequest request) {
        throw new IllegalStateException("boom");
    }
}
