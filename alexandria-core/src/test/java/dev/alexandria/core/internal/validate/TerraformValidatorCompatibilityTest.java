package dev.alexandria.core.internal.validate;

import dev.alexandria.spi.validate.ModuleValidator;
import java.util.Map;

/** {@code TerraformValidator} passes the SPI's conformance kit (with a stand-in terraform on PATH). */
class TerraformValidatorCompatibilityTest extends InspectingKit {
    @Override
    protected ModuleValidator createValidator() {
        return new TerraformValidator();
    }

    @Override
    protected Map<String, String> environment() {
        return Map.of("PATH", Fixtures.sharedStandIns("bin").toString());
    }
}
