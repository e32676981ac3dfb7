package dev.alexandria.core.internal.validate;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.cost.CostEngine;
import dev.alexandria.core.internal.cost.CostProviders;
import dev.alexandria.core.internal.lifecycle.DeclaredCost;
import dev.alexandria.core.internal.cost.PriceStore;
import dev.alexandria.core.internal.cost.UsageFile;
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
 * <p>Each run of {@code validate} uses its own copy ({@link BuiltIns.PerRun}), which reads the library's price
 * store once; the cost providers are found once per process. Each module is estimated with an engine of its own,
 * so a run over 10,000 modules keeps no module's HCL after its estimate. Thread-safe.
 */
final class CostValidator extends BuiltInValidator implements BuiltIns.PerRun {

    /** The rule id. */
    static final String COST_DECLARED = "cost-declared";

    /** The region the registry's cost is estimated in. */
    static final String REGION = "us-east-1";

    private static final Logger LOG = LoggerFactory.getLogger(CostValidator.class);

    private static final List<ValidationRule> RULES = List.of(ValidationRule.of(COST_DECLARED,
            Finding.Severity.WARNING, "The cost declared in .alexandria.yaml (cost.estimated_monthly_usd) is within "
                    + "20% of the estimate of the module's fixed lines (us-east-1, no inputs, no usage: the cost "
                    + "register records); a partial estimate is a lower bound, so only a declared cost more than "
                    + "20% below it is reported."));

    private static final Pattern DECLARED = Pattern.compile("^(\\s*)estimated_monthly_usd\\s*:");

    /** The price store of this run's library, read on first use; null until then (and in the prototype). */
    private volatile PriceStore store;

    CostValidator() {
        super("alexandria-cost", Stage.HCL, RULES);
    }

    @Override
    public ModuleValidator forRun(ToolCache cache) {
        return new CostValidator();
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
        String id = request.moduleId().value();
        Path folder = request.root().resolve("_library").resolve(request.module().path());
        ModuleCost estimate;
        try {
            CostEngine engine = new CostEngine(Providers.ALL, store(request.root()));
            estimate = engine.estimate(new CostEngine.Request(id, folder, REGION, Map.of(), List.of(),
                    UsageFile.none(), false));
        } catch (AlexandriaException e) {
            LOG.debug("no cost estimate for {}", id, e);
            return List.of();
        }
        if (!DeclaredCost.differs(declared.get(), estimate)) {
            return List.of();
        }
        BigDecimal fixed = estimate.fixedMonthlyUsd();
        String amount = usd(declared.get());
        String estimated = (estimate.partial() ? "at least " : "") + usd(fixed);
        String message = "declares a cost of " + amount + " a month, but the estimate of its fixed lines is "
                + estimated + " a month (" + REGION + ", no inputs, no usage"
                + (estimate.partial() ? "; " + estimate.notPricedLines().size() + " not priced" : "") + "): "
                + DeclaredCost.difference(declared.get(), fixed);
        String hint = "set cost.estimated_monthly_usd to " + (estimate.partial() ? "at least " : "")
                + fixed.setScale(2, RoundingMode.HALF_UP).toPlainString() + " or remove it ('alexandria cost " + id
                + "' lists the lines); register records the estimate";
        return List.of(Finding.warning(COST_DECLARED, declaredAt(request), message, hint)
                .withModule(request.moduleId()));
    }

    private PriceStore store(Path root) {
        PriceStore s = store;
        if (s == null) {
            s = PriceStore.read(root);
            store = s;
        }
        return s;
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
        return "$" + String.format(java.util.Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** The cost providers found on Alexandria's class loader, once per process. */
    private static final class Providers {
        static final CostProviders ALL = CostProviders.of(CostValidator.class.getClassLoader(), List.of(),
                List.of(), List.of(), null);
    }
}
