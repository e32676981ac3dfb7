package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.ConstraintChain;
import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ProviderConflict;
import dev.alexandria.api.model.Resolution;
import dev.alexandria.api.model.VersionConflict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The views of the dependency graph: trees, JSON maps, Graphviz DOT and Mermaid. */
final class GraphViews {

    private GraphViews() {
    }

    /** How to walk the graph from a module: along its dependencies or its dependents. */
    record Walk(Library library, boolean reverse, int depth) {

        List<DependencyEdge> next(ModuleId id) {
            return reverse ? library.dependencies(id.value()).directDependents()
                    : library.dependencies(id.value()).direct();
        }

        ModuleId other(DependencyEdge e) {
            return reverse ? e.from() : e.to();
        }
    }

    /** The label of an edge in a tree: {@code vpc-standard >= 1.0.0} with {@code [call ../x]} for a call. */
    static String label(DependencyEdge e, ModuleId shown) {
        return shown + (e.constraint().isAny() ? "" : " " + e.constraint().text())
                + (e.kind() == DependencyEdge.Kind.CALL ? "  [call " + e.source() + "]" : "")
                + (e.isExempt() ? "  [exempt: " + e.exemption().orElseThrow().reason() + "]" : "");
    }

    /** Prints an indented tree with box-drawing branches; a module already on the path is marked as a cycle. */
    static void tree(StringBuilder out, Walk walk, ModuleId root) {
        out.append(root).append('\n');
        List<ModuleId> path = new ArrayList<>();
        path.add(root);
        branch(out, walk, root, "", 1, path);
    }

    private static void branch(StringBuilder out, Walk walk, ModuleId at, String indent, int level,
                               List<ModuleId> path) {
        if (walk.depth() > 0 && level > walk.depth()) {
            return;
        }
        List<DependencyEdge> edges = walk.next(at);
        for (int i = 0; i < edges.size(); i++) {
            DependencyEdge e = edges.get(i);
            boolean last = i == edges.size() - 1;
            ModuleId next = walk.other(e);
            boolean cycle = path.contains(next);
            out.append(indent).append(last ? "└── " : "├── ").append(label(e, next))
                    .append(cycle ? "  (cycle)" : "").append('\n');
            if (!cycle) {
                path.add(next);
                branch(out, walk, next, indent + (last ? "    " : "│   "), level + 1, path);
                path.remove(path.size() - 1);
            }
        }
    }

    /** The edges reachable from a module within the depth, each once, in walk order. */
    static List<DependencyEdge> reachableEdges(Walk walk, ModuleId root) {
        Set<DependencyEdge> edges = new LinkedHashSet<>();
        Set<ModuleId> seen = new HashSet<>();
        seen.add(root);
        List<ModuleId> level = List.of(root);
        for (int d = 1; !level.isEmpty() && (walk.depth() <= 0 || d <= walk.depth()); d++) {
            List<ModuleId> nextLevel = new ArrayList<>();
            for (ModuleId id : level) {
                for (DependencyEdge e : walk.next(id)) {
                    edges.add(e);
                    if (seen.add(walk.other(e))) {
                        nextLevel.add(walk.other(e));
                    }
                }
            }
            level = nextLevel;
        }
        return List.copyOf(edges);
    }

    /** Graphviz DOT: solid arrows for declared dependencies, dashed for module calls. */
    static String dot(String name, List<ModuleId> nodes, List<DependencyEdge> edges) {
        StringBuilder sb = new StringBuilder("digraph \"" + name + "\" {\n  rankdir=LR;\n  node [shape=box];\n");
        for (ModuleId id : nodes) {
            sb.append("  \"").append(id).append("\";\n");
        }
        for (DependencyEdge e : edges) {
            sb.append("  \"").append(e.from()).append("\" -> \"").append(e.to()).append('"');
            List<String> attrs = new ArrayList<>();
            if (!e.constraint().isAny()) {
                attrs.add("label=\"" + e.constraint().text().replace("\"", "\\\"") + "\"");
            }
            if (e.kind() == DependencyEdge.Kind.CALL) {
                attrs.add("style=dashed");
            }
            if (!attrs.isEmpty()) {
                sb.append(" [").append(String.join(", ", attrs)).append(']');
            }
            sb.append(";\n");
        }
        return sb.append("}\n").toString();
    }

