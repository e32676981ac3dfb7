package dev.alexandria.core.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import dev.alexandria.api.MigrationPlanException;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Inferred;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.PlannedModule;
import dev.alexandria.api.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan file: write then read gives the same plan; every bad value is reported at its file:line. */
class PlanYamlTest {

    @TempDir
    Path tmp;

    private MigrationPlan roundTrip(MigrationPlan plan) {
        Path file = tmp.resolve("plan.yaml");
        String text = PlanYaml.write(plan, file);
        return PlanYaml.read(text, file, "plan.yaml", root -> Map.of());
    }

    @Test
    void readAfterWrite_givesTheSamePlan() {
        qt().withExamples(200).forAll(PlanGen.plan(tmp)).checkAssert(plan -> {
            String text = PlanYaml.write(plan, tmp.resolve("plan.yaml"));
            assertEquals(plan, roundTrip(plan), text);
        });
    }

    @Test
    void readAfterWrite_keepsEveryNastyStringOfEveryTextField() {
        for (String s : PlanGen.NASTY) {
            String nonBlank = s.isBlank() ? "x" + s : s;
            PlannedModule m = PlannedModule.builder("vpc").name(Inferred.of(nonBlank, 0.5, s))
                    .description(Inferred.of(nonBlank, 1, s)).maintainer(Inferred.unknown(s))
                    .review(List.of(nonBlank)).build();
            MigrationPlan plan = MigrationPlan.builder(tmp, tmp).module(m).build();
            assertEquals(plan, roundTrip(plan), s);
        }
    }

    @Test
    void read_remembersWhereEachValueWas() {
        PlannedModule m = PlannedModule.builder("vpc").id(Inferred.of(ModuleId.of("vpc"), 0.9, "folder name"))
                .layer(Inferred.of(Layer.FOUNDATIONS, 1, "aws_vpc")).build();
        Path file = tmp.resolve("plan.yaml");
        MigrationPlan read = PlanYaml.read(PlanYaml.write(MigrationPlan.builder(tmp, tmp).module(m).build(), file),
                file, "plan.yaml", root -> Map.of());
        assertEquals(SourceLocation.of("plan.yaml", 9, 5), read.location("vpc", "source").orElseThrow());
        assertEquals(SourceLocation.of("plan.yaml", 11, 5), read.location("vpc", "id").orElseThrow());
        assertEquals(15, read.location("vpc", "name").orElseThrow().line());
    }

    @Test
    void write_marksUnknownsAndNamesTheTarget() {
        PlannedModule m = PlannedModule.builder("legacy/vpc").id(Inferred.of(ModuleId.of("vpc"), 0.9, "folder name"))
                .layer(Inferred.of(Layer.FOUNDATIONS, 1, "aws_vpc")).category(Inferred.of("networking", 0.8, "aws_vpc"))
                .maintainer(Inferred.unknown("no CODEOWNERS rule and no git history")).build();
        String text = PlanYaml.write(MigrationPlan.builder(tmp.resolve("repo"), tmp.resolve("repo")).module(m).build(),
                tmp.resolve("plan.yaml"));
        String expected = """
                folder: repo
                into: repo
                modules:
                  - source: legacy/vpc
                    action: move
                    # target: _library/foundations/networking/vpc
                    id:
                      value: vpc
                      confidence: 0.9
                      evidence: folder name
                    name:
                      unknown: ""
                """;
        String body = text.substring(text.indexOf("folder:"));
        assertEquals(expected, body.substring(0, expected.length()));
        assertEquals(true, body.contains("""
                    maintainer:
                      unknown: no CODEOWNERS rule and no git history
                """));
    }

    private static final String VALID = """
            folder: .
            into: .
            modules:
              - source: vpc
                action: move
                id:
                  value: vpc
                layer:
                  value: foundations
                category:
                  value: networking
                version:
                  value: 0.4.0
                maturity:
                  value: alpha
            """;

    private MigrationPlanException refused(String text) {
        Path file = tmp.resolve("plan.yaml");
        return assertThrows(MigrationPlanException.class, () -> PlanYaml.read(text, file, "plan.yaml",
                root -> TargetTaxonomy.of(root).categoryNames()));
    }

    @Test
    void read_aValueSetWithoutConfidence_isCertainAndSetInThePlan() {
        MigrationPlan plan = PlanYaml.read(VALID, tmp.resolve("plan.yaml"), "plan.yaml",
                root -> TargetTaxonomy.of(root).categoryNames());
        PlannedModule vpc = plan.module("vpc").orElseThrow();
        assertEquals(Inferred.of("networking", 1.0, "set in the plan"), vpc.category());
        assertEquals("_library/foundations/networking/vpc", vpc.target().orElseThrow());
        assertEquals(tmp, plan.folder());
    }

