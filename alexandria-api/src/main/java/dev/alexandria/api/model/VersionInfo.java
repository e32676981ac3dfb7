package dev.alexandria.api.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a module as {@code versions} lists it: from the registry, from the module's git tags
 * ({@code <module>/v<version>}), or both.
 *
 * <p>Immutable and thread-safe.
 *
 * @param version    the version
 * @param released   the registry's release date, else the tag's date, if either is known
 * @param maturity   the maturity the version was registered at, if registered
 * @param tag        the git tag, if there is one
 * @param commit     the commit the tag points at (abbreviated id), if tagged
 * @param registered whether the registry lists the version
 * @param changelog  the registry's changelog text, empty when none
 * @param published  the day the registry records the version as published, if it was (a published version is
 *                   immutable); empty for a version that is only tagged
 * @since 0.2.0
 */
public record VersionInfo(Version version, Optional<LocalDate> released, Optional<MaturityLevel> maturity,
        Optional<String> tag, Optional<String> commit, boolean registered, String changelog,
        Optional<LocalDate> published) {

    /**
     * A version that is not published.
     *
     * @param version    the version
     * @param released   the release date, if known
     * @param maturity   the registered maturity, if registered
     * @param tag        the git tag, if any
     * @param commit     the tagged commit, if tagged
     * @param registered whether the registry lists it
     * @param changelog  the changelog text, possibly empty
     * @throws NullPointerException if an argument is null
     */
    public VersionInfo(Version version, Optional<LocalDate> released, Optional<MaturityLevel> maturity,
                       Optional<String> tag, Optional<String> commit, boolean registered, String changelog) {
        this(version, released, maturity, tag, commit, registered, changelog, Optional.empty());
    }

    /**
     * Checks the components.
     *
     * @param version    the version
     * @param released   the release date, if known
     * @param maturity   the registered maturity, if registered
     * @param tag        the git tag, if any
     * @param commit     the tagged commit, if tagged
     * @param registered whether the registry lists it
     * @param changelog  the changelog text, possibly empty
     * @param published  the publication day, if published
     * @throws NullPointerException if an argument is null
     */
    public VersionInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(maturity, "maturity");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(changelog, "changelog");
        Objects.requireNonNull(published, "published");
    }

    /**
     * Whether the version is published.
     *
     * @return {@code true} if {@link #published()} has a day
     */
    public boolean isPublished() {
        return published.isPresent();
    }
}
