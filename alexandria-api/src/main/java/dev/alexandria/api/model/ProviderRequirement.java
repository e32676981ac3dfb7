package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a module requires of one provider: its source address, version constraints gathered from every
 * {@code required_providers} entry (and legacy {@code provider} block {@code version}), and the
 * configuration aliases a caller must pass.
 *
 * <p>Immutable and thread-safe.
 *
 * @param localName            the name used in the module ({@code aws})
 * @param source               the source address ({@code hashicorp/aws}), if declared
 * @param versionConstraints   each constraint string as written, in reading order, copied
 * @param configurationAliases the aliases declared with {@code configuration_aliases}, copied
 * @since 0.1.0
 */
public record ProviderRequirement(String localName, Optional<String> source, List<String> versionConstraints,
        List<ProviderConfigRef> configurationAliases) {

    /**
     * Creates a provider requirement after checking its components; the lists are copied.
     *
     * @param localName            the name used in the module; not null
     * @param source               the source address, or empty when not declared; not null
     * @param versionConstraints   each constraint string as written, in reading order; not null, no null
     *                             elements
     * @param configurationAliases the aliases declared with {@code configuration_aliases}; not null, no null
     *                             elements
     * @throws NullPointerException if a component or an element is null
     */
    public ProviderRequirement {
        Objects.requireNonNull(localName, "localName");
        Objects.requireNonNull(source, "source");
        versionConstraints = List.copyOf(versionConstraints);
        configurationAliases = List.copyOf(configurationAliases);
    }

    /**
     * The version constraints read as one {@link VersionConstraint}, every one of which must hold (as Terraform
     * combines them), to match with {@link VersionConstraint.Semantics#SELECTION}.
     *
     * @return the constraint ({@link VersionConstraint#any()} when none is declared), or empty if one cannot be
     *         read (such as {@code ">= 1.3.x"}); {@link #versionConstraints()} keeps the text as written
     * @since 0.2.0
     */
    public Optional<VersionConstraint> versionConstraint() {
        return VersionConstraint.allOf(versionConstraints);
    }
}
