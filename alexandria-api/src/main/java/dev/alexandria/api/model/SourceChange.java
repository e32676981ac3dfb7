package dev.alexandria.api.model;

import java.util.Objects;

/**
 * The {@code source} of one module call that a migration rewrites (or, for a caller outside the migrated
 * folder, would rewrite with {@code --rewrite-sources}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param location where the {@code source} argument is: the file as it is after the migration (relative to the
 *                 library root, or to the work tree for callers outside it) and the line
 * @param call     the module call's name ({@code module "network"} → {@code network})
 * @param from     the source before, such as {@code ../vpc}
 * @param to       the source after, such as {@code ../../../foundations/networking/vpc-advanced}
 * @since 0.4.0
 */
public record SourceChange(SourceLocation location, String call, String from, String to) {

    /**
     * Validates the components.
     *
     * @param location where the {@code source} argument is
     * @param call     the module call's name
     * @param from     the source before
     * @param to       the source after
     */
    public SourceChange {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(call, "call");
        Checks.notBlank(from, "from");
        Checks.notBlank(to, "to");
    }

    @Override
    public String toString() {
        return location + ": module \"" + call + "\" source " + from + " -> " + to;
    }
}
