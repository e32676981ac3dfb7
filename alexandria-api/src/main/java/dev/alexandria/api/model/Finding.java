package dev.alexandria.api.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the library: its severity, the rule that found it, where it is, what is wrong and
 * how to fix it. Findings are data, so the CLI can render them as text, JSON or SARIF.
 *
 * <p>A finding may name the module it is about even when its location is elsewhere: a registry entry
 * of {@code _catalog/module-registry.yaml} that disagrees with {@code eks-standard}'s {@code .alexandria.yaml}
 * is located in the registry file but is about {@code eks-standard}, so
 * {@code Library.findings("eks-standard")} returns it.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the one-line text form
 * {@code file:line:column: message; hint}.
 *
 * @param severity how bad it is
 * @param ruleId   the rule that found it, kebab-case ({@code version-maturity})
 * @param location where it is
 * @param message  what is wrong, without the location
 * @param hint     how to fix it, if there is a fix to suggest
 * @param module   the module it is about, if it is about one; empty for findings about the catalog as a whole
 *                 (and for findings located in a module's folder, which are about that module anyway)
 * @since 0.1.0
 */
public record Finding(Severity severity, String ruleId, SourceLocation location, String message,
                      Optional<String> hint, Optional<ModuleId> module) implements Comparable<Finding> {

    /**
     * Validates the components.
     *
     * @param severity how bad it is
     * @param ruleId the rule that found it, kebab-case ({@code version-maturity})
     * @param location where it is
     * @param message what is wrong, without the location
     * @param hint how to fix it, if there is a fix to suggest
     * @param module the module it is about, if it is about one
     */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Checks.notBlank(ruleId, "ruleId");
        Objects.requireNonNull(location, "location");
        Checks.notBlank(message, "message");
        Checks.optional(hint, "hint");
        Checks.optional(module, "module");
    }

    /**
     * A finding that names no module.
     *
     * @param severity how bad it is
     * @param ruleId   the rule that found it, kebab-case ({@code version-maturity})
     * @param location where it is
     * @param message  what is wrong, without the location
     * @param hint     how to fix it, if there is a fix to suggest
     */
    public Finding(Severity severity, String ruleId, SourceLocation location, String message, Optional<String> hint) {
        this(severity, ruleId, location, message, hint, Optional.empty());
    }

    /**
     * An error with a fix.
     *
     * @param ruleId   the rule
     * @param location where
     * @param message  what
     * @param hint     the fix
     * @return the finding
     */
    public static Finding error(String ruleId, SourceLocation location, String message, String hint) {
        return new Finding(Severity.ERROR, ruleId, location, message, Optional.of(hint));
    }

    /**
     * A warning with a fix.
     *
     * @param ruleId   the rule
     * @param location where
     * @param message  what
     * @param hint     the fix
     * @return the finding
     */
    public static Finding warning(String ruleId, SourceLocation location, String message, String hint) {
        return new Finding(Severity.WARNING, ruleId, location, message, Optional.of(hint));
    }

    /**
     * The same finding, about a module.
     *
     * @param module the module it is about
     * @return a copy with {@link #module()} set
     */
    public Finding withModule(ModuleId module) {
        Objects.requireNonNull(module, "module");
        return new Finding(severity, ruleId, location, message, hint, Optional.of(module));
    }

    /** @return whether this is an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Orders by location, then severity, then message. */
    @Override
    public int compareTo(Finding other) {
        int c = location.compareTo(other.location);
        if (c != 0) {
            return c;
        }
        c = severity.compareTo(other.severity);
        return c != 0 ? c : message.compareTo(other.message);
    }

    /*
     * equals and hashCode are written out rather than left to the record: the generated ones are bound through
     * invokedynamic (ObjectMethods) on first use, milliseconds of a short command on a cold JVM, and validate keeps
     * its findings in a set. Same meaning as the record's: equal components.
     */

    /** @return whether {@code o} is a finding with equal components */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Finding f && severity == f.severity && ruleId.equals(f.ruleId)
                && location.equals(f.location) && message.equals(f.message) && hint.equals(f.hint)
                && module.equals(f.module);
    }

    /** @return a hash code of the components */
    @Override
    public int hashCode() {
        int h = severity.ordinal();
        h = 31 * h + ruleId.hashCode();
        h = 31 * h + location.hashCode();
        h = 31 * h + message.hashCode();
        h = 31 * h + hint.hashCode();
        return 31 * h + module.hashCode();
    }

    /** @return {@code location: message; hint} */
    @Override
    public String toString() {
        return location + ": " + message + hint.map(h -> "; " + h).orElse("");
    }

    /**
     * How bad a finding is.
     *
     * @since 0.1.0
     */
    public enum Severity {
        /** The library is invalid; it cannot be opened or the change cannot be made. */
        ERROR,
        /** Likely a mistake, but the library works. */
        WARNING,
        /** Worth knowing. */
        INFO
    }
}
