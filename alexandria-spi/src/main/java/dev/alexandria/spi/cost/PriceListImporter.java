package dev.alexandria.spi.cost;

import dev.alexandria.spi.Provider;
import dev.alexandria.spi.ProviderDescriptor;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a cloud's own price files (for AWS, the Price List bulk offer files in JSON or CSV) and turns the
 * prices that its resource cost models use into {@link Price}s with that provider's keys, so a library can keep
 * them in its price store ({@code _catalog/prices/}), where they take precedence over bundled prices.
 *
 * <p>Found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.alexandria.spi.cost.PriceListImporter}) or registered explicitly. Alexandria
 * asks each importer, by descending priority, whether it {@link #accepts(Path) accepts} a file.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>{@link #accepts(Path)} MUST NOT read more than the start of the file (a few KB) and MUST NOT throw for
 *       a file it does not recognise.</li>
 *   <li>{@link #importFile(Path, Consumer)} MUST stream: a file of several hundred MB must import in a heap of
 *       256 MB. It MUST refuse, with a {@link PriceImportException} naming the file (and line where there is
 *       one), a file it cannot read or whose prices are not in USD, and MUST hand the sink only on-demand prices
 *       it is sure of (no reserved terms, no $0 twins of priced products).</li>
 *   <li>Imported prices MUST name their source (the offer file's code and version) and effective date.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public interface PriceListImporter extends Provider {

    /** The version of this SPI: {@value}. */
    int SPI_VERSION = 1;

    /** @return the provider's name, priority and SPI version; the same object on every call */
    ProviderDescriptor descriptor();

    /**
     * Whether this importer reads a file, judged from its name and first bytes.
     *
     * @param file a price file
     * @return true if {@link #importFile(Path, Consumer)} should be given the file
     */
    boolean accepts(Path file);

    /**
     * Imports a price file.
     *
     * @param file the file
     * @param sink receives each price, once per key
     * @return what was read, imported and skipped
     * @throws PriceImportException if the file cannot be read, is malformed, or is refused (another currency)
     */
    ImportSummary importFile(Path file, Consumer<Price> sink);
}
