package dev.alexandria.core.internal.graph;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ProviderRequirement;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.VersionConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the dependency graph needs from a module's HCL, and nothing else: its module calls (source, version
 * argument, location), its provider requirements with where each constraint is written, and the HCL's errors
 * (a call an error hides is missing from the graph). A few hundred bytes per module, so the graph of a library
 * of 10,000 modules never holds 10,000 whole interfaces; the library caches it with each module's HCL summary.
 *
 * <p>Immutable and thread-safe.
 *
 * @param calls     the {@code module} blocks, in reading order
 * @param providers the provider requirements that declare a version constraint, in reading order
 * @param errors    the error diagnostics of the HCL
 */
public record GraphFacts(List<ModuleCallRef> calls, List<Provider> providers, List<Diagnostic> errors) {

    /**
     * Copies the lists.
     *
     * @param calls     the module calls
     * @param providers the provider requirements
     * @param errors    the HCL's errors
     */
    public GraphFacts {
        calls = List.copyOf(calls);
        providers = List.copyOf(providers);
        errors = List.copyOf(errors);
    }

    /**
     * One {@code required_providers} entry (or legacy {@code provider} block {@code version}) of a module.
     *
     * @param address     the source address ({@code hashicorp/aws}; {@code aws} alone is {@code hashicorp/aws})
     * @param constraints each constraint as written, in reading order
     * @param location    where the first constraint is written (a {@code versions.tf} line), or the module's folder
     *                    when the inspector did not say
     */
    public record Provider(String address, List<String> constraints, SourceLocation location) {

        /**
         * Copies the list.
         *
         * @param address     the source address
         * @param constraints the constraints as written
         * @param location    where the first is written
         */
        public Provider {
            Objects.requireNonNull(address, "address");
            constraints = List.copyOf(constraints);
            Objects.requireNonNull(location, "location");
        }

        /** @return every constraint as one, or empty when one of them cannot be read (inspect reports it) */
        public Optional<VersionConstraint> constraint() {
            if (constraints.size() == 1) {
                return VersionConstraint.tryParse(constraints.get(0)); // keeps the text as written
            }
            List<VersionConstraint.Term> terms = new ArrayList<>();
            for (String c : constraints) {
                Optional<VersionConstraint> one = VersionConstraint.tryParse(c);
                if (one.isEmpty()) {
                    return Optional.empty();
                }
                terms.addAll(one.get().terms());
            }
            return Optional.of(terms.isEmpty() ? VersionConstraint.any() : VersionConstraint.of(terms));
        }
    }

    /**
     * The facts of an interface.
     *
     * @param spec      the interface
     * @param locations where each provider's constraints are written, by the provider's local name (from the
     *                  inspector); a provider not in it is located at the module's
     *                  {@code .alexandria.yaml}, line 1 (a finding always names a file)
     * @return the facts
     */
    public static GraphFacts of(ModuleInterface spec, Map<String, SourceLocation> locations) {
        List<Provider> providers = new ArrayList<>();
        for (ProviderRequirement p : spec.requiredProviders()) {
            if (!p.versionConstraints().isEmpty()) {
                providers.add(new Provider(ProviderCheck.address(p), p.versionConstraints(),
                        locations.getOrDefault(p.localName(), SourceLocation.of((spec.path().isBlank() ? ""
                                : spec.path() + "/") + ".alexandria.yaml", 1, 1))));
            }
        }
        List<Diagnostic> errors = spec.diagnostics().stream().filter(Diagnostic::isError).toList();
        return new GraphFacts(spec.moduleCalls(), providers, errors);
    }

    /**
     * The facts of an interface whose constraint locations are unknown (a module not read by this library).
     *
     * @param spec the interface
     * @return the facts
     */
    public static GraphFacts of(ModuleInterface spec) {
        return of(spec, Map.of());
    }
}
