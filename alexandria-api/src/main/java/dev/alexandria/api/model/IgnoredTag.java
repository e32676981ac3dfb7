package dev.alexandria.api.model;

import java.util.Objects;

/**
 * A git tag named like a version of a module ({@code <module>/v…}) that names no SemVer 2.0 version, such as
 * {@code vpc-standard/vnot-a-version} or {@code vpc-standard/v1.2}: it is no version of the module, so the module's
 * versions leave it out, and this says why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tag    the tag's name, such as {@code vpc-standard/vnot-a-version}
 * @param reason why it is no version, in words, with how a version tag is written
 * @since 0.4.0
 */
public record IgnoredTag(String tag, String reason) {

    /**
     * Validates the entry.
     *
     * @param tag    the tag's name
     * @param reason why it is no version
     * @throws IllegalArgumentException if the reason is blank
     */
    public IgnoredTag {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }

    /** @return {@code tag: reason} */
    @Override
    public String toString() {
        return tag + ": " + reason;
    }
}
