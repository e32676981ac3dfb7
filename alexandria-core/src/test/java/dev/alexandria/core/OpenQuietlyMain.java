package dev.alexandria.core;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link QuietOpenTest}: opens a library with an empty cache and again with the warm
 * cache, and uses every module, so that every path of opening runs once in a fresh JVM.
 */
public final class OpenQuietlyMain {

    private OpenQuietlyMain() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        for (int i = 0; i < 2; i++) {
            Library lib = Alexandria.builder().root(root).cacheDirectory(cache).open();
            lib.modules().forEach(LibraryModule::interfaceSpec);
            lib.allFindings();
        }
        Alexandria.readSettings(root);
        Alexandria.builder().root(root).noCache().open().allFindings();
    }
}
