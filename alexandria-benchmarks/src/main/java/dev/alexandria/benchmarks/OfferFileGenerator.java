package dev.alexandria.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes an AWS Price List EC2 offer file of a given size by repeating the structure of the genuine samples in
 * {@code alexandria-cost-aws/src/test/resources/offer-file-samples}: Linux on-demand products with their
 * {@code marketoption=CapacityBlock} $0 twins (the opencost us-east-1 sample), Windows/licensed products (skipped
 * by the importer), and for every product an OnDemand term and the Reserved terms with upfront fees of the
 * spinnaker sample. Products come first, then the terms, as in AWS's files. Deterministic: the same size gives the
 * same file.
 *
 * <p>Streams its output: a file of several hundred MB never sits in memory.
 *
 * @since 0.1.0
 */
public final class OfferFileGenerator {

    /** What a generated file holds, for checking an import of it. */
    public record Generated(long bytes, int products, int linuxOnDemand, int distinctKeys) {
    }

    private static final String[] FAMILIES = {"m5", "c5", "r5", "m6i", "c6i", "r6i", "m7i", "t3", "g5", "p4d"};
    private static final String[] SIZES = {"large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge",
        "16xlarge", "24xlarge", "metal"};
    private static final String[] RESERVED = {"4NA7Y494T4", "CUZHX8X6JH", "HU7G6KETJZ", "MZU6U2429S", "NQ3QZPMQV9",
        "R5XV2EPZQZ", "VJWZNREJX2", "Z2E3P23VKM"};

    private OfferFileGenerator() {
    }

