package dev.alexandria.spi.notify;

import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A published module version, as notifiers announce it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param module      the module id
 * @param name        its display name
 * @param description what it does
 * @param category    its {@code <layer>/<category>}
 * @param version     the published version
 * @param maturity    its maturity
 * @param tag         the git tag of the release
 * @param published   the publication day
 * @since 0.4.0
 */
public record Publication(ModuleId module, String name, String description, String category, Version version,
                          MaturityLevel maturity, String tag, LocalDate published) {

    /**
     * Checks the components.
     *
     * @param module      the module id
     * @param name        its display name
     * @param description what it does
     * @param category    its category
     * @param version     the version
     * @param maturity    its maturity
     * @param tag         the git tag
     * @param published   the publication day
     */
    public Publication {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(maturity, "maturity");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(published, "published");
    }
}
