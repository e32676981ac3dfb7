package dev.alexandria.core.internal.validate;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Decimals;
import dev.alexandria.api.model.ExternalTools;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.internal.graph.GraphRules;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.validate.ModuleValidator;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@code validate} over a library: for each module asked for, the findings of opening that concern
 * it, the findings of its HCL (including the built-in HCL rules, cached with its interface), and those of every
 * validator that can run; for the whole library, the graph's checks across modules too. Reads the HCL of the
 * modules validated and of no other.
 *
 * <p>Immutable; {@link #run(List)} may be called from several threads.
 */
public final class Validation {

    private static final Logger LOG = LoggerFactory.getLogger(Validation.class);

    /** From this many modules on, they are validated in parallel. */
    static final int PARALLEL_FROM = 128;

    /** The rule id of a validator that threw. */
    public static final String VALIDATOR_FAILED = "validator-failed";

    private final Library library;
    private final Validators validators;
    private final Function<LibraryModule, List<Finding>> moduleFindings;
    private final Function<LibraryModule, List<Finding>> moduleGraph;
    private final Map<String, String> environment;
    private final ExternalTools externalTools;
    private final Clock clock;

    /**
     * @param library        the library
     * @param validators     the validators to run
     * @param moduleFindings every finding already known about a module: those of opening and of its HCL,
     *                       with the built-in HCL rules (cached with its interface)
     * @param moduleGraph    the graph's rules over one module's own edges (layer rule, deprecated dependencies),
     *                       with the lines of its requirements; reads no other module's HCL
     * @param environment    the environment external tools run in ({@code PATH})
     * @param externalTools  whether validators of stage {@code EXTERNAL} run
     * @param clock          the clock that says which removal dates have passed
     */
    public Validation(Library library, Validators validators, Function<LibraryModule, List<Finding>> moduleFindings,
                      Function<LibraryModule, List<Finding>> moduleGraph, Map<String, String> environment,
                      ExternalTools externalTools, Clock clock) {
        this.library = Objects.requireNonNull(library, "library");
        this.validators = Objects.requireNonNull(validators, "validators");
        this.moduleFindings = Objects.requireNonNull(moduleFindings, "moduleFindings");
        this.moduleGraph = Objects.requireNonNull(moduleGraph, "moduleGraph");
        this.environment = Map.copyOf(environment);
        this.externalTools = Objects.requireNonNull(externalTools, "externalTools");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Validates modules.
     *
     * @param idsOrPaths the modules; empty for the whole library
     * @return the report
     * @throws dev.alexandria.api.ModuleNotFoundException if a module is not in the library
     */
    public ValidationReport run(List<String> idsOrPaths) {
        Objects.requireNonNull(idsOrPaths, "idsOrPaths");
        boolean whole = idsOrPaths.isEmpty();
        List<LibraryModule> modules;
        if (whole) {
            modules = library.modules();
        } else {
            // By path (one module per folder): a module's hashCode and equals hash and compare its metadata.
            Set<String> chosen = new java.util.HashSet<>();
            for (String s : idsOrPaths) {
                chosen.add(library.requireModule(Objects.requireNonNull(s, "idsOrPaths element")).path());
            }
            modules = new ArrayList<>(chosen.size());
            for (LibraryModule m : library.modules()) {
                if (chosen.contains(m.path())) {
                    modules.add(m);
                }
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<ModuleValidator> running = new ArrayList<>();
        List<ValidationReport.Skipped> skipped = new ArrayList<>();
        ToolCache cache = new ToolCache(library.cacheDirectory());
        for (ModuleValidator v : validators.all()) {
            Optional<String> why = unavailable(v);
            if (why.isEmpty() && isExternal(v)) {
                why = switch (externalTools) {
                    case ALWAYS -> Optional.empty();
                    case NEVER -> Optional.of("external tools were not asked for");
                    case NAMED_MODULES -> whole ? Optional.of("external tools run on the modules named, not on "
                            + "the whole library; name modules, or ask for them on all (validate --external-tools)")
                            : Optional.empty();
                };
            }
            if (why.isPresent()) {
                skipped.add(new ValidationReport.Skipped(v.descriptor().name(), why.get()));
            } else {
                running.add(v instanceof BuiltIns.PerRun p ? p.forRun(cache) : v);
            }
        }
        Map<ModuleId, LibraryModule> byId = new LinkedHashMap<>();
        for (LibraryModule m : library.modules()) {
            byId.putIfAbsent(m.id(), m);
        }
        Function<ModuleId, Optional<LibraryModule>> others = id -> Optional.ofNullable(byId.get(id));
        Set<Finding> findings = new LinkedHashSet<>(); // one finding reported by two paths is shown once
        if (whole) {
            findings.addAll(library.findings());
            // the price store is read lazily by the commands that estimate (cost fails on a broken file); validate
            // reads it so that a broken file is an error here, at its line, before an estimate needs it
            findings.addAll(dev.alexandria.core.internal.cost.PriceStore.problems(library.root()));
        } else {
            // the named modules' estimates read the library's one price store, which cost fails on (exit 3) when
            // an estimate needs a broken price: say that the store has errors, at the first, rather than pass
            findings.addAll(priceStoreWarning(dev.alexandria.core.internal.cost.PriceStore.problems(library.root())));
        }
        Timings timings = new Timings(LOG.isDebugEnabled());
        // The whole library's graph check reads only the modules' cached summaries, never a validator's state, so
        // it runs on a second thread while this one validates module by module (a second core's worth of wall time
        // on a small library, where the modules are validated on this thread alone).
        CompletableFuture<List<Finding>> graphFindings = whole ? graphCheck(timings) : null;
        // Each module's findings depend only on it; toList() keeps the order, so the report is deterministic. A
        // small library is validated with a plain loop, on this thread (no stream pipeline to set up on a short run).
        try {
            if (modules.size() >= PARALLEL_FROM) {
                modules.parallelStream().map(m -> validate(m, whole, running, others, today, timings)).toList()
                        .forEach(findings::addAll);
            } else {
                for (LibraryModule m : modules) {
                    findings.addAll(validate(m, whole, running, others, today, timings));
                }
            }
        } finally {
            for (ModuleValidator v : running) {
                if (v instanceof BuiltIns.PerRun p) {
                    p.endRun();
                }
            }
        }
        if (graphFindings != null) {
            try {
                findings.addAll(graphFindings.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error r) {
                    throw r;
                }
                throw e;
            }
        }
        timings.log(modules.size());
        List<Finding> reported = oneFindingPerProblem(findings);
        List<String> ran = new ArrayList<>();
        for (ModuleValidator v : running) {
            Optional<String> stopped = v instanceof BuiltIns.PerRun p ? p.stopped() : Optional.empty();
            if (stopped.isPresent()) { // a failure of the environment, reported once, as skipped only
                skipped.add(new ValidationReport.Skipped(v.descriptor().name(), stopped.get()));
            } else {
                ran.add(v.descriptor().name());
                if (v instanceof BuiltIns.PerRun p) { // ran, but not on every module: said with the reason
                    p.partlySkipped().ifPresent(why -> skipped.add(new ValidationReport.Skipped(
                            v.descriptor().name(), why)));
                }
            }
        }
        LOG.debug("validated {} modules with {} validators ({} skipped): {} findings", modules.size(),
                running.size(), skipped.size(), reported.size());
        List<ValidationReport.Rule> rules = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (ModuleValidator v : running) {
            for (ValidationRule r : v.rules()) {
                if (seen.add(r.id())) {
                    rules.add(new ValidationReport.Rule(r.id(), v.descriptor().name(), r.severity(), r.description(),
                            r.equivalent()));
                }
            }
        }
        if (seen.add(VALIDATOR_FAILED)) {
            rules.add(new ValidationReport.Rule(VALIDATOR_FAILED, "alexandria", Finding.Severity.ERROR,
                    "A validator failed (threw, or reported a rule it does not declare).", Optional.empty()));
        }
        for (Finding f : reported) { // findings of opening and of the graph: rules of the catalog itself
            if (seen.add(f.ruleId())) {
                rules.add(new ValidationReport.Rule(f.ruleId(), "alexandria-catalog", f.severity(),
                        "A rule of the library's catalog and metadata files (see docs/validate.md).",
                        Optional.empty()));
            }
        }
        List<ModuleId> ids = new ArrayList<>(modules.size());
        for (LibraryModule m : modules) {
            ids.add(m.id());
        }
        return new ValidationReport(ids, reported, ran, skipped, rules);
    }

    /** Starts the whole library's graph check on a thread of its own (a daemon, so it never holds the JVM up). */
    /**
     * For a validation of named modules: one warning that the library's price store has errors, at the first of
     * them, with the count; none when the store reads cleanly. Which prices a module's estimate needs is known only
     * by estimating it, so the store's errors are not the module's own (the whole library's validation lists each
     * as an error); but a module that validates clean while {@code cost} fails on the store would mislead.
     */
    static List<Finding> priceStoreWarning(List<Finding> problems) {
        if (problems.isEmpty()) {
            return List.of();
        }
        Finding first = problems.get(0);
        return List.of(Finding.warning(first.ruleId(), first.location(), "the library's price store has "
                + dev.alexandria.api.Plurals.count(problems.size(), "error") + ", which 'alexandria cost' fails on "
                + "when an estimate needs that price (this one: " + first.message() + ")", "run 'alexandria validate'"
                + " on the whole library to list them, then " + first.hint().orElse("correct them")));
    }

    private CompletableFuture<List<Finding>> graphCheck(Timings timings) {
        CompletableFuture<List<Finding>> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                long start = timings.start();
                List<Finding> found = library.graph().check().findingsWithNotes();
                timings.add("graph across modules (second thread)", start);
                result.complete(found);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "alexandria-validate-graph");
        t.setDaemon(true);
        t.start();
        return result;
    }

    /**
     * Rules of two checkers that state one problem, by the rule kept: the graph's {@code hcl-error} (a file that
     * does not parse hides module calls) is the conventions' {@code hcl-valid} at the same place.
     */
    private static final Map<String, String> SAME_PROBLEM = Map.of(GraphRules.HCL_ERROR,
            ConventionsValidator.HCL_VALID);

    /**
     * The findings with each problem once: a finding of a rule in {@link #SAME_PROBLEM} is left out when the
     * rule kept reports the same file, line and column (for the same module). Other findings are kept in order.
     */
    static List<Finding> oneFindingPerProblem(Collection<Finding> findings) {
        Set<String> kept = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (SAME_PROBLEM.containsValue(f.ruleId())) {
                kept.add(problemKey(f.ruleId(), f));
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String same = SAME_PROBLEM.get(f.ruleId());
            if (same == null || !kept.contains(problemKey(same, f))) {
                out.add(f);
            }
        }
        return out;
    }

    private static String problemKey(String ruleId, Finding f) {
        SourceLocation at = f.location();
        return ruleId + "\0" + at.file() + "\0" + at.line() + "\0" + at.column();
    }

    private List<Finding> validate(LibraryModule m, boolean whole, List<ModuleValidator> running,
                                   Function<ModuleId, Optional<LibraryModule>> others, LocalDate today,
                                   Timings timings) {
        List<Finding> out = new ArrayList<>();
        long start = timings.start();
        out.addAll(moduleFindings.apply(m));
        timings.add("opening and HCL rules (cached)", start);
        ValidationRequest request = new ValidationRequest(library.root(), m, library.catalog(), others, today,
                environment);
        for (ModuleValidator v : running) {
            if (Validators.isCachedWithInterface(v) || Validators.isRunByOpen(v)) {
                continue; // its findings are among the module's: of opening, or of its HCL (cached with it)
            }
            if (Validators.isFromGraph(v)) {
                if (!whole) { // the whole library's graph check covers these
                    start = timings.start();
                    for (Finding f : moduleGraph.apply(m)) {
                        out.add(f.module().isPresent() ? f : f.withModule(m.id()));
                    }
                    timings.add(v.descriptor().name(), start);
                }
                continue;
            }
            start = timings.start();
            out.addAll(call(v, request));
            timings.add(v.descriptor().name(), start);
        }
        return out;
    }

    /**
     * The CPU time of each part of a run, summed over the modules, logged at debug ({@code validate --verbose})
     * to show where a run goes; nothing is measured when debug is off.
     */
    private static final class Timings {

        private final boolean on;
        private final Map<String, Long> nanos = new LinkedHashMap<>();

        Timings(boolean on) {
            this.on = on;
        }

        long start() {
            return on ? cpuNanos() : 0;
        }

        void add(String part, long start) {
            if (on) {
                long took = cpuNanos() - start;
                synchronized (nanos) {
                    nanos.merge(part, took, Long::sum);
                }
            }
        }

        /** The calling thread's CPU time: unlike wall time, not inflated by waiting for a core. */
        private static long cpuNanos() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        void log(int modules) {
            if (on) {
                StringBuilder line = new StringBuilder();
                synchronized (nanos) {
                    nanos.forEach((part, ns) -> line.append(line.length() == 0 ? "" : ", ").append(part).append(' ')
                            .append(Decimals.fixed(ns / 1e6, 1)));
                }
                LOG.debug("validate timing over {} modules (ms of CPU, summed over threads): {}", modules, line);
            }
        }
    }

    private static boolean isExternal(ModuleValidator v) {
        try {
            return v.stage() == ModuleValidator.Stage.EXTERNAL;
        } catch (RuntimeException e) {
            return false; // its calls report the failure
        }
    }

    private Optional<String> unavailable(ModuleValidator v) {
        try {
            return Objects.requireNonNull(v.unavailable(environment), "unavailable() returned null");
        } catch (RuntimeException e) {
            return Optional.of("its availability check failed: " + e);
        }
    }

    /** Calls a validator; what it throws or returns wrong becomes a {@code validator-failed} error naming it. */
    private static List<Finding> call(ModuleValidator v, ValidationRequest request) {
        ProviderDescriptor d = v.descriptor();
        List<Finding> out;
        try {
            out = v.validate(request);
        } catch (RuntimeException e) {
            LOG.warn("validator {} failed on {}", d.name(), request.moduleId(), e);
            return List.of(failed(d, request, "threw " + e));
        }
        if (out == null) {
            return List.of(failed(d, request, "returned null"));
        }
        if (out.isEmpty()) {
            return out;
        }
        for (Finding f : out) {
            if (f == null) {
                return List.of(failed(d, request, "returned a null finding"));
            }
        }
        List<ValidationRule> rules = v.rules();
        List<Finding> checked = new ArrayList<>(out.size());
        for (Finding f : out) {
            if (!declares(rules, f.ruleId())) {
                checked.add(failed(d, request, "reported rule '" + f.ruleId() + "', which is not among its rules()"));
                continue;
            }
            checked.add(f.module().isPresent() ? f : f.withModule(request.moduleId()));
        }
        return checked;
    }

    /** Whether a rule id is among a validator's rules (a handful: a linear search). */
    private static boolean declares(List<ValidationRule> rules, String id) {
        for (ValidationRule r : rules) {
            if (r.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static Finding failed(ProviderDescriptor d, ValidationRequest request, String what) {
        return Finding.error(VALIDATOR_FAILED, SourceLocation.of(request.metadataFile(), 1, 1), "validator '"
                + d.name() + "' " + what + " while validating " + request.moduleId(),
                "fix the validator or remove its jar from the class path").withModule(request.moduleId());
    }
}
