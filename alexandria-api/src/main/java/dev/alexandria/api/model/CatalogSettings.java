package dev.alexandria.api.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The content of {@code _catalog/settings.yaml}: library-wide settings of how Alexandria reads the modules.
 * The file is optional; without it every setting has its default ({@link #defaults()}).
 *
 * <pre>{@code
 * inspect:
 *   boilerplate_files: [context.tf]
 * versioning:
 *   risky_changes: breaking
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param inspect    how module folders are inspected
 * @param versioning the versioning policy
 * @since 0.1.0
 */
public record CatalogSettings(Inspect inspect, Versioning versioning) {

    private static final CatalogSettings DEFAULTS = new CatalogSettings(Inspect.defaults(), Versioning.defaults());

    /**
     * Validates the components.
     *
     * @param inspect    how module folders are inspected
     * @param versioning the versioning policy
     */
    public CatalogSettings {
        Objects.requireNonNull(inspect, "inspect");
        Objects.requireNonNull(versioning, "versioning");
    }

    /**
     * Settings with the default versioning policy.
     *
     * @param inspect how module folders are inspected
     */
    public CatalogSettings(Inspect inspect) {
        this(inspect, Versioning.defaults());
    }

    /**
     * The {@code versioning:} block: the library's policy for the interface diff.
     *
     * @param riskyIsBreaking whether changes that are compatible on paper but may change behaviour (a default
     *                        changed, a validation tightened, a provider floor raised within a version line …)
     *                        require a major bump, as with {@code --strict}: {@code risky_changes: breaking}.
     *                        Default {@code false} ({@code risky_changes: minor}): they require a minor bump
     * @since 0.2.0
     */
    public record Versioning(boolean riskyIsBreaking) {

        private static final Versioning DEFAULTS = new Versioning(false);

        /** @return the default policy: risky changes require a minor bump */
        public static Versioning defaults() {
            return DEFAULTS;
        }
    }

    /** @return the settings of a library without {@code settings.yaml}: no boilerplate files */
    public static CatalogSettings defaults() {
        return DEFAULTS;
    }

    /**
     * The {@code inspect:} block: how a module's HCL is read when the library is opened.
     *
     * @param boilerplateFiles file names (no folders, ending in {@code .tf} or {@code .tf.json}) whose
     *                         variables are shared boilerplate, such as the {@code context.tf} of label
     *                         modules; they are left out of a module's own variable count, from which its
     *                         complexity tier is derived. In file order, copied; no duplicates
     * @since 0.1.0
     */
    public record Inspect(List<String> boilerplateFiles) {

        private static final Inspect DEFAULTS = new Inspect(List.of());

        /**
         * Validates and copies.
         *
         * @param boilerplateFiles the boilerplate file names
         * @throws IllegalArgumentException if a name is not a plain {@code .tf}/{@code .tf.json} file name or
         *                                  is listed twice
         */
        public Inspect {
            boilerplateFiles = Checks.list(boilerplateFiles, "boilerplateFiles");
            Set<String> seen = new HashSet<>();
            for (String name : boilerplateFiles) {
                if (!isBoilerplateFileName(name)) {
                    throw new IllegalArgumentException("boilerplate file must be a file name ending in .tf or "
                            + ".tf.json, without a folder: '" + name + "'");
                }
                if (!seen.add(name)) {
                    throw new IllegalArgumentException("boilerplate file is listed twice: '" + name + "'");
                }
            }
        }

        /** @return no boilerplate files */
        public static Inspect defaults() {
            return DEFAULTS;
        }

        /**
         * Whether a name can be a boilerplate file: a plain file name (no {@code /} or {@code \}, not hidden)
         * ending in {@code .tf} or {@code .tf.json}, with something before the extension.
         *
         * @param name a candidate
         * @return whether it is allowed
         */
        public static boolean isBoilerplateFileName(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank() || name.startsWith(".") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
                    || !name.strip().equals(name)) {
                return false;
            }
            return name.endsWith(".tf") && name.length() > 3 || name.endsWith(".tf.json") && name.length() > 8;
        }
    }
}
