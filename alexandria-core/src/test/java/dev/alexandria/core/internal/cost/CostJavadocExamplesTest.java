package dev.alexandria.core.internal.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.CostLine;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.core.Alexandria;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of the cost Javadoc (CostEstimate, Library.cost, Alexandria.cost, the builder), compiled and run. */
class CostJavadocExamplesTest {

    @Test
    void costEstimateExample() {
        Library lib = Alexandria.open(LibraryCostTest.LIBRARY);
        Path usageFile = CostEstimationTest.FIXTURES.resolve("counts/usage.yml");
        // as in the Javadoc of CostEstimate, with the fixture library's module (which has no input variables)
        ModuleCost cost = lib.cost("web-app-ecs")
                .region("eu-west-1")
                .usage(usageFile)
                .estimate();
        BigDecimal fixed = cost.fixedMonthlyUsd();
        List<CostLine> notPriced = cost.notPricedLines();
        assertTrue(fixed.signum() > 0);
        assertEquals(List.of(), notPriced);
    }

    @Test
    void alexandriaCostAndBuilderExamples() {
        ModuleCost folder = Alexandria.cost(CostEstimationTest.FIXTURES.resolve("nat-stack")).region("eu-west-1")
                .estimate();
        assertEquals("eu-west-1", folder.region());
        Library library = Alexandria.builder()
                .root(LibraryCostTest.LIBRARY)
                .pricingSource(new CostProvidersTest.Negotiated("acme-negotiated-prices", 100))
                .open();
        ModuleCost cost = library.cost("eks-standard").region("eu-west-1").estimate();
        assertEquals("eks-standard", cost.module());
    }
}
