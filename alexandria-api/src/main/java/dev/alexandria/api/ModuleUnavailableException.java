package dev.alexandria.api;

import dev.alexandria.api.model.Finding;
import java.util.List;
import java.util.Objects;

/**
 * A module asked about was left out of the snapshot because its own files have errors (its
 * {@code .alexandria.yaml} does not parse or breaks a rule): the library was opened with
 * {@code Alexandria.Builder.skipBrokenModules()}, which opens the other modules rather than fail. Carries the
 * module's errors, each at its file and line with its fix, as {@link CatalogValidationException} does (it is one,
 * so code that catches that one catches this too).
 *
 * @since 0.4.0
 */
public class ModuleUnavailableException extends CatalogValidationException {

    private static final long serialVersionUID = 1L;

    /** The module as asked for (an id or a path), part of the serialized form. */
    private final String module;

    /**
     * @param module   the module as asked for (an id or a path)
     * @param findings its errors; at least one
     * @throws IllegalArgumentException if there is no error among them
     */
    public ModuleUnavailableException(String module, List<Finding> findings) {
        super(findings);
        this.module = Objects.requireNonNull(module, "module");
    }

    /** @return the module as asked for */
    public String module() {
        return module;
    }
}
