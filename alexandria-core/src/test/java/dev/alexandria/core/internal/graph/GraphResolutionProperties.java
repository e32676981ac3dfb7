package dev.alexandria.core.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alexandria.api.model.ConstraintChain;
import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.Resolution;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConflict;
import dev.alexandria.api.model.VersionConstraint;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Resolution over random dependency graphs with random constraints and registered versions: every version
 * chosen satisfies every constraint on its module within the resolved module's graph, each conflict's chains are
 * real paths of declared edges from the resolved module, and their constraints admit no registered version
 * together.
 */
class GraphResolutionProperties {

    private static final String[] CONSTRAINTS = {"", ">= 1.0.0", "~> 1.0", "~> 2.0", "< 2.0.0", ">= 2.1.0",
        "= 1.1.0", "!= 2.0.0", ">= 1.1.0, < 2.1.0"};
    private static final Version[] VERSIONS = {Version.of(1, 0, 0), Version.of(1, 1, 0), Version.of(2, 0, 0),
        Version.of(2, 1, 0), Version.of(3, 0, 0)};

    static List<LibraryModule> library(int n, List<Integer> bits) {
        List<LibraryModule> modules = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < n; i++) {
            List<ModuleRequirement> requires = new ArrayList<>();
            for (int j = i + 1; j < n; j++) {
                int bit = bits.get(k++ % bits.size());
                if (bit % 4 == 0) {
                    requires.add(new ModuleRequirement(ModuleId.of("m" + j),
                            VersionConstraint.parse(CONSTRAINTS[(bit / 4) % CONSTRAINTS.length])));
                }
            }
            List<RegisteredVersion> registered = new ArrayList<>();
            int mask = bits.get(k++ % bits.size()) % 32;
            for (int v = 0; v < VERSIONS.length; v++) {
                if ((mask & (1 << v)) != 0) {
                    registered.add(new RegisteredVersion(VERSIONS[v], LocalDate.of(2026, 1, 1), MaturityLevel.STABLE,
                            ""));
                }
            }
            ModuleId id = ModuleId.of("m" + i);
            ModuleMetadata md = ModuleMetadata.builder().id(id).name("M" + i).description("Module " + i + ".")
                    .version("3.0.0").category("compute/things").maturity(MaturityLevel.STABLE).maintainer("team")
                    .requires(requires).build();
            Optional<RegistryEntry> entry = registered.isEmpty() ? Optional.empty()
                    : Optional.of(RegistryEntry.builder().id(id).name("M" + i)
                            .version(registered.get(registered.size() - 1).version().toString())
                            .category("compute/things").maturity(MaturityLevel.STABLE)
                            .support(RegistryEntry.Support.of("team")).versions(registered).build());
            modules.add(LibraryModule.of(id, "compute/things/m" + i, Path.of("m" + i), md, entry,
                    ModuleInterface.empty("m" + i)));
        }
        return modules;
    }

    @Test
    void resolve_choosesVersionsEveryConstraintAllowsOrExplainsARealConflict() {
        qt().withExamples(300).forAll(integers().between(2, 12), lists().of(integers().between(0, 200))
                .ofSizeBetween(1, 80)).checkAssert((n, bits) -> {
                    GraphModel g = GraphProperties.model(library(n, bits));
                    ModuleId root = ModuleId.of("m0");
                    Resolution r = LibraryGraph.resolve(g, root, LibraryGraph.RequiresAt.WORKING_TREE);
                    Set<ModuleId> scope = new HashSet<>(g.reachable(root, false, DependencyEdge.Kind.REQUIRES));
                    scope.add(root);
                    r.selected().forEach((module, version) -> {
                        for (DependencyEdge e : g.in(module)) {
                            if (e.kind() == DependencyEdge.Kind.REQUIRES && scope.contains(e.from())) {
                                assertTrue(e.constraint().allows(version), e + " refuses " + version);
                            }
                        }
                    });
                    for (VersionConflict c : r.conflicts()) {
                        assertFalse(r.selected().containsKey(c.module()));
                        for (ConstraintChain chain : c.chains()) {
                            assertEquals(root, chain.start());
                            assertEquals(c.module(), chain.end());
                            ModuleId at = chain.start();
                            for (ConstraintChain.Step step : chain.steps()) {
                                ModuleId from = at;
                                assertTrue(g.out(from).stream().anyMatch(e -> e.kind() == DependencyEdge.Kind.REQUIRES
                                        && e.to().equals(step.module()) && e.constraint().equals(step.constraint())),
                                        chain + " is not a path of edges");
                                at = step.module();
                            }
                        }
                        for (Version v : c.candidates()) {
                            assertFalse(c.chains().stream().allMatch(ch -> ch.constraint().allows(v)),
                                    v + " satisfies " + c);
                        }
                    }
                    assertEquals(scope.size() - 1, r.selected().size() + r.conflicts().size());
                });
    }
}
