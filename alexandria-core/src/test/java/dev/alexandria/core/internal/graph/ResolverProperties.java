package dev.alexandria.core.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alexandria.api.model.ConstraintChain;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConflict;
import dev.alexandria.api.model.VersionConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of resolution: the version chosen satisfies every constraint and is the highest that does; when none
 * is chosen, the conflict's chains really admit no candidate together; the provider intersection never calls
 * constraints disjoint when a version satisfies them all.
 */
class ResolverProperties {

    private static final String[] OPERATORS = {"=", "!=", ">", ">=", "<", "<=", "~>"};

    static Gen<Version> versions() {
        return integers().between(0, 3).zip(integers().between(0, 3), integers().between(0, 2),
                integers().between(0, 5), (a, b, c, pre) -> pre == 0 ? Version.of(a, b, c)
                        : pre == 1 ? Version.parse(a + "." + b + "." + c + "-beta." + c) : Version.of(a, b, c));
    }

    static Gen<VersionConstraint> constraints() {
        Gen<String> term = Generate.pick(List.of(OPERATORS)).zip(integers().between(0, 3), integers().between(0, 3),
                integers().between(0, 2), integers().between(1, 3), (op, a, b, c, segments) -> {
                    String v = segments == 1 ? "" + a : segments == 2 ? a + "." + b : a + "." + b + "." + c;
                    return op + " " + v;
                });
        return lists().of(term).ofSizeBetween(0, 2).map(terms -> VersionConstraint.parse(String.join(", ", terms)));
    }

    @Test
    void choose_satisfiesEveryConstraintOrTheConflictIsReal() {
        qt().withExamples(2000).forAll(lists().of(versions()).ofSizeBetween(1, 6),
                lists().of(constraints()).ofSizeBetween(1, 4)).checkAssert((raw, constraints) -> {
                    TreeSet<Version> sorted = new TreeSet<>(Comparator.reverseOrder());
                    sorted.addAll(raw);
                    List<Version> candidates = List.copyOf(sorted);
                    Optional<Version> chosen = VersionResolver.choose(candidates, constraints);
                    if (chosen.isPresent()) {
                        for (VersionConstraint c : constraints) {
                            assertTrue(c.allows(chosen.get()), c + " refuses " + chosen.get());
                        }
                        for (Version higher : candidates) {
                            if (higher.compareTo(chosen.get()) > 0) {
                                assertFalse(constraints.stream().allMatch(c -> c.allows(higher)), "higher " + higher);
                            }
                        }
                        return;
                    }
                    List<ConstraintChain> chains = new ArrayList<>();
                    for (int i = 0; i < constraints.size(); i++) {
                        chains.add(new ConstraintChain(ModuleId.of("m" + i),
                                List.of(new ConstraintChain.Step(ModuleId.of("target"), constraints.get(i)))));
                    }
                    VersionConflict conflict = VersionResolver.conflict(ModuleId.of("target"), candidates, chains);
                    List<VersionConstraint> named = conflict.chains().stream().map(ConstraintChain::constraint).toList();
                    assertTrue(chains.containsAll(conflict.chains()));
                    for (Version v : candidates) {
                        assertFalse(named.stream().allMatch(c -> c.allows(v)), v + " satisfies " + named);
                    }
                    assertTrue(conflict.chains().size() <= 2 || conflict.chains().size() == chains.size());
                });
    }

    @Test
    void intersection_neverCallsConstraintsDisjointThatAVersionSatisfies() {
        qt().withExamples(2000).forAll(lists().of(constraints()).ofSizeBetween(1, 4), versions())
                .checkAssert((constraints, v) -> {
                    if (constraints.stream().allMatch(c -> c.allows(v, VersionConstraint.Semantics.SELECTION))) {
                        assertTrue(ConstraintIntersection.intersect(constraints), v + " satisfies " + constraints);
                    }
                });
    }

    @Test
    void intersection_examples() {
        assertFalse(ConstraintIntersection.intersect(List.of(VersionConstraint.parse(">= 5.0"),
                VersionConstraint.parse(">= 4.0, < 5.0"))));
        assertTrue(ConstraintIntersection.intersect(List.of(VersionConstraint.parse("~> 4.0"),
                VersionConstraint.parse(">= 4.9"))));
        assertFalse(ConstraintIntersection.intersect(List.of(VersionConstraint.parse("~> 4.1.0"),
                VersionConstraint.parse(">= 4.2"))));
        assertFalse(ConstraintIntersection.intersect(List.of(VersionConstraint.parse("= 1.2.0"),
                VersionConstraint.parse("!= 1.2.0"))));
        assertTrue(ConstraintIntersection.intersect(List.of(VersionConstraint.parse("<= 1.2.0"),
                VersionConstraint.parse(">= 1.2.0"))));
        assertFalse(ConstraintIntersection.intersect(List.of(VersionConstraint.parse("< 1.2.0"),
                VersionConstraint.parse(">= 1.2.0"))));
    }
}
