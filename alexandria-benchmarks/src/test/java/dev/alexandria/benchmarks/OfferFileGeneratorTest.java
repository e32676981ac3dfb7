package dev.alexandria.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.cost.aws.AwsOfferImporter;
import dev.alexandria.spi.cost.ImportSummary;
import dev.alexandria.spi.cost.Price;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small generated offer file imports to exactly what it holds (the 500 MB run is ImportBenchmark's). */
class OfferFileGeneratorTest {

    @Test
    void generatedFile_importsItsLinuxOnDemandPricesAndSkipsTheRest(@TempDir Path dir) throws IOException {
        OfferFileGenerator.Generated g = OfferFileGenerator.write(dir.resolve("offer.json"), 3_000_000);
        assertTrue(g.bytes() >= 3_000_000, "size " + g.bytes());
        Map<String, Price> prices = new HashMap<>();
        ImportSummary s = new AwsOfferImporter().importFile(dir.resolve("offer.json"),
                p -> prices.put(p.key().key(), p));
        assertEquals(g.products(), s.products());
        assertEquals(g.distinctKeys(), prices.size());
        assertEquals(g.distinctKeys(), s.imported());
        // every product has 4 reserved terms; a third are Capacity Block twins at $0; a third are Windows
        assertEquals(Long.valueOf(4L * g.products()), s.skipped().get("reserved term"));
        assertEquals(Long.valueOf(g.products() / 3 + (g.products() % 3 > 1 ? 1 : 0)),
                s.skipped().get("Capacity Block or other non-on-demand market option"));
        Price first = prices.get("instance:" + OfferFileGenerator.type(0) + ":linux:shared");
        assertEquals(0, new BigDecimal(OfferFileGenerator.price(0)).compareTo(first.firstUnitPrice()));
    }
}
