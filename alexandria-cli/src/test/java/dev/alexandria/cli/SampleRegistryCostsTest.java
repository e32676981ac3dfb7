package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.SampleLibrary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample library's registry costs agree with what {@code cost} estimates for its modules (us-east-1,
 * no inputs, no usage), as {@code register} would write them: a complete estimate within 20% (the tolerance of
 * {@code validate}'s {@code cost-declared}, docs/cost.md) and in the same cost category; a partial estimate, a lower
 * bound, at most 20% above the curated figure the registry keeps. A change of a module or of the bundled prices that
 * moves an estimate further fails here, naming the module; the registry is then written again from the estimates.
 */
class SampleRegistryCostsTest {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.20");

    @Test
    void everyRegistryCost_agreesWithTheEstimateOfTheModulesFixedLines() {
        Library lib = Alexandria.builder().root(SampleLibrary.path()).noCache().open();
        List<String> drift = new ArrayList<>();
        int checked = 0;
        for (LibraryModule m : lib.modules()) {
            RegistryEntry.CostInfo registered = m.registryEntry().flatMap(RegistryEntry::cost).orElse(null);
            if (registered == null) {
                continue;
            }
            checked++;
            ModuleCost estimate = lib.cost(m.id().value()).estimate();
            BigDecimal fixed = estimate.fixedMonthlyUsd();
            BigDecimal recorded = registered.estimatedCost();
            boolean agrees = estimate.partial() ? recorded.compareTo(fixed) >= 0 || within(recorded, fixed)
                    : within(recorded, fixed) && registered.costCategory() == estimate.category();
            if (!agrees || registered.partial() && !estimate.partial()
                    || registered.usagePriced() != estimate.usagePriced()) {
                drift.add(m.id() + ": the registry records $" + recorded + " (" + registered.costCategory()
                        + (registered.partial() ? ", partial" : "") + (registered.usagePriced() ? ", usage-priced" : "")
                        + "), the estimate is " + (estimate.partial() ? "at least " : "") + "$" + fixed + " ("
                        + estimate.category() + (estimate.usagePriced() ? ", usage-priced" : "") + ")");
            }
        }
        assertFalse(checked == 0, "the sample registry records no cost");
        assertEquals(List.of(), drift, "write the estimates into _catalog/module-registry.yaml of the sample library");
    }

    private static boolean within(BigDecimal recorded, BigDecimal fixed) {
        if (fixed.signum() == 0) {
            return recorded.signum() == 0;
        }
        return recorded.subtract(fixed).abs().divide(fixed, 6, RoundingMode.HALF_UP).compareTo(TOLERANCE) <= 0;
    }
}
