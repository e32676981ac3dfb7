package dev.alexandria.api.model;

import java.util.Locale;

/**
 * What one change to a module's interface means for its callers, in increasing order. {@code RISKY} changes
 * are compatible on paper but can change behaviour (a default changed, a validation added); they are listed for
 * review and require a {@link Bump#MINOR} bump unless the library's policy treats them as breaking.
 *
 * @since 0.2.0
 */
public enum ChangeImpact {
    /** Nothing a caller sees: descriptions, internal resources' arguments. */
    PATCH,
    /** Something was added that no caller has to use: an optional variable, an output, a resource. */
    MINOR,
    /** Compatible on paper, but callers may see different behaviour: review before releasing. */
    RISKY,
    /** Breaks callers: a removed variable, a new required one, a narrowed type, state that would be destroyed. */
    MAJOR;

    /**
     * The bump this change alone requires.
     *
     * @param riskyIsBreaking whether the library's policy (or {@code --strict}) treats risky changes as breaking
     * @return {@code MAJOR}, {@code MINOR} or {@code PATCH}
     */
    public Bump requiredBump(boolean riskyIsBreaking) {
        switch (this) {
            case MAJOR:
                return Bump.MAJOR;
            case RISKY:
                return riskyIsBreaking ? Bump.MAJOR : Bump.MINOR;
            case MINOR:
                return Bump.MINOR;
            default:
                return Bump.PATCH;
        }
    }

    /** @return the lower-case name: {@code risky} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the id */
    @Override
    public String toString() {
        return id();
    }
}
