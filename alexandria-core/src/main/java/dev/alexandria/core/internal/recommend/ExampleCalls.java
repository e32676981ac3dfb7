package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.core.internal.cache.CacheInput;
import dev.alexandria.core.internal.cache.CacheOutput;
import dev.alexandria.core.internal.cache.FileStamp;
import dev.alexandria.core.internal.cache.LibraryCache;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module calls' sources of a library's example folders, from one entry of the library's cache (kind
 * {@value #KIND}) while every example folder and its configuration files are the same, else read as HCL.
 *
 * <p>The entry names every example folder and the configuration files of each (relative to the library root),
 * and holds the stamps of those files ({@link LibraryCache}: size, modification and change time, or the content digest
 * when they changed or were racily clean), so an example folder added or removed, a configuration file added,
 * removed or renamed, and a changed file each make it miss; the examples are then all read again and the entry
 * replaced. A folder with a configuration file that is not a plain file (a link) is never cached: its folders are
 * read as HCL on every request. Without a cache folder ({@code --no-cache}) only the folders asked for are read.
 */
final class ExampleCalls {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleCalls.class);

    /** The kind of the cache entry. */
    static final String KIND = "examples";
    /** The key of the cache entry; its kind keeps it apart from every module's entries. */
    static final String KEY = ":examples";

    /** How many example folders were read as HCL in this JVM: what the cache saves, for tests. */
    static final java.util.concurrent.atomic.AtomicInteger READS = new java.util.concurrent.atomic.AtomicInteger();

    private ExampleCalls() {
    }

    /**
     * @param library the library
     * @param root    its root, absolute and normalised
     * @param all     every example folder of the library, in a fixed order
     * @param wanted  the folders whose calls are asked for, among {@code all}
     * @return the sources of the module calls of each wanted folder that could be read, in the order of its
     *         interface's module calls; a folder whose reading failed is left out
     */
    static Map<Path, List<String>> of(Library library, Path root, List<Path> all, Set<Path> wanted) {
        Optional<Path> directory = library.cacheDirectory();
        Optional<ConfigListing> listing = directory.isPresent() ? ConfigListing.of(root, all) : Optional.empty();
        if (listing.isEmpty()) {
            return read(all, wanted);
        }
        LibraryCache cache = LibraryCache.in(directory.get(), root);
        ConfigListing current = listing.get();
        Optional<CacheInput> hit = cache.lookupModule(KEY, KIND,
                stored -> stored.equals(current.context()) ? Optional.of(current.files()) : Optional.empty());
        if (hit.isPresent()) {
            try {
                CacheInput in = hit.get();
                Map<Path, List<String>> out = new HashMap<>();
                for (Path folder : all) {
                    boolean read = in.readBoolean();
                    List<String> sources = read ? in.readStrings() : null;
                    if (read && wanted.contains(folder)) {
                        out.put(folder, sources);
                    }
                }
                if (in.atEnd()) {
                    return out;
                }
            } catch (RuntimeException e) {
                LOG.debug("ignoring the cache entry of the examples", e);
            }
        }
        // Stamped before the inspector reads them, so a file changed meanwhile makes the next lookup miss.
        Optional<List<FileStamp>> stamps = current.stamps();
        Map<Path, List<String>> every = read(all, Set.copyOf(all));
        if (stamps.isPresent()) {
            CacheOutput out = CacheOutput.create();
            for (Path folder : all) {
                List<String> sources = every.get(folder);
                out.writeBoolean(sources != null);
                if (sources != null) {
                    out.writeStrings(sources);
                }
            }
            cache.storeModule(KEY, KIND, current.context(), stamps.get(), out);
        }
        Map<Path, List<String>> out = new HashMap<>();
        for (Path folder : wanted) {
            List<String> sources = every.get(folder);
            if (sources != null) {
                out.put(folder, sources);
            }
        }
        return out;
    }

    /** Reads the wanted folders as HCL; a folder the inspector fails on is left out (logged). */
    private static Map<Path, List<String>> read(List<Path> all, Set<Path> wanted) {
        ModuleInspector inspector = new ModuleInspector();
        Map<Path, List<String>> out = new HashMap<>();
        for (Path folder : all) {
            if (!wanted.contains(folder) || out.containsKey(folder)) {
                continue;
            }
            READS.incrementAndGet();
            try {
                List<ModuleCallRef> calls = inspector.inspect(folder).moduleCalls();
                List<String> sources = new ArrayList<>(calls.size());
                for (ModuleCallRef c : calls) {
                    sources.add(c.source());
                }
                out.put(folder, sources);
            } catch (RuntimeException ex) {
                LOG.debug("example {} not read for recommendations: {}", folder, ex.getMessage());
            }
        }
        return out;
    }
}
