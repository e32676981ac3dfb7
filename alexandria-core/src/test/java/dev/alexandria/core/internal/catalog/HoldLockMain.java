package dev.alexandria.core.internal.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link CatalogStoreTest}: takes the catalog lock, prints {@code locked} and holds the
 * lock until its standard input closes.
 */
public final class HoldLockMain {

    private HoldLockMain() {
    }

    public static void main(String[] args) {
        CatalogStore.of(Path.of(args[0])).update(r -> {
            System.out.println("locked");
            System.out.flush();
            try {
                while (System.in.read() >= 0) {
                    // wait for the test to close our input
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return r;
        });
    }
}
