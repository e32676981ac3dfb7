package dev.alexandria.cost.aws;

import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.cost.ImportSummary;
import dev.alexandria.spi.cost.Price;
import dev.alexandria.spi.cost.PriceImportException;
import dev.alexandria.spi.cost.PriceListImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports AWS Price List files: the bulk offer files of one service and region (or all regions), in JSON or CSV,
 * as downloaded from {@code https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/<offerCode>/current/...}, and
 * Price List Query API {@code GetProducts} items. It keeps the on-demand prices of the products the
 * {@link AwsResourceCostModel} prices, under the snapshot's keys, so imported prices replace the bundled ones.
 *
 * <p>Files are streamed (Jackson's token parser for JSON, one row at a time for CSV): a region's EC2 file of
 * several hundred MB imports in a 256 MB heap. What it refuses, with the file and line: a file that is not valid
 * JSON or CSV, prices in another currency than USD (AWS China files are in CNY), a file with no price the models
 * use. What it skips and counts: reserved terms, reserved-style terms filed under {@code OnDemand}, Capacity Block
 * and other non-on-demand products and their $0 twins, Windows and licensed-software instances, dedicated tenancy,
 * products of services the models do not price.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class AwsOfferImporter implements PriceListImporter {

    private static final Logger LOG = LoggerFactory.getLogger(AwsOfferImporter.class);
    private static final ProviderDescriptor DESCRIPTOR =
            new ProviderDescriptor("alexandria-aws-offer-importer", 0, SPI_VERSION);

    /** Creates the importer. */
    public AwsOfferImporter() {
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean accepts(Path file) {
        Objects.requireNonNull(file, "file");
        String start = start(file);
        return switch (format(file, start)) {
            case JSON -> start.contains("\"offerCode\"") || start.contains("\"serviceCode\"")
                    || start.contains("\"products\"") || start.contains("\"product\"");
            case CSV -> start.startsWith("\"FormatVersion\"") || start.startsWith("FormatVersion");
            case UNKNOWN -> false;
        };
    }

    @Override
    public ImportSummary importFile(Path file, Consumer<Price> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        if (!Files.isRegularFile(file)) {
            throw new PriceImportException(SourceLocation.of(file.toString()), "no such file; give the path of an "
                    + "AWS Price List offer file (.json or .csv)");
        }
        OfferCollector collector = new OfferCollector(file);
        switch (format(file, start(file))) {
            case JSON -> new OfferJsonReader(file, collector).read();
            case CSV -> new OfferCsvReader(file, collector).read();
            default -> throw new PriceImportException(SourceLocation.of(file.toString()), "not an AWS Price List "
                    + "offer file: expected JSON (starting with '{') or the CSV layout (starting with "
                    + "\"FormatVersion\")");
        }
        ImportSummary summary = collector.finish(sink);
        LOG.debug("imported {} prices of {} from {} ({} products; skipped {})", summary.imported(),
                summary.service(), file, summary.products(), summary.skipped());
        return summary;
    }

    /** @return {@code alexandria-aws-offer-importer} */
    @Override
    public String toString() {
        return DESCRIPTOR.name();
    }

    private enum Format { JSON, CSV, UNKNOWN }

    private static Format format(Path file, String start) {
        String trimmed = start.stripLeading();
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("{")) {
            return Format.JSON;
        }
        if (trimmed.startsWith("\"FormatVersion\"") || trimmed.startsWith("FormatVersion") || name.endsWith(".csv")) {
            return Format.CSV;
        }
        return name.endsWith(".json") ? Format.JSON : Format.UNKNOWN;
    }

    private static String start(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            String s = new String(head, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (IOException e) {
            return "";
        }
    }
}
