package dev.alexandria.core.internal.validate;

import dev.alexandria.spi.validate.ModuleValidator;
import java.util.Map;

/** {@code TflintValidator} passes the SPI's conformance kit (with a stand-in tflint on PATH). */
class TflintValidatorCompatibilityTest extends InspectingKit {
    @Override
    protected ModuleValidator createValidator() {
        return new TflintValidator();
    }

    @Override
    protected Map<String, String> environment() {
        return Map.of("PATH", Fixtures.sharedStandIns("bin").toString());
    }
}
