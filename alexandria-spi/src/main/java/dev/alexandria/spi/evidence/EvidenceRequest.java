package dev.alexandria.spi.evidence;

import dev.alexandria.api.model.ModuleMetadata;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an {@link EvidenceSource} is asked about: one module, as of one day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param metadata  the module's {@code .alexandria.yaml}
 * @param directory the module's folder
 * @param asOf      the day the evidence is judged on ("critical bugs in the last 90 days" counts back from it)
 * @since 0.3.0
 */
public record EvidenceRequest(ModuleMetadata metadata, Path directory, LocalDate asOf) {

    /**
     * Checks the components.
     *
     * @param metadata  the module's metadata
     * @param directory the module's folder
     * @param asOf      the day the evidence is judged on
     */
    public EvidenceRequest {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** @return the module id, such as {@code vpc-standard} */
    public String moduleId() {
        return metadata.id().value();
    }
}
