package dev.alexandria.api.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a release asks for: how to pick the version (a bump, or an exact version), the changelog text, whether
 * risky changes count as breaking, and the release date.
 *
 * <pre>{@code
 * ReleaseRequest auto = ReleaseRequest.bump(ReleaseBump.AUTO, "Adds DNS host names.");
 * ReleaseRequest exact = ReleaseRequest.to(Version.parse("2.0.0"), "ipv4_cidr replaces cidr.").strict(true);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param bump      how the version is picked; ignored when {@code exact} is given
 * @param exact     the exact version to release, if given ({@code --to}); it is still checked against the
 *                  required bump
 * @param changelog the text of the release, one or more lines, not blank: written as it is into
 *                  {@code CHANGELOG.md}, so without control characters and without headings of level 1 or 2 or link
 *                  reference definitions, which Keep a Changelog reads as the file's structure
 * @param strict    whether risky changes count as breaking, whatever the library's policy says
 * @param date      the release date, if not today
 * @since 0.2.0
 */
public record ReleaseRequest(ReleaseBump bump, Optional<Version> exact, String changelog, boolean strict,
        Optional<LocalDate> date) {

    /**
     * Checks the components.
     *
     * @param bump      how the version is picked
     * @param exact     the exact version, if given
     * @param changelog the text of the release, not blank
     * @param strict    whether risky changes count as breaking
     * @param date      the release date, if not today
     * @throws IllegalArgumentException if the changelog is blank, has a control character (an ANSI escape), or has
     *                                  a line Keep a Changelog reads as its own structure (a heading of level 1 or
     *                                  2 such as {@code ## [9.9.9]}, a link reference definition); the message
     *                                  names the line
     */
    public ReleaseRequest {
        Objects.requireNonNull(bump, "bump");
        Objects.requireNonNull(exact, "exact");
        Checks.changelog(changelog, "changelog");
        Objects.requireNonNull(date, "date");
    }

    /**
     * @param bump      how the version is picked
     * @param changelog the text of the release
     * @return a request for that bump, not strict, released today
     */
    public static ReleaseRequest bump(ReleaseBump bump, String changelog) {
        return new ReleaseRequest(bump, Optional.empty(), changelog, false, Optional.empty());
    }

    /**
     * @param version   the exact version to release
     * @param changelog the text of the release
     * @return a request for that version, not strict, released today
     */
    public static ReleaseRequest to(Version version, String changelog) {
        return new ReleaseRequest(ReleaseBump.AUTO, Optional.of(Objects.requireNonNull(version, "version")), changelog,
                false, Optional.empty());
    }

    /**
     * @param value whether risky changes count as breaking
     * @return a copy with that setting
     */
    public ReleaseRequest strict(boolean value) {
        return new ReleaseRequest(bump, exact, changelog, value, date);
    }

    /**
     * @param value the release date
     * @return a copy released on that date
     */
    public ReleaseRequest date(LocalDate value) {
        return new ReleaseRequest(bump, exact, changelog, strict, Optional.of(Objects.requireNonNull(value, "value")));
    }
}
