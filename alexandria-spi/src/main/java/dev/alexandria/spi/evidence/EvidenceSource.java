package dev.alexandria.spi.evidence;

import dev.alexandria.api.model.Evidence;
import dev.alexandria.spi.ProviderDescriptor;

/**
 * A source of promotion evidence that cannot be measured from a module's files: teams using it in production,
 * open critical bugs, critical bugs in the last 90 days, case studies, and the declared flags (benchmarks,
 * documentation, API complete, community usage). A host plugs in its issue tracker or usage database here.
 *
 * <p>Found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.alexandria.spi.evidence.EvidenceSource}). Alexandria's built-in source,
 * {@code alexandria-evidence-block} (priority 0), reads the {@code evidence:} block of {@code .alexandria.yaml}.
 * For each item of {@link Evidence}, the sources are asked by descending priority (ties by name) and the first
 * that declares the item answers it; the checklist names that source. An item no source declares is "not
 * declared" and meets no criterion.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>{@link #descriptor()} MUST return the same descriptor on every call.</li>
 *   <li>{@link #evidence(EvidenceRequest)} MUST NOT return null: {@link Evidence#none()} for a module it knows
 *       nothing of. It MUST leave undeclared what it does not know (never 0 for "unknown").</li>
 *   <li>It MUST answer the same request the same way within one instance (a promotion is planned, then
 *       applied).</li>
 *   <li>Implementations MUST be safe for concurrent use, MUST NOT print or exit, and SHOULD log through
 *       SLF4J.</li>
 * </ul>
 * The test kit {@code dev.alexandria.tck.evidence.EvidenceSourceCompatibilityKit} checks these. An exception
 * thrown by a source becomes a {@link dev.alexandria.spi.ProviderException} naming it.
 *
 * @since 0.3.0
 */
public interface EvidenceSource {

    /** The version of this SPI: {@value}. */
    int SPI_VERSION = 1;

    /** @return the provider's name, priority and SPI version; the same object on every call */
    ProviderDescriptor descriptor();

    /**
     * The evidence this source has for a module.
     *
     * @param request the module and the day
     * @return the items it declares; {@link Evidence#none()} when it knows nothing of the module
     */
    Evidence evidence(EvidenceRequest request);
}
