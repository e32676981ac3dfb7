package dev.alexandria.api.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The seven layers of the library, in rank order. A module may depend on modules of lower layers, and of
 * its own layer unless the policy is {@link DependencyPolicy#STRICT}.
 *
 * @since 0.1.0
 */
public enum Layer {
    /** Networking, identity and security primitives (rank 1). */
    FOUNDATIONS(1),
    /** Containers, serverless and virtual machines (rank 2). */
    COMPUTE(2),
    /** Databases, caches and storage (rank 3). */
    DATA(3),
    /** Messaging, APIs and event streaming (rank 4). */
    INTEGRATION(4),
    /** Logging, metrics and tracing (rank 5). */
    OBSERVABILITY(5),
    /** Access control, secrets and compliance (rank 6). */
    SECURITY(6),
    /** Composite patterns built from the other layers (rank 7). */
    PATTERNS(7);

    private final int rank;

    Layer(int rank) {
        this.rank = rank;
    }

    /** @return the rank, 1 ({@code foundations}) to 7 ({@code patterns}) */
    public int rank() {
        return rank;
    }

    /** @return the id used in paths and files, the lower-case name ({@code foundations}) */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks up a layer by its id.
     *
     * @param id a layer id such as {@code compute}
     * @return the layer, or empty if the id is unknown
     */
    public static Optional<Layer> fromId(String id) {
        Objects.requireNonNull(id, "id");
        return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * Applies the layer rule: may a module of this layer require a module of {@code other}?
     *
     * @param other  the layer of the required module
     * @param policy the dependency policy of the library
     * @return {@code true} for a lower layer, and for the same layer under {@link DependencyPolicy#DEFAULT}
     */
    public boolean mayDependOn(Layer other, DependencyPolicy policy) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(policy, "policy");
        return other.rank < rank || (other == this && policy == DependencyPolicy.DEFAULT);
    }

    /** @return the id */
    @Override
    public String toString() {
        return id();
    }
}
