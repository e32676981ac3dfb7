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
 * @since 0.2.0
 */
public record InterfaceDiff(String from, String to, List<InterfaceChange> changes, boolean riskyIsBreaking,
        List<Diagnostic> diagnostics) {

    /**
     * Checks and copies the components; the changes are sorted, most severe first.
     *
     * @param from            the old version, as asked for
     * @param to              the new version, as asked for
     * @param changes         every change
     * @param riskyIsBreaking whether risky changes count as breaking
     * @param diagnostics     the errors met reading either version
     */
    public InterfaceDiff {
        Checks.notBlank(from, "from");
        Checks.notBlank(to, "to");
        changes = Checks.list(changes, "changes").stream().sorted().toList();
        diagnostics = Checks.list(diagnostics, "diagnostics");
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
