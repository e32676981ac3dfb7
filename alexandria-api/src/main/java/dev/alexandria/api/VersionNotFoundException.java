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

    /** Whether it is registered, without its tag. */
    private final boolean registered;

    /**
     * @param module    the module id
     * @param reference what was asked for, such as {@code 1.2.0}
     * @param message   the whole message: what was looked for and how to fix it
     */
    public VersionNotFoundException(String module, String reference, String message) {
        this(module, reference, message, false);
    }

    /**
     * @param module     the module id
     * @param reference  what was asked for, such as {@code 1.2.0}
     * @param message    the whole message: what was looked for and how to fix it
     * @param registered whether the version is registered but its git tag is missing: the library's registry and
     *                   its tags disagree (a data problem), rather than a version that does not exist
     * @since 0.4.0
     */
    public VersionNotFoundException(String module, String reference, String message, boolean registered) {
        super(Objects.requireNonNull(message, "message"));
        this.module = Objects.requireNonNull(module, "module");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.registered = registered;
    }

    /**
     * @return whether the version is registered but has no git tag to read it from (the registry and the tags
     *         disagree), rather than unknown
     * @since 0.4.0
     */
    public boolean registered() {
        return registered;
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
