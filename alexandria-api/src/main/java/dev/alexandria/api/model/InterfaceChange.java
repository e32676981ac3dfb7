package dev.alexandria.api.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One change between two versions of a module's interface, with the rule that classified it and where it is on
 * each side.
 *
 * <p>Immutable and thread-safe.
 *
 * @param impact  what the change means for callers
 * @param rule    the id of the rule that found it, such as {@code variable-removed} (the rules are listed in
 *                {@code docs/versioning.md})
 * @param subject what changed, in Terraform's address form: {@code var.cidr}, {@code output.vpc_id},
 *                {@code aws_vpc.this}, {@code module.subnets}, {@code provider.aws}, {@code terraform}
 * @param message one sentence for people, naming the subject and what happened
 * @param before  where the subject was in the old version, if it was there
 * @param after   where the subject is in the new version, if it is there
 * @since 0.2.0
 */
public record InterfaceChange(ChangeImpact impact, String rule, String subject, String message,
        Optional<SourceLocation> before, Optional<SourceLocation> after) implements Comparable<InterfaceChange> {

    /**
     * Checks the components.
     *
     * @param impact  what the change means for callers
     * @param rule    the rule id
     * @param subject what changed
     * @param message one sentence for people
     * @param before  where it was, or empty
     * @param after   where it is, or empty
     * @throws IllegalArgumentException if a text is blank or neither location is given
     */
    public InterfaceChange {
        Objects.requireNonNull(impact, "impact");
        Checks.notBlank(rule, "rule");
        Checks.notBlank(subject, "subject");
        Checks.notBlank(message, "message");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a change needs a location on at least one side: " + subject);
        }
    }

    /**
     * Where the change is, in words: {@code before → after} when the subject is on both sides, such as
     * {@code variables.tf:3:1 → variables.tf:5:1}; {@code added at variables.tf:5:1} when it is new (no old
     * location); {@code removed from variables.tf:3:1} when it is gone (no new location, the line in the old
     * version).
     *
     * @return the location text, never empty
     */
    public String locations() {
        if (before.isEmpty()) {
            return "added at " + after.orElseThrow();
        }
        return after.map(a -> before.get() + " → " + a).orElse("removed from " + before.get());
    }

    /** Orders by impact (most severe first), then subject, then rule. */
    @Override
    public int compareTo(InterfaceChange o) {
        int c = o.impact.compareTo(impact);
        if (c == 0) {
            c = subject.compareTo(o.subject);
        }
        return c != 0 ? c : rule.compareTo(o.rule);
    }

    /** @return {@code [MAJOR] var.cidr: message (before → after)} */
    @Override
    public String toString() {
        return "[" + impact.name() + "] " + subject + ": " + message + " (" + locations() + ")";
    }
}
