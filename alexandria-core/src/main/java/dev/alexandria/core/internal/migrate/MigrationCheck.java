package dev.alexandria.core.internal.migrate;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The reverse direction of a migration: checks the legacy symlinks a migration left in a library. A link is
 * reported when it is dangling (or a loop), when it no longer points where {@code _catalog/legacy-links.yaml}
 * says, when it is past its removal date (the migration date plus the library's {@code legacy_link_months}), and
 * for every module call in the work tree that still uses it. Links that are fine are reported as information with
 * the date they may be removed. Reads only.
 */
public final class MigrationCheck {

    /** The rule ids of the findings. */
    static final String DANGLING = "legacy-link-dangling";
    static final String LOOP = "legacy-link-loop";
    static final String MOVED = "legacy-link-changed";
    static final String EXPIRED = "legacy-link-expired";
    static final String REFERENCED = "legacy-link-referenced";
    static final String UNRECORDED = "legacy-link-unrecorded";
    static final String GONE = "legacy-link-gone";
    static final String KEPT = "legacy-link-kept";

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".terraform", "node_modules", ".terragrunt-cache");

    private MigrationCheck() {
    }

    /**
     * Checks the legacy links of a library.
     *
     * @param root       the library root
     * @param keepMonths how many months after the migration a legacy link is kept (at least 0)
     * @param clock      today's date
     * @return the findings, errors and warnings first, then one information per healthy link
     * @throws CatalogException if {@code _catalog/legacy-links.yaml} cannot be read
     */
    public static List<Finding> check(Path root, int keepMonths, Clock clock) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(clock, "clock");
        if (keepMonths < 0) {
            throw new IllegalArgumentException("keepMonths must not be negative: " + keepMonths);
        }
        Path real;
        try {
            real = root.toAbsolutePath().normalize().toRealPath();
        } catch (IOException e) {
            throw new CatalogException(null, root + " does not exist or cannot be read: " + e.getMessage(), e);
        }
        LocalDate today = LocalDate.now(clock);
        List<LegacyLinks.Link> links = LegacyLinks.read(real);
        List<Finding> problems = new ArrayList<>();
        List<Finding> healthy = new ArrayList<>();
        List<Reference> references = references(workTree(real));
        Set<String> recorded = new HashSet<>();
        for (LegacyLinks.Link link : links) {
            recorded.add(link.path());
            SourceLocation at = SourceLocation.of(LegacyLinks.FILE, link.line(), 0);
            Path place = real.resolve(link.path()).normalize();
            Path target = real.resolve(link.target()).normalize();
            boolean ok = true;
            if (!Files.isSymbolicLink(place)) {
                if (Files.exists(place, LinkOption.NOFOLLOW_LINKS)) {
                    problems.add(Finding.warning(GONE, at, "legacy path " + link.path() + " is no longer a link "
                            + "to " + link.target() + " but a folder or file", "remove its entry from "
                            + LegacyLinks.FILE + " if the folder is meant to be there"));
                } else {
                    problems.add(Finding.warning(GONE, at, "legacy link " + link.path() + " was removed, but its "
                            + "entry is still recorded", "remove its entry from " + LegacyLinks.FILE));
                }
                continue;
            }
            Optional<Finding> resolved = resolve(place, target, link.path(), link.target(), at);
            if (resolved.isPresent()) {
                problems.add(resolved.get());
                ok = false;
            }
            LocalDate removal = link.migrated().plusMonths(keepMonths);
            if (today.isAfter(removal)) {
                problems.add(Finding.warning(EXPIRED, at, "legacy link " + link.path() + " is past its removal date "
                        + removal + " (" + keepMonths + " months after the migration on " + link.migrated() + ")",
                        "change the callers that still use it to " + link.target() + ", then remove the link and "
                                + "its entry"));
                ok = false;
            }
            for (Reference r : references) {
                if (r.target().startsWith(place)) {
                    String suggested = SourceRewriter.relative(r.dir(), target.resolve(place.relativize(r.target())));
                    problems.add(Finding.warning(REFERENCED, SourceLocation.of(display(real, r.file()), r.line(), 0),
                            "module \"" + r.call() + "\" still calls legacy path " + link.path() + " (source \""
                                    + r.source() + "\")", "change the source to \"" + suggested + "\" before "
                                    + removal));
                    ok = false;
                }
            }
            if (ok) {
                healthy.add(new Finding(Finding.Severity.INFO, KEPT, at, "legacy link " + link.path() + " -> "
                        + link.target() + " is called by no module of the work tree; it is due for removal after " + removal,
                        Optional.empty()));
            }
        }
        for (Path p : rootLinks(real)) {
            String path = display(real, p);
            if (recorded.contains(path)) {
                continue;
            }
            SourceLocation at = SourceLocation.of(path);
            try {
                Path to = p.toRealPath();
                if (to.startsWith(real.resolve("_library"))) {
                    problems.add(Finding.warning(UNRECORDED, at, "legacy link " + path + " points into _library ("
                            + display(real, to) + ") but is not recorded in " + LegacyLinks.FILE + ", so its "
                            + "removal date is unknown", "add it to " + LegacyLinks.FILE
                            + " with the date it was made, or remove it"));
                }
            } catch (NoSuchFileException e) {
                problems.add(Finding.error(DANGLING, at, "link " + path + " is dangling: what it points to does "
                        + "not exist", "remove the link or restore its target"));
            } catch (FileSystemException e) {
                problems.add(Finding.error(LOOP, at, "link " + path + " is a symlink loop", "remove the link"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Collections.sort(problems);
        Collections.sort(healthy);
        List<Finding> out = new ArrayList<>(problems);
        out.addAll(healthy);
        return out;
    }

    private static Optional<Finding> resolve(Path place, Path target, String path, String recordedTarget,
                                             SourceLocation at) {
        try {
            Path to = place.toRealPath();
            Path expected = target.toRealPath();
            if (!to.equals(expected)) {
                return Optional.of(Finding.warning(MOVED, at, "legacy link " + path + " points to " + to
                        + ", not to " + recordedTarget + " as recorded", "point the link at " + recordedTarget
                        + " or correct its entry"));
            }
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.of(Finding.error(DANGLING, at, "legacy link " + path + " is dangling: " + recordedTarget
                    + " does not exist", "restore the module there (git log --follow), or update the callers and "
                    + "remove the link and its entry"));
        } catch (FileSystemException e) {
            return Optional.of(Finding.error(LOOP, at, "legacy link " + path + " is a symlink loop",
                    "point it at " + recordedTarget));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local module source in the work tree. */
    private record Reference(Path file, Path dir, int line, String call, String source, Path target) {
    }

    private static List<Reference> references(Path workTree) {
        List<Reference> out = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        try {
            Files.walkFileTree(workTree, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(workTree) && SKIPPED_DIRS.contains(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (hasConfiguration(dir)) {
                        for (SourceRewriter.LocalSource s : SourceRewriter.localSources(dir, ignored)) {
                            out.add(new Reference(s.file(), dir, s.line(), s.call(), s.source(),
                                    dir.resolve(s.source()).normalize()));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean hasConfiguration(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(f -> {
                String n = f.getFileName().toString();
                return (n.endsWith(".tf") || n.endsWith(".tf.json")) && Files.isRegularFile(f);
            });
        } catch (IOException e) {
            return false;
        }
    }

    /** The symlinks directly in the library root (where legacy component folders usually were). */
    private static List<Path> rootLinks(Path root) {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isSymbolicLink).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path workTree(Path root) {
        try {
            Optional<GitIndex> git = GitIndex.open(root);
            if (git.isPresent()) {
                try (GitIndex g = git.get()) {
                    return g.workTree();
                }
            }
        } catch (IOException e) {
            // not a readable repository: check the library root only
        }
        return root;
    }

    private static String display(Path root, Path p) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }
}
