package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.CostLine;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.SampleLibrary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every module of the bundled sample library either prices fully or names what it cannot price: every line is
 * priced, depends on usage, is free, or is not priced with a reason. The golden file
 * {@code golden/cost-sample-library.expected.txt} records each module's fixed monthly cost and every reason, so a
 * change in the models or the sample library shows in review.
 */
class SampleLibraryCostTest {

    @Test
    void everyModule_pricesFullyOrNamesWhatItCannotPrice() {
        Library lib = Alexandria.open(SampleLibrary.path());
        List<String> report = new ArrayList<>();
        for (LibraryModule m : lib.modules()) {
            ModuleCost c = lib.cost(m.id().value()).estimate();
            assertFalse(c.lines().isEmpty(), m.id() + " has no line: its resources were not read");
            report.add(m.id() + "  $" + c.fixedMonthlyUsd() + "/month fixed, " + (c.partial()
                    ? c.notPricedLines().size() + " not priced" : "fully priced"));
            for (CostLine l : c.notPricedLines()) {
                assertFalse(l.reason().isBlank(), l.address() + " is not priced without a reason");
                report.add("  " + l.address() + (l.component().isEmpty() ? "" : " (" + l.component() + ")") + ": "
                        + l.reason());
            }
            for (CostLine l : c.lines()) {
                assertTrue(l.status() != CostLine.Status.PRICED || l.price().isPresent(), l + " has no price source");
                assertTrue(l.status() != CostLine.Status.FREE || !l.reason().isBlank(), l + " is free without why");
            }
        }
        Cli.assertGolden("cost-sample-library", String.join("\n", report) + "\n");
    }
}
