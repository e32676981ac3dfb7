package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.Migration;
import java.nio.file.Path;

/**
 * Starts a {@link Migration} into a library: what {@link dev.alexandria.api.Library#migrate(Path)} of the
 * libraries this package opens calls. Given by the opener ({@code Alexandria}), because the migrate package reads
 * YAML through this one and this one cannot depend on it. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface MigrationFactory {

    /** For libraries opened without one (the package's own tests): migrating is refused. */
    MigrationFactory NONE = (folder, libraryRoot) -> {
        throw new UnsupportedOperationException("this library was opened without migration support; open it with"
                + " Alexandria.open to migrate into it");
    };

    /**
     * @param folder      the folder of flat modules to migrate
     * @param libraryRoot the library's root, where the modules go
     * @return a new migration of {@code folder} into {@code libraryRoot}
     */
    Migration start(Path folder, Path libraryRoot);
}
