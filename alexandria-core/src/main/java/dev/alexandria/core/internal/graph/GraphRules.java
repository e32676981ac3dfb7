package dev.alexandria.core.internal.graph;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ConstraintChain;
import dev.alexandria.api.model.Decimals;
import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.GraphCheck;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ProviderConflict;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConflict;
import dev.alexandria.api.model.VersionConstraint;
import dev.alexandria.core.internal.versioning.DefaultModuleVersions;
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

    /** The rule of a git module call whose ref is not a release tag of the library. */
    static final String UNKNOWN_RELEASE = "unknown-release";
    /** The rule of a declared dependency without a module call (information). */
    static final String UNCALLED = "uncalled-requirement";
    /** Cycles listed in full per group of modules that depend on each other; the rest are counted. */
    static final int LISTED_CYCLES = 100;
    /** Cycles counted per group before the count stops ("more than"). */
    static final int COUNTED_CYCLES = 10_000;

    /**
     * The release tags of the library, for checking the refs of git module calls.
     */
    interface ReleaseTags {
        /** @return the tags of the library's repository, or empty when the library is not in git */
        Optional<Set<String>> tags();
    }

    static GraphCheck check(GraphModel g, Taxonomy taxonomy, GraphLocations locations, LocalDate today) {
        return check(g, taxonomy, locations, today, Optional::empty);
    }

    static GraphCheck check(GraphModel g, Taxonomy taxonomy, GraphLocations locations, LocalDate today,
                            ReleaseTags releases) {
        List<Finding> findings = new ArrayList<>();
        List<DependencyEdge> exemptions = new ArrayList<>();
        List<DependencyEdge> uncalled = new ArrayList<>();
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
                declaredAndCalled(from, to, e, own, findings, uncalled);
            }
        }
        versions(g, findings);
        providers(g, locations, findings);
        refs(g, releases, findings);
        return new GraphCheck(findings.stream().sorted().toList(), exemptions, g.modules.size(), g.edges.size(),
                uncalled);
    }

    /**
     * Git module calls whose {@code ref} names a version of a library module that has no release tag: Terraform
     * would fail to fetch it. Checked against the library repository's tags; outside git, one note says the refs
     * cannot be checked.
     */
    private static void refs(GraphModel g, ReleaseTags releases, List<Finding> findings) {
        List<DependencyEdge> git = new ArrayList<>();
        for (DependencyEdge e : g.edges) {
            if (e.kind() == DependencyEdge.Kind.CALL && ModuleSources.isGit(e.source().strip())) {
                git.add(e);
            }
        }
        if (git.isEmpty()) {
            return;
        }
        Optional<Set<String>> tags = releases.tags();
        if (tags.isEmpty()) {
            DependencyEdge first = git.get(0);
            findings.add(new Finding(Finding.Severity.INFO, UNKNOWN_RELEASE, first.location(), "the library is not "
                    + "in a git repository, so the refs of " + git.size() + (git.size() == 1 ? " git module call"
                    : " git module calls") + " (such as ref=" + ref(first) + ") cannot be checked against its release "
                    + "tags", Optional.of("check the library out of git to have them checked")));
            return;
        }
        for (DependencyEdge e : git) {
            Version v = e.constraint().terms().get(0).version();
            String tag = DefaultModuleVersions.tagName(e.to(), v);
            if (tags.get().contains(tag)) {
                continue;
            }
            List<Version> released = new ArrayList<>();
            String prefix = DefaultModuleVersions.tagPrefix(e.to());
            for (String t : tags.get()) {
                if (t.startsWith(prefix)) {
                    Version.tryParse(t.substring(prefix.length())).ifPresent(released::add);
                }
            }
            released.sort(java.util.Comparator.reverseOrder());
            String list = released.isEmpty() ? e.to() + " has no release tag yet"
                    : "released versions of " + e.to() + ": " + released.stream().map(Version::toString)
                    .collect(Collectors.joining(", "));
            // a version that does not exist is that one error, not also a version the constraint refuses
            findings.removeIf(f -> f.ruleId().equals("call-version") && f.location().equals(e.location()));
            findings.add(Finding.error(UNKNOWN_RELEASE, e.location(), "calls '" + e.to() + "' at ref=" + tag
                    + " (source \"" + e.source() + "\"), but the library has no tag " + tag + "; " + list,
                    released.isEmpty() ? "release " + e.to() + " first ('alexandria version " + e.to() + " --bump "
                            + "auto'), or call it by its relative path"
                            : "call a released version (ref=" + DefaultModuleVersions.tagName(e.to(), released.get(0)) + ")"));
        }
    }

    private static String ref(DependencyEdge e) {
        return DefaultModuleVersions.tagName(e.to(), e.constraint().terms().get(0).version());
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
    static List<Finding> hclErrors(GraphModel g, Function<String, String> display) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            LibraryModule m = g.module(i);
            for (Diagnostic d : g.facts(i).errors()) {
                if (d.isError()) {
                    SourceLocation at = d.location();
                    findings.add(Finding.error(HCL_ERROR, new SourceLocation(display.apply(at.file()), at.line(),
                            at.column()), m.id() + ": " + d.message(), "correct the HCL ('alexandria inspect " + m.id() + "' shows it); a module "
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
        return checkModule(from, own, byId, taxonomy, today, false);
    }

    /**
     * {@link #checkModule(LibraryModule, List, Map, Taxonomy, LocalDate)}, with {@code calls} also the rules on
     * module calls against the declared requires ({@code call-version}, {@code undeclared-call}), which the whole
     * check reports too.
     */
    static List<Finding> checkModule(LibraryModule from, List<DependencyEdge> own, Map<ModuleId, LibraryModule> byId,
                                     Taxonomy taxonomy, LocalDate today, boolean calls) {
        List<Finding> findings = new ArrayList<>();
        Set<ModuleId> deprecatedSeen = new HashSet<>();
        for (DependencyEdge e : own) {
            LibraryModule to = byId.get(e.to());
            layer(from, to, e, own, taxonomy, findings, new ArrayList<>());
            if (deprecatedSeen.add(e.to())) {
                deprecated(to, e, today, findings);
            }
            if (calls) {
                declaredAndCalled(from, to, e, own, findings, new ArrayList<>());
            }
        }
        return findings.stream().sorted().toList();
    }

    /**
     * Every elementary cycle of each group of modules that depend on each other, with its full path
     * (JGraphT's Hawick-James finder), one finding each, starting at the group's lowest module (layer, then id); shorter
     * cycles first. A group with more than {@link #LISTED_CYCLES} cycles lists that many and counts the rest (up
     * to {@link #COUNTED_CYCLES}), as their number grows exponentially with the group.
     */
    private static void cycles(GraphModel g, List<Finding> findings) {
        for (Set<ModuleId> group : g.cycles) {
            List<ModuleId> members = group.stream().sorted(g.layerThenId).toList();
            org.jgrapht.Graph<ModuleId, org.jgrapht.graph.DefaultEdge> within = new ArcGraph();
            members.forEach(within::addVertex);
            for (ModuleId m : members) {
                for (DependencyEdge e : g.out(m)) {
                    if (group.contains(e.to()) && !within.containsEdge(m, e.to())) {
                        within.addEdge(m, e.to());
                    }
                }
            }
            List<List<ModuleId>> listed = new ArrayList<>();
            int[] count = {0};
            try {
                new org.jgrapht.alg.cycle.HawickJamesSimpleCycles<>(within).findSimpleCycles(cycle -> {
                    if (++count[0] <= LISTED_CYCLES) {
                        listed.add(List.copyOf(cycle));
                    } else if (count[0] > COUNTED_CYCLES) {
                        throw new EnoughCycles();
                    }
                });
            } catch (EnoughCycles stop) {
                count[0] = COUNTED_CYCLES + 1;
            }
            List<List<DependencyEdge>> paths = new ArrayList<>();
            for (List<ModuleId> cycle : listed) {
                paths.add(edges(g, rotated(cycle, g.layerThenId)));
            }
            paths.sort(java.util.Comparator.comparingInt((List<DependencyEdge> p) -> p.size())
                    .thenComparing(GraphRules::pathText));
            String more = "";
            if (count[0] > listed.size()) {
                more = " (the " + members.size() + " modules " + members.stream().map(ModuleId::value)
                        .collect(Collectors.joining(", ")) + " form " + (count[0] > COUNTED_CYCLES ? "more than "
                        + Decimals.grouped(COUNTED_CYCLES) : Decimals.grouped(count[0])) + " cycles; the "
                        + listed.size() + " shortest found are listed, " + (count[0] > COUNTED_CYCLES ? "and more"
                        : Decimals.grouped(count[0] - listed.size())) + " are not)";
            }
            for (int k = 0; k < paths.size(); k++) {
                List<DependencyEdge> path = paths.get(k);
                findings.add(Finding.error(CYCLE, path.get(0).location(), "dependency cycle: " + pathText(path)
                        + (k == 0 ? more : ""), "remove one of the requirements in the cycle"));
            }
        }
    }

    /** Stops the enumeration of cycles once enough are counted. */
    private static final class EnoughCycles extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EnoughCycles() {
            super(null, null, false, false);
        }
    }

    /** A cycle's modules starting at its lowest. */
    private static List<ModuleId> rotated(List<ModuleId> cycle, java.util.Comparator<ModuleId> order) {
        int start = cycle.indexOf(cycle.stream().min(order).orElseThrow());
        List<ModuleId> out = new ArrayList<>(cycle.subList(start, cycle.size()));
        out.addAll(cycle.subList(0, start));
        return out;
    }

    /** The edges around a cycle of modules: for each step, the first edge (declared before called). */
    private static List<DependencyEdge> edges(GraphModel g, List<ModuleId> cycle) {
        List<DependencyEdge> out = new ArrayList<>(cycle.size());
        for (int i = 0; i < cycle.size(); i++) {
            ModuleId from = cycle.get(i);
            ModuleId to = cycle.get((i + 1) % cycle.size());
            out.add(g.out(from).stream().filter(e -> e.to().equals(to)).findFirst().orElseThrow());
        }
        return out;
    }

    /** {@code a -> b -> c -> a}. */
    private static String pathText(List<DependencyEdge> path) {
        return path.get(0).from() + path.stream().map(e -> " -> " + e.to()).collect(Collectors.joining());
    }

    /**
     * The layer rule without its exemptions: whether a module of layer {@code from} may depend on one of layer
     * {@code to} and category {@code toCategory}, under the library's dependency policy (a cross-cutting
     * category may be depended on from any layer). {@code migrate} asks it before a plan is applied.
     *
     * @param from       the depending module's layer
     * @param to         the depended-on module's layer
     * @param toCategory the depended-on module's category
     * @param taxonomy   the library's categories and dependency policy
     * @return true when the dependency keeps the layer rule
     */
    public static boolean layerAllows(Layer from, Layer to, Category toCategory, Taxonomy taxonomy) {
        return from.mayDependOn(to, taxonomy.policy()) || taxonomy.isCrossCutting(toCategory);
    }

    private static void layer(LibraryModule from, LibraryModule to, DependencyEdge e, List<DependencyEdge> own,
                              Taxonomy taxonomy, List<Finding> findings, List<DependencyEdge> exemptions) {
        if (layerAllows(from.layer(), to.layer(), to.category(), taxonomy)) {
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
                                          List<DependencyEdge> own, List<Finding> findings,
                                          List<DependencyEdge> uncalled) {
        Optional<DependencyEdge> other = Optional.empty();
        for (DependencyEdge d : own) { // a short list; this runs once per edge
            if (d.kind() != e.kind() && d.to().equals(to.id())) {
                other = Optional.of(d);
                break;
            }
        }
        if (e.kind() == DependencyEdge.Kind.REQUIRES) {
            if (other.isEmpty()) {
                uncalled.add(e); // a note (GraphCheck.uncalledRequirementNotes()), not a finding each
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
                    + " (source \"" + e.source() + "\"), but requires '" + to.id() + "' " + declared.text()
                    + ", which does not allow it", "call a version the requires constraint allows, or change the "
                    + "constraint"));
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
                    findings.add(Finding.error("provider-conflict", c.first().location()
                            .orElse(locations.metadata(id)), c.explanation(),
                            "make the required_providers constraints of the call tree overlap"));
                }
            }
        }
    }

    private static ModuleId last(ProviderConflict.Chain c) {
        return c.path().get(c.path().size() - 1);
    }
}
