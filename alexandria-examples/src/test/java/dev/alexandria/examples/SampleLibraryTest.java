package dev.alexandria.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLibraryTest {

    @Test
    void path_isALibraryRootWithItsDotFiles() throws IOException {
        Path root = SampleLibrary.path();
        assertTrue(Files.isDirectory(root.resolve("_library")), root + " has no _library/");
        assertTrue(LibraryLocation.isRoot(root));
        try (Stream<Path> files = Files.walk(root)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().equals(".alexandria.yaml")),
                    "the .alexandria.yaml dot files must be packaged");
        }
    }

    @Test
    void path_matchesTheSourceTree() throws IOException {
        Path source = Path.of("sample-library/components/terraform");
        Path packaged = SampleLibrary.path();
        assertEquals(relativeFiles(source), relativeFiles(packaged));
    }

    @Test
    void extracted_fromAJar_onceIntoAVersionedCacheFolder(@TempDir Path temp) throws Exception {
        Path jar = jarOf(temp.resolve("examples.jar"), SampleLibrary.path());
        Path cache = temp.resolve("cache");

        Path first = SampleLibrary.extracted(jar, cache);
        Path second = SampleLibrary.extracted(jar, cache);

        assertEquals(first, second);
        assertTrue(first.startsWith(cache.resolve("sample-library")));
        assertEquals(relativeFiles(SampleLibrary.path()), relativeFiles(first));
        try (Stream<Path> leftovers = Files.list(first.getParent())) {
            assertEquals(List.of(first), leftovers.toList(), "no temporary folders are left behind");
        }
    }

    @Test
    void extracted_anUnchangedJarIsNotOpenedAgain(@TempDir Path temp) throws Exception {
        Path jar = jarOf(temp.resolve("examples.jar"), SampleLibrary.path());
        Path cache = temp.resolve("cache");
        Path first = SampleLibrary.extracted(jar, cache);

        // The same size and modification time, but no longer a jar: only the remembered folder can answer.
        FileTime modified = Files.getLastModifiedTime(jar);
        Files.write(jar, new byte[(int) Files.size(jar)]);
        Files.setLastModifiedTime(jar, modified);

        assertEquals(first, SampleLibrary.extracted(jar, cache));
    }

    @Test
    void extracted_aChangedJarIsReadAgain(@TempDir Path temp) throws Exception {
        Path jar = jarOf(temp.resolve("examples.jar"), SampleLibrary.path());
        Path cache = temp.resolve("cache");
        Path first = SampleLibrary.extracted(jar, cache);

        Path changed = temp.resolve("changed");
        copyTree(SampleLibrary.path(), changed);
        Files.writeString(changed.resolve("added.txt"), "a file the first jar did not have");
        jarOf(jar, changed);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2_000));

        Path second = SampleLibrary.extracted(jar, cache);
        assertFalse(first.equals(second), "a snapshot with other content gets its own folder");
        assertTrue(Files.isRegularFile(second.resolve("added.txt")), second::toString);
        assertFalse(Files.exists(first.resolve("added.txt")));
    }

    @Test
    void extracted_aRememberedFolderThatIsGoneIsExtractedAgain(@TempDir Path temp) throws Exception {
        Path jar = jarOf(temp.resolve("examples.jar"), SampleLibrary.path());
        Path cache = temp.resolve("cache");
        Path first = SampleLibrary.extracted(jar, cache);
        try (Stream<Path> walk = Files.walk(first)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }

        assertEquals(first, SampleLibrary.extracted(jar, cache));
        assertEquals(relativeFiles(SampleLibrary.path()), relativeFiles(first));
    }

    @Test
    void extracted_intoATemporaryFolderWhenTheCacheCannotBeWritten(@TempDir Path temp) throws Exception {
        Path jar = jarOf(temp.resolve("examples.jar"), SampleLibrary.path());
        Path file = Files.writeString(temp.resolve("not-a-folder"), "");

        Path extracted = SampleLibrary.extractedOrTemporary(jar, file.resolve("cache"), temp.resolve("tmp"));

        assertTrue(extracted.startsWith(temp.resolve("tmp").resolve("sample-library")), extracted::toString);
        assertEquals(relativeFiles(SampleLibrary.path()), relativeFiles(extracted));
    }

    @Test
    void extracted_racingProcessesAgreeOnOneCompleteCopy(@TempDir Path temp) throws Exception {
        Path jar = jarOf(temp.resolve("examples.jar"), SampleLibrary.path());
        Path cache = temp.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Path> task = () -> SampleLibrary.extracted(jar, cache);
                results.add(pool.submit(task));
            }
            Path expected = results.get(0).get();
            for (Future<Path> result : results) {
                assertEquals(expected, result.get());
            }
            assertEquals(relativeFiles(SampleLibrary.path()), relativeFiles(expected));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cacheFolder_followsAlexandriaCacheDirThenXdgThenHome() {
        var props = new java.util.Properties();
        props.setProperty("user.home", "/home/someone");
        assertEquals(Path.of("/home/someone/.cache/alexandria"), SampleLibrary.cacheFolder(java.util.Map.of(), props));
        assertEquals(Path.of("/xdg/alexandria"),
                SampleLibrary.cacheFolder(java.util.Map.of("XDG_CACHE_HOME", "/xdg"), props));
        assertEquals(Path.of("/own"), SampleLibrary.cacheFolder(
                java.util.Map.of("ALEXANDRIA_CACHE_DIR", "/own", "XDG_CACHE_HOME", "/xdg"), props));
        assertEquals(Path.of("/home/someone/.cache/alexandria"),
                SampleLibrary.cacheFolder(java.util.Map.of("XDG_CACHE_HOME", "relative"), props),
                "relative XDG values are invalid and ignored");
        props.setProperty(SampleLibrary.CACHE_DIR_PROPERTY, "/override");
        assertEquals(Path.of("/override/alexandria"), SampleLibrary.cacheFolder(
                java.util.Map.of("ALEXANDRIA_CACHE_DIR", "/own", "XDG_CACHE_HOME", "/xdg"), props));
    }

    @Test
    void version_isKnown() {
        assertFalse(SampleLibrary.version().isBlank());
        assertFalse(SampleLibrary.version().equals("unknown"), "version.properties is filtered at build time");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static Path jarOf(Path jar, Path root) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file);
                Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                String name = SampleLibrary.RESOURCE + "/" + relative + (Files.isDirectory(p) ? "/" : "");
                if (relative.isEmpty()) {
                    name = SampleLibrary.RESOURCE + "/";
                }
                out.putNextEntry(new JarEntry(name));
                if (Files.isRegularFile(p)) {
                    out.write(Files.readAllBytes(p));
                }
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("unrelated.txt"));
            out.write("not part of the library".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** Symbolic links are followed: packaging turns a linked folder into a copy. */
    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
