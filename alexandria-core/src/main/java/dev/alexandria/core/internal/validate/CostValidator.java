package dev.alexandria.core.internal.validate;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.model.Decimals;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.cost.CostEngine;
import dev.alexandria.core.internal.cost.CostProviders;
import dev.alexandria.core.internal.cost.PriceStore;
import dev.alexandria.core.internal.cost.UsageFile;
import dev.alexandria.core.internal.lifecycle.DeclaredCost;
import dev.alexandria.spi.validate.ModuleValidator;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code alexandria-cost}: a module's declared cost ({@code cost.estimated_monthly_usd} in its
 * {@code .alexandria.yaml}) agrees with the estimate of its fixed lines within 20% ({@value #COST_DECLARED}, a
 * warning at the line of the declared value). The estimate is the one {@code register} writes into the registry:
 * us-east-1, no inputs, no usage, the library's price store first ({@link DeclaredCost} is the rule both use). A
 * partial estimate is a lower bound, so only a declared cost more than 20% below it is reported. A module that
 * declares no cost, or whose estimate fails (its HCL errors are reported by {@code hcl-valid}), has no finding.
 *
 * <p>What the rule needs of an estimate (the fixed monthly cost, whether it is partial, how many lines are not
 * priced, or that there is none) is kept in the library's cache, one entry per module ({@link CostEntries}), valid
 * while the configuration files of every folder the estimate read (the module's and those of the modules it calls
 * by relative path), the price store's files ({@code _catalog/prices/}), the cost providers on the class path
 * (their jars: the bundled price snapshot and the cost models) and the region are unchanged. So validating an
 * unchanged library computes no estimate and loads no pricing class; the declared cost is compared on every run.
 *
 * <p>Each run of {@code validate} uses its own copy ({@link BuiltIns.PerRun}), which reads the library's price
 * store once, on its first estimate; the cost providers are found once per process. Each module is estimated with
 * an engine of its own, so a run over 10,000 modules keeps no module's HCL after its estimate. Thread-safe.
 */
final class CostValidator extends BuiltInValidator implements BuiltIns.PerRun {

    /** The rule id. */
    static final String COST_DECLARED = "cost-declared";

    /** The region the registry's cost is estimated in. */
    static final String REGION = "us-east-1";

    /** How many estimates this process computed; a test hook (an unchanged module is not estimated again). */
    static final AtomicLong ESTIMATES = new AtomicLong();

    private static final Logger LOG = LoggerFactory.getLogger(CostValidator.class);

    private static final List<ValidationRule> RULES = List.of(ValidationRule.of(COST_DECLARED,
            Finding.Severity.WARNING, "The cost declared in .alexandria.yaml (cost.estimated_monthly_usd) is within "
                    + "20% of the estimate of the module's fixed lines (us-east-1, no inputs, no usage: the cost "
                    + "register records); a partial estimate is a lower bound, so only a declared cost more than "
                    + "20% below it is reported."));

    private static final Pattern DECLARED = Pattern.compile("^(\\s*)estimated_monthly_usd\\s*:");

    /** The library's cache folder; empty for the prototype and for a library opened without a cache. */
    private final Optional<Path> cacheDirectory;

    /** This run's cache entries, made on first use; null until then. */
    private volatile CostEntries entries;

    /** This run's estimator (the price store read once), made on the first estimate; null until then. */
    private volatile Estimator estimator;

    CostValidator() {
        this(Optional.empty());
    }

    private CostValidator(Optional<Path> cacheDirectory) {
        super("alexandria-cost", Stage.HCL, RULES);
        this.cacheDirectory = cacheDirectory;
    }

    @Override
    public ModuleValidator forRun(ToolCache cache) {
        return new CostValidator(cache == null ? Optional.empty() : cache.cacheDirectory());
    }

    @Override
    public Optional<String> stopped() {
        return Optional.empty();
    }

    @Override
    public List<Finding> validate(ValidationRequest request) {
        Optional<BigDecimal> declared = request.module().metadata().estimatedMonthlyCost();
        if (declared.isEmpty()) {
            return List.of();
        }
        Optional<CostEntries.Estimate> found = estimate(request);
        if (found.isEmpty()) {
            return List.of();
        }
        CostEntries.Estimate estimate = found.get();
        BigDecimal fixed = estimate.fixedMonthlyUsd();
        if (!DeclaredCost.differs(declared.get(), fixed, estimate.partial())) {
            return List.of();
        }
        String id = request.moduleId().value();
        String amount = usd(declared.get());
        String estimated = (estimate.partial() ? "at least " : "") + usd(fixed);
        String message = "declares a cost of " + amount + " a month, but the estimate of its fixed lines is "
                + estimated + " a month (" + REGION + ", no inputs, no usage"
                + (estimate.partial() ? "; " + estimate.notPriced() + " not priced" : "") + "): "
                + DeclaredCost.difference(declared.get(), fixed);
        String hint = "set cost.estimated_monthly_usd to " + (estimate.partial() ? "at least " : "")
                + fixed.setScale(2, RoundingMode.HALF_UP).toPlainString() + " or remove it ('alexandria cost " + id
                + "' lists the lines); register records the estimate";
        return List.of(Finding.warning(COST_DECLARED, declaredAt(request), message, hint)
                .withModule(request.moduleId()));
    }

    /** The module's estimate from the cache, else computed (and kept); empty when it cannot be estimated. */
    private Optional<CostEntries.Estimate> estimate(ValidationRequest request) {
        Path root = request.root();
        Path folder = root.resolve("_library").resolve(request.module().path());
        CostEntries cache = entries(root);
        String key = request.module().path();
        Optional<Optional<CostEntries.Estimate>> known = cache.lookup(key);
        if (known.isPresent()) {
            return known.get();
        }
        // Stamped before they are read, so a file changed while the estimate runs is not taken as unchanged.
        Optional<CostEntries.Before> before = cache.before(folder);
        Estimator.Result result = estimator(root).estimate(request.moduleId().value(), folder);
        before.ifPresent(b -> cache.store(key, b, result.read(), result.missing(), result.estimate()));
        return result.estimate();
    }

    private CostEntries entries(Path root) {
        CostEntries e = entries;
        if (e == null) {
            synchronized (this) {
                e = entries;
                if (e == null) {
                    e = new CostEntries(cacheDirectory, root, REGION);
                    entries = e;
                }
            }
        }
        return e;
    }

    private Estimator estimator(Path root) {
        Estimator e = estimator;
        if (e == null) {
            synchronized (this) {
                e = estimator;
                if (e == null) {
                    e = new Estimator(root);
                    estimator = e;
                }
            }
        }
        return e;
    }

    /** The line of {@code estimated_monthly_usd:} in the metadata file; its first line if it cannot be read. */
    static SourceLocation declaredAt(ValidationRequest request) {
        Path file = request.root().resolve("_library").resolve(request.module().path()).resolve(".alexandria.yaml");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = DECLARED.matcher(lines.get(i));
                if (m.find()) {
                    return SourceLocation.of(request.metadataFile(), i + 1, m.group(1).length() + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot read {}", file, e);
        }
        return SourceLocation.of(request.metadataFile(), 1, 1);
    }

    static String usd(BigDecimal amount) {
        return "$" + Decimals.grouped(amount.setScale(2, RoundingMode.HALF_UP), 2);
    }

    /**
     * Computes estimates: the only class of this validator that names the cost engine, so a run whose estimates
     * all come from the cache loads no pricing class. The price store is read on the first estimate; one that
     * cannot be read leaves every module without an estimate (as an estimate that fails does).
     */
    private static final class Estimator {

        /** The cost providers found on Alexandria's class loader, once per process. */
        private static final class Providers {
            static final CostProviders ALL = CostProviders.of(CostValidator.class.getClassLoader(), List.of(),
                    List.of(), List.of(), null);
        }

        private final Optional<PriceStore> store;

        Estimator(Path root) {
            Optional<PriceStore> s;
            try {
                s = Optional.of(PriceStore.read(root));
            } catch (AlexandriaException e) {
                LOG.debug("no cost estimates: the price store cannot be read", e);
                s = Optional.empty();
            }
            this.store = s;
        }

        /**
         * @param estimate the estimate, empty when there is none
         * @param read     the folders whose configuration it read
         * @param missing  the module sources it looked for that were not folders
         */
        record Result(Optional<CostEntries.Estimate> estimate, List<Path> read, List<Path> missing) {
        }

        Result estimate(String id, Path folder) {
            ESTIMATES.incrementAndGet();
            if (store.isEmpty()) {
                return new Result(Optional.empty(), List.of(folder), List.of());
            }
            CostEngine engine = new CostEngine(Providers.ALL, store.get());
            Optional<CostEntries.Estimate> out;
            try {
                ModuleCost c = engine.estimate(new CostEngine.Request(id, folder, REGION, Map.of(), List.of(),
                        UsageFile.none(), false, Optional.empty()));
                out = Optional.of(new CostEntries.Estimate(c.fixedMonthlyUsd(), c.partial(),
                        c.notPricedLines().size()));
            } catch (AlexandriaException e) {
                LOG.debug("no cost estimate for {}", id, e);
                out = Optional.empty();
            }
            CostEngine.Consulted consulted = engine.consulted();
            List<Path> read = consulted.read().isEmpty() ? List.of(folder) : consulted.read();
            return new Result(out, read, consulted.missing());
        }
    }
}
