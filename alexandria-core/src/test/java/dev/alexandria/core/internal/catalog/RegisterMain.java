package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.Version;
import java.nio.file.Path;
import java.time.LocalDate;

/** Run in a separate JVM by {@link CatalogStoreTest}: registers {@code <prefix>.0} … of one module. */
public final class RegisterMain {

    private RegisterMain() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        String id = args[1];
        String prefix = args[2];
        int count = Integer.parseInt(args[3]);
        CatalogStore store = CatalogStore.of(root);
        for (int i = 0; i < count; i++) {
            RegisteredVersion v = new RegisteredVersion(Version.parse(prefix + "." + i), LocalDate.of(2026, 10, 2),
                    MaturityLevel.STABLE, "From another process.");
            store.update(r -> r.with(r.entry(id).orElseThrow().withVersion(v)));
        }
    }
}
