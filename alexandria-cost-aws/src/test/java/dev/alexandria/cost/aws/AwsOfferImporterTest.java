package dev.alexandria.cost.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.spi.cost.ImportSummary;
import dev.alexandria.spi.cost.Price;
import dev.alexandria.spi.cost.PriceImportException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer on every genuine sample of src/test/resources/offer-file-samples (see its README). */
class AwsOfferImporterTest {

    private final AwsOfferImporter importer = new AwsOfferImporter();

    private static Path sample(String name) {
        try {
            return Path.of(AwsOfferImporterTest.class.getResource("/offer-file-samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Result(ImportSummary summary, Map<String, Price> prices) {
        String price(String key) {
            Price p = prices.get(key);
            return p == null ? "none" : p.tiers().toString();
        }
    }

    private Result run(String name) {
        Map<String, Price> prices = new TreeMap<>();
        ImportSummary s = importer.importFile(sample(name), p -> prices.put(p.key().service() + "/"
                + p.key().region() + "/" + p.key().key(), p));
        return new Result(s, prices);
    }

    @Test
    void ecs_completeRegionFileWithTiersAndZeroMeters() {
        Result r = run("opencost_AmazonECS_us-east-1_2025-08-28.json");
        assertEquals(12, r.summary().products());
        assertEquals(10, r.prices().size(), r.prices().keySet().toString());
        assertEquals("[0-: 0.04048]", r.price("AmazonECS/us-east-1/fargate:vcpu-hour"));
        assertEquals("[0-: 0.004445]", r.price("AmazonECS/us-east-1/fargate:gb-hour"));
        assertEquals("[0-: 0.03238]", r.price("AmazonECS/us-east-1/fargate:arm:vcpu-hour"));
        // the 2-tier price: 0-2200 hours free, then $0.01025
        assertEquals("[0-2200: 0, 2200-: 0.01025]",
                r.price("AmazonECS/us-east-1/ecs-anywhere:instance-hour:with-free-tier"));
        // the $0 meters of ECS on EC2 are skipped, not imported as prices
        assertEquals(Long.valueOf(2), r.summary().skipped()
                .get("ECS on EC2 meter (no charge: only the instances are paid)"));
        Price vcpu = r.prices().get("AmazonECS/us-east-1/fargate:vcpu-hour");
        // AWS writes Fargate memory's unit as "hours": stored in the unit the cost models use
        assertEquals("GB-Hrs", r.prices().get("AmazonECS/us-east-1/fargate:gb-hour").unit());
        assertEquals("vCPU-Hrs", vcpu.unit());
        assertEquals("Hrs", r.prices().get("AmazonECS/us-east-1/ecs-anywhere:instance-hour:with-free-tier").unit());
        assertEquals("aws-offer:AmazonECS:20250828172723", vcpu.source());
        assertEquals(LocalDate.of(2025, 8, 1), vcpu.effectiveDate());
        assertEquals(LocalDate.of(2025, 8, 28), r.summary().publicationDate());
        assertTrue(r.summary().disclaimer().startsWith("This pricing list is for informational purposes only."));
    }

    @Test
    void ec2_capacityBlockZeroTwinIsSkipped() {
        Result r = run("opencost_AmazonEC2_us-east-1_trimmed_2024-05-28.json");
        assertEquals(List.of("AmazonEC2/us-east-1/instance:p4d.24xlarge:linux:shared"),
                new ArrayList<>(r.prices().keySet()));
        assertEquals("[0-: 32.7726]", r.price("AmazonEC2/us-east-1/instance:p4d.24xlarge:linux:shared"));
        assertEquals(Map.of("Capacity Block or other non-on-demand market option", 1L,
                "on-demand term of a product not kept (or not in the file)", 1L), r.summary().skipped());
    }

    @Test
    void ec2_reservedStyleTermUnderOnDemandAndNestedAttributesListAreSkipped() {
        Result r = run("opencost_AmazonEC2_us-east-2_trimmed_2023-03-22.json");
        // m5.large has only the reserved-style term (upfront fee 1161): no price for it, never $1161 an hour
        assertEquals("none", r.price("AmazonEC2/us-east-2/instance:m5.large:linux:shared"));
        assertEquals("[0-: 0.08]", r.price("AmazonEC2/us-east-2/ebs:gp3"));
        // the NLB hour sits in the EC2 offer here; it is filed under AWSELB where the models look
        assertEquals("[0-: 0.0225]", r.price("AWSELB/us-east-2/nlb:hour"));
        assertEquals(2, r.prices().size());
        assertEquals(Long.valueOf(1), r.summary().skipped()
                .get("reserved-style term (upfront fee or lease) filed under OnDemand"));
        assertEquals(Long.valueOf(1), r.summary().skipped()
                .get("instance OS or licence other than Linux without software"));
    }

    @Test
    void cny_isRefusedWithFileLineAndWhy() {
        Path file = sample("opencost_AmazonEC2_cn-northwest-1_trimmed_2023-03-14.json");
        List<Price> got = new ArrayList<>();
        PriceImportException e = assertThrows(PriceImportException.class, () -> importer.importFile(file, got::add));
        assertEquals(file + ":31:40: prices are in CNY, not USD: Alexandria estimates in USD and never converts "
                + "currencies (an AWS China offer file, cn-* regions, is priced in CNY); import the offer file of an "
                + "AWS commercial region instead", e.getMessage());
        assertTrue(got.isEmpty(), "nothing reaches the sink of a refused file");
    }

    @Test
    void spinnaker_manyReservedTermsAndProductsThatDoNotJoin() {
        Path file = sample("spinnaker-clouddriver_AmazonEC2_us-west-2_excerpt_2018-05-04.json");
        PriceImportException e = assertThrows(PriceImportException.class, () -> importer.importFile(file, p -> {
        }));
        assertEquals(file + ": no price Alexandria uses in this AmazonEC2 offer file: 7 products, 2 on-demand terms; "
                + "skipped: 1 EC2 product family 'Data Transfer' not used by the models, 6 instance OS or licence "
                + "other than Linux without software, 2 on-demand term of a product not kept (or not in the file), "
                + "107 reserved term; the AWS models use EC2 instances (Linux, shared tenancy, on-demand), EBS, NAT "
                + "gateways, load balancers, public IPv4, VPC endpoints, Transit Gateway, ECS and EKS Fargate, RDS "
                + "PostgreSQL/MySQL and ElastiCache nodes", e.getMessage());
    }

    @Test
    void getProductsItem_ofTheQueryApiIsImported() {
        Result r = run("ec2-instance-selector_GetProducts_PriceListItem_m5.large_us-east-1.json");
        assertEquals("[0-: 0.096]", r.price("AmazonEC2/us-east-1/instance:m5.large:linux:shared"));
        assertEquals(Map.of("reserved term", 12L), r.summary().skipped());
        assertEquals("20210205204500", r.summary().version());
    }

    @Test
    void csv_layoutWithMetadataLinesAndLocationNames() {
        Result r = run("terracost_AmazonEC2_eu-west-3_excerpt_2020-10-19.csv");
        assertEquals(5, r.prices().size(), r.prices().keySet().toString());
        assertEquals("[0-: 0.053]", r.price("AmazonEC2/eu-west-3/ebs:st1"));
        assertEquals("[0-: 0.116]", r.price("AmazonEC2/eu-west-3/ebs:gp2"));
        assertEquals("[0-: 0.145]", r.price("AmazonEC2/eu-west-3/ebs:io1"));
        assertEquals("[0-: 0.076]", r.price("AmazonEC2/eu-west-3/ebs:io1-iops"));
        assertEquals("[0-: 0.000000058]", r.price("AmazonEC2/eu-west-3/ebs:standard-io-requests"));
        assertEquals("AmazonEC2", r.summary().service());
        assertEquals(LocalDate.of(2020, 10, 19), r.summary().publicationDate());
    }

    @Test
    void accepts_onlyOfferFiles(@TempDir Path dir) throws IOException {
        for (String name : List.of("opencost_AmazonECS_us-east-1_2025-08-28.json",
                "terracost_AmazonEC2_eu-west-3_excerpt_2020-10-19.csv",
                "ec2-instance-selector_GetProducts_PriceListItem_m5.large_us-east-1.json")) {
            assertTrue(importer.accepts(sample(name)), name);
        }
        Path other = Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");
        assertFalse(importer.accepts(other));
        assertFalse(importer.accepts(dir.resolve("missing.json")));
    }

    @Test
    void truncatedJson_isADataErrorWithItsLine(@TempDir Path dir) throws IOException {
        String whole = Files.readString(sample("opencost_AmazonECS_us-east-1_2025-08-28.json"));
        Path cut = Files.writeString(dir.resolve("cut.json"), whole.substring(0, whole.length() / 2));
        PriceImportException e = assertThrows(PriceImportException.class, () -> importer.importFile(cut, p -> {
        }));
        // the parser's own text (Unexpected end-of-input, [Source: REDACTED ...]) never reaches the user
        assertEquals(cut + ":230:8: not valid JSON: the file ends before the '}' closing the object opened at line "
                + "229, column 32; download the offer file again (a partial download ends early)", e.getMessage());
    }

    @Test
    void misplacedCloseMarker_namesWhereTheObjectWasOpenedNotTheParsersSource(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"formatVersion\":\"v1.0\",\"offerCode\":\"AmazonEC2\","
                + "\"products\":{\"x\": {\"sku\": 5 ]}}");
        PriceImportException e = assertThrows(PriceImportException.class, () -> importer.importFile(bad, p -> {
        }));
        assertEquals(bad + ":1:76: not valid JSON: ']' where '}' should close the object opened at line 1, column "
                + "66; correct the JSON there, or download the offer file again if it was edited or damaged",
                e.getMessage());
    }

    @Test
    void csvWithAShortRow_isADataErrorWithItsLine(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(sample("terracost_AmazonEC2_eu-west-3_excerpt_2020-10-19.csv")));
        lines.set(8, "\"ESSUD2HPZGKYTEST\",\"JRTCKXETXF\"");
        Path bad = Files.write(dir.resolve("bad.csv"), lines);
        PriceImportException e = assertThrows(PriceImportException.class, () -> importer.importFile(bad, p -> {
        }));
        assertEquals(bad + ":9: a row has 2 columns, the header 83; the file is damaged or truncated: download it "
                + "again", e.getMessage());
    }
}
