package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code register} records: the first (or next unregistered) version of a module, an optional maturity
 * (another level than the current one goes through {@code promote}'s check) and the tags to set.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ChangePlan plan = lib.lifecycle("vpc-enterprise").register(RegisterRequest.of(Version.parse("0.1.0"))
 *         .tags(List.of("vpc", "networking")));
 * }</pre>
 *
 * @param version   the version to register
 * @param maturity  the maturity to register at; empty keeps the current one
 * @param tags      the tags to set; empty keeps the module's tags
 * @param changelog the changelog text of the release
 * @since 0.4.0
 */
public record RegisterRequest(Version version, Optional<MaturityLevel> maturity, List<String> tags,
                              String changelog) {

    /**
     * Checks and copies the components.
     *
     * @param version   the version
     * @param maturity  the maturity, if it changes
     * @param tags      the tags to set
     * @param changelog the changelog text
     * @throws IllegalArgumentException if the changelog is blank, has a control character, or has a line Keep a
     *                                  Changelog reads as its own structure (as {@link ReleaseRequest} says)
     */
    public RegisterRequest {
        Objects.requireNonNull(version, "version");
        Checks.optional(maturity, "maturity");
        tags = Checks.list(tags, "tags");
        Checks.changelog(changelog, "changelog");
    }

    /**
     * @param version the version to register
     * @return a request keeping the maturity and tags, with the changelog text {@code First registered version.}
     */
    public static RegisterRequest of(Version version) {
        return new RegisterRequest(version, Optional.empty(), List.of(), "First registered version.");
    }

    /**
     * @param level the maturity to register at
     * @return a copy with that maturity
     */
    public RegisterRequest maturity(MaturityLevel level) {
        return new RegisterRequest(version, Optional.of(Objects.requireNonNull(level, "level")), tags, changelog);
    }

    /**
     * @param values the tags to set
     * @return a copy with those tags
     */
    public RegisterRequest tags(List<String> values) {
        return new RegisterRequest(version, maturity, values, changelog);
    }

    /**
     * @param text the changelog text of the release
     * @return a copy with that text
     */
    public RegisterRequest changelog(String text) {
        return new RegisterRequest(version, maturity, tags, text);
    }
}
