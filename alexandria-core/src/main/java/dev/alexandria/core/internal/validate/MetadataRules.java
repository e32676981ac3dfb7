package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.internal.versioning.VersionHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a module's metadata that opening checks and {@code validate} reports: the id, layer and category
 * agree with the module's path ({@code path-mismatch}), and the version agrees with the maturity level
 * ({@code version-maturity}: experimental and alpha need 0.x.y, beta a 1.0.0-beta.N pre-release, stable and
 * mature a release of at least 1.0.0). One place for their ids and texts, whoever reports them.
 *
 * <p>Stateless and thread-safe.
 */
public final class MetadataRules {

    /** The rule id of a disagreement between the metadata and the module's path. */
    public static final String PATH_MISMATCH = "path-mismatch";
    /** The rule id of a version that the maturity level does not allow. */
    public static final String VERSION_MATURITY = "version-maturity";

    /**
     * A broken rule, located by the JSON pointer of the value in {@code .alexandria.yaml}.
     *
     * @param ruleId  the rule
     * @param pointer the value's pointer ({@code /layer})
     * @param message what is wrong
     * @param hint    how to fix it
     */
    public record Problem(String ruleId, String pointer, String message, String hint) {
    }

    private MetadataRules() {
    }

    /**
     * The id, layer and category of the metadata against those of the path; each value that could not be read
     * is empty and not checked.
     *
     * @param id           the declared id
     * @param folderId     the folder's name
     * @param layer        the declared layer
     * @param pathLayer    the layer of the path
     * @param category     the declared category
     * @param pathCategory the category of the path
     * @return the problems, in that order
     */
    public static List<Problem> pathAgreement(Optional<ModuleId> id, String folderId, Optional<Layer> layer,
                                              Layer pathLayer, Optional<Category> category, Category pathCategory) {
        List<Problem> out = new ArrayList<>();
        if (id.isPresent() && !id.get().value().equals(folderId)) {
            out.add(new Problem(PATH_MISMATCH, "/id", "id '" + id.get() + "' does not match the folder name '"
                    + folderId + "'", "set id to " + folderId + " or rename the folder"));
        }
        if (layer.isPresent() && layer.get() != pathLayer) {
            out.add(new Problem(PATH_MISMATCH, "/layer", "layer '" + layer.get() + "' does not match the path, which "
                    + "is in layer '" + pathLayer + "'", "set layer to " + pathLayer + " or move the module"));
        }
        if (category.isPresent() && !category.get().equals(pathCategory)) {
            out.add(new Problem(PATH_MISMATCH, "/category", "category '" + category.get()
                    + "' does not match the path, which is in category '" + pathCategory + "'",
                    "set category to " + pathCategory + " or move the module"));
        }
        return out;
    }

    /**
     * The version against the maturity level.
     *
     * @param maturity the level
     * @param version  the version
     * @return the problem, if the level does not allow the version
     */
    public static Optional<Problem> versionMaturity(MaturityLevel maturity, Version version) {
        if (maturity.allowsVersion(version)) {
            return Optional.empty();
        }
        return Optional.of(new Problem(VERSION_MATURITY, "/version", "maturity '" + maturity + "' needs "
                + maturity.versionRule() + ", found " + version, VersionHints.hint(maturity, version)));
    }
}