    /** Mermaid flowchart: {@code -->} for declared dependencies, {@code -.->} for module calls. */
    static String mermaid(List<ModuleId> nodes, List<DependencyEdge> edges) {
        Function<ModuleId, String> key = id -> id.value().replace('-', '_');
        StringBuilder sb = new StringBuilder("flowchart LR\n");
        for (ModuleId id : nodes) {
            sb.append("  ").append(key.apply(id)).append("[\"").append(id).append("\"]\n");
        }
        for (DependencyEdge e : edges) {
            String arrow = e.kind() == DependencyEdge.Kind.CALL ? " -.->" : " -->";
            String label = e.constraint().isAny() ? "" : "|\"" + e.constraint().text().replace("\"", "#quot;") + "\"|";
            sb.append("  ").append(key.apply(e.from())).append(arrow).append(label).append(' ')
                    .append(key.apply(e.to())).append('\n');
        }
        return sb.toString();
    }

    static Map<String, Object> edge(DependencyEdge e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("from", e.from().value());
        v.put("to", e.to().value());
        v.put("kind", e.kind().id());
        v.put("constraint", e.constraint().text());
        if (!e.source().isEmpty()) {
            v.put("source", e.source());
        }
        e.exemption().ifPresent(x -> v.put("exemption", x.reason()));
        location(v, e.location());
        return v;
    }

    /** A location as the findings of every command give it: {@code file}, and {@code line}, {@code column} when known. */
    static void location(Map<String, Object> v, dev.alexandria.api.model.SourceLocation at) {
        v.put("file", at.file());
        if (at.line() > 0) {
            v.put("line", at.line());
        }
        if (at.column() > 0) {
            v.put("column", at.column());
        }
    }

    /** A nested JSON tree: each node with its edge and its children. */
    static List<Map<String, Object>> jsonTree(Walk walk, ModuleId at, int level, List<ModuleId> path) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (walk.depth() > 0 && level > walk.depth()) {
            return out;
        }
        for (DependencyEdge e : walk.next(at)) {
            ModuleId next = walk.other(e);
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("module", next.value());
            node.put("edge", edge(e));
            if (path.contains(next)) {
                node.put("cycle", true);
            } else {
                path.add(next);
                node.put(walk.reverse() ? "dependents" : "dependencies", jsonTree(walk, next, level + 1, path));
                path.remove(path.size() - 1);
            }
            out.add(node);
        }
        return out;
    }

    /**
     * The groups of modules that depend on each other among {@code modules} (all when null): with one, a deploy
     * order is not valid.
     */
    static List<List<ModuleId>> cyclesAmong(Library library, java.util.Collection<ModuleId> modules) {
        return library.graph().cyclicGroups().stream()
                .filter(g -> modules == null || g.stream().anyMatch(modules::contains)).toList();
    }

    /** The warning printed (to stderr) and put in JSON when the modules shown include a cycle. */
    static String cycleWarning(List<List<ModuleId>> cycles) {
        return "the graph has " + (cycles.size() == 1 ? "a dependency cycle" : cycles.size() + " dependency cycles")
                + " (" + String.join("; ", cycles.stream().map(g -> String.join(", ", g.stream().map(ModuleId::value)
                .toList())).toList()) + "), so there is no valid deploy order; the order shown places the modules of"
                + " each cycle together by layer and id. 'alexandria graph --check' reports every cycle with its path";
    }

    static Map<String, Object> resolution(Resolution r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("resolved", r.isResolved());
        Map<String, Object> selected = new LinkedHashMap<>();
        r.selected().forEach((k, ver) -> selected.put(k.value(), ver.toString()));
        v.put("selected", selected);
        v.put("conflicts", r.conflicts().stream().map(GraphViews::conflict).toList());
        v.put("provider_conflicts", r.providerConflicts().stream().map(GraphViews::providerConflict).toList());
        v.put("deploy_order", r.deployOrder().stream().map(ModuleId::value).toList());
        return v;
    }

    static Map<String, Object> conflict(VersionConflict c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("module", c.module().value());
        v.put("chains", c.chains().stream().map(ConstraintChain::toString).toList());
        v.put("candidates", c.candidates().stream().map(Object::toString).toList());
        v.put("explanation", c.explanation());
        return v;
    }

    static Map<String, Object> providerConflict(ProviderConflict c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("provider", c.provider());
        v.put("chains", List.of(c.first().toString(), c.second().toString()));
        List<Map<String, Object>> at = new ArrayList<>();
        for (ProviderConflict.Chain chain : List.of(c.first(), c.second())) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("path", chain.path().stream().map(ModuleId::value).toList());
            one.put("constraint", chain.constraint().text());
            chain.location().ifPresent(l -> location(one, l));
            at.add(one);
        }
        v.put("constraints", at);
        v.put("explanation", c.explanation());
        return v;
    }
}
