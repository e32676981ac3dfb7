package dev.alexandria.core.internal.discovery;

import dev.alexandria.api.model.RegistryEntry;
import java.util.OptionalLong;

/** What the registry's metrics say about a module's use, with unknown kept apart from zero. */
final class Popularity {

    private Popularity() {
    }

    /** @return the download count, if the registry entry has metrics */
    static OptionalLong downloads(RegistryEntry.Metrics metrics) {
        return metrics.downloads();
    }
}
