package dev.alexandria.core.internal.validate;

import dev.alexandria.spi.validate.ModuleValidator;

/** {@code MaturityFilesValidator} passes the SPI's conformance kit. */
class MaturityFilesValidatorCompatibilityTest extends InspectingKit {
    @Override
    protected ModuleValidator createValidator() {
        return new MaturityFilesValidator();
    }
}
