package dev.alexandria.core.internal.cost;

import static dev.alexandria.core.internal.cost.CostEstimationTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleNotFoundException;
import dev.alexandria.api.model.CostCategory;
import dev.alexandria.api.model.CostLine;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.api.model.PriceImport;
import dev.alexandria.core.Alexandria;
import dev.alexandria.spi.cost.PriceImportException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Estimates of library modules (src/test/resources/libraries/cost-library), its price store and imports. */
class LibraryCostTest {

    static final Path LIBRARY = Path.of("src/test/resources/libraries/cost-library");

    @Test
    void pattern_isPricedAsTheStackItDeploys() {
        Library lib = Alexandria.open(LIBRARY);
        ModuleCost c = lib.cost("web-app-ecs").estimate();
        // network: az_count 3, single NAT: 1 EIP 3.65 + 1 NAT 32.85; ALB 730 x 0.0225 = 16.425; total 52.925
        assertEquals(List.of(
                "aws_lb.this | Application load balancer | PRICED | $16.43",
                "aws_lb.this | Load balancer capacity units | DEPENDS_ON_USAGE | $0.00",
                "module.network.aws_vpc.this |  | FREE | $0.00 | VPC networking objects have no charge; what runs in "
                        + "them is priced on its own",
                "module.network.aws_subnet.private[0] |  | FREE | $0.00 | VPC networking objects have no charge; what "
                        + "runs in them is priced on its own",
                "module.network.aws_subnet.private[1] |  | FREE | $0.00 | VPC networking objects have no charge; what "
                        + "runs in them is priced on its own",
                "module.network.aws_subnet.private[2] |  | FREE | $0.00 | VPC networking objects have no charge; what "
                        + "runs in them is priced on its own",
                "module.network.aws_eip.nat[0] | Public IPv4 address | PRICED | $3.65",
                "module.network.aws_nat_gateway.this[0] | NAT gateway | PRICED | $32.85",
                "module.network.aws_nat_gateway.this[0] | Data processed | DEPENDS_ON_USAGE | $0.00"), lines(c));
        assertEquals(new BigDecimal("52.93"), c.fixedMonthlyUsd());
        assertEquals(CostCategory.MEDIUM, c.category());
        assertFalse(c.partial());
        assertEquals("web-app-ecs", c.module());
        CostLine nat = c.lines().get(7);
        assertTrue(nat.origins().contains("constant: 730 hours a month"), nat.origins().toString());
        ModuleCost vpc = lib.cost("foundations/networking/vpc-standard").region("eu-west-1").estimate();
        // eu-west-1: 2 x (EIP 3.65 + NAT 730 x 0.048 = 35.04) = 77.38
        assertEquals(new BigDecimal("77.38"), vpc.fixedMonthlyUsd());
        assertEquals("ModuleCost{vpc-standard, eu-west-1, $77.38/month fixed}", vpc.toString());
        assertThrows(ModuleNotFoundException.class, () -> lib.cost("vpc-standrd"));
    }

    @Test
    void priceStore_takesPrecedenceAndNamesItsSource(@TempDir Path dir) throws IOException {
        Path root = copy(LIBRARY, dir.resolve("lib"));
        Path store = root.resolve("_catalog/prices/aws/AmazonEC2/us-east-1.csv");
        Files.createDirectories(store.getParent());
        Files.writeString(store, "# negotiated\n" + PriceStore.HEADER + "\n"
                + "AmazonEC2,us-east-1,nat-gateway:hour,Hrs,0.04,2026-01-01,acme-contract-7,0,\n");
        ModuleCost c = Alexandria.open(root).cost("vpc-standard").estimate();
        CostLine nat = c.lines().stream().filter(l -> l.component().equals("NAT gateway")).findFirst().orElseThrow();
        // 730 x 0.04 = 29.20
        assertEquals(new BigDecimal("29.20"), nat.monthlyUsd().setScale(2));
        assertEquals("library-price-store", nat.price().orElseThrow().provider());
        assertEquals("acme-contract-7 (2026-01-01)", nat.price().orElseThrow().toString());
        assertTrue(c.priceSources().contains("apw:vpc (2025-12-06)"), c.priceSources().toString());
    }

