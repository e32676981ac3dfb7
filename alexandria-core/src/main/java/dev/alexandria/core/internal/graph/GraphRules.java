package dev.alexandria.core.internal.graph;

import dev.alexandria.api.model.ConstraintChain;
import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.DependencyPolicy;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.GraphCheck;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ProviderConflict;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConflict;
import dev.alexandria.api.model.VersionConstraint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of the graph, each with its rule id: {@code dependency-cycle}, {@code layer-rule},
 * {@code deprecated-dependency}, {@code version-conflict}, {@code call-version}, {@code provider-conflict},
 * {@code undeclared-call} and {@code uncalled-requirement}. Validation reuses them through
 * {@link #check}.
 */
public final class GraphRules {

    /** The rule id of the layer rule. */
    public static final String LAYER_RULE = "layer-rule";
    /** The rule id of the deprecated-dependency rule. */
    public static final String DEPRECATED_DEPENDENCY = "deprecated-dependency";
    /** The rule id of a dependency cycle. */
    public static final String CYCLE = "dependency-cycle";

    private GraphRules() {
    }

    static GraphCheck check(GraphModel g, Taxonomy taxonomy, GraphLocations locations, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        List<DependencyEdge> exemptions = new ArrayList<>();
        cycles(g, findings);
        for (int i : g.byName()) {
            LibraryModule from = g.module(i);
            List<DependencyEdge> own = g.outOf(i);
            int[] targets = g.targets(i);
            Set<ModuleId> deprecatedSeen = null;
            for (int k = 0; k < targets.length; k++) {
                DependencyEdge e = own.get(k);
                LibraryModule to = g.module(targets[k]);
                layer(from, to, e, own, taxonomy, findings, exemptions);
                if (isDeprecated(to)) {
                    if (deprecatedSeen == null) {
                        deprecatedSeen = new HashSet<>();
                    }
                    if (deprecatedSeen.add(e.to())) {
                        deprecated(to, e, today, findings);
                    }
                }
                declaredAndCalled(from, to, e, own, findings);
            }
        }
        versions(g, findings);
        providers(g, locations, findings);
        return new GraphCheck(findings.stream().sorted().toList(), exemptions, g.modules.size(), g.edges.size());
    }

    /** The rule of an HCL error in a module: a module call the error hides is missing from the graph. */
    public static final String HCL_ERROR = "hcl-error";

    /**
     * The HCL errors of the modules (syntax errors, invalid version constraints …), one {@code hcl-error} finding
     * each: the graph is read from the HCL, so a call an error hides is silently missing from it, and a check that
     * passes over them would pass on a graph it could not read.
     *
     * @param modules the modules
     * @param display a file as findings name it (relative to the library root)
     * @return the findings, in module order
     */
    static List<Finding> hclErrors(Collection<LibraryModule> modules, Function<String, String> display) {
        List<Finding> findings = new ArrayList<>();
        for (LibraryModule m : modules) {
            for (Diagnostic d : m.interfaceSpec().diagnostics()) {
                if (d.isError()) {
                    SourceLocation at = d.location();
                    findings.add(Finding.error(HCL_ERROR, new SourceLocation(display.apply(at.file()), at.line(),
                            at.column()), m.id() + ": " + d.summary() + (d.detail().isEmpty() ? "" : "; "
                            + d.detail()), "correct the HCL ('alexandria inspect " + m.id() + "' shows it); a module "
                            + "call it hides is missing from the graph"));
                }
            }
        }
        return findings;
    }

    /**
     * The rules over one module's own edges: the layer rule and deprecated dependencies, as {@link #check} reports
     * them for the whole graph, without building it (so no other module's HCL is read).
     *
     * @param from     the module
     * @param own      its edges out ({@code GraphModel.ownEdges})
     * @param byId     every module of the library, by id
     * @param taxonomy the categories and the dependency policy
     * @param today    the day that says which removal dates have passed
     * @return the findings, sorted
     */
    static List<Finding> checkModule(LibraryModule from, List<DependencyEdge> own, Map<ModuleId, LibraryModule> byId,
                                     Taxonomy taxonomy, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        Set<ModuleId> deprecatedSeen = new HashSet<>();
        for (DependencyEdge e : own) {
            LibraryModule to = byId.get(e.to());
            layer(from, to, e, own, taxonomy, findings, new ArrayList<>());
            if (deprecatedSeen.add(e.to())) {
                deprecated(to, e, today, findings);
            }
        }
        return findings.stream().sorted().toList();
    }

    private static void cycles(GraphModel g, List<Finding> findings) {
        for (Set<ModuleId> group : g.cycles) {
            ModuleId start = group.stream().min(g.layerThenId).orElseThrow();
            List<DependencyEdge> shortest = null;
            for (DependencyEdge e : g.out(start)) {
                if (!group.contains(e.to())) {
                    continue;
                }
                List<DependencyEdge> cycle = new ArrayList<>();
                cycle.add(e);
                if (!e.to().equals(start)) {
                    Optional<List<DependencyEdge>> back = g.path(e.to(), start, null, group);
                    if (back.isEmpty()) {
                        continue;
                    }
                    cycle.addAll(back.get());
                }
                if (shortest == null || cycle.size() < shortest.size()) {
                    shortest = cycle;
                }
            }
            if (shortest == null) {
                continue;
            }
            String path = start + shortest.stream().map(e -> " -> " + e.to()).collect(Collectors.joining());
            String more = group.size() > shortest.size() ? " (" + group.size() + " modules depend on each other: "
                    + group.stream().sorted(g.layerThenId).map(ModuleId::value).collect(Collectors.joining(", "))
                    + ")" : "";
            findings.add(Finding.error(CYCLE, shortest.get(0).location(), "dependency cycle: " + path + more,
                    "remove one of the requirements in the cycle"));
        }
    }

    private static void layer(LibraryModule from, LibraryModule to, DependencyEdge e, List<DependencyEdge> own,
                              Taxonomy taxonomy, List<Finding> findings, List<DependencyEdge> exemptions) {
        DependencyPolicy policy = taxonomy.policy();
        if (from.layer().mayDependOn(to.layer(), policy) || taxonomy.isCrossCutting(to.category())) {
            return;
        }
        boolean exempt = e.isExempt() || (e.kind() == DependencyEdge.Kind.CALL && own.stream()
                .anyMatch(d -> d.kind() == DependencyEdge.Kind.REQUIRES && d.to().equals(to.id()) && d.isExempt()));
        if (exempt) {
            if (e.kind() == DependencyEdge.Kind.REQUIRES) {
                exemptions.add(e);
            }
            return;
        }
        String why = to.layer() == from.layer()
                ? "a module of the same layer " + from.layer() + ", which the strict dependency policy forbids"
                : "a module of the higher layer " + to.layer() + "; " + from.layer()
                + " modules may only require modules of their own or lower layers";
        findings.add(Finding.error(LAYER_RULE, e.location(), verb(e) + " '" + to.id() + "' (_library/" + to.path()
                + "), " + why, "remove the dependency or move one of the modules; if it must stay, declare "
                + "requires[].exemption with a reason in _library/" + from.path() + "/.alexandria.yaml, or mark "
                + "category " + to.category() + " cross_cutting: true in _catalog/categories.yaml"));
    }

    private static String verb(DependencyEdge e) {
        return e.kind() == DependencyEdge.Kind.REQUIRES ? "requires" : "calls (source \"" + e.source() + "\")";
    }

    private static boolean isDeprecated(LibraryModule m) {
        return m.maturity() == MaturityLevel.DEPRECATED || m.maturity() == MaturityLevel.ARCHIVED;
    }

    private static void deprecated(LibraryModule to, DependencyEdge e, LocalDate today, List<Finding> findings) {
        if (!isDeprecated(to)) {
            return;
        }
        Optional<Deprecation> d = to.metadata().deprecation();
        Optional<LocalDate> removal = d.flatMap(Deprecation::removalDate);
        String state = to.maturity() == MaturityLevel.ARCHIVED ? "archived" : "deprecated";
        String reason = d.map(x -> " (" + x.reason() + ")").orElse("");
        String hint = d.flatMap(Deprecation::replacement).map(r -> "depend on '" + r + "' instead")
                .orElse("replace the dependency");
        if (removal.isPresent() && today.isAfter(removal.get())) {
            findings.add(Finding.error(DEPRECATED_DEPENDENCY, e.location(), verb(e) + " '" + to.id() + "', which is "
                    + state + reason + " and was removed on " + removal.get(), hint));
        } else {
            findings.add(Finding.warning(DEPRECATED_DEPENDENCY, e.location(), verb(e) + " '" + to.id() + "', which is "
                    + state + reason + (removal.map(r -> to.maturity() == MaturityLevel.ARCHIVED
                    // archived early (archive --force): it is gone already, so no "will be removed"
                    ? ", ahead of its removal date " + r : "; it will be removed on " + r).orElse("; no removal date "
                    + "is set")), hint + (removal.map(r -> " before " + r).orElse(""))));
        }
    }

    private static void declaredAndCalled(LibraryModule from, LibraryModule to, DependencyEdge e,
                                          List<DependencyEdge> own, List<Finding> findings) {
        Optional<DependencyEdge> other = Optional.empty();
        for (DependencyEdge d : own) { // a short list; this runs once per edge
            if (d.kind() != e.kind() && d.to().equals(to.id())) {
                other = Optional.of(d);
                break;
            }
        }
        if (e.kind() == DependencyEdge.Kind.REQUIRES) {
            if (other.isEmpty()) {
                findings.add(new Finding(Finding.Severity.INFO, "uncalled-requirement", e.location(), "requires '"
                        + to.id() + "' but no module block calls it; normal for a module deployed separately",
                        Optional.empty()));
            }
            return;
        }
        if (other.isEmpty()) {
            findings.add(Finding.warning("undeclared-call", e.location(), "calls '" + to.id() + "' (source \""
                    + e.source() + "\") but does not declare it in requires", "add '- module: " + to.id()
                    + "' with its version constraint to requires in _library/" + from.path() + "/.alexandria.yaml"));
            return;
        }
        VersionConstraint declared = other.get().constraint();
        if (e.constraint().isAny()) { // a relative path: the working tree is used
            Version v = to.version();
            if (!declared.allows(v)) {
                findings.add(Finding.error("call-version", e.location(), "calls '" + to.id() + "' by the relative path"
                        + " \"" + e.source() + "\", which uses its working tree at " + v + ", but requires '" + to.id()
                        + "' " + declared.text(), "widen the requires constraint or call a released version "
                        + "(git ref " + to.id() + "/v<version>)"));
            }
        } else if (!ConstraintIntersection.intersect(List.of(declared, e.constraint()))) {
            findings.add(Finding.error("call-version", e.location(), "calls '" + to.id() + "' at " + e.constraint().text()
                    + " (source \"" + e.source() + "\"), which requires '" + to.id() + "' " + declared.text()
                    + " refuses", "call a version the requires constraint allows, or change the constraint"));
        }
    }

    /**
     * Declared {@code requires} across the whole library: modules deployed separately and wired by remote
     * state share one deployed version, so every constraint on a module must allow one registered version.
     */
    private static void versions(GraphModel g, List<Finding> findings) {
        for (int t : g.deployNumbers()) {
            List<DependencyEdge> into = new ArrayList<>();
            List<VersionConstraint> constraints = new ArrayList<>();
            for (DependencyEdge e : g.inOf(t)) {
                if (e.kind() == DependencyEdge.Kind.REQUIRES) {
                    into.add(e);
                    constraints.add(e.constraint());
                }
            }
            if (into.isEmpty()) {
                continue;
            }
            LibraryModule module = g.module(t);
            ModuleId target = module.id();
            List<Version> candidates = VersionResolver.candidates(module);
            if (VersionResolver.choose(candidates, constraints).isPresent()) {
                continue;
            }
            List<ConstraintChain> chains = into.stream().map(e -> VersionResolver.chain(List.of(e))).toList();
            VersionConflict c = VersionResolver.conflict(target, candidates, chains);
            DependencyEdge first = into.stream().filter(e -> e.from().equals(c.chains().get(0).start())
                    && e.constraint().equals(c.chains().get(0).constraint())).findFirst().orElse(into.get(0));
            boolean preReleases = candidates.stream().anyMatch(Version::isPreRelease);
            findings.add(Finding.error("version-conflict", first.location(), c.explanation(),
                    "widen one of the constraints or register a version of " + target + " that satisfies them"
                            + (preReleases ? "; a pre-release is chosen only when a constraint names it with '='"
                            : "")));
        }
    }

    private static void providers(GraphModel g, GraphLocations locations, List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        for (ModuleId id : g.deployOrder) {
            for (ProviderConflict c : ProviderCheck.conflicts(g, id)) {
                String key = c.provider() + "|" + last(c.first()) + "|" + c.first().constraint() + "|" + last(c.second())
                        + "|" + c.second().constraint();
                if (seen.add(key)) {
                    findings.add(Finding.error("provider-conflict", locations.metadata(id), c.explanation(),
                            "make the required_providers constraints of the call tree overlap"));
                }
            }
        }
    }

    private static ModuleId last(ProviderConflict.Chain c) {
        return c.path().get(c.path().size() - 1);
    }
}
