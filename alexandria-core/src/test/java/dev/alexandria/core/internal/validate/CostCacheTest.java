package dev.alexandria.core.internal.validate;

import static dev.alexandria.core.internal.validate.Fixtures.NET;
import static dev.alexandria.core.internal.validate.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.core.internal.catalog.LibraryLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cost-declared} keeps its estimates in the library's cache: an unchanged module is not estimated again,
 * and a change to the module, to a module it calls, or to the library's price store is.
 */
class CostCacheTest {

    @TempDir
    Path tmp;

    private static final String AT = NET + ".alexandria.yaml:13:3: declares a cost of $50.00 a month, but the "
            + "estimate of its fixed lines is ";

    /** A finding of the rule for the declared $50.00. */
    private static String finding(String estimate, String difference, String fix) {
        return AT + estimate + " a month (us-east-1, no inputs, no usage): " + difference + "; set "
                + "cost.estimated_monthly_usd to " + fix + " or remove it ('alexandria cost net-core' lists the "
                + "lines); register records the estimate";
    }

    private static final String AS_FIXTURE = finding("$36.50", "37% above the estimate", "36.50");

    /** Validates in a fresh open (as a new process does) with a cache; returns the findings and the estimates made. */
    private Run validate(Path root) {
        long before = CostValidator.ESTIMATES.get();
        List<String> found = findings(LibraryLoader.open(root, real -> Optional.of(tmp.resolve("cache")))
                .validate(List.of(), Fixtures.noTools(tmp)), "cost-declared");
        return new Run(found, CostValidator.ESTIMATES.get() - before);
    }

    private record Run(List<String> findings, long estimates) {
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void unchangedLibrary_computesNoEstimate() {
        Path root = Fixtures.library(tmp, "cost-declared");
        Run first = validate(root);
        assertEquals(List.of(AS_FIXTURE), first.findings());
        assertEquals(1, first.estimates(), "the one module that declares a cost");
        Run second = validate(root);
        assertEquals(List.of(AS_FIXTURE), second.findings());
        assertEquals(0, second.estimates());
    }

    @Test
    void aPriceChangedInThePriceStore_changesTheFinding() throws IOException {
        Path root = Fixtures.library(tmp, "cost-declared");
        assertEquals(List.of(AS_FIXTURE), validate(root).findings());
        Path prices = root.resolve("_catalog/prices/aws/AmazonEC2/us-east-1.csv");
        String header = "service,region,resource_key,unit,usd,effective_date,source,begin_range,end_range\n";
        // 730 h x $0.09 = $65.70 + the EIP's $3.65 = $69.35; 50 is 28% below
        write(prices, header + "AmazonEC2,us-east-1,nat-gateway:hour,Hrs,0.09,2026-01-01,test,0,\n");
        Run dearer = validate(root);
        assertEquals(List.of(finding("$69.35", "28% below the estimate", "69.35")), dearer.findings());
        assertEquals(1, dearer.estimates(), "the price store is an input of the estimate");
        // 730 h x $0.06 = $43.80 + $3.65 = $47.45: within 20% of 50, no finding (same size: the content decides)
        write(prices, header + "AmazonEC2,us-east-1,nat-gateway:hour,Hrs,0.06,2026-01-01,test,0,\n");
        assertEquals(List.of(), validate(root).findings());
        assertEquals(0, validate(root).estimates());
    }

    @Test
    void aChangedModule_isEstimatedAgain() throws IOException {
        Path root = Fixtures.library(tmp, "cost-declared");
        assertEquals(List.of(AS_FIXTURE), validate(root).findings());
        // without the EIP: 730 h x $0.045 = $32.85; 50 is 52% above
        write(root.resolve(NET + "nat.tf"), "resource \"aws_nat_gateway\" \"this\" {\n  subnet_id = \"subnet-123\"\n}\n");
        Run changed = validate(root);
        assertEquals(List.of(finding("$32.85", "52% above the estimate", "32.85")), changed.findings());
        assertEquals(1, changed.estimates(), "only the changed module");
    }

    @Test
    void aChangedModuleItCalls_isAChangeOfTheModule() throws IOException {
        Path root = Fixtures.library(tmp, "cost-declared");
        write(root.resolve(NET + "nat.tf"), "resource \"aws_nat_gateway\" \"this\" {\n  subnet_id = \"subnet-123\"\n"
                + "}\n\nmodule \"ip\" {\n  source = \"./modules/ip\"\n}\n");
        write(root.resolve(NET + "modules/ip/main.tf"), "resource \"aws_eip\" \"nat\" {\n  domain = \"vpc\"\n}\n");
        assertEquals(List.of(AS_FIXTURE), validate(root).findings());
        assertEquals(0, validate(root).estimates());
        // a second EIP: $40.15; 50 is 25% above
        write(root.resolve(NET + "modules/ip/main.tf"), "resource \"aws_eip\" \"nat\" {\n  count  = 2\n  domain = "
                + "\"vpc\"\n}\n");
        Run changed = validate(root);
        assertEquals(List.of(finding("$40.15", "25% above the estimate", "40.15")), changed.findings());
        assertEquals(1, changed.estimates());
    }

    @Test
    void aModuleSourceThatAppears_isEstimatedAgain() throws IOException {
        Path root = Fixtures.library(tmp, "cost-declared");
        write(root.resolve(NET + "nat.tf"), "resource \"aws_nat_gateway\" \"this\" {\n  subnet_id = \"subnet-123\"\n"
                + "}\n\nmodule \"ip\" {\n  source = \"./modules/ip\"\n}\n");
        // the source is not a folder: a line not priced, so $32.85 is a lower bound and 50 above it is no finding
        assertEquals(List.of(), validate(root).findings());
        write(root.resolve(NET + "modules/ip/main.tf"), "resource \"aws_eip\" \"nat\" {\n  domain = \"vpc\"\n}\n");
        Run appeared = validate(root);
        assertEquals(List.of(AS_FIXTURE), appeared.findings());
        assertEquals(1, appeared.estimates());
    }

    @Test
    void aChangedDeclaredCost_isComparedWithTheKeptEstimate() throws IOException {
        Path root = Fixtures.library(tmp, "cost-declared");
        assertEquals(List.of(AS_FIXTURE), validate(root).findings());
        Path metadata = root.resolve(NET + ".alexandria.yaml");
        write(metadata, Files.readString(metadata).replace("estimated_monthly_usd: 50.0", "estimated_monthly_usd: 37"));
        Run run = validate(root);
        assertEquals(List.of(), run.findings());
        assertEquals(0, run.estimates(), "the estimate does not depend on the declared cost");
    }

    @Test
    void withoutACache_everyRunEstimates() {
        Path root = Fixtures.library(tmp, "cost-declared");
        for (int i = 0; i < 2; i++) {
            long before = CostValidator.ESTIMATES.get();
            assertEquals(List.of(AS_FIXTURE), findings(LibraryLoader.open(root).validate(List.of(),
                    Fixtures.noTools(tmp)), "cost-declared"));
            assertEquals(1, CostValidator.ESTIMATES.get() - before);
        }
    }
}