    @Test
    void read_unknownCategory_namedAtItsLineWithTheKnownOnes() {
        MigrationPlanException e = refused(VALID.replace("value: networking", "value: netwrking"));
        assertEquals(List.of(Finding.error("unknown-category", SourceLocation.of("plan.yaml", 11, 7),
                "unknown category 'netwrking' in layer foundations (did you mean networking?)",
                "use one of identity, networking, security, or add new_category: true to create it")), e.findings());
        assertEquals("1 error in the migration plan:" + System.lineSeparator() + "  plan.yaml:11:7: unknown category"
                + " 'netwrking' in layer foundations (did you mean networking?); use one of identity, networking,"
                + " security, or add new_category: true to create it", e.getMessage());
    }

    @Test
    void read_newCategory_isAcceptedWhenMarked() {
        MigrationPlan plan = PlanYaml.read(VALID.replace("value: networking", "value: edge\n    new_category: true"),
                tmp.resolve("plan.yaml"), "plan.yaml", root -> TargetTaxonomy.of(root).categoryNames());
        assertEquals(true, plan.module("vpc").orElseThrow().newCategory());
    }

    @Test
    void read_everyBadValueIsReportedAtOnce() {
        String text = VALID.replace("value: vpc", "value: Vpc_1").replace("value: foundations", "value: network")
                .replace("action: move", "action: copy").replace("value: 0.4.0", "value: 1.x");
        MigrationPlanException e = refused(text);
        assertEquals(List.of(
                Finding.error("invalid-value", SourceLocation.of("plan.yaml", 5, 5), "unknown action 'copy'",
                        "use move or keep"),
                Finding.error("invalid-id", SourceLocation.of("plan.yaml", 7, 7), "invalid module id 'Vpc_1': use"
                        + " lower-case letters, digits and single hyphens, starting with a letter (e.g. vpc-standard)",
                        "use lower-case letters, digits and single hyphens, e.g. vpc-standard"),
                Finding.error("unknown-layer", SourceLocation.of("plan.yaml", 9, 7), "unknown layer 'network'",
                        "use one of foundations, compute, data, integration, observability, security, patterns"),
                Finding.error("invalid-value", SourceLocation.of("plan.yaml", 13, 7), "version '1.x' is not SemVer",
                        "write major.minor.patch, e.g. 1.2.0")), e.findings());
    }

    @Test
    void read_maturityThatTheVersionDoesNotAllow_isRefused() {
        MigrationPlanException e = refused(VALID.replace("value: alpha", "value: stable"));
        assertEquals("plan.yaml:15:7: maturity 'stable' needs a release version >= 1.0.0, found 0.4.0; set maturity"
                + " to alpha or experimental, or the version to 1.0.0", e.findings().get(0).toString());
    }

    @Test
    void read_aValueAndUnknownTogether_isRefused() {
        MigrationPlanException e = refused(VALID.replace("value: networking", "value: networking\n      unknown: x"));
        assertEquals("plan.yaml:12:7: category has both a value and unknown; delete the unknown line once the value"
                + " is set", e.findings().get(0).toString());
    }

    @Test
    void read_twoModulesWithOneId_isRefused() {
        String two = VALID + VALID.substring(VALID.indexOf("  - source: vpc")).replace("source: vpc", "source: b/vpc");
        MigrationPlanException e = refused(two);
        assertEquals("plan.yaml:19:7: id 'vpc' is planned twice (also for source 'vpc'); give each module its own id,"
                + " e.g. vpc-2", e.findings().get(0).toString());
    }

    @Test
    void read_unknownKey_isRefusedWithTheKnownOnes() {
        MigrationPlanException e = refused(VALID.replace("    action: move\n", "    action: move\n    colour: red\n"));
        assertEquals("plan.yaml:6:5: unknown key 'colour' in modules[0]; use one of: action, category, description,"
                + " id, layer, maintainer, maturity, name, new_category, review, source, tags, tier, version",
                e.findings().get(0).toString());
    }

    @Test
    void read_unknownKeyAndBadValues_areListedTogetherInLineOrder() {
        MigrationPlanException e = refused(VALID.replace("    action: move\n", "    action: move\n    colour: red\n")
                .replace("value: alpha", "value: stable"));
        assertEquals(List.of("plan.yaml:6:5: unknown key 'colour' in modules[0]; use one of: action, category,"
                + " description, id, layer, maintainer, maturity, name, new_category, review, source, tags, tier,"
                + " version", "plan.yaml:16:7: maturity 'stable' needs a release version >= 1.0.0, found 0.4.0; set"
                + " maturity to alpha or experimental, or the version to 1.0.0"),
                e.findings().stream().map(Object::toString).toList());
    }
}
