package dev.alexandria.core.internal.graph;

import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ProviderConflict;
import dev.alexandria.api.model.ProviderRequirement;
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

    /** One module's constraint on one provider: its terms from every {@code required_providers} block. */
    private record Declared(ModuleId module, VersionConstraint constraint) {
    }

    /** @return the conflicts of the call tree rooted at {@code root}, by provider */
    static List<ProviderConflict> conflicts(GraphModel g, ModuleId root) {
        List<ModuleId> tree = new ArrayList<>();
        tree.add(root);
        tree.addAll(g.reachableInDeployOrder(root, false, DependencyEdge.Kind.CALL));
        Map<String, List<Declared>> byProvider = new TreeMap<>();
        for (ModuleId id : tree) {
            own(g.modules.get(id)).forEach((provider, c) ->
                    byProvider.computeIfAbsent(provider, k -> new ArrayList<>()).add(new Declared(id, c)));
        }
        List<ProviderConflict> out = new ArrayList<>();
        for (Map.Entry<String, List<Declared>> e : byProvider.entrySet()) {
            List<Declared> all = e.getValue();
            if (ConstraintIntersection.intersect(all.stream().map(Declared::constraint).toList())) {
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
        return new ProviderConflict.Chain(path, d.constraint);
    }

    /** A module's constraints by provider source address; a requirement whose constraints do not parse is left out. */
    static Map<String, VersionConstraint> own(LibraryModule m) {
        Map<String, List<VersionConstraint.Term>> terms = new TreeMap<>();
        for (ProviderRequirement p : m.interfaceSpec().requiredProviders()) {
            String key = address(p);
            List<VersionConstraint.Term> list = terms.computeIfAbsent(key, k -> new ArrayList<>());
            p.versionConstraint().ifPresent(c -> list.addAll(c.terms())); // unreadable: left out, inspect reports it
        }
        Map<String, VersionConstraint> out = new TreeMap<>();
        terms.forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, VersionConstraint.of(v));
            }
        });
        return out;
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
