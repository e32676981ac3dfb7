package dev.alexandria.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ProviderLoader#load()} found and chose for one SPI.
 *
 * <p>Immutable and thread-safe (the providers themselves are shared as they are).
 *
 * @param <T>       the SPI
 * @param selected  the chosen provider; empty when none is available (the host then uses its built-in default or
 *                  reports the artifact to add)
 * @param available every usable provider, the chosen one first, then by priority (highest first) and name
 * @param problems  the providers that were found but skipped, each with the reason
 * @since 0.1.0
 */
public record ProviderSelection<T extends Provider>(Optional<T> selected, List<T> available,
                                                    List<ProviderProblem> problems) {

    /**
     * Validates and copies the components.
     *
     * @param selected the chosen provider, if any
     * @param available every usable provider, the chosen one first
     * @param problems the providers that were skipped
     */
    public ProviderSelection {
        Objects.requireNonNull(selected, "selected");
        available = List.copyOf(Objects.requireNonNull(available, "available"));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (selected.isPresent() && (available.isEmpty() || available.get(0) != selected.get())) {
            throw new IllegalArgumentException("the selected provider must be the first available one");
        }
    }

    /** @return whether more than one usable provider competed for the role (hosts warn about it) */
    public boolean contested() {
        return available.size() > 1;
    }
}
