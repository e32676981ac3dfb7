package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.graph.GraphLocations;
import dev.alexandria.core.internal.graph.GraphRules;
import dev.alexandria.core.internal.graph.LibraryGraph;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code alexandria-dependencies}: the graph's rules over the module's dependencies, reused from
 * {@link GraphRules}: the layer rule ({@code layer-rule}) and deprecated or archived dependencies
 * ({@code deprecated-dependency}); for the whole library also cycles and version and provider conflicts
 * ({@code dependency-cycle}, {@code version-conflict}, {@code call-version}, {@code provider-conflict},
 * {@code undeclared-call}, {@code uncalled-requirement}). In a library the run takes them from the library's graph,
 * with the lines of the requirements; this class checks one module over the modules it names.
 */
public final class DependencyValidator extends BuiltInValidator implements BuiltIns.FromGraph {

    private static final List<ValidationRule> RULES = List.of(
            ValidationRule.of(GraphRules.LAYER_RULE, Finding.Severity.ERROR, "A module depends only on modules of "
                    + "lower layers (same layer unless the policy is strict), cross-cutting categories, or with a "
                    + "declared exemption."),
            ValidationRule.of(GraphRules.DEPRECATED_DEPENDENCY, Finding.Severity.WARNING, "A module does not depend "
                    + "on a deprecated or archived module (an error after its removal date)."),
            ValidationRule.of(GraphRules.CYCLE, Finding.Severity.ERROR, "No dependency cycle."),
            ValidationRule.of("version-conflict", Finding.Severity.ERROR, "Every declared dependency has a "
                    + "registered version that satisfies every constraint on it."),
            ValidationRule.of("call-version", Finding.Severity.ERROR, "A relative-path call's working-tree version "
                    + "satisfies the declared constraint."),
            ValidationRule.of("provider-conflict", Finding.Severity.ERROR, "The required_providers constraints over "
                    + "a module's call tree intersect."),
            ValidationRule.of("undeclared-call", Finding.Severity.WARNING, "A call of a library module is declared "
                    + "in requires."),
            ValidationRule.of("uncalled-requirement", Finding.Severity.INFO, "A declared dependency that the code "
                    + "does not call (normal for modules deployed separately)."));

    /** The validator ServiceLoader and the built-ins use. */
    public DependencyValidator() {
        super("alexandria-dependencies", Stage.HCL, RULES);
    }

    @Override
    public List<Finding> validate(ValidationRequest request) {
        LibraryModule m = request.module();
        Map<ModuleId, LibraryModule> known = new LinkedHashMap<>();
        known.put(m.id(), m);
        for (ModuleRequirement r : m.metadata().requires()) {
            request.others().apply(r.module()).ifPresent(o -> known.putIfAbsent(o.id(), o));
        }
        for (var call : m.interfaceSpec().moduleCalls()) {
            for (String part : call.source().split("[/?=.:]+")) {
                try {
                    request.others().apply(ModuleId.of(part)).ifPresent(o -> known.putIfAbsent(o.id(), o));
                } catch (IllegalArgumentException e) {
                    // not an id
                }
            }
        }
        String metadata = request.metadataFile();
        GraphLocations at = new GraphLocations() {
            @Override
            public SourceLocation requirement(ModuleId module, int index) {
                return SourceLocation.of(metadata, 1, 1);
            }

            @Override
            public SourceLocation metadata(ModuleId module) {
                return SourceLocation.of(metadata, 1, 1);
            }
        };
        LibraryGraph graph = new LibraryGraph(request.root(), new ArrayList<>(known.values()), request.catalog(),
                s -> Optional.ofNullable(known.get(ModuleId.of(s))).map(LibraryModule::id).orElseThrow(),
                at, Clock.fixed(request.today().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        List<Finding> out = new ArrayList<>();
        for (Finding f : graph.checkModule(m.id().value())) {
            out.add(f.withModule(m.id()));
        }
        return out;
    }
}
