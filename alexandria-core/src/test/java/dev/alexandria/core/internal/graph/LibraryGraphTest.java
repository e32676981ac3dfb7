package dev.alexandria.core.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleDependencies;
import dev.alexandria.api.ModuleNotFoundException;
import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.BumpImpact;
import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.GraphCheck;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Resolution;
import dev.alexandria.api.model.Version;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryGraphTest {

    private static final String SG = "_library/foundations/security/securitygroup/.alexandria.yaml";
    private static final String VPC = "_library/foundations/networking/vpc-standard/.alexandria.yaml";
    private static final String EKS = "_library/compute/containers/eks-standard/.alexandria.yaml";
    private static final String ADDONS = "_library/compute/containers/eks-addons/.alexandria.yaml";
    private static final String WEB = "_library/patterns/multi-tier-app/web-app-ecs/";

    @TempDir
    Path tmp;

    private Library open(String overlay) {
        return GraphFixtures.open(tmp, overlay);
    }

    /** The findings of some rules, as text. */
    private static List<String> findings(GraphCheck check, String... rules) {
        Set<String> wanted = Set.of(rules);
        return check.findings().stream().filter(f -> wanted.contains(f.ruleId())).map(Finding::toString).toList();
    }

    private static List<String> ids(List<ModuleId> ids) {
        return ids.stream().map(ModuleId::value).toList();
    }

    @Test
    void check_reportsTheCycleAndTheUpwardDependencyWithTheirPaths() {
        GraphCheck check = open("graph-cycle-upward").graph().check();
        assertEquals(List.of(
                SG + ":10:5: dependency cycle: securitygroup -> eks-standard -> vpc-standard -> securitygroup; "
                        + "remove one of the requirements in the cycle",
                SG + ":10:5: requires 'eks-standard' (_library/compute/containers/eks-standard), a module of the "
                        + "higher layer compute; foundations modules may only require modules of their own or lower "
                        + "layers; remove the dependency or move one of the modules; if it must stay, declare "
                        + "requires[].exemption with a reason in _library/foundations/security/securitygroup/"
                        + ".alexandria.yaml, or mark category compute/containers cross_cutting: true in "
                        + "_catalog/categories.yaml"),
                findings(check, "dependency-cycle", "layer-rule"));
        assertTrue(check.hasErrors());
    }

    @Test
    void deployOrder_placesACycleAsOneGroupAndKeepsItsDependentsAfterIt() {
        assertEquals(List.of("securitygroup", "vpc-standard", "eks-standard", "eks-addons", "web-app-ecs"),
                ids(open("graph-cycle-upward").graph().deployOrder()));
    }

    @Test
    void check_strictPolicyRefusesSameLayerDependencies() {
        assertEquals(List.of(
                ADDONS + ":11:5: requires 'eks-standard' (_library/compute/containers/eks-standard), a module of the "
                        + "same layer compute, which the strict dependency policy forbids; remove the dependency or "
                        + "move one of the modules; if it must stay, declare requires[].exemption with a reason in "
                        + "_library/compute/containers/eks-addons/.alexandria.yaml, or mark category "
                        + "compute/containers cross_cutting: true in _catalog/categories.yaml",
                VPC + ":14:5: requires 'securitygroup' (_library/foundations/security/securitygroup), a module of "
                        + "the same layer foundations, which the strict dependency policy forbids; remove the "
                        + "dependency or move one of the modules; if it must stay, declare requires[].exemption with "
                        + "a reason in _library/foundations/networking/vpc-standard/.alexandria.yaml, or mark "
                        + "category foundations/security cross_cutting: true in _catalog/categories.yaml"),
                findings(open("strict-policy").graph().check(), "layer-rule"));
        assertEquals(List.of(), findings(open(null).graph().check(), "layer-rule"));
    }

    @Test
    void check_anExemptionWaivesTheLayerRuleForItsEdgeAndIsListed() {
        GraphCheck check = open("graph-exemption").graph().check();
        assertEquals(List.of(), findings(check, "layer-rule"));
        assertEquals(1, check.exemptions().size());
        DependencyEdge e = check.exemptions().get(0);
        assertEquals("securitygroup -> ecr (~> 1.0)", e.toString());
        assertEquals("Security group rules reference the registry endpoint", e.exemption().orElseThrow().reason());
        assertEquals(SG + ":10:5", e.location().toString());
    }

    @Test
    void check_aCrossCuttingCategoryMayBeRequiredFromAnyLayer() {
        GraphCheck check = open("graph-cross-cutting").graph().check();
        assertEquals(List.of(), findings(check, "layer-rule"));
        assertEquals(List.of(), check.exemptions());
    }

    @Test
    void check_explainsAVersionConflictWithBothChains() {
        assertEquals(List.of(EKS + ":11:5: no registered version of vpc-standard (1.4.2, 1.0.0) satisfies every "
                + "constraint: eks-standard → vpc-standard (< 1.2.0) vs web-app-ecs → vpc-standard (>= 1.4.0); "
                + "widen one of the constraints or register a version of vpc-standard that satisfies them"),
                findings(open("graph-conflict").graph().check(), "version-conflict").stream()
                        .filter(f -> f.contains("vpc-standard (")).toList());
    }

    @Test
    void resolve_explainsAConflictAsChainsFromTheResolvedModule() {
        Resolution r = open("graph-conflict").dependencies("web-app-ecs").resolve();
        assertFalse(r.isResolved());
        assertEquals(1, r.conflicts().size());
        assertEquals("no registered version of vpc-standard (1.4.2, 1.0.0) satisfies every constraint: "
                + "web-app-ecs → eks-standard (= 1.0.0-beta.2) → vpc-standard (< 1.2.0) vs "
                + "web-app-ecs → vpc-standard (>= 1.4.0)", r.conflicts().get(0).explanation());
        assertEquals(Map.of(ModuleId.of("securitygroup"), Version.parse("1.1.0"), ModuleId.of("eks-standard"),
                Version.parse("1.0.0-beta.2")), r.selected());
    }

    @Test
    void resolve_picksTheHighestRegisteredVersionEveryConstraintAllows() {
        Library lib = open(null);
        Resolution r = lib.dependencies("eks-standard").resolve();
        assertTrue(r.isResolved(), r.toString());
        assertEquals(List.of("securitygroup", "vpc-standard"), ids(List.copyOf(r.selected().keySet())));
        assertEquals(Version.parse("1.4.2"), r.version(ModuleId.of("vpc-standard")).orElseThrow());
        assertEquals(Version.parse("1.1.0"), r.version(ModuleId.of("securitygroup")).orElseThrow()); // unregistered
        assertEquals(List.of("securitygroup", "vpc-standard", "eks-standard"), ids(r.deployOrder()));
    }

    @Test
    void resolve_choosesAPreReleaseOnlyWhenAConstraintNamesIt() {
        Resolution r = open(null).dependencies("eks-addons").resolve();
        assertEquals(List.of("no registered version of eks-standard (1.0.0-beta.2, 1.0.0-beta.1) satisfies "
                + "eks-addons → eks-standard"), r.conflicts().stream().map(Object::toString).toList());
        assertEquals(Version.parse("1.0.0-beta.2"), open2("graph-conflict").dependencies("web-app-ecs").resolve()
                .version(ModuleId.of("eks-standard")).orElseThrow());
    }

    private Library open2(String overlay) {
        return GraphFixtures.open(tmp.resolve("second"), overlay);
    }

    @Test
    void graph_readsRelativeGitAndRegistryModuleCalls() {
        Library lib = open("graph-calls");
        List<String> calls = lib.dependencies("web-app-ecs").direct().stream()
                .filter(e -> e.kind() == DependencyEdge.Kind.CALL).map(e -> e + " @" + e.location()).toList();
        assertEquals(List.of(
                "web-app-ecs -> eks-standard (1.0.0-beta.2) [call] @" + WEB + "main.tf:18:1",
                "web-app-ecs -> securitygroup (= 1.1.0) [call] @" + WEB + "main.tf:14:1",
                "web-app-ecs -> vpc-standard [call] @" + WEB + "main.tf:10:1"), calls);
    }

    @Test
    void check_warnsOfAnUndeclaredCallAndReportsAProviderConflictWithBothChains() {
        GraphCheck check = open("graph-calls").graph().check();
        assertEquals(List.of(WEB + "main.tf:14:1: calls 'securitygroup' (source \"git::https://git.example.com/"
                + "platform/library.git//_library/foundations/security/securitygroup?ref=securitygroup/v1.1.0\") but "
                + "does not declare it in requires; add '- module: securitygroup' with its version constraint to "
                + "requires in _library/patterns/multi-tier-app/web-app-ecs/.alexandria.yaml"),
                findings(check, "undeclared-call"));
        assertEquals(List.of(WEB + "main.tf:5:17: provider hashicorp/aws: no version satisfies both web-app-ecs "
                + "(>= 5.0) at " + WEB + "main.tf:5:17 and web-app-ecs → vpc-standard (>= 4.0, < 5.0) at "
                + "_library/foundations/networking/vpc-standard/versions.tf:5:17; make the required_providers "
                + "constraints of the call tree overlap"), findings(check, "provider-conflict"));
        assertEquals(Finding.Severity.WARNING, check.findings().stream()
                .filter(f -> f.ruleId().equals("undeclared-call")).findFirst().orElseThrow().severity());
        assertEquals(1, open2("graph-calls").dependencies("web-app-ecs").resolve().providerConflicts().size());
        assertEquals(List.of(), open2("graph-calls").dependencies("vpc-standard").resolve().providerConflicts());
    }

    @Test
    void check_refusesARelativeCallWhoseWorkingTreeTheDeclaredConstraintRefuses() {
        assertEquals(List.of(WEB + "main.tf:1:1: calls 'vpc-standard' by the relative path \"../../../foundations/"
                + "networking/vpc-standard\", which uses its working tree at 1.4.2, but requires 'vpc-standard' "
                + "~> 1.0.0; widen the requires constraint or call a released version (git ref vpc-standard/v<version>)"),
                findings(open("graph-call-version").graph().check(), "call-version"));
    }

    @Test
    void check_aDeclaredDependencyWithoutACallIsInformationOnly() {
        dev.alexandria.api.model.GraphCheck check = open(null).graph().check();
        assertTrue(check.findings().stream().noneMatch(f -> f.ruleId().equals("uncalled-requirement")),
                check::toString);
        List<Finding> info = check.uncalledRequirementNotes();
        assertEquals(5, check.uncalledRequirements().size());
        assertEquals(5, info.size());
        assertTrue(info.stream().allMatch(f -> f.severity() == Finding.Severity.INFO));
        assertEquals(ADDONS + ":11:5: requires 'eks-standard' but no module block calls it; normal for a module "
                + "deployed separately", info.get(0).toString());
    }

    @Test
    void check_warnsOfADeprecatedDependencyUntilItsRemovalDateThenRefusesIt() {
        assertEquals(List.of(
                ADDONS + ":11:5: requires 'eks-standard', which is deprecated (Use the managed node groups of the new "
                        + "cluster module.); it will be removed on 2099-12-31; replace the dependency before 2099-12-31",
                VPC + ":14:5: requires 'securitygroup', which is deprecated (Replaced by security groups inside "
                        + "vpc-standard.) and was removed on 2020-01-31; replace the dependency",
                WEB + ".alexandria.yaml:11:5: requires 'eks-standard', which is deprecated (Use the managed node "
                        + "groups of the new cluster module.); it will be removed on 2099-12-31; replace the "
                        + "dependency before 2099-12-31"),
                findings(open("graph-deprecated").graph().check(), "deprecated-dependency"));
        List<Finding> f = open2("graph-deprecated").graph().check().findings().stream()
                .filter(x -> x.ruleId().equals(GraphRules.DEPRECATED_DEPENDENCY)).toList();
        assertEquals(List.of(Finding.Severity.WARNING, Finding.Severity.ERROR, Finding.Severity.WARNING),
                f.stream().map(Finding::severity).toList());
    }

    @Test
    void queries_closureDependentsAndDeployOrder() {
        Library lib = open(null);
        assertEquals(List.of("securitygroup", "vpc-standard", "eks-standard", "eks-addons", "web-app-ecs"),
                ids(lib.graph().deployOrder()));
        assertEquals(List.of("securitygroup", "vpc-standard", "eks-standard"),
                ids(lib.dependencies("web-app-ecs").transitive()));
        assertEquals(List.of("vpc-standard", "eks-standard", "eks-addons", "web-app-ecs"),
                ids(lib.dependencies("securitygroup").dependents()));
        assertEquals(List.of(), ids(lib.dependencies("web-app-ecs").dependents()));
        assertThrows(ModuleNotFoundException.class, () -> lib.dependencies("vpc-standrd"));
    }

    @Test
    void impact_listsTheDependentsWhoseConstraintsABumpBreaks() {
        ModuleDependencies sg = open(null).dependencies("securitygroup");
        BumpImpact major = sg.impact(Bump.MAJOR);
        assertEquals(Version.parse("2.0.0"), major.to());
        assertEquals(List.of("vpc-standard -> securitygroup (>= 1.0.0, < 2.0.0)"),
                major.broken().stream().map(Object::toString).toList());
        assertEquals(List.of("vpc-standard", "eks-standard", "eks-addons", "web-app-ecs"), ids(major.dependents()));
        BumpImpact minor = sg.impact(Bump.MINOR);
        assertFalse(minor.breaksDependents());
        assertEquals(1, minor.unaffected().size());
    }
}
