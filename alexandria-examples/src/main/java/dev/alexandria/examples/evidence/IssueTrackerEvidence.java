package dev.alexandria.examples.evidence;

import dev.alexandria.api.model.Evidence;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.evidence.EvidenceRequest;
import dev.alexandria.spi.evidence.EvidenceSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Promotion evidence from an issue tracker: the open critical bugs of a module and the critical bugs opened in
 * the 90 days before the day asked about. A host adapts it to its tracker's API (here the issues are given as a
 * list) and registers it in its own jar's {@code META-INF/services/dev.alexandria.spi.evidence.EvidenceSource};
 * its priority (10) puts it before the {@code evidence:} block of {@code .alexandria.yaml} (0), so the tracker's
 * counts win over hand-written ones, and the checklist names it as the source.
 *
 * <p>Immutable and thread-safe.
 */
public final class IssueTrackerEvidence implements EvidenceSource {

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("example-issue-tracker", 10,
            EvidenceSource.SPI_VERSION);

    /**
     * An issue of the tracker.
     *
     * @param module   the module id it is filed against
     * @param critical whether its severity is critical
     * @param opened   the day it was opened
     * @param closed   the day it was closed, if it is
     */
    public record Issue(String module, boolean critical, LocalDate opened, Optional<LocalDate> closed) {

        /**
         * Checks the components.
         *
         * @param module   the module id
         * @param critical whether it is critical
         * @param opened   the day it was opened
         * @param closed   the day it was closed, if it is
         */
        public Issue {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(opened, "opened");
            Objects.requireNonNull(closed, "closed");
        }
    }

    private final List<Issue> issues;

    /**
     * A tracker holding these issues.
     *
     * @param issues every issue, of any module
     */
    public IssueTrackerEvidence(List<Issue> issues) {
        this.issues = List.copyOf(issues);
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Counts the module's critical bugs: open on the day asked about, and opened in the 90 days before it. A
     * module with no issue at all is unknown to the tracker: nothing is declared.
     *
     * @param request the module and the day
     * @return the two counts, or {@link Evidence#none()}
     */
    @Override
    public Evidence evidence(EvidenceRequest request) {
        List<Issue> mine = issues.stream().filter(i -> i.module().equals(request.moduleId())).toList();
        if (mine.isEmpty()) {
            return Evidence.none();
        }
        LocalDate day = request.asOf();
        int open = (int) mine.stream().filter(Issue::critical).filter(i -> !i.opened().isAfter(day))
                .filter(i -> i.closed().map(c -> c.isAfter(day)).orElse(true)).count();
        int recent = (int) mine.stream().filter(Issue::critical).filter(i -> !i.opened().isAfter(day)
                && i.opened().isAfter(day.minusDays(90))).count();
        return Evidence.builder().criticalBugs(open).criticalBugs90d(recent).build();
    }
}
