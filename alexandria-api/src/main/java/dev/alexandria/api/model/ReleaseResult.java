package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;

/**
 * What an applied release did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the released version
 * @param tag     the annotated git tag created, {@code <module>/v<version>}
 * @param commit  the id of the commit the tag points at
 * @param files   the files the commit holds, relative to the library root, copied
 * @since 0.2.0
 */
public record ReleaseResult(Version version, String tag, String commit, List<String> files) {

    /**
     * Checks the components.
     *
     * @param version the released version
     * @param tag     the tag created
     * @param commit  the commit id
     * @param files   the committed files
     */
    public ReleaseResult {
        Objects.requireNonNull(version, "version");
        Checks.notBlank(tag, "tag");
        Checks.notBlank(commit, "commit");
        files = Checks.list(files, "files");
    }
}
