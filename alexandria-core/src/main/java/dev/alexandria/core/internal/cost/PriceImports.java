package dev.alexandria.core.internal.cost;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.model.PriceImport;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.spi.cost.ImportSummary;
import dev.alexandria.spi.cost.Price;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Imports a cloud's price file into a library's price store: what to write, and what it says. */
public final class PriceImports {

    /**
     * An import ready to be written.
     *
     * @param files  each store file (absolute) and its text
     * @param result what the import did once the files are written
     */
    public record Prepared(Map<Path, String> files, PriceImport result) {
    }

    private PriceImports() {
    }

    /**
     * Reads a price file with the first importer that accepts it and prepares the store files: one per offer and
     * region under {@code _catalog/prices/<provider>/<offer>/<region>.csv}, merged into the file already there
     * (see {@link PriceStore}). Nothing is prepared if the importer
     * refuses the file.
     *
     * @param root      the library root
     * @param file      the price file
     * @param providers the providers (importers)
     * @return the files to write and the result
     * @throws CatalogException if the file does not exist or is a folder
     */
    public static Prepared prepare(Path root, Path file, CostProviders providers) {
        if (!Files.exists(file)) {
            throw new CatalogException(SourceLocation.of(file.toString()), "no such file; check the path (a relative "
                    + "path is read from the working directory)");
        }
        if (!Files.isRegularFile(file)) {
            throw new CatalogException(SourceLocation.of(file.toString()), "is not a file; give an AWS Price List "
                    + "offer file (.json or .csv)");
        }
        List<Price> prices = new ArrayList<>();
        ImportSummary s = providers.importPrices(file, prices::add);
        PriceStore.Merge merge = PriceStore.files(root, file, s, prices);
        Map<Path, String> files = merge.files();
        List<String> written = new ArrayList<>();
        files.keySet().forEach(p -> written.add(root.toAbsolutePath().relativize(p).toString()));
        return new Prepared(files, new PriceImport(file.toString(), s.service(), s.version(), s.publicationDate(),
                s.regions(), s.imported(), s.skipped(), written, s.disclaimer(),
                merge.added(), merge.replaced(), merge.kept(), merge.retained()));
    }
}
