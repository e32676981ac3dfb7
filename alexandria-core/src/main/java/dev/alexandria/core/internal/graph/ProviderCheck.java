package dev.alexandria.core.internal.graph;

import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ProviderConflict;
import dev.alexandria.api.model.ProviderRequirement;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.VersionConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Provider requirements over a module's call tree: Terraform installs one version of each provider for a
 * whole configuration, so the {@code required_providers} constraints of every module of the tree must have a
 * version in common ("Provider Requirements", Terraform documentation).
 */
final class ProviderCheck {

    private ProviderCheck() {
    }

    /**
     * One module's constraint on one provider: its terms from every {@code required_providers} block, and where
     * the first is written (as the module's facts give it: made relative to the library root only for a conflict's
     * chain, since most declarations are in none).
     */
    private record Declared(ModuleId module, VersionConstraint constraint, SourceLocation location) {
    }

    /** @return the conflicts of the call tree rooted at {@code root}, by provider */
    static List<ProviderConflict> conflicts(GraphModel g, ModuleId root) {
        List<ModuleId> tree = new ArrayList<>();
        tree.add(root);
        tree.addAll(g.reachableInDeployOrder(root, false, DependencyEdge.Kind.CALL));
        Map<String, List<Declared>> byProvider = new TreeMap<>();
        for (ModuleId id : tree) {
            for (GraphFacts.Provider p : g.facts(id).providers()) {
                Optional<VersionConstraint> c = p.constraint();
                if (c.isEmpty() || c.get().isAny()) { // unreadable: left out, inspect reports it
                    continue;
                }
                List<Declared> list = byProvider.computeIfAbsent(p.address(), k -> new ArrayList<>());
                int same = -1;
                for (int i = 0; i < list.size() && same < 0; i++) {
                    if (list.get(i).module.equals(id)) {
                        same = i;
                    }
                }
                if (same >= 0) { // a second entry of the same provider in the module: its terms add up
                    Declared before = list.get(same);
                    List<VersionConstraint.Term> terms = new ArrayList<>(before.constraint.terms());
                    terms.addAll(c.get().terms());
                    list.set(same, new Declared(id, VersionConstraint.of(terms), before.location));
                } else {
                    list.add(new Declared(id, c.get(), p.location()));
                }
            }
        }
        List<ProviderConflict> out = new ArrayList<>();
        for (Map.Entry<String, List<Declared>> e : byProvider.entrySet()) {
            List<Declared> all = e.getValue();
            List<VersionConstraint> constraints = new ArrayList<>(all.size());
            for (Declared d : all) {
                constraints.add(d.constraint);
            }
            if (ConstraintIntersection.intersect(constraints)) {
                continue;
            }
            pair(all).ifPresent(p -> out.add(new ProviderConflict(e.getKey(), chain(g, root, p[0]),
                    chain(g, root, p[1]))));
        }
        return out;
    }

    /**
     * Two declarations with no version in common; on a line, intervals that meet pairwise meet together, so
     * a pair exists unless only {@code !=} holes empty the intersection (then there is none to name).
     */
    private static Optional<Declared[]> pair(List<Declared> all) {
        for (int i = 0; i < all.size(); i++) {
            if (!ConstraintIntersection.intersect(List.of(all.get(i).constraint))) {
                return Optional.of(new Declared[] {all.get(i), all.get(i)});
            }
            for (int j = i + 1; j < all.size(); j++) {
                if (!ConstraintIntersection.intersect(List.of(all.get(i).constraint, all.get(j).constraint))) {
                    return Optional.of(new Declared[] {all.get(i), all.get(j)});
                }
            }
        }
        return Optional.empty();
    }

    private static ProviderConflict.Chain chain(GraphModel g, ModuleId root, Declared d) {
        List<ModuleId> path = new ArrayList<>();
        path.add(root);
        if (!d.module.equals(root)) {
            g.path(root, d.module, DependencyEdge.Kind.CALL, null).orElse(List.of()).forEach(e -> path.add(e.to()));
        }
        return new ProviderConflict.Chain(path, d.constraint, Optional.of(GraphModel.relative(d.location, g.display)));
    }

    /** {@code hashicorp/aws} for {@code aws}, {@code registry.terraform.io/hashicorp/aws} and no source. */
    static String address(ProviderRequirement p) {
        String s = p.source().orElse(p.localName()).strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("registry.terraform.io/")) {
            s = s.substring("registry.terraform.io/".length());
        }
        return s.contains("/") ? s : "hashicorp/" + s;
    }
}
