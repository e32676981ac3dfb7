package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Two modules of one call tree whose {@code required_providers} constraints on a provider have no version in
 * common. Terraform installs one version of each provider for a whole configuration, so the root module of
 * that tree could not be initialised.
 *
 * <p>Immutable and thread-safe.
 *
 * @param provider the provider, by source address ({@code hashicorp/aws}; a missing namespace is
 *                 {@code hashicorp}, as Terraform reads it)
 * @param first    the path of module calls to the first module, with its constraint
 * @param second   the path to the second module, with a constraint that excludes every version the first
 *                 allows
 * @since 0.2.0
 */
public record ProviderConflict(String provider, Chain first, Chain second) {

    /**
     * Validates the components.
     *
     * @param provider the provider
     * @param first    the first path and constraint
     * @param second   the second path and constraint
     */
    public ProviderConflict {
        Checks.notBlank(provider, "provider");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    /**
     * @return {@code provider hashicorp/aws: no version satisfies both root (>= 5.0) at
     *         _library/x/root/versions.tf:6:17 and root → legacy (< 5.0) at _library/y/legacy/versions.tf:5:17}
     */
    public String explanation() {
        return "provider " + provider + ": no version satisfies both " + first + " and " + second;
    }

    @Override
    public String toString() {
        return explanation();
    }

    /**
     * A path of module calls from the root of a call tree to the module that declares a provider constraint.
     *
     * @param path       the modules from the root to the declaring module, both included; not empty
     * @param constraint the declaring module's constraint on the provider (its terms from every
     *                   {@code required_providers} block, together)
     * @param location   where the declaring module writes its (first) constraint on the provider, such as
     *                   {@code _library/…/versions.tf:6:17} (relative to the library root), if known
     * @since 0.2.0
     */
    public record Chain(List<ModuleId> path, VersionConstraint constraint, Optional<SourceLocation> location) {

        /**
         * Validates and copies.
         *
         * @param path       the modules from the root to the declaring module; not empty
         * @param constraint the declaring module's constraint
         * @param location   where the constraint is written, if known
         * @throws IllegalArgumentException if the path is empty
         * @since 0.3.0
         */
        public Chain {
            path = Checks.list(path, "path");
            Objects.requireNonNull(constraint, "constraint");
            Checks.optional(location, "location");
            if (path.isEmpty()) {
                throw new IllegalArgumentException("a chain needs at least one module");
            }
        }

        /**
         * A chain whose constraint's location is unknown.
         *
         * @param path       the modules from the root to the declaring module; not empty
         * @param constraint the declaring module's constraint
         * @throws IllegalArgumentException if the path is empty
         */
        public Chain(List<ModuleId> path, VersionConstraint constraint) {
            this(path, constraint, Optional.empty());
        }

        /** @return {@code root → a → b (>= 5.0)}, with {@code  at <file>:<line>:<column>} when known */
        @Override
        public String toString() {
            return path.stream().map(ModuleId::value).collect(Collectors.joining(" → ")) + " (" + constraint.text()
                    + ")" + location.map(l -> " at " + l).orElse("");
        }
    }
}
