package dev.alexandria.api.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One registered version of a module in the registry. Registered versions never change; a published one is
 * immutable for good.
 *
 * @param version     the version
 * @param released    the release date
 * @param maturity    the maturity the version was released at
 * @param changelog   what changed, possibly empty
 * @param tag         the git tag of the release ({@code vpc-standard/v1.2.0}), if recorded
 * @param tree        the git tree hash (40 hex digits) of the module folder as released, if recorded
 * @param fingerprint the fingerprint of the module's interface as released, if recorded
 * @param published   the day the version was published, if it was
 * @since 0.1.0
 */
public record RegisteredVersion(Version version, LocalDate released, MaturityLevel maturity, String changelog,
                                Optional<String> tag, Optional<String> tree, Optional<String> fingerprint,
                                Optional<LocalDate> published) {

    /**
     * Validates the components.
     *
     * @param version     the version
     * @param released    the release date
     * @param maturity    the maturity the version was released at
     * @param changelog   what changed, possibly empty
     * @param tag         the git tag, if recorded
     * @param tree        the folder's git tree hash, if recorded
     * @param fingerprint the interface fingerprint, if recorded
     * @param published   the publication day, if published
     * @throws IllegalArgumentException if the tree hash is not 40 lower-case hex digits
     */
    public RegisteredVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(maturity, "maturity");
        Objects.requireNonNull(changelog, "changelog");
        Checks.optional(tag, "tag");
        Checks.optional(tree, "tree");
        Checks.optional(fingerprint, "fingerprint");
        Checks.optional(published, "published");
        if (tree.isPresent() && !isTreeHash(tree.get())) {
            throw new IllegalArgumentException("a git tree hash is 40 lower-case hex digits, not '" + tree.get() + "'");
        }
    }

    /**
     * Whether a text is a git tree hash as {@link #tree()} accepts it: 40 lower-case hex digits. A plain loop, not
     * a regular expression, since it runs for every registered version when a library is opened.
     *
     * @param text the text to check
     * @return {@code true} if the constructor would accept it as a tree hash
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean isTreeHash(String text) {
        if (text.length() != 40) {
            return false;
        }
        for (int i = 0; i < 40; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A version without release records (tag, tree, fingerprint) and not published.
     *
     * @param version   the version
     * @param released  the release date
     * @param maturity  the maturity the version was released at
     * @param changelog what changed, possibly empty
     */
    public RegisteredVersion(Version version, LocalDate released, MaturityLevel maturity, String changelog) {
        this(version, released, maturity, changelog, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * @param gitTag          the git tag of the release
     * @param treeHash        the module folder's git tree hash
     * @param interfacePrint  the interface fingerprint
     * @return a copy with these release records
     */
    public RegisteredVersion withRelease(String gitTag, String treeHash, String interfacePrint) {
        return new RegisteredVersion(version, released, maturity, changelog, Optional.of(gitTag),
                Optional.of(treeHash), Optional.of(interfacePrint), published);
    }

    /**
     * @param day the publication day
     * @return a copy marked published on that day
     */
    public RegisteredVersion withPublished(LocalDate day) {
        return new RegisteredVersion(version, released, maturity, changelog, tag, tree, fingerprint,
                Optional.of(Objects.requireNonNull(day, "day")));
    }

    /** @return whether the version was published */
    public boolean isPublished() {
        return published.isPresent();
    }
}
