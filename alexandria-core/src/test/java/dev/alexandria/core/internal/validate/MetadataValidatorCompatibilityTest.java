package dev.alexandria.core.internal.validate;

import dev.alexandria.spi.validate.ModuleValidator;

/** {@code MetadataValidator} passes the SPI's conformance kit. */
class MetadataValidatorCompatibilityTest extends InspectingKit {
    @Override
    protected ModuleValidator createValidator() {
        return new MetadataValidator();
    }
}
