package dev.alexandria.core.internal.validate;

import dev.alexandria.spi.validate.ModuleValidator;

/** {@code CatalogValidator} passes the SPI's conformance kit. */
class CatalogValidatorCompatibilityTest extends InspectingKit {
    @Override
    protected ModuleValidator createValidator() {
        return new CatalogValidator();
    }
}
