package dev.alexandria.api.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How strictly the layer rule is applied, as set by {@code dependency_policy} in {@code categories.yaml}.
 *
 * @since 0.1.0
 */
public enum DependencyPolicy {
    /** A module may require modules of its own layer or a lower one. The default. */
    DEFAULT,
    /** A module may require only modules of a lower layer. */
    STRICT;

    /** @return the id used in the files: {@code default} or {@code strict} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks up a policy by its id.
     *
     * @param id {@code default} or {@code strict}
     * @return the policy, or empty if the id is unknown
     */
    public static Optional<DependencyPolicy> fromId(String id) {
        Objects.requireNonNull(id, "id");
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }
}
