package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleTest;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ScaffoldRequest;
import dev.alexandria.core.internal.versioning.CatalogWriter;
import dev.alexandria.core.internal.versioning.ReleaseGate;
import dev.alexandria.spi.ProviderLoader;
import dev.alexandria.spi.ProviderSelection;
import dev.alexandria.spi.testing.TestRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The library-level entry points of the lifecycle package: {@code scaffold}, {@code test} and the release gate. */
public final class Lifecycles {

    private static final Logger LOG = LoggerFactory.getLogger(Lifecycles.class);

    private Lifecycles() {
    }

    /**
     * @param library the library
     * @param catalog its catalog
     * @param request what to scaffold
     * @return the plan
     */
    public static ChangePlan scaffold(Library library, CatalogWriter catalog, ScaffoldRequest request) {
        Objects.requireNonNull(request, "request");
        return Scaffolder.plan(library, catalog, request, Scaffolder.maintainer(library.root()));
    }

    /**
     * @param library the library
     * @param module  the module
     * @param catalog its catalog
     * @return a test run with the runners on Alexandria's class loader and the process's environment
     */
    public static ModuleTest test(Library library, LibraryModule module, CatalogWriter catalog) {
        return new ModuleTests(library.root(), module, catalog, runners(Lifecycles.class.getClassLoader()),
                System.getenv(), LocalDate.now());
    }

    /**
     * The validation gate of a release, register's ({@code Validation.releaseRefusals}): a library hands it to the
     * versions of its modules, so {@code version} refuses what {@code register} refuses, in the same words.
     *
     * @param library the library whose validators judge the module (a host's, when it chose them)
     * @return the gate
     */
    public static ReleaseGate releaseGate(Library library) {
        Objects.requireNonNull(library, "library");
        return (module, notes) -> Validation.releaseRefusals(library, module, notes);
    }

    /** The built-in terraform runner and those found on the class loader, by descending priority. */
    static List<TestRunner> runners(ClassLoader loader) {
        ProviderSelection<TestRunner> found = ProviderLoader.of(TestRunner.class, TestRunner.SPI_VERSION)
                .classLoader(loader).register(new TerraformTestRunner()).load();
        found.problems().forEach(p -> LOG.warn("TestRunner provider skipped: {}", p));
        return found.available();
    }

    /** For tests: a test run with given runners, environment and day. */
    static ModuleTest test(Library library, LibraryModule module, CatalogWriter catalog, List<TestRunner> runners,
                           Map<String, String> environment, LocalDate today) {
        return new ModuleTests(library.root(), module, catalog, runners, environment, today);
    }
}
