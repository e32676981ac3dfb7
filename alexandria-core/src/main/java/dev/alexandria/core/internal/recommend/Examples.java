package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules each example configuration calls: every folder with {@code .tf} files under a module's
 * {@code examples/} and under the library's {@code _examples/}. An example of a module that calls it by
 * {@code ../..} counts as using that module.
 */
final class Examples {

    private static final Logger LOG = LoggerFactory.getLogger(Examples.class);
    private static final int MAX_DEPTH = 4;

    private Examples() {
    }

    /**
     * @param library the library
     * @return each example (named by its path under the library root) with the ids of the modules it uses,
     *         sorted; examples using fewer than two modules are left out, as they show no co-usage
     */
    static Map<String, Set<String>> of(Library library) {
        return of(library, null);
    }

    /**
     * The examples that may use one module: its own, and the others whose {@code .tf} text names its folder, its
     * id or its id without the first word (the collection's name: {@code s3-log-storage} in
     * {@code cloudposse/s3-log-storage/aws}); only those are read as HCL, so that a request does not parse every
     * example of the library.
     *
     * @param library the library
     * @param target  the module the examples must use, or null for every example
     * @return as {@link #of(Library)}, limited to examples that may use the target
     */
    static Map<String, Set<String>> of(Library library, LibraryModule target) {
        Path root = library.root().toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>();
        for (LibraryModule m : library.modules()) {
            List<Path> own = tfFolders(m.directory().resolve("examples"));
            folders.addAll(target == null || m.id().equals(target.id()) ? own
                    : own.stream().filter(f -> mentions(f, target)).toList());
        }
        tfFolders(root.resolve("_examples")).stream().filter(f -> target == null || mentions(f, target))
                .forEach(folders::add);
        ModuleInspector inspector = new ModuleInspector();
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path folder : folders) {
            Set<String> ids = new TreeSet<>();
            try {
                for (ModuleCallRef call : inspector.inspect(folder).moduleCalls()) {
                    Relations.resolve(library, folder, call.source()).ifPresent(d -> ids.add(d.id().value()));
                }
            } catch (RuntimeException e) {
                LOG.debug("example {} not read for recommendations: {}", folder, e.getMessage());
                continue;
            }
            if (ids.size() >= 2) {
                uses.put(root.relativize(folder.toAbsolutePath().normalize()).toString().replace('\\', '/'), ids);
            }
        }
        return uses;
    }

    private static List<Path> tfFolders(Path top) {
        if (!Files.isDirectory(top)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(top, MAX_DEPTH)) {
            return s.filter(Files::isDirectory).filter(Examples::hasTf).sorted().toList();
        } catch (IOException | RuntimeException e) {
            LOG.debug("examples under {} not listed: {}", top, e.getMessage());
            return List.of();
        }
    }

    private static boolean mentions(Path folder, LibraryModule target) {
        String id = target.id().value();
        List<String> names = new ArrayList<>(List.of(id, target.directory().getFileName().toString()));
        int dash = id.indexOf('-');
        if (dash > 0 && dash < id.length() - 1) {
            names.add(id.substring(dash + 1));
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".tf")).sorted().toList()) {
                String text = Files.readString(f);
                if (names.stream().anyMatch(text::contains)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return true; // read it as HCL, which reports what is wrong
        }
    }

    private static boolean hasTf(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".tf") && Files.isRegularFile(p));
        } catch (IOException e) {
            return false;
        }
    }
}
