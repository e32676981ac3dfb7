package dev.alexandria.core.internal.validate;

import dev.alexandria.spi.validate.ModuleValidator;
import java.util.List;

/** The built-in validators, each named {@code alexandria-…} with priority 0. */
final class BuiltIns {

    /** Marks a built-in validator whose findings are computed when the HCL is read and cached with it. */
    interface CachedWithInterface {
    }

    /**
     * Marks the built-in validator whose findings a library's run takes from its dependency graph (with the lines
     * of the requirements): per module for some modules, the whole graph's check for the whole library.
     */
    interface FromGraph {
    }

    static final List<ModuleValidator> ALL = List.of(new MetadataValidator(), new ConventionsValidator(),
            new ReadmeValidator(), new MaturityFilesValidator(), new DependencyValidator(), new TerraformValidator(),
            new TflintValidator());

    private BuiltIns() {
    }
}