    /**
     * Writes a file of at least {@code targetBytes}.
     *
     * @param file        the file to write
     * @param targetBytes its size, at least (products are added until the products and terms reach it)
     * @return what it holds
     * @throws IOException if it cannot be written
     */
    public static Generated write(Path file, long targetBytes) throws IOException {
        // one product with its terms is about 5.3 KB: at least the target size
        int products = (int) Math.max(3, targetBytes / 5_000);
        int linux = 0;
        java.util.Set<String> keys = new java.util.HashSet<>();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("{\n  \"formatVersion\" : \"v1.0\",\n  \"disclaimer\" : \"This pricing list is for informational "
                    + "purposes only. All prices are subject to the additional terms included in the pricing pages on "
                    + "http://aws.amazon.com.\",\n  \"offerCode\" : \"AmazonEC2\",\n  \"version\" : \"20240528203522\","
                    + "\n  \"publicationDate\" : \"2024-05-28T20:35:22Z\",\n  \"products\" : {\n");
            for (int i = 0; i < products; i++) {
                Kind k = kind(i);
                if (k == Kind.LINUX) {
                    linux++;
                    keys.add(type(i));
                }
                w.write(product(i, k));
                w.write(i + 1 < products ? ",\n" : "\n");
            }
            w.write("  },\n  \"terms\" : {\n    \"OnDemand\" : {\n");
            for (int i = 0; i < products; i++) {
                w.write(onDemand(i, kind(i)));
                w.write(i + 1 < products ? ",\n" : "\n");
            }
            w.write("    },\n    \"Reserved\" : {\n");
            for (int i = 0; i < products; i++) {
                w.write(reserved(i));
                w.write(i + 1 < products ? ",\n" : "\n");
            }
            w.write("    }\n  },\n  \"attributesList\" : { }\n}");
        }
        return new Generated(Files.size(file), products, linux, keys.size());
    }

    private enum Kind { LINUX, CAPACITY_BLOCK, WINDOWS }

    private static Kind kind(int i) {
        return switch (i % 3) {
            case 0 -> Kind.LINUX;
            case 1 -> Kind.CAPACITY_BLOCK;
            default -> Kind.WINDOWS;
        };
    }

    /** The instance type of product i; a Linux product and its Capacity Block twin share it. */
    static String type(int i) {
        int n = i / 3;
        return FAMILIES[n % FAMILIES.length] + (n / (FAMILIES.length * SIZES.length) == 0 ? ""
                : "x" + n / (FAMILIES.length * SIZES.length)) + "." + SIZES[(n / FAMILIES.length) % SIZES.length];
    }

    static String sku(int i) {
        return String.format(Locale.ROOT, "GEN%013d", i);
    }

    /** The hourly price of a Linux product's type, deterministic so duplicates agree. */
    static String price(int i) {
        return String.format(Locale.ROOT, "%.10f", 0.01 + (i / 3 % 997) * 0.0131);
    }

    private static String product(int i, Kind k) {
        String os = k == Kind.WINDOWS ? "Windows" : "Linux";
        String operation = switch (k) {
            case LINUX -> "RunInstances";
            case CAPACITY_BLOCK -> "RunInstances:CB";
            default -> "RunInstances:0002";
        };
        String market = k == Kind.CAPACITY_BLOCK ? "CapacityBlock" : "OnDemand";
        return "    \"" + sku(i) + "\" : {\n      \"sku\" : \"" + sku(i) + "\",\n      \"productFamily\" : \"Compute "
                + "Instance\",\n      \"attributes\" : {\n        \"servicecode\" : \"AmazonEC2\",\n        "
                + "\"location\" : \"US East (N. Virginia)\",\n        \"locationType\" : \"AWS Region\",\n        "
                + "\"instanceType\" : \"" + type(i) + "\",\n        \"currentGeneration\" : \"Yes\",\n        "
                + "\"instanceFamily\" : \"General purpose\",\n        \"vcpu\" : \"8\",\n        \"physicalProcessor\" "
                + ": \"Intel Xeon Platinum 8275L\",\n        \"clockSpeed\" : \"3 GHz\",\n        \"memory\" : \"32 GiB"
                + "\",\n        \"storage\" : \"EBS only\",\n        \"networkPerformance\" : \"Up to 10 Gigabit\",\n"
                + "        \"processorArchitecture\" : \"64-bit\",\n        \"tenancy\" : \"Shared\",\n        "
                + "\"operatingSystem\" : \"" + os + "\",\n        \"licenseModel\" : \"No License required\",\n        "
                + "\"usagetype\" : \"BoxUsage:" + type(i) + "\",\n        \"operation\" : \"" + operation + "\",\n    "
                + "    \"availabilityzone\" : \"NA\",\n        \"capacitystatus\" : \"Used\",\n        "
                + "\"classicnetworkingsupport\" : \"false\",\n        \"dedicatedEbsThroughput\" : \"Up to 2120 Mbps\""
                + ",\n        \"ecu\" : \"10\",\n        \"enhancedNetworkingSupported\" : \"Yes\",\n        "
                + "\"gpuMemory\" : \"NA\",\n        \"intelAvxAvailable\" : \"Yes\",\n        \"intelAvx2Available\" : "
                + "\"Yes\",\n        \"intelTurboAvailable\" : \"Yes\",\n        \"marketoption\" : \"" + market
                + "\",\n        \"normalizationSizeFactor\" : \"4\",\n        \"preInstalledSw\" : \"NA\",\n        "
                + "\"processorFeatures\" : \"Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo\",\n        "
                + "\"regionCode\" : \"us-east-1\",\n        \"servicename\" : \"Amazon Elastic Compute Cloud\",\n    "
                + "    \"vpcnetworkingsupport\" : \"true\"\n      }\n    }";
    }

    private static String onDemand(int i, Kind k) {
        String usd = k == Kind.CAPACITY_BLOCK ? "0.0000000000" : price(i);
        String s = sku(i);
        return "      \"" + s + "\" : {\n        \"" + s + ".JRTCKXETXF\" : {\n          \"offerTermCode\" : "
                + "\"JRTCKXETXF\",\n          \"sku\" : \"" + s + "\",\n          \"effectiveDate\" : "
                + "\"2024-05-01T00:00:00Z\",\n          \"priceDimensions\" : {\n            \"" + s
                + ".JRTCKXETXF.6YS6EN2CT7\" : {\n              \"rateCode\" : \"" + s + ".JRTCKXETXF.6YS6EN2CT7\",\n"
                + "              \"description\" : \"$" + usd + " per On Demand Instance Hour\",\n              "
                + "\"beginRange\" : \"0\",\n              \"endRange\" : \"Inf\",\n              \"unit\" : \"Hrs\",\n"
                + "              \"pricePerUnit\" : {\n                \"USD\" : \"" + usd + "\"\n              },\n"
                + "              \"appliesTo\" : [ ]\n            }\n          },\n          \"termAttributes\" : { }\n"
                + "        }\n      }";
    }

    private static String reserved(int i) {
        String s = sku(i);
        StringBuilder b = new StringBuilder("      \"" + s + "\" : {\n");
        for (int t = 0; t < 4; t++) {
            String code = RESERVED[(i + t) % RESERVED.length];
            b.append("        \"").append(s).append('.').append(code).append("\" : {\n          \"priceDimensions\" : "
                    + "{\n            \"").append(s).append('.').append(code).append(".2TG2D8R56U\" : {\n              "
                    + "\"unit\" : \"Quantity\",\n              \"description\" : \"Upfront Fee\",\n              "
                    + "\"appliesTo\" : [ ],\n              \"rateCode\" : \"").append(s).append('.').append(code)
                    .append(".2TG2D8R56U\",\n              \"pricePerUnit\" : {\n                \"USD\" : \"1161\"\n"
                    + "              }\n            }\n          },\n          \"sku\" : \"").append(s)
                    .append("\",\n          \"effectiveDate\" : \"2019-01-01T00:00:00Z\",\n          \"offerTermCode\" "
                    + ": \"").append(code).append("\",\n          \"termAttributes\" : {\n            "
                    + "\"LeaseContractLength\" : \"3yr\",\n            \"OfferingClass\" : \"convertible\",\n       "
                    + "     \"PurchaseOption\" : \"All Upfront\"\n          }\n        }").append(t < 3 ? ",\n" : "\n");
        }
        return b.append("      }").toString();
    }
}
