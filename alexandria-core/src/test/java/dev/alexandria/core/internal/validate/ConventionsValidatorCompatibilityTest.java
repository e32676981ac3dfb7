package dev.alexandria.core.internal.validate;

import dev.alexandria.spi.validate.ModuleValidator;

/** {@code ConventionsValidator} passes the SPI's conformance kit. */
class ConventionsValidatorCompatibilityTest extends InspectingKit {
    @Override
    protected ModuleValidator createValidator() {
        return new ConventionsValidator();
    }
}
