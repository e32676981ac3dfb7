package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void isEmpty_onlyWhenNoItemIsDeclared() {
        assertTrue(Evidence.none().isEmpty());
        assertTrue(Evidence.builder().build().isEmpty());
        List<UnaryOperator<Evidence.Builder>> each = List.of(b -> b.productionTeams(0), b -> b.criticalBugs(0),
                b -> b.criticalBugs90d(0), b -> b.caseStudies(0), b -> b.benchmarks(false),
                b -> b.documentation(false), b -> b.apiComplete(false), b -> b.communityUsage(false),
                b -> b.criticalBugDates(List.of(LocalDate.of(2026, 1, 2))));
        for (UnaryOperator<Evidence.Builder> declare : each) {
            Evidence e = declare.apply(Evidence.builder()).build();
            assertFalse(e.isEmpty(), e::toString);
        }
    }
}
