package dev.alexandria.core.internal.validate;

import dev.alexandria.spi.validate.ModuleValidator;

/** {@code ReadmeValidator} passes the SPI's conformance kit. */
class ReadmeValidatorCompatibilityTest extends InspectingKit {
    @Override
    protected ModuleValidator createValidator() {
        return new ReadmeValidator();
    }
}
