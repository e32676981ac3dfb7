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
 * @since 0.2.0
 */
public record VersionInfo(Version version, Optional<LocalDate> released, Optional<MaturityLevel> maturity,
        Optional<String> tag, Optional<String> commit, boolean registered, String changelog) {

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
     */
    public VersionInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(maturity, "maturity");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(changelog, "changelog");
    }
}
