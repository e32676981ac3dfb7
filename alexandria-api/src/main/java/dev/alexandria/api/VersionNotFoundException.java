package dev.alexandria.api;

import java.util.Objects;

/**
 * A version of a module was asked for that cannot be found: not a folder, not a registered version with a tag,
 * not a git revision. The message says what was looked for and how to list what exists.
 *
 * @since 0.2.0
 */
public class VersionNotFoundException extends AlexandriaException {

    private static final long serialVersionUID = 1L;

    /** The module id. */
    private final String module;

    /** What was asked for. */
    private final String reference;

    /**
     * @param module    the module id
     * @param reference what was asked for, such as {@code 1.2.0}
     * @param message   the whole message: what was looked for and how to fix it
     */
    public VersionNotFoundException(String module, String reference, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.module = Objects.requireNonNull(module, "module");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /** @return the module id */
    public String module() {
        return module;
    }

    /** @return what was asked for */
    public String reference() {
        return reference;
    }
}
