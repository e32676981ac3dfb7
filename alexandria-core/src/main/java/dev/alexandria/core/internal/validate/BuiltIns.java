package dev.alexandria.core.internal.validate;

import dev.alexandria.spi.validate.ModuleValidator;
import java.util.List;

/** The built-in validators, each named {@code alexandria-…} with priority 0. */
final class BuiltIns {

    /** Marks a built-in validator whose findings are computed when the HCL is read and cached with it. */
    interface CachedWithInterface {
    }

    static final List<ModuleValidator> ALL = List.of();

    private BuiltIns() {
    }
}
