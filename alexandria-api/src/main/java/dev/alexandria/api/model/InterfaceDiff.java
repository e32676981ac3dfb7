package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;

/**
 * The changes between two versions of a module's interface and the bump they require.
 *
 * <pre>{@code
 * InterfaceDiff diff = lib.versions("vpc-standard").diff("1.2.0", "working-tree");
 * Bump bump = diff.requiredBump();                       // MAJOR if a variable was removed
 * List<String> reasons = diff.breakingChanges().stream().map(c -> c.subject() + ": " + c.message()).toList();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param from            the old version, as asked for ({@code 1.2.0}, a tag, a commit, a folder)
 * @param to              the new version, as asked for ({@code working-tree}, …)
 * @param changes         every change, most severe first, copied
 * @param riskyIsBreaking whether risky changes count as breaking (the library's policy or {@code --strict})
 * @param diagnostics     the errors met reading either version (HCL syntax errors, invalid provider
 *                        constraints …), each naming its file and line; a declaration an error hides is missing
 *                        from {@code changes}, so a diff with errors is incomplete (see {@link #isComplete()})
 * @param notCompared     the declarations that a file which failed to parse still shows (by their block header)
 *                        and that were therefore not compared: never reported as removed or added in
 *                        {@code changes}, since they are there though what they say is unknown; empty when both
 *                        versions parse
 * @since 0.2.0
 */
public record InterfaceDiff(String from, String to, List<InterfaceChange> changes, boolean riskyIsBreaking,
        List<Diagnostic> diagnostics, List<NotCompared> notCompared) {

    /**
     * A declaration that was not compared because the file that holds it, in one version or both, does not parse:
     * its block header is recognisable, its body is not.
     *
     * <p>Immutable and thread-safe.
     *
     * @param subject  what is declared, named as {@link InterfaceChange#subject()} names it ({@code var.name},
     *                 {@code output.name}, {@code aws_s3_bucket.this}, {@code module.name}, {@code moved},
     *                 {@code terraform}), or {@code *} for a file in which no declaration could be recognised
     * @param version  the version whose file does not parse (as asked for, like {@link #from()})
     * @param location where the declaration's header is in that version (file and line)
     * @param problem  what is wrong with the header itself, in the words of validation's HCL error ({@code
     *                 Extraneous label for resource: Only 2 labels (type, name) are expected for resource
     *                 blocks.}); empty when a syntax error elsewhere in the file hides the declaration
     * @since 0.4.0
     */
    public record NotCompared(String subject, String version, SourceLocation location, String problem) {
        /**
         * Checks the components.
         *
         * @param subject  what is declared
         * @param version  the version whose file does not parse
         * @param location where the header is
         * @param problem  what is wrong with the header, or empty
         */
        public NotCompared {
            Checks.notBlank(subject, "subject");
            Checks.notBlank(version, "version");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(problem, "problem");
        }

        /**
         * A declaration that a syntax error in its file hides.
         *
         * @param subject  what is declared
         * @param version  the version whose file does not parse
         * @param location where the header is
         */
        public NotCompared(String subject, String version, SourceLocation location) {
            this(subject, version, location, "");
        }

        /**
         * @return {@code var.name not compared: variables.tf:12 does not parse (in 1.2.0)}; for a header that is
         *     wrong itself, what is wrong: {@code aws_instance.* not compared: main.tf:3: Extraneous label for
         *     resource: Only 2 labels (type, name) are expected for resource blocks (in 1.2.0)}; for a file in
         *     which nothing could be recognised {@code nothing in main.tf.json compared: main.tf.json:3 does not
         *     parse (in 1.2.0)}
         */
        public String message() {
            String where = location.file() + (location.line() > 0 ? ":" + location.line() : "");
            String what = problem.isEmpty() ? where + " does not parse"
                    : where + ": " + (problem.endsWith(".") ? problem.substring(0, problem.length() - 1) : problem);
            return (subject.equals("*") ? "nothing in " + location.file() + " compared" : subject + " not compared")
                    + ": " + what + " (in " + version + ")";
        }
    }

    /**
     * A diff without declarations hidden by syntax errors.
     *
     * @param from            the old version, as asked for
     * @param to              the new version, as asked for
     * @param changes         every change
     * @param riskyIsBreaking whether risky changes count as breaking
     * @param diagnostics     the errors met reading either version
     * @since 0.4.0
     */
    public InterfaceDiff(String from, String to, List<InterfaceChange> changes, boolean riskyIsBreaking,
            List<Diagnostic> diagnostics) {
        this(from, to, changes, riskyIsBreaking, diagnostics, List.of());
    }

    /**
     * Checks and copies the components; the changes are sorted, most severe first.
     *
     * @param from            the old version, as asked for
     * @param to              the new version, as asked for
     * @param changes         every change
     * @param riskyIsBreaking whether risky changes count as breaking
     * @param diagnostics     the errors met reading either version
     * @param notCompared     the declarations hidden by syntax errors
     */
    public InterfaceDiff {
        Checks.notBlank(from, "from");
        Checks.notBlank(to, "to");
        changes = Checks.list(changes, "changes").stream().sorted().toList();
        diagnostics = Checks.list(diagnostics, "diagnostics");
        notCompared = Checks.list(notCompared, "notCompared");
    }

    /**
     * A diff of two versions that both read without errors.
     *
     * @param from            the old version, as asked for
     * @param to              the new version, as asked for
     * @param changes         every change
     * @param riskyIsBreaking whether risky changes count as breaking
     */
    public InterfaceDiff(String from, String to, List<InterfaceChange> changes, boolean riskyIsBreaking) {
        this(from, to, changes, riskyIsBreaking, List.of());
    }

    /**
     * Whether both versions read without errors, so that {@link #changes()} covers every declaration. A gate must
     * not pass an incomplete diff: what an error hides can be a breaking change.
     *
     * @return whether {@link #diagnostics()} holds no error
     * @since 0.4.0
     */
    public boolean isComplete() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /**
     * The smallest bump that tells callers the truth about these changes: {@code MAJOR} if any change breaks
     * callers (or is risky and risky counts as breaking), else {@code MINOR} if anything was added or is risky,
     * else {@code PATCH}.
     *
     * @return the required bump
     */
    public Bump requiredBump() {
        Bump b = Bump.PATCH;
        for (InterfaceChange c : changes) {
            b = b.max(c.impact().requiredBump(riskyIsBreaking));
        }
        return b;
    }

    /** @return the changes that require a major bump, most severe first */
    public List<InterfaceChange> breakingChanges() {
        return changes.stream().filter(c -> c.impact().requiredBump(riskyIsBreaking) == Bump.MAJOR).toList();
    }

    /**
     * @param impact an impact
     * @return the changes of that impact
     */
    public List<InterfaceChange> changes(ChangeImpact impact) {
        Objects.requireNonNull(impact, "impact");
        return changes.stream().filter(c -> c.impact() == impact).toList();
    }

    /** @return whether nothing changed */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** @return {@code 1.2.0 → working-tree: MAJOR (3 changes)} */
    @Override
    public String toString() {
        return from + " → " + to + ": " + requiredBump().name() + " (" + changes.size() + " change"
                + (changes.size() == 1 ? "" : "s") + ")";
    }
}
