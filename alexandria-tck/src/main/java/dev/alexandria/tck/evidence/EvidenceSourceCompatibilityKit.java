package dev.alexandria.tck.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.alexandria.api.model.Evidence;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.evidence.EvidenceRequest;
import dev.alexandria.spi.evidence.EvidenceSource;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The obligations of an {@link EvidenceSource}, as its Javadoc states them. Extend it in a few lines:
 *
 * <pre>{@code
 * class TrackerEvidenceCompatibilityTest extends EvidenceSourceCompatibilityKit {
 *     protected EvidenceSource createSource() { return new TrackerEvidence(testIssues()); }
 *     protected EvidenceRequest knownModule() { return request("vpc-standard"); }
 * }
 * }</pre>
 *
 * @since 0.3.0
 */
public abstract class EvidenceSourceCompatibilityKit {

    private EvidenceSource source;

    /** Creates the kit. */
    protected EvidenceSourceCompatibilityKit() {
    }

    /** @return a new instance of the source under test */
    protected abstract EvidenceSource createSource();

    /** @return a request about a module the source has evidence for (it declares at least one item) */
    protected abstract EvidenceRequest knownModule();

    /**
     * A request about a module, as of 2026-03-01, for {@link #knownModule()}.
     *
     * @param moduleId the module id
     * @return the request
     */
    protected static EvidenceRequest request(String moduleId) {
        ModuleMetadata m = ModuleMetadata.builder().id(moduleId).name(moduleId).description("A module.")
                .version("1.0.0").category("foundations/networking").maturity(MaturityLevel.STABLE)
                .maintainer("team").build();
        return new EvidenceRequest(m, Path.of("_library/foundations/networking").resolve(moduleId),
                LocalDate.of(2026, 3, 1));
    }

    /** Creates the source before each obligation. */
    @BeforeEach
    void create() {
        source = createSource();
        assertNotNull(source, "createSource() returned null");
    }

    @Test
    @DisplayName("descriptor() returns an equal descriptor on every call")
    void descriptorIsStable() {
        ProviderDescriptor d = source.descriptor();
        assertNotNull(d, "descriptor() returned null");
        assertEquals(d, source.descriptor(), "descriptor() must return an equal "
                + "descriptor on every call (a new but equal instance is fine: a record compares by value)");
        assertEquals(EvidenceSource.SPI_VERSION, d.spiVersion(), "the SPI version the kit checks");
    }

    @Test
    @DisplayName("evidence() declares something for the known module")
    void knownModuleHasEvidence() {
        Evidence e = source.evidence(knownModule());
        assertNotNull(e, "evidence() returned null");
        assertEquals(false, e.isEmpty(), "the known module should have at least one declared item");
    }

    @Test
    @DisplayName("evidence() returns Evidence.none(), never null or an exception, for an unknown module")
    void unknownModuleHasNone() {
        Evidence e = source.evidence(request("no-such-module-in-any-tracker"));
        assertEquals(Evidence.none(), e);
    }

    @Test
    @DisplayName("evidence() answers the same request the same way")
    void answersAreStable() {
        assertEquals(source.evidence(knownModule()), source.evidence(knownModule()));
    }
}
