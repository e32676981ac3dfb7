package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the release step needs of a library's catalog: the registry, the text its files would have, the catalog
 * lock and atomic file replacement. The catalog package's store implements it, so this package does not depend
 * on that one (it depends on this).
 */
public interface CatalogWriter {

    /** @return the registry as it is on disk */
    ModuleRegistry readRegistry();

    /**
     * @param registry the registry to write
     * @return the registry file's new text, checked to read back as {@code registry}
     */
    String previewRegistry(ModuleRegistry registry);

    /**
     * @param modulePath the module's path below {@code _library}
     * @param metadata   the metadata to write
     * @return the module's {@code .alexandria.yaml} new text, checked to read back as {@code metadata}
     */
    String previewMetadata(String modulePath, ModuleMetadata metadata);

    /**
     * Runs work under the catalog lock.
     *
     * @param work the work; it writes with {@link #replaceFile} only
     * @param <T>  its result
     * @return what it returned
     */
    <T> T withLock(Supplier<T> work);

    /**
     * Replaces a file atomically.
     *
     * @param file    the file
     * @param text    its new text
     * @param display the file as messages name it
     */
    void replaceFile(Path file, String text, String display);
}
