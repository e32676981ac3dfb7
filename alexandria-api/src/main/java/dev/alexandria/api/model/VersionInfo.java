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
 * @param commit     the commit the tag points at, abbreviated for people (the first 12 hexadecimal digits of
 *                   its id), if tagged
 * @param registered whether the registry lists the version
 * @param changelog  the registry's changelog text, empty when none
 * @param published  the day the registry records the version as published, if it was (a published version is
 *                   immutable); empty for a version that is only tagged
 * @param commitId   the commit the tag points at, its full id (40 lowercase hexadecimal digits), if tagged and
 *                   known; see {@link #commitId()}
 * @since 0.2.0
 */
public record VersionInfo(Version version, Optional<LocalDate> released, Optional<MaturityLevel> maturity,
        Optional<String> tag, Optional<String> commit, boolean registered, String changelog,
        Optional<LocalDate> published, Optional<String> commitId) {

    /**
     * A version without the full commit id (only {@link #commit()}, abbreviated).
     *
     * @param version    the version
     * @param released   the release date, if known
     * @param maturity   the registered maturity, if registered
     * @param tag        the git tag, if any
     * @param commit     the tagged commit (abbreviated id), if tagged
     * @param registered whether the registry lists it
     * @param changelog  the changelog text, possibly empty
     * @param published  the publication day, if published
     * @throws NullPointerException if an argument is null
     */
    public VersionInfo(Version version, Optional<LocalDate> released, Optional<MaturityLevel> maturity,
                       Optional<String> tag, Optional<String> commit, boolean registered, String changelog,
                       Optional<LocalDate> published) {
        this(version, released, maturity, tag, commit, registered, changelog, published, Optional.empty());
    }

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
        this(version, released, maturity, tag, commit, registered, changelog, Optional.empty(), Optional.empty());
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
     * @param commitId   the tagged commit's full id, if known
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code commitId} is not 40 lowercase hexadecimal digits, or
     *                                  {@code commit} is not its abbreviation
     */
    public VersionInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(maturity, "maturity");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(changelog, "changelog");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(commitId, "commitId");
        if (commitId.isPresent()) {
            String id = commitId.get();
            if (!id.matches("[0-9a-f]{40}")) {
                throw new IllegalArgumentException("commitId must be a full commit id (40 lowercase hexadecimal "
                        + "digits): " + id);
            }
            if (commit.isEmpty() || !id.startsWith(commit.get())) {
                throw new IllegalArgumentException("commit " + commit.orElse("(none)") + " is not an abbreviation "
                        + "of commitId " + id);
            }
        }
    }

    /**
     * The full id of the commit the version's tag points at, for tools that store or compare it
     * ({@link #commit()} is the abbreviated form people read).
     *
     * @return 40 lowercase hexadecimal digits, such as {@code 9fceb02d0ae598e95dc970b74767f19372d61af8}; empty
     *         when the version has no tag, or its source did not give the full id
     * @since 0.4.0
     */
    @Override
    public Optional<String> commitId() {
        return commitId;
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
