package dev.alexandria.core.internal.migrate;

import dev.alexandria.api.model.SkippedFolder;
import dev.alexandria.core.internal.text.SymbolicLinks;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the modules below a migrated folder: every folder with {@code *.tf} or {@code *.tf.json} files among
 * its sub-folders (grouping folders without any are looked through), and inside a module the nested modules of
 * its {@code modules/} folder. Skips {@code examples/}, {@code example/}, {@code test/}, {@code tests/},
 * hidden folders such as {@code .terraform/} and {@code .git/}, and the library's own {@code _library/},
 * {@code _catalog/}, {@code _docs/} and {@code _examples/}. A symlink to a folder is followed once: one that
 * leads back to a folder already visited (a loop) is reported and not followed again.
 */
final class ModuleFinder {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleFinder.class);

    static final Set<String> SKIPPED_NAMES = Set.of("examples", "example", "test", "tests", "_library",
            "_catalog", "_docs", "_examples", "node_modules");

    static final String NO_TF = "no .tf files in it or below it; not a module";

    /** Folders deeper than this below the migrated folder are not looked at. */
    static final int MAX_DEPTH = 8;

    /** A module found: its folder relative to the migrated folder, with {@code /}, and its path. */
    record Found(String source, Path dir, String parent) {
    }

    private final Path root;
    private final List<Found> found = new ArrayList<>();
    private final List<SkippedFolder> skipped = new ArrayList<>();
    private final Set<Path> visited = new HashSet<>();

    private ModuleFinder(Path root) {
        this.root = root;
    }

    static ModuleFinder scan(Path root) {
        ModuleFinder f = new ModuleFinder(root);
        f.visited.add(real(root));
        if (hasTerraform(root)) {
            f.skipped.add(new SkippedFolder(".", "the migrated folder holds .tf files itself; only its"
                    + " sub-folders are planned as modules"));
        }
        for (Path child : subFolders(root)) {
            f.visit(child, 1, null);
        }
        return f;
    }

    List<Found> modules() {
        return found;
    }

    List<SkippedFolder> skipped() {
        return skipped;
    }

    /** @return whether anything below the folder was planned */
    private boolean visit(Path dir, int depth, String parentModule) {
        String source = source(dir);
        if (Files.isSymbolicLink(dir)) {
            Path target = real(dir);
            if (target == null) {
                skipped.add(new SkippedFolder(source, SymbolicLinks.loop(dir)
                        .map(chain -> "a symlink loop (" + SymbolicLinks.describe(root, chain) + "); not followed")
                        .orElse("a symlink that leads nowhere")));
                return false;
            }
            if (visited.contains(target) || isAncestor(target, dir)) {
                skipped.add(new SkippedFolder(source, "a symlink back to a folder already looked at ("
                        + display(target) + "); not followed, so a loop cannot repeat it"));
                return false;
            }
        }
        Path realDir = real(dir);
        if (realDir == null || !visited.add(realDir)) {
            skipped.add(new SkippedFolder(source, "reached twice through symlinks; planned once"));
            return false;
        }
        if (depth > MAX_DEPTH) {
            skipped.add(new SkippedFolder(source, "deeper than " + MAX_DEPTH + " folders; not looked at"));
            return false;
        }
        if (hasTerraform(dir)) {
            found.add(new Found(source, dir, parentModule));
            Path nested = dir.resolve("modules");
            if (Files.isDirectory(nested)) {
                for (Path child : subFolders(nested)) {
                    if (hasTerraform(child) || Files.isSymbolicLink(child)) {
                        visit(child, depth + 2, source);
                    }
                }
            }
            return true;
        }
        if (parentModule != null) {
            return false;
        }
        boolean any = false;
        int before = skipped.size();
        for (Path child : subFolders(dir)) {
            any |= visit(child, depth + 1, null);
        }
        if (!any) {
            // one line for the whole empty tree, not one per folder in it
            skipped.subList(before, skipped.size()).removeIf(s -> s.reason().equals(NO_TF));
            skipped.add(new SkippedFolder(source, NO_TF));
        }
        return any;
    }

    private static boolean isAncestor(Path target, Path dir) {
        Path p = dir.toAbsolutePath().getParent();
        while (p != null) {
            Path r = real(p);
            if (target.equals(r)) {
                return true;
            }
            p = p.getParent();
        }
        return false;
    }

    private String source(Path dir) {
        return root.relativize(dir).toString().replace('\\', '/');
    }

    private String display(Path target) {
        Path r = real(root);
        return r != null && target.startsWith(r) ? (r.equals(target) ? "." : r.relativize(target).toString()
                .replace('\\', '/')) : target.toString();
    }

    static boolean hasTerraform(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if ((n.endsWith(".tf") || n.endsWith(".tf.json")) && Files.isRegularFile(p)) {
                    return true;
                }
            }
        } catch (IOException e) {
            LOG.debug("cannot list {}: {}", dir, e.toString());
        }
        return false;
    }

    private static List<Path> subFolders(Path dir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                // a link that resolves to nothing (dangling, or a loop) is kept, so visit says which it is
                boolean unresolved = Files.isSymbolicLink(p) && !Files.exists(p);
                if (n.startsWith(".") || SKIPPED_NAMES.contains(n.toLowerCase(Locale.ROOT))
                        || !(Files.isDirectory(p) || unresolved)) {
                    continue;
                }
                out.add(p);
            }
        } catch (IOException e) {
            LOG.debug("cannot list {}: {}", dir, e.toString());
        }
        out.sort(null);
        return out;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
