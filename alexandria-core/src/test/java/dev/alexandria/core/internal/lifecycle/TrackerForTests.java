package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.model.Evidence;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.evidence.EvidenceRequest;
import dev.alexandria.spi.evidence.EvidenceSource;

/**
 * An evidence source found with ServiceLoader on the test class path (src/test/resources/META-INF/services):
 * it knows only vpc-tracked, for which it counts 2 open critical bugs.
 */
public final class TrackerForTests implements EvidenceSource {

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("test-issue-tracker", 10,
            EvidenceSource.SPI_VERSION);

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Evidence evidence(EvidenceRequest request) {
        return request.moduleId().equals("vpc-tracked") ? Evidence.builder().criticalBugs(2).build() : Evidence.none();
    }
}
