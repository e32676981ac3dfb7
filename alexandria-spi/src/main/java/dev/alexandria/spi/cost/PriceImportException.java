package dev.alexandria.spi.cost;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.model.SourceLocation;

/**
 * A price file that cannot be imported: unreadable, malformed, or refused (prices in another currency than USD,
 * no price Alexandria uses). The message names the file, the line and column where there is one, what is wrong
 * and how to fix it. The CLI maps it, as every data error, to exit code 3.
 *
 * @since 0.1.0
 */
public class PriceImportException extends CatalogException {

    private static final long serialVersionUID = 1L;

    /**
     * @param location the file, with line and column where known
     * @param message  what is wrong and how to fix it (the location is prefixed)
     */
    public PriceImportException(SourceLocation location, String message) {
        super(location, message);
    }

    /**
     * @param location the file, with line and column where known
     * @param message  what is wrong and how to fix it (the location is prefixed)
     * @param cause    the underlying failure, kept
     */
    public PriceImportException(SourceLocation location, String message, Throwable cause) {
        super(location, message, cause);
    }
}
