package dev.alexandria.examples.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.Evidence;
import dev.alexandria.spi.evidence.EvidenceRequest;
import dev.alexandria.spi.evidence.EvidenceSource;
import dev.alexandria.tck.evidence.EvidenceSourceCompatibilityKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example tracker meets the EvidenceSource obligations, and counts what its Javadoc says. */
class IssueTrackerEvidenceCompatibilityTest extends EvidenceSourceCompatibilityKit {

    static final List<IssueTrackerEvidence.Issue> ISSUES = List.of(
            new IssueTrackerEvidence.Issue("vpc-standard", true, LocalDate.of(2025, 6, 1), Optional.empty()),
            new IssueTrackerEvidence.Issue("vpc-standard", true, LocalDate.of(2026, 2, 1),
                    Optional.of(LocalDate.of(2026, 2, 10))),
            new IssueTrackerEvidence.Issue("vpc-standard", false, LocalDate.of(2026, 2, 20), Optional.empty()));

    @Override
    protected EvidenceSource createSource() {
        return new IssueTrackerEvidence(ISSUES);
    }

    @Override
    protected EvidenceRequest knownModule() {
        return request("vpc-standard");
    }

    @Test
    void countsOpenCriticalBugsAndThoseOfTheLast90Days() {
        Evidence e = createSource().evidence(request("vpc-standard"));
        assertEquals(Evidence.builder().criticalBugs(1).criticalBugs90d(1).build(), e);
    }
}
