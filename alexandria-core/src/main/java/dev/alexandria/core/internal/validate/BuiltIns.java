package dev.alexandria.core.internal.validate;

import dev.alexandria.spi.validate.ModuleValidator;
import java.util.List;
import java.util.Optional;

/** The built-in validators, each named {@code alexandria-…} with priority 0. */
final class BuiltIns {

    /** Marks a built-in validator whose findings are computed when the HCL is read and cached with it. */
    interface CachedWithInterface {
    }

    /**
     * Marks a built-in validator of the catalog and metadata files that opening a library runs (with the lines
     * of the values, cached with the catalog): a run of {@code validate} takes its findings from the library's.
     */
    interface RunByOpen {
    }

    /**
     * Marks the built-in validator whose findings a library's run takes from its dependency graph (with the lines
     * of the requirements): per module for some modules, the whole graph's check for the whole library.
     */
    interface FromGraph {
    }

    /**
     * Marks a built-in validator that runs an external tool: each run of {@code validate} uses its own copy, which
     * keeps the tool's findings in the library's cache by the module folder's content and remembers a failure of
     * the environment (no network for {@code terraform init}), so the tool is not tried again on every module.
     */
    interface PerRun {

        /**
         * @param cache where the tool's findings are kept
         * @return a copy for one run
         */
        ModuleValidator forRun(ToolCache cache);

        /** @return why this run's copy stopped running the tool (a failure of the environment), if it did */
        Optional<String> stopped();

        /**
         * Why this run's copy ran but could not check some modules (a registered version without its git tag),
         * reported as skipped with the fix while its findings on the others stand; asked once, when the modules
         * are all done.
         *
         * @return the reason, naming the modules; empty when every module was checked
         */
        default Optional<String> partlySkipped() {
            return Optional.empty();
        }

        /** Releases what this run's copy kept open for the run's modules; called once, when they are all done. */
        default void endRun() {
        }
    }

    /** Every built-in validator; a new one is one more line here. */
    static final List<ModuleValidator> ALL = List.of(
            new MetadataValidator(),
            new CatalogValidator(),
            new ConventionsValidator(),
            new ReadmeValidator(),
            new MaturityFilesValidator(),
            new DependencyValidator(),
            new TerraformValidator(),
            new TflintValidator(),
            new VersionBumpValidator(),
            new CostValidator());

    private BuiltIns() {
    }
}
