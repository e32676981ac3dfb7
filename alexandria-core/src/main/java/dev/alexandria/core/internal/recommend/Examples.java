package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules each example configuration calls: every folder with {@code .tf} files under a module's
 * {@code examples/} and under the library's {@code _examples/}. An example of a module that calls it by
 * {@code ../..} counts as using that module.
 *
 * <p>An example shows how its module is used: the folders under a module's {@code examples/}, and those under
 * {@code _examples/<id>/} where {@code <id>} is a module of the library, are that module's examples (its
 * <em>subject</em>). Other folders under {@code _examples/} have none. See {@link #together}.
 */
final class Examples {

    private static final Logger LOG = LoggerFactory.getLogger(Examples.class);
    private static final int MAX_DEPTH = 4;

    /**
     * One example configuration.
     *
     * @param path    its folder, relative to the library root, with {@code /}
     * @param subject the module it is an example of, or null for a composition example of no one module
     * @param setSize the number of example folders of its subject (1 without a subject)
     * @param uses    the ids of the library's modules it calls, sorted
     */
    record Example(String path, String subject, int setSize, Set<String> uses) {
    }

    /**
     * The evidence that examples give for two modules used together.
     *
     * @param raw     raw evidence: 1 for each example of no one module calling both; for the examples of each of
     *                the two modules, the share of them calling both (so many examples of one module repeating the
     *                same set-up count as one); examples of a third module do not count, as what they call next
     *                to it is scaffolding for it
     * @param folders the examples that count, in path order
     */
    record Together(double raw, List<String> folders) {
    }

    private Examples() {
    }

    /**
     * @param examples the examples, as {@link #of(Library, LibraryModule)} gives them
     * @param a        one module's id
     * @param b        the other's
     * @return the evidence of the examples that call both
     */
    static Together together(List<Example> examples, String a, String b) {
        return together(examples, a, b, false);
    }

    /**
     * As {@link #together(List, String, String)}, or with {@code onlyOfA} counting only the examples of {@code a}
     * and those of no one module: what the examples of {@code a} use with it goes with {@code a}, while an example
     * of {@code b} that calls {@code a} shows that {@code b} needs {@code a}, not the other way round.
     *
     * @param examples the examples
     * @param a        one module's id
     * @param b        the other's
     * @param onlyOfA  whether examples of {@code b} are left out
     * @return the evidence of the examples that call both
     */
    static Together together(List<Example> examples, String a, String b, boolean onlyOfA) {
        double raw = 0;
        List<String> folders = new ArrayList<>();
        for (Example e : examples) {
            if (!e.uses().contains(a) || !e.uses().contains(b)) {
                continue;
            }
            if (e.subject() == null) {
                raw += 1;
            } else if (e.subject().equals(a) || !onlyOfA && e.subject().equals(b)) {
                raw += 1.0 / e.setSize();
            } else {
                continue;
            }
            folders.add(e.path());
        }
        return new Together(raw, folders);
    }

    /**
     * The examples that use one module: its own, and the others that call it and whose {@code .tf} text names its
     * folder, its id or its id without the first word (the collection's name: {@code s3-log-storage} in
     * {@code cloudposse/s3-log-storage/aws}). The module calls of every example folder come from the library's cache
     * while the examples are unchanged ({@link ExampleCalls}), so a request parses no example's HCL then.
     *
     * @param library the library
     * @param target  the module the examples must use, or null for every example
     * @return the examples that use the target, in path order; examples using fewer than two modules are left
     *         out, as they show no co-usage
     */
    static List<Example> of(Library library, LibraryModule target) {
        return of(library, target == null ? null : List.of(target), false);
    }

    /**
     * As {@link #of(Library, LibraryModule)} for several modules at once: the examples that use any of them (with
     * {@code ownOnly}, only a target's own examples and those of no one module; others are left out whether or not
     * they call one, as {@link #together(List, String, String, boolean)} does not count them).
     *
     * @param library the library
     * @param targets the modules, or null for every example
     * @param ownOnly whether to leave out the examples of other modules (those of no one module stay), for
     *                {@link #together(List, String, String, boolean)} with {@code onlyOfA}
     * @return the examples that use one of the targets, in path order
     */
    static List<Example> of(Library library, java.util.Collection<LibraryModule> targets, boolean ownOnly) {
        return of(Folders.of(library), targets, ownOnly);
    }

    /**
     * The library's example folders and the module calls read from them, kept for the several
     * {@link Examples#of(Folders, java.util.Collection, boolean)} calls of one request: the folders are walked once
     * and the calls' cache entry ({@link ExampleCalls}) is listed, checked and decoded once, not on every call.
     * Made anew for each request, so that a later request sees the examples as they are then.
     *
     * <p>Not thread-safe.
     */
    static final class Folders {

        private final Library library;
        private final Path root;
        /**
         * Each module's own example folders, in the order of the library's modules. A list, not a map: a module's
         * {@code hashCode} hashes its metadata records, whose first hash in a JVM is costly.
         */
        private final List<Map.Entry<LibraryModule, List<Path>>> own = new ArrayList<>();
        private final Path shared;
        private final List<Path> sharedFolders;
        /** Every example folder, each once, in a fixed order. */
        private final List<Path> all;
        private final Map<Path, List<String>> calls = new HashMap<>();
        private final Set<Path> asked = new HashSet<>();

        private Folders(Library library) {
            this.library = library;
            this.root = library.root().toAbsolutePath().normalize();
            List<Path> every = new ArrayList<>();
            for (LibraryModule m : library.modules()) {
                List<Path> folders = tfFolders(m.directory().resolve("examples"));
                own.add(Map.entry(m, folders));
                every.addAll(folders);
            }
            this.shared = root.resolve("_examples");
            this.sharedFolders = tfFolders(shared);
            every.addAll(sharedFolders);
            this.all = every.stream().distinct().toList();
        }

        /**
         * @param library the library
         * @return its example folders as they are now
         */
        static Folders of(Library library) {
            return new Folders(library);
        }

        /**
         * The module calls of the wanted folders, read once each: with a cache folder, those of every folder at
         * the first call (the cache entry holds them all, and a miss reads them all); without one, only the
         * folders not asked for before.
         */
        private Map<Path, List<String>> calls(Set<Path> wanted) {
            if (!asked.containsAll(wanted)) {
                Set<Path> ask = new HashSet<>();
                if (library.cacheDirectory().isPresent()) {
                    ask.addAll(all);
                } else {
                    wanted.stream().filter(f -> !asked.contains(f)).forEach(ask::add);
                }
                calls.putAll(ExampleCalls.of(library, root, all, ask));
                asked.addAll(ask);
            }
            return calls;
        }
    }

    /**
     * {@link #of(Library, java.util.Collection, boolean)} from the example folders read already.
     *
     * @param folders the library's example folders ({@link Folders#of})
     * @param targets the modules, or null for every example
     * @param ownOnly whether to leave out the examples of other modules (those of no one module stay)
     * @return the examples that use one of the targets, in path order
     */
    static List<Example> of(Folders folders, java.util.Collection<LibraryModule> targets, boolean ownOnly) {
        Library library = folders.library;
        Path root = folders.root;
        Set<String> targetIds = new HashSet<>();
        List<String> names = new ArrayList<>();
        if (targets != null) {
            for (LibraryModule t : targets) {
                targetIds.add(t.id().value());
                names.addAll(names(t));
            }
        }
        // Each folder with the module it is an example of (null for none), whether it counts without naming a
        // target, and the size of each module's set. A folder of another module, or of none, counts only when its
        // text names a target (mentions); that is checked only for folders that call a target, as an example
        // calling no target gives no evidence for one (together) whether or not it is in the list.
        Map<Path, List<Candidate>> candidates = new LinkedHashMap<>();
        Map<String, Integer> setSizes = new HashMap<>();
        for (Map.Entry<LibraryModule, List<Path>> mf : folders.own) {
            LibraryModule m = mf.getKey();
            List<Path> own = mf.getValue();
            setSizes.merge(m.id().value(), own.size(), Integer::sum);
            for (Path f : own) {
                boolean certain = targets == null || targetIds.contains(m.id().value());
                if (certain || !ownOnly) {
                    candidates.computeIfAbsent(f, k -> new ArrayList<>(1)).add(new Candidate(m.id().value(), certain));
                }
            }
        }
        Path shared = folders.shared;
        for (Path f : folders.sharedFolders) {
            Path first = shared.relativize(f).getNameCount() > 1 ? shared.relativize(f).getName(0) : null;
            String subject = first == null ? null
                    : library.module(first.toString()).map(m -> m.id().value()).orElse(null);
            if (subject != null) {
                setSizes.merge(subject, 1, Integer::sum);
            }
            boolean certain = targets == null || targetIds.contains(subject);
            if (certain || subject == null || !ownOnly) {
                candidates.computeIfAbsent(f, k -> new ArrayList<>(1)).add(new Candidate(subject, certain));
            }
        }
        Map<Path, List<String>> calls = folders.calls(candidates.keySet());
        List<Example> examples = new ArrayList<>();
        for (Map.Entry<Path, List<Candidate>> e : candidates.entrySet()) {
            Path folder = e.getKey();
            List<String> sources = calls.get(folder);
            if (sources == null) {
                continue; // not read (logged)
            }
            Set<String> ids = new TreeSet<>();
            try {
                for (String source : sources) {
                    Relations.resolve(library, folder, source).ifPresent(d -> ids.add(d.id().value()));
                }
            } catch (RuntimeException ex) {
                LOG.debug("example {} not read for recommendations: {}", folder, ex.getMessage());
                continue;
            }
            if (ids.size() < 2) {
                continue;
            }
            // The last candidate that holds, as a later listing of the same folder replaced an earlier one.
            Boolean named = null;
            String subject = null;
            boolean holds = false;
            for (int i = e.getValue().size() - 1; i >= 0 && !holds; i--) {
                Candidate c = e.getValue().get(i);
                if (!c.certain() && named == null) {
                    named = ids.stream().anyMatch(targetIds::contains) && mentions(folder, names);
                }
                holds = c.certain() || named;
                subject = c.subject();
            }
            if (holds) {
                examples.add(new Example(root.relativize(folder.toAbsolutePath().normalize()).toString()
                        .replace('\\', '/'), subject, subject == null ? 1 : Math.max(1, setSizes.get(subject)),
                        ids));
            }
        }
        // Not Comparator.comparing: a serializable lambda, which JDK 17's start-up archive cannot hold.
        examples.sort((a, b) -> a.path().compareTo(b.path()));
        return examples;
    }

    /** A module a folder may be an example of, and whether it counts without its text naming a target. */
    private record Candidate(String subject, boolean certain) {
    }

    /**
     * The folders under {@code top} (itself included, at most {@value #MAX_DEPTH} levels down, links not followed
     * but a link to a folder counted as one) that hold a {@code .tf} file, sorted. One walk that reads each folder
     * once, with the attributes the walk gets anyway, instead of listing every folder again for its files.
     */
    private static List<Path> tfFolders(Path top) {
        if (!Files.isDirectory(top)) {
            return List.of();
        }
        int base = top.getNameCount();
        List<Path> folders = new ArrayList<>();
        Set<Path> withTf = new HashSet<>();
        try {
            Files.walkFileTree(top, Set.of(), MAX_DEPTH + 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    folders.add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    int depth = file.getNameCount() - base;
                    if (depth <= MAX_DEPTH && attrs.isSymbolicLink() && Files.isDirectory(file) && hasTf(file)) {
                        folders.add(file);
                        withTf.add(file);
                    }
                    if (depth > 0 && file.getFileName().toString().endsWith(".tf") && (attrs.isRegularFile()
                            || attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                        withTf.add(file.getParent());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                    // The deepest folders are only listed for their files (as hasTf does), not walked into.
                    int depth = file.getNameCount() - base;
                    if (depth > MAX_DEPTH || depth == MAX_DEPTH && Files.isDirectory(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw exc;
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.debug("examples under {} not listed: {}", top, e.getMessage());
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        for (Path f : folders) {
            if (withTf.contains(f)) {
                out.add(f);
            }
        }
        out.sort(null);
        return out;
    }

    /** What an example's text may call a module by: its id, its folder's name, its id without the first word. */
    private static List<String> names(LibraryModule target) {
        String id = target.id().value();
        List<String> names = new ArrayList<>(List.of(id, target.directory().getFileName().toString()));
        int dash = id.indexOf('-');
        if (dash > 0 && dash < id.length() - 1) {
            names.add(id.substring(dash + 1));
        }
        return names;
    }

    private static boolean mentions(Path folder, List<String> names) {
        if (names.isEmpty()) {
            return false;
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
