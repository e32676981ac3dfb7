package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.tck.validate.ModuleValidatorCompatibilityKit;
import java.nio.file.Path;
import java.util.Set;

/** The conformance kit, with the module's interface read by Alexandria's own inspector. */
abstract class InspectingKit extends ModuleValidatorCompatibilityKit {
    @Override
    protected ModuleInterface moduleInterface(Path moduleDir) {
        return new ModuleInspector().inspect(moduleDir, new InspectOptions(Set.of()));
    }
}
