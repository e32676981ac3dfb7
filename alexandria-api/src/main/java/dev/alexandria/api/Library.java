package dev.alexandria.api;

import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module library, opened and checked: its modules, its catalog and the warnings found while opening it.
 * Obtained from {@code dev.alexandria.core.Alexandria.open(Path)}.
 *
 * <pre>{@code
 * Library lib = Alexandria.open(Path.of("components/terraform"));
 * LibraryModule vpc = lib.requireModule("vpc-standard");
 * ModuleInterface inputs = lib.inspect("vpc-standard");   // read from its HCL now, and kept
 * ComplexityTier tier = vpc.complexity();                  // derived from inputs.ownVariableCount()
 * List<Finding> problems = lib.findings("vpc-standard");   // everything about this module, HCL included
 * BrowseResult networking = lib.browse().layer(Layer.FOUNDATIONS).run();
 * SearchResult found = lib.search("vpc multi-az").maturityAtLeast(MaturityLevel.STABLE).limit(5).run();
 * }</pre>
 *
 * <p>Opening reads the catalog files and every module's {@code .alexandria.yaml} and checks them; a module's
 * HCL ({@code *.tf}, {@code *.tf.json}) is read on first use of its interface, complexity tier or HCL findings,
 * and only that module's. What was read is kept in a cache outside the library (see
 * {@link #cacheDirectory()}), so an unchanged library opens without reading its files again.
 *
 * <p>A {@code Library} is an immutable snapshot of the catalog and metadata files at the time it was opened,
 * and of each module's HCL at the time it was first used: it never changes and never writes the library, and
 * any number of threads may use it at once. Open the library again to see later changes.
 *
 * @since 0.1.0
 */
public interface Library {

    /** @return the library root, the folder that holds {@code _library/} and {@code _catalog/} */
    Path root();

    /** @return every module, sorted by layer rank, then category, then id */
    List<LibraryModule> modules();

    /**
     * Looks up a module by id ({@code vpc-standard}), by its path below {@code _library}
     * ({@code foundations/networking/vpc-standard}, also {@code _library/foundations/networking/vpc-standard}) or by
     * the absolute path of its folder. Every method that takes an {@code idOrPath} reads it this way. A relative
     * path is read below {@code _library}, never from the process's working directory.
     *
     * @param idOrPath an id or a path
     * @return the module, if there is one
     */
    Optional<LibraryModule> module(String idOrPath);

    /**
     * Looks up a module that must exist.
     *
     * @param idOrPath an id or a path
     * @return the module
     * @throws ModuleNotFoundException if there is none; the message suggests the closest id
     */
    LibraryModule requireModule(String idOrPath);

    /**
     * The public interface of a module, read from its {@code *.tf} and {@code *.tf.json} files on the first
     * call for that module (with {@code _catalog/settings.yaml}'s boilerplate files left out of its own variable
     * count), from the cache when they are unchanged. The same as {@code requireModule(idOrPath).interfaceSpec()}:
     * it is never re-read, so every call for a module returns the same object. Problems in the HCL are in its
     * {@link ModuleInterface#diagnostics() diagnostics} and in {@link #findings(String)}.
     *
     * @param idOrPath an id or a path
     * @return the module's interface
     * @throws ModuleNotFoundException if there is no such module; the message suggests the closest id
     */
    default ModuleInterface inspect(String idOrPath) {
        return requireModule(idOrPath).interfaceSpec();
    }

    /**
     * The versions of a module: registered, tagged in git, and its working tree; the way to compare two
     * versions' interfaces and to check a change against the version it declares.
     *
     * <pre>{@code
     * Bump bump = lib.versions("vpc-standard").diff("1.2.0", "working-tree").requiredBump();
     * }</pre>
     *
     * @param idOrPath an id or a path
     * @return the module's versions
     * @throws ModuleNotFoundException if there is no such module; the message suggests the closest id
     * @since 0.2.0
     */
    ModuleVersions versions(String idOrPath);

    /**
     * The maturity lifecycle of a module: its status (level, days in level, the next promotion's checklist)
     * and plans to promote, demote, deprecate or archive it.
     *
     * <pre>{@code
     * PromotionResult r = lib.lifecycle("vpc-standard").promote(MaturityLevel.STABLE);
     * }</pre>
     *
     * @param idOrPath an id or a path
     * @return the module's lifecycle
     * @throws ModuleNotFoundException if there is no such module; the message suggests the closest id
     * @since 0.3.0
     */
    Lifecycle lifecycle(String idOrPath);

    /**
     * Starts a cost estimate of a module: its resources and the modules it calls, priced in a region.
     *
     * <pre>{@code
     * ModuleCost cost = lib.cost("eks-standard").region("eu-west-1").estimate();
     * }</pre>
     *
     * @param idOrPath an id or a path
     * @return a new estimate of this snapshot's module
     * @throws ModuleNotFoundException if there is no such module; the message suggests the closest id
     * @since 0.1.0
     */
    CostEstimate cost(String idOrPath);

    /**
     * Plans a new module from the templates of its complexity tier (the library's {@code _catalog/templates/}
     * first): the folder {@code _library/<layer>/<category>/<name>/} with {@code main.tf},
     * {@code variables.tf}, {@code outputs.tf}, {@code versions.tf}, {@code README.md}, {@code CHANGELOG.md},
     * {@code examples/complete/}, {@code tests/unit/}, {@code tests/integration/} and {@code .alexandria.yaml}.
     *
     * <pre>{@code
     * lib.scaffold(ScaffoldRequest.of("vpc-enterprise", "foundations/networking")).apply();
     * }</pre>
     *
     * @param request the name, category, maturity and complexity
     * @return the plan
     * @throws RefusedException if the name is not kebab-case, contains {@code ..} or {@code /}, is taken anywhere
     *                          in the library, or the category is not declared
     * @since 0.4.0
     */
    ChangePlan scaffold(dev.alexandria.api.model.ScaffoldRequest request);

    /**
     * Starts a test run of a module: its {@code tests/unit} (and, when asked, {@code tests/integration}) through
     * the {@code TestRunner} providers, and its interface coverage measured from the test files.
     *
     * <pre>{@code
     * TestReport report = lib.test("vpc-standard").run();
     * }</pre>
     *
     * @param idOrPath an id or a path
     * @return a new test run of this snapshot's module
     * @throws ModuleNotFoundException if there is no such module; the message suggests the closest id
     * @since 0.4.0
     */
    ModuleTest test(String idOrPath);

    /** @return the six catalog files, read and checked */
    Catalog catalog();

    /**
     * Starts browsing the library by layer and category.
     *
     * @return a new query over this snapshot
     */
    Browse browse();

    /**
     * Starts a search of the library's modules: words (any text; empty for every module) plus filters, an order
     * and a page, set on the returned {@link Search}.
     *
     * <pre>{@code
     * SearchResult r = lib.search("postgres multi-az").maturityAtLeast(MaturityLevel.STABLE).limit(5).run();
     * }</pre>
     *
     * <p>The search backend is the one named with {@code Alexandria.builder().searchBackend(name)} or the system
     * property {@code alexandria.search.backend}, else the provider of highest priority on the class path
     * ({@code alexandria-lucene} when its jar is there), else the built-in in-memory backend.
     *
     * @param text the words to search for
     * @return a new search over this snapshot
     */
    Search search(String text);

    /**
     * Starts a recommendation: modules for a use case, or modules that go with a module; see {@link Recommend}.
     *
     * <pre>{@code
     * List<Recommendation> r = lib.recommend().forUseCase("microservices architecture").limit(5).run();
     * }</pre>
     *
     * @return a new recommendation over this snapshot
     */
    Recommend recommend();

    /**
     * The warnings (and infos) found while opening: the rules over the catalog files and every module's
     * metadata. Errors make opening fail instead (or, for a module's own files, leave the module out:
     * {@link #unavailable()}), except those of {@code _catalog/recommend.yaml}: only {@link #recommend()} reads that
     * file, so its errors are listed here and fail only a recommendation's {@code run()}. Opening reads no HCL, so findings that need a module's HCL
     * are never here; see {@link #findings(String)} and {@link #allFindings()}.
     *
     * @return the findings of opening, sorted by file, line and column
     */
    List<Finding> findings();

    /**
     * The errors of the modules left out of this snapshot because their own files have errors, when it was opened
     * with {@code Alexandria.Builder.skipBrokenModules()}: each at its file and line with its fix, sorted. Such a
     * module is in no list and no search, and asking for it throws {@link ModuleUnavailableException} with its
     * errors. A library opened otherwise fails to open on any error, so this is empty.
     *
     * @return the errors of the modules left out, sorted by file, line and column; empty when none was
     * @since 0.4.0
     */
    default List<Finding> unavailable() {
        return List.of();
    }

    /**
     * The modules left out of this snapshot because their own files have errors ({@link #unavailable()}): each
     * one's id, which is its folder's name, in the order of their paths below {@code _library}. An error's
     * {@link Finding#module()} cannot always say it (a {@code .alexandria.yaml} that does not parse names no id), so
     * this is the one place that knows which modules were left out.
     *
     * @return their ids; empty when none was left out
     * @since 0.4.0
     */
    default List<String> unavailableModules() {
        return List.of();
    }

    /**
     * Every finding that concerns one module: those of opening located in its folder or about it (such as a
     * registry entry in {@code _catalog/module-registry.yaml} that disagrees with its metadata; see
     * {@link Finding#module()}), and those that come from reading its HCL (diagnostics, a declared complexity
     * tier that disagrees with the derived one). Reads the module's HCL if that was not done yet; never reads
     * another module's.
     *
     * @param idOrPath an id or a path
     * @return the module's findings, sorted by file, line and column
     * @throws ModuleNotFoundException if there is no such module; the message suggests the closest id
     */
    List<Finding> findings(String idOrPath);

    /**
     * Every finding of the library: those of opening (with {@link #unavailable()}), those of every module's HCL
     * (reading each module that was not read yet) and the errors of the library's price store
     * ({@code _catalog/prices/}), as {@link #validate(List)} of the whole library lists them.
     *
     * @return all findings, sorted by file, line and column
     */
    List<Finding> allFindings();

    /**
     * The folder where this library's cache is kept: what was read from its files, and later its search index.
     * Outside the library: {@code $ALEXANDRIA_CACHE_DIR/<hash>}, else {@code $XDG_CACHE_HOME/alexandria/<hash>},
     * else {@code ~/.cache/alexandria/<hash>}, where {@code <hash>} is derived from the library's real path.
     *
     * @return the cache folder; empty when the library was opened without a cache
     */
    default Optional<Path> cacheDirectory() {
        return Optional.empty();
    }

    /**
     * The library's dependency graph, from declared {@code requires} and from module calls in the HCL.
     *
     * @return the graph, built on first use and then shared
     * @since 0.2.0
     */
    DependencyGraph graph();

    /**
     * One module's dependencies: {@code lib.dependencies("web-app-ecs").resolve().deployOrder()}.
     *
     * @param idOrPath a module id or its path below {@code _library}
     * @return the module's view of the graph
     * @throws ModuleNotFoundException if there is no such module
     * @since 0.2.0
     */
    default ModuleDependencies dependencies(String idOrPath) {
        return graph().of(idOrPath);
    }

    /**
     * Starts a migration of a folder of flat Terraform modules into this library: the plan puts each module at
     * {@code _library/<layer>/<category>/<id>} below this library's root, with this library's categories and
     * tags. The same as {@code Alexandria.migrate(folder).into(root())}.
     *
     * <pre>{@code
     * MigrationPlan plan = lib.migrate(Path.of("legacy/modules")).plan();
     * }</pre>
     *
     * @param folder the folder whose sub-folders are Terraform modules
     * @return a new migration into this library
     * @since 0.4.0
     */
    Migration migrate(Path folder);

    /**
     * Validates modules with every validator: the built-in rules (metadata and path agreement, naming
     * conventions, documented and typed variables, documented outputs, {@code required_version} and pinned
     * providers, README and its terraform-docs tables, examples and tests for the maturity level, version and
     * maturity agreement, declared and derived complexity, the layer rule, deprecated dependencies), the external
     * tools that are installed ({@code terraform validate} or {@code tofu validate}, {@code tflint}; those that are
     * not are listed in {@link ValidationReport#skipped()}, never reported as passed), and the
     * {@code ModuleValidator} providers found on the class path.
     *
     * <p>Reads the HCL of the modules validated and of no other: validating one module never parses the others.
     * The whole library (an empty list) also checks the graph across modules (cycles, version and provider
     * conflicts). Findings of opening that concern a validated module are included. A validator provider that
     * throws is reported as an error of rule {@code validator-failed} naming it, and the others still run.
     *
     * <pre>{@code
     * ValidationReport all = lib.validate(List.of());                  // the whole library
     * ValidationReport one = lib.validate(List.of("vpc-standard"));    // one module
     * }</pre>
     *
     * @param idsOrPaths the modules, by id or path below {@code _library}; empty for the whole library
     * @return the report: findings sorted by file, line and column, the validators that ran and those skipped
     * @throws ModuleNotFoundException if a module is not in the library; the message suggests the closest id
     * @since 0.4.0
     */
    default ValidationReport validate(List<String> idsOrPaths) {
        return validate(idsOrPaths, System.getenv());
    }

    /**
     * Validates modules as {@link #validate(List)} does, running external tools with the given environment
     * instead of the process's: its {@code PATH} decides which tools are installed, so a host (or a test) can
     * choose them without changing the JVM's environment.
     *
     * @param idsOrPaths  the modules, by id or path below {@code _library}; empty for the whole library
     * @param environment the environment external tools run in ({@code PATH}, {@code HOME}, …)
     * @return the report
     * @throws ModuleNotFoundException if a module is not in the library; the message suggests the closest id
     * @since 0.4.0
     */
    default ValidationReport validate(List<String> idsOrPaths, Map<String, String> environment) {
        return validate(idsOrPaths, environment, dev.alexandria.api.model.ExternalTools.NAMED_MODULES);
    }

    /**
     * Validates modules as {@link #validate(List, Map)} does, choosing whether the external tools run: by
     * default ({@link dev.alexandria.api.model.ExternalTools#NAMED_MODULES}) they run on modules named and are
     * left out of a whole-library run, listed in {@link ValidationReport#skipped()} with how to include them.
     *
     * <p>When the tools run, a failure of the environment rather than of a module (no network or provider mirror
     * for {@code terraform init}) is reported once, as a skipped entry naming the tool and how to enable it, and
     * the tool is not tried again on the other modules. A tool's findings are kept in the library's cache under
     * the content of the module's folder (and the tool's own file), so an unchanged module is not checked again.
     *
     * <pre>{@code
     * ValidationReport all = lib.validate(List.of(), System.getenv(), ExternalTools.ALWAYS);
     * }</pre>
     *
     * @param idsOrPaths    the modules, by id or path below {@code _library}; empty for the whole library
     * @param environment   the environment external tools run in ({@code PATH}, {@code HOME}, …)
     * @param externalTools whether the external tools run
     * @return the report
     * @throws ModuleNotFoundException if a module is not in the library; the message suggests the closest id
     * @since 0.4.0
     */
    ValidationReport validate(List<String> idsOrPaths, Map<String, String> environment,
                              dev.alexandria.api.model.ExternalTools externalTools);
}
