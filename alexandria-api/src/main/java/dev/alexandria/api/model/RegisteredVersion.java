package dev.alexandria.api.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One published version of a module in the registry. Published versions never change.
 *
 * @param version   the version
 * @param released  the release date
 * @param maturity  the maturity the version was released at
 * @param changelog what changed, possibly empty
 * @since 0.1.0
 */
public record RegisteredVersion(Version version, LocalDate released, MaturityLevel maturity, String changelog) {

    /**
     * Validates the components.
     *
     * @param version the version
     * @param released the release date
     * @param maturity the maturity the version was released at
     * @param changelog what changed, possibly empty
     */
    public RegisteredVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(maturity, "maturity");
        Objects.requireNonNull(changelog, "changelog");
    }
}
