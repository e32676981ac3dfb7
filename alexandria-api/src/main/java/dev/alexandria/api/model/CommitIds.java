package dev.alexandria.api.model;

import java.util.Objects;

/**
 * How a git commit's id is shown short: its first {@value #SHORT_LENGTH} hexadecimal digits, everywhere one is shown
 * (the {@code versions} table, a test run's record, a release's or a lifecycle change's commit), so the same commit
 * reads the same in every output. JSON and the API carry the full id besides.
 *
 * @since 0.4.0
 */
public final class CommitIds {

    /** The hexadecimal digits of a short commit id: {@value}. */
    public static final int SHORT_LENGTH = 12;

    private CommitIds() {
    }

    /**
     * @param id a commit's full id (40 hexadecimal digits), or any longer or shorter one
     * @return its first {@link #SHORT_LENGTH} characters, or the whole id when it is shorter
     */
    public static String shorten(String id) {
        Objects.requireNonNull(id, "id");
        return id.length() <= SHORT_LENGTH ? id : id.substring(0, SHORT_LENGTH);
    }
}
