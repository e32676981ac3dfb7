package dev.alexandria.core.internal.validate;

import dev.alexandria.spi.validate.ModuleValidator;

/** {@code CostValidator} passes the SPI's conformance kit (the prototype and a run's copy behave alike). */
class CostValidatorCompatibilityTest extends InspectingKit {
    @Override
    protected ModuleValidator createValidator() {
        return new CostValidator().forRun(null);
    }
}