    @Test
    void priceStore_malformedFileIsADataErrorOfTheFirstEstimate_notOfOpening(@TempDir Path dir) throws IOException {
        Path root = copy(LIBRARY, dir.resolve("lib"));
        Path store = root.resolve("_catalog/prices/aws/AmazonEC2/us-east-1.csv");
        Files.createDirectories(store.getParent());
        Files.writeString(store, PriceStore.HEADER + "\nAmazonEC2,us-east-1,nat-gateway:hour,Hrs\n");
        var lib = Alexandria.open(root); // commands that estimate nothing do not read the price store
        assertEquals("vpc-standard", lib.requireModule("vpc-standard").id().value());
        CatalogException e = assertThrows(CatalogException.class, () -> lib.cost("vpc-standard").estimate());
        assertEquals("_catalog/prices/aws/AmazonEC2/us-east-1.csv:2:1: a price row has 9 columns (" + PriceStore.HEADER
                + "), this one 4; re-import the offer file with alexandria import-prices", e.getMessage());
    }

    @Test
    void priceStore_aBadPriceCell_failsOnlyWhatReadsIt_atItsFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path root = copy(LIBRARY, dir.resolve("lib"));
        Path store = root.resolve("_catalog/prices/aws/AmazonEC2/us-east-1.csv");
        Files.createDirectories(store.getParent());
        Files.writeString(store, PriceStore.HEADER + "\n"
                + "AmazonEC2,us-east-1,nat-gateway:hour,Hrs,0.o4,2026-01-01,acme-contract-7,0,\n");
        Files.writeString(root.resolve("_catalog/prices/aws/AmazonEC2/eu-west-1.csv"), PriceStore.HEADER + "\n"
                + "AmazonEC2,eu-west-1,nat-gateway:hour,Hrs,0.05,2026-01-01,acme-contract-7,0,\n");
        var lib = Alexandria.open(root);
        CatalogException e = assertThrows(CatalogException.class, () -> lib.cost("vpc-standard").estimate());
        assertEquals("_catalog/prices/aws/AmazonEC2/us-east-1.csv:2:42: usd of nat-gateway:hour is '0.o4', not a "
                + "number of 0 or more; re-import the offer file with alexandria import-prices, or correct the cell",
                e.getMessage());
        // another region's prices are read as usual
        ModuleCost eu = lib.cost("vpc-standard").region("eu-west-1").estimate();
        CostLine nat = eu.lines().stream().filter(l -> l.component().equals("NAT gateway")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("36.50"), nat.monthlyUsd().setScale(2));
    }

    /** An offer file pricing the NAT gateway hour of us-east-1 at 0.05 USD per {@code unit}. */
    private static Path natOffer(Path dir, String unit) throws IOException {
        return Files.writeString(dir.resolve("natgw.json"), """
                {"formatVersion":"v1.0","disclaimer":"This pricing list is for informational purposes only.",
                 "offerCode":"AmazonEC2","version":"20260101000000","publicationDate":"2026-01-01T00:00:00Z",
                 "products":{"NATSKU":{"sku":"NATSKU","productFamily":"NAT Gateway","attributes":{
                   "servicecode":"AmazonEC2","regionCode":"us-east-1","usagetype":"NatGateway-Hours",
                   "operation":"NatGateway"}}},
                 "terms":{"OnDemand":{"NATSKU":{"NATSKU.JRTCKXETXF":{"sku":"NATSKU","offerTermCode":"JRTCKXETXF",
                   "effectiveDate":"2026-01-01T00:00:00Z","termAttributes":{},"priceDimensions":{
                   "NATSKU.JRTCKXETXF.6YS6EN2CT7":{"unit":"UNIT","beginRange":"0","endRange":"Inf",
                   "pricePerUnit":{"USD":"0.0500000000"},"description":"$0.05 per NAT Gateway Hour"}}}}}}}
                """.replace("UNIT", unit));
    }

    @Test
    void importPrices_writesTheStoreAndEstimatesUseIt(@TempDir Path dir) throws IOException {
        Path root = copy(LIBRARY, dir.resolve("lib"));
        Path offer = natOffer(dir, "Hrs");
        PriceImport result = Alexandria.importPrices(root, offer);
        assertEquals(List.of("_catalog/prices/aws/AmazonEC2/us-east-1.csv"), result.written());
        assertEquals(1, result.imported());
        assertEquals("""
                # Imported by alexandria import-prices from natgw.json
                # offer AmazonEC2, version 20260101000000, published 2026-01-01
                # This pricing list is for informational purposes only.
                service,region,resource_key,unit,usd,effective_date,source,begin_range,end_range
                AmazonEC2,us-east-1,nat-gateway:hour,Hrs,0.05,2026-01-01,aws-offer:AmazonEC2:20260101000000,0,
                """, Files.readString(root.resolve("_catalog/prices/aws/AmazonEC2/us-east-1.csv")));
        ModuleCost c = Alexandria.open(root).cost("vpc-standard").estimate();
        // 2 x 730 x 0.05 = 73.00 for the NAT gateways, + 2 x 3.65 = 80.30
        assertEquals(new BigDecimal("80.30"), c.fixedMonthlyUsd());
    }

    /**
     * An offer pricing a key per a unit no cost model counts in is refused as loading the store refuses such a row,
     * in the same words, before anything is written (it was written, and every estimate then failed on it).
     */
    @Test
    void importPrices_aUnitNoModelCountsIn_isRefusedAsLoadingRefusesIt_andNothingIsWritten(@TempDir Path dir)
            throws IOException {
        Path root = copy(LIBRARY, dir.resolve("lib"));
        Path offer = natOffer(dir, "furlongs");
        CatalogException e = assertThrows(CatalogException.class, () -> Alexandria.importPrices(root, offer));
        assertTrue(e.getMessage().startsWith("_catalog/prices/aws/AmazonEC2/us-east-1.csv:5:38: unit of "
                + "nat-gateway:hour is 'furlongs', which no cost model counts in; write the unit one usd is for, one "
                + "of Hrs, "), e.getMessage());
        assertFalse(Files.exists(root.resolve("_catalog/prices")));
    }

    @Test
    void importPrices_emptyOrBrokenFiles_sayWhatIsWrongWithThem(@TempDir Path dir) throws IOException {
        Path root = copy(LIBRARY, dir.resolve("lib"));
        String fix = "; give an AWS Price List offer file (.json or .csv) as downloaded from the AWS Price List bulk "
                + "API (importers: alexandria-aws-offer-importer)";
        Path empty = Files.writeString(dir.resolve("empty.json"), "\n  \n");
        assertEquals(empty + ": the file is empty" + fix, assertThrows(PriceImportException.class,
                () -> Alexandria.importPrices(root, empty)).getMessage());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"formatVersion\": \"v1.0\",\n  oops\n}\n");
        assertEquals(broken + ":3:3: not valid JSON: found 'o' where a name in double quotes belongs (\"name\": value); "
                + "the download may be cut short: download the offer file again" + fix, assertThrows(PriceImportException.class,
                () -> Alexandria.importPrices(root, broken)).getMessage());
        Path other = Files.writeString(dir.resolve("other.json"), "{\"name\": \"not an offer\"}\n");
        assertEquals(other + ": is JSON but not an AWS Price List offer file: it has no offerCode, products or "
                + "product key" + fix, assertThrows(PriceImportException.class,
                () -> Alexandria.importPrices(root, other)).getMessage());
        assertFalse(Files.exists(root.resolve("_catalog/prices")));
    }

    @Test
    void importPrices_refusedFileWritesNothing(@TempDir Path dir) throws IOException {
        Path root = copy(LIBRARY, dir.resolve("lib"));
        Path offer = Files.writeString(dir.resolve("notes.txt"), "hello");
        PriceImportException e = assertThrows(PriceImportException.class, () -> Alexandria.importPrices(root, offer));
        assertEquals(offer + ":1:1: is neither JSON nor a CSV offer file (those start with \"FormatVersion\"): it "
                + "starts with 'hello'; give an AWS Price List offer file (.json or .csv) as downloaded from the AWS "
                + "Price List bulk API (importers: alexandria-aws-offer-importer)", e.getMessage());
        assertFalse(Files.exists(root.resolve("_catalog/prices")));
    }

    @Test
    void importPrices_missingFile_saysNoSuchFile(@TempDir Path dir) throws IOException {
        Path root = copy(LIBRARY, dir.resolve("lib"));
        Path offer = dir.resolve("nope.json");
        CatalogException e = assertThrows(CatalogException.class, () -> Alexandria.importPrices(root, offer));
        assertEquals(offer + ": no such file; check the path (a relative path is read from the working directory)",
                e.getMessage());
        assertFalse(Files.exists(root.resolve("_catalog/prices")));
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
