package dev.alexandria.api.model;

import java.util.Objects;

/**
 * A problem found while reading a module's configuration: a syntax error, a value of the wrong type, an
 * unreadable file. Readers report bad input as diagnostics rather than exceptions, so one broken file never
 * hides what could be read from the others.
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity how bad it is
 * @param summary  a short, stable sentence ("Invalid expression")
 * @param detail   the explanation and, where known, the fix; may be empty
 * @param location where the problem is; a file-only location when there is no line
 * @since 0.1.0
 */
public record Diagnostic(Severity severity, String summary, String detail, SourceLocation location) {

    /**
     * How bad a diagnostic is.
     *
     * @since 0.1.0
     */
    public enum Severity {
        /** The input is invalid; what was read may be incomplete. */
        ERROR,
        /** The input is valid but questionable (deprecated syntax, ignored value). */
        WARNING
    }

    /**
     * Creates a diagnostic after checking its components.
     *
     * @param severity how bad it is; not null
     * @param summary  a short, stable sentence; not null and not blank
     * @param detail   the explanation and, where known, the fix; not null, may be empty
     * @param location where the problem is; not null
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the summary is blank
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(location, "location");
        if (summary.isBlank()) {
            throw new IllegalArgumentException("summary must not be blank");
        }
    }

    /**
     * An error diagnostic.
     *
     * @param summary  short sentence
     * @param detail   explanation, may be empty
     * @param location where
     * @return the diagnostic
     */
    public static Diagnostic error(String summary, String detail, SourceLocation location) {
        return new Diagnostic(Severity.ERROR, summary, detail, location);
    }

    /**
     * A warning diagnostic.
     *
     * @param summary  short sentence
     * @param detail   explanation, may be empty
     * @param location where
     * @return the diagnostic
     */
    public static Diagnostic warning(String summary, String detail, SourceLocation location) {
        return new Diagnostic(Severity.WARNING, summary, detail, location);
    }

    /** @return whether this is an {@link Severity#ERROR} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * What to do about an error in a module's configuration, and what it costs until then, in the words every
     * command uses: a problem at a line is corrected there; a problem with a whole file, which has no line (a
     * dangling or looping link, a named pipe, a file that cannot be read), is mended as its message says.
     *
     * @return the fix, a phrase without a trailing period
     * @since 0.4.0
     */
    public String fix() {
        return location.line() > 0 ? "correct the file at that line; until then the module's inputs, outputs and "
                + "complexity tier are read without the part in error" : "replace or remove the file as the message "
                + "says; until then the module's inputs, outputs and complexity tier are read without it";
    }

    /**
     * What is wrong, in the words every command prints it with ({@code validate}, {@code info}, {@code status},
     * {@code versions}, {@code compare}, {@code inspect}, {@code cost}, {@code graph}, {@code browse --findings}):
     * the summary, then a colon and the detail without its trailing full stop, so that one error reads the same
     * wherever it is shown. The location is not part of it; each command puts it first in its own form.
     *
     * @return {@code summary: detail}, or the summary alone when there is no detail
     * @since 0.4.0
     */
    public String message() {
        String d = detail.strip();
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d.isEmpty() ? summary : summary + ": " + d;
    }

    /** @return {@code file:line:column: summary; detail} */
    @Override
    public String toString() {
        return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + summary
                + (detail.isEmpty() ? "" : "; " + detail);
    }
}
