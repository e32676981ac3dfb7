package dev.alexandria.api.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * graph:
 *   registry_sources: ["app.terraform.io/acme/{id}/aws"]
 * migrate:
 *   legacy_link_months: 12
 * notify:
 *   webhooks: ["https://hooks.example.com/alexandria"]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param inspect    how module folders are inspected
 * @param versioning the versioning policy
 * @param graph      how module calls are mapped to modules of the library
 * @param migrate    how long the legacy paths of a migration are kept (since 0.4.0)
 * @param notifications whom {@code publish} notifies (since 0.4.0)
 * @since 0.1.0
 */
public record CatalogSettings(Inspect inspect, Versioning versioning, Graph graph, Migrate migrate,
                              Notify notifications) {

    private static final CatalogSettings DEFAULTS = new CatalogSettings(Inspect.defaults(), Versioning.defaults(),
            Graph.defaults(), Migrate.defaults(), Notify.defaults());

    /**
     * Validates the components.
     *
     * @param inspect    how module folders are inspected
     * @param versioning the versioning policy
     * @param graph      how module calls are mapped to modules of the library
     * @param migrate    how long the legacy paths of a migration are kept
     * @param notifications whom {@code publish} notifies
     */
    public CatalogSettings {
        Objects.requireNonNull(inspect, "inspect");
        Objects.requireNonNull(versioning, "versioning");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(migrate, "migrate");
        Objects.requireNonNull(notifications, "notifications");
    }

    /**
     * Settings with the default {@code notify:} block (nobody is notified).
     *
     * @param inspect    how module folders are inspected
     * @param versioning the versioning policy
     * @param graph      how module calls are mapped to modules of the library
     * @param migrate    how long the legacy paths of a migration are kept
     */
    public CatalogSettings(Inspect inspect, Versioning versioning, Graph graph, Migrate migrate) {
        this(inspect, versioning, graph, migrate, Notify.defaults());
    }

    /**
     * Settings with the default {@code migrate:} block.
     *
     * @param inspect    how module folders are inspected
     * @param versioning the versioning policy
     * @param graph      how module calls are mapped to modules of the library
     * @param notifications whom {@code publish} notifies
     */
    public CatalogSettings(Inspect inspect, Versioning versioning, Graph graph, Notify notifications) {
        this(inspect, versioning, graph, Migrate.defaults(), notifications);
    }

    /**
     * Settings with the default {@code migrate:} and {@code notify:} blocks.
     *
     * @param inspect    how module folders are inspected
     * @param versioning the versioning policy
     * @param graph      how module calls are mapped to modules of the library
     */
    public CatalogSettings(Inspect inspect, Versioning versioning, Graph graph) {
        this(inspect, versioning, graph, Migrate.defaults(), Notify.defaults());
    }

    /**
     * The {@code migrate:} block: what {@code alexandria migrate --check} expects of the legacy paths a
     * migration left as symlinks into {@code _library}. The design keeps them for 12 months ("Deprecate old
     * paths after 12 months").
     *
     * @param legacyLinkMonths months after the migration date after which a legacy link is reported as due for
     *                         removal ({@code legacy_link_months}); 0 to 120, default 12
     * @since 0.4.0
     */
    public record Migrate(int legacyLinkMonths) {

        /** The longest period allowed, in months: {@value}. */
        public static final int MAX_LEGACY_LINK_MONTHS = 120;

        private static final Migrate DEFAULTS = new Migrate(12);

        /**
         * Validates.
         *
         * @param legacyLinkMonths months a legacy link is kept
         * @throws IllegalArgumentException if it is negative or more than {@value #MAX_LEGACY_LINK_MONTHS}
         */
        public Migrate {
            if (legacyLinkMonths < 0 || legacyLinkMonths > MAX_LEGACY_LINK_MONTHS) {
                throw new IllegalArgumentException("legacyLinkMonths must be between 0 and "
                        + MAX_LEGACY_LINK_MONTHS + ": " + legacyLinkMonths);
            }
        }

        /** @return legacy links kept for 12 months */
        public static Migrate defaults() {
            return DEFAULTS;
        }
    }

    /**
     * The {@code notify:} block: whom {@code publish} notifies.
     *
     * @param webhooks the URLs the built-in webhook notifier posts a JSON message to, in file order, copied;
     *                 each {@code http} or {@code https}; no duplicates
     * @since 0.4.0
     */
    public record Notify(List<String> webhooks) {

        private static final Notify DEFAULTS = new Notify(List.of());

        /**
         * Checks and copies the webhooks.
         *
         * @param webhooks the URLs
         * @throws IllegalArgumentException if one is not an http(s) URL or is listed twice
         */
        public Notify {
            webhooks = Checks.list(webhooks, "webhooks");
            Set<String> seen = new HashSet<>();
            for (String w : webhooks) {
                problem(w).ifPresent(p -> {
                    throw new IllegalArgumentException("webhook '" + w + "' " + p);
                });
                if (!seen.add(w)) {
                    throw new IllegalArgumentException("webhook '" + w + "' is listed twice");
                }
            }
        }

        /** @return no webhooks */
        public static Notify defaults() {
            return DEFAULTS;
        }

        /**
         * @param url a webhook URL
         * @return what is wrong with it, if anything
         */
        public static Optional<String> problem(String url) {
            Objects.requireNonNull(url, "url");
            if (!url.matches("https?://[^\\s/]+(/\\S*)?")) {
                return Optional.of("is not an http:// or https:// URL");
            }
            return Optional.empty();
        }
    }

    /**
     * Settings with the default {@code graph:} block.
     *
     * @param inspect    how module folders are inspected
     * @param versioning the versioning policy
     */
    public CatalogSettings(Inspect inspect, Versioning versioning) {
        this(inspect, versioning, Graph.defaults());
    }

    /**
     * Settings with the default versioning policy.
     *
     * @param inspect how module folders are inspected
     * @param graph   how module calls are mapped to modules of the library
     * @since 0.2.0
     */
    public CatalogSettings(Inspect inspect, Graph graph) {
        this(inspect, Versioning.defaults(), graph);
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
     * The {@code graph:} block: how the dependency graph maps the {@code source} of a module call to a module
     * of the library. Relative paths ({@code ../../foundations/networking/vpc-standard}) and git sources with a
     * {@code ref=<id>/v<version>} are mapped without settings; registry sources need a pattern here.
     *
     * @param registrySources registry source patterns, each with one {@code {id}} where the module id stands
     *                        ({@code app.terraform.io/acme/{id}/aws}); a call whose source (without a
     *                        {@code //subdir}) matches a pattern, ignoring case, calls that module. In file
     *                        order, copied; no duplicates
     * @since 0.2.0
     */
    public record Graph(List<String> registrySources) {

        /** The placeholder for the module id in a registry source pattern: {@value}. */
        public static final String ID_PLACEHOLDER = "{id}";

        private static final Graph DEFAULTS = new Graph(List.of());

        /**
         * Validates and copies.
         *
         * @param registrySources the registry source patterns
         * @throws IllegalArgumentException if a pattern is not valid (see {@link #problem(String)}) or is listed
         *                                  twice
         */
        public Graph {
            registrySources = Checks.list(registrySources, "registrySources");
            Set<String> seen = new HashSet<>();
            for (String pattern : registrySources) {
                Optional<String> problem = problem(pattern);
                if (problem.isPresent()) {
                    throw new IllegalArgumentException("registry source '" + pattern + "' " + problem.get());
                }
                if (!seen.add(pattern)) {
                    throw new IllegalArgumentException("registry source is listed twice: '" + pattern + "'");
                }
            }
        }

        /** @return no registry sources */
        public static Graph defaults() {
            return DEFAULTS;
        }

        /**
         * What is wrong with a registry source pattern, if anything: it must have exactly one {@code {id}}, no
         * spaces, no {@code //subdir}, {@code ?query} or {@code ::} forced getter, and must not be a relative path.
         *
         * @param pattern a candidate pattern
         * @return what is wrong, starting with a verb ("has no {id}"), or empty if it is valid
         */
        public static Optional<String> problem(String pattern) {
            Objects.requireNonNull(pattern, "pattern");
            int first = pattern.indexOf(ID_PLACEHOLDER);
            if (first < 0) {
                return Optional.of("has no " + ID_PLACEHOLDER + " where the module id stands");
            }
            if (pattern.indexOf(ID_PLACEHOLDER, first + 1) >= 0) {
                return Optional.of("has " + ID_PLACEHOLDER + " more than once");
            }
            if (pattern.chars().anyMatch(Character::isWhitespace)) {
                return Optional.of("has a space");
            }
            if (pattern.startsWith("./") || pattern.startsWith("../") || pattern.startsWith("/")) {
                return Optional.of("is a path; relative paths are mapped without settings");
            }
            if (pattern.contains("//") || pattern.contains("?") || pattern.contains("::")) {
                return Optional.of("has '//', '?' or '::', which a registry address never has");
            }
            return Optional.empty();
        }
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
