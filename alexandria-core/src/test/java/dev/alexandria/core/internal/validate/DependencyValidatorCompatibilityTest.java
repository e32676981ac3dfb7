package dev.alexandria.core.internal.validate;

import dev.alexandria.spi.validate.ModuleValidator;

/** {@code DependencyValidator} passes the SPI's conformance kit. */
class DependencyValidatorCompatibilityTest extends InspectingKit {
    @Override
    protected ModuleValidator createValidator() {
        return new DependencyValidator();
    }
}
