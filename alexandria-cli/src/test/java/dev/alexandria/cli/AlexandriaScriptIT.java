package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs {@code bin/alexandria} itself, not the picocli object: the first-use build and its lock, the JShell
 * hand-off, and the class-data-sharing archive with a clean stdout. Each test copies the script into a
 * temporary source tree: "built" trees get the jar and class path of this module's package phase (so no test
 * runs Maven), "unbuilt" ones a stand-in {@code mvn} (src/test/resources/script/mvn) that copies them in when
 * the script builds. Runs in the integration-test phase, after package; never touches the user's caches.
 */
class AlexandriaScriptIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String WAITING = "alexandria: waiting for another run to finish building Alexandria";

    @TempDir
    Path temp;

    private Path cache;
    /** The line a run that records the start-up archive prints first. */
    private String preparing;

    @BeforeEach
    void caches() throws IOException {
        // Only the script-tests execution (integration-test phase) sets these; -Dtest=AlexandriaScriptIT also
        // selects this class in the test phase, before package has made the jar.
        assumeTrue(System.getProperty("alexandria.script") != null, "runs in the integration-test phase");
        cache = Files.createDirectories(temp.resolve("cache"));
        preparing = "alexandria: preparing a faster start-up for this build (10-20 s of CPU, once per cache folder: "
                + cache.resolve("cds") + ")...\n";
    }

    // ---- the first-use build and its lock

    @ParameterizedTest(name = "lock with {0}")
    @ValueSource(strings = {"flock", "mkdir"})
    void twoFirstRuns_buildOnceAndBothRun(String lock) throws Exception {
        Path root = unbuiltTree("tree");
        Path gate = temp.resolve("gate");
        Map<String, String> env = Map.of("FAKE_MVN_GATE", gate.toString(), "ALEXANDRIA_BUILD_LOCK", lock);
        String library = Cli.fixture("minimal").toString();

        Run first = start(root, env, "--library", library, "browse", "--output", "json");
        await(() -> builds() == 1, "the first run to start building", first);
        Run second = start(root, env, "--library", library, "browse", "--output", "json");
        await(() -> second.err().contains(WAITING) || builds() > 1 || !second.process.isAlive(),
                "the second run to wait for the first one's build", second);
        assertEquals(1, builds(), "the second run built too, at the same time:\n" + second);
        Files.createFile(gate);

        Result a = first.finish();
        Result b = second.finish();
        assertEquals(0, a.exitCode(), a::toString);
        assertEquals(0, b.exitCode(), b::toString);
        assertEquals(1, builds(), "only the first run builds");
        assertTrue(a.err().startsWith("alexandria: building Alexandria (first run)...\n"), a::toString);
        assertTrue(b.err().startsWith(WAITING), b::toString);
        assertTrue(b.err().matches(java.util.regex.Pattern.quote(WAITING) + "( \\(process \\d+\\))?\\.\\.\\.\n"),
                () -> "the second run waits, then runs without building:\n" + b);
        assertEquals(3, json(a.out()).get("total").asInt());
        assertEquals(json(a.out()), json(b.out()));
    }

    @ParameterizedTest(name = "lock with {0}")
    @ValueSource(strings = {"flock", "mkdir"})
    void firstRun_printsWhatEveryLaterRunPrints_afterItsOwnBuildAndArchiveLines(String lock) throws Exception {
        // Releasing the build lock once sent the script's stderr, so the JVM's, to /dev/null: the first run of a
        // fresh clone did not say that it used the bundled sample library, nor any error.
        Path root = unbuiltTree("tree");
        Map<String, String> env = Map.of("ALEXANDRIA_CACHE_DIR", cache.toString(), "ALEXANDRIA_BUILD_LOCK", lock);
        String sample = "alexandria: no library found in " + temp
                + "; using the bundled sample library (set --library or ALEXANDRIA_LIBRARY)\n";

        Result first = start(root, env, "browse", "--layer", "foundations").finish();
        Result later = start(root, env, "browse", "--layer", "foundations").finish();
        assertEquals(0, first.exitCode(), first::toString);
        assertEquals(1, builds());
        assertTrue(later.err().startsWith(sample), later::toString);
        assertEquals("alexandria: building Alexandria (first run)...\n" + preparing + later.err(), first.err());
        assertEquals(later.out(), first.out());

        Path unbuilt = unbuiltTree("tree2");
        Map<String, String> noArchive = Map.of("ALEXANDRIA_BUILD_LOCK", lock);
        Result failing = start(unbuilt, noArchive, "browse", "--no-such-option").finish();
        assertEquals(2, failing.exitCode(), failing::toString);
        assertEquals(start(unbuilt, noArchive, "browse", "--no-such-option").finish().err(),
                failing.err().replace("alexandria: building Alexandria (first run)...\n", ""));
        assertTrue(failing.err().contains("--no-such-option"), failing::toString);
    }

    @Test
    void staleMkdirLock_ofAProcessThatIsGone_isTakenOver() throws Exception {
        Path root = unbuiltTree("tree");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path lockDir = Files.createDirectories(root.resolve("alexandria-cli/target/.build.lock.d"));
        Files.writeString(lockDir.resolve("pid"), gone.pid() + "\n");

        Result r = start(root, Map.of("ALEXANDRIA_BUILD_LOCK", "mkdir"),
                "--library", Cli.fixture("minimal").toString(), "browse").finish();
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: removing the build lock of process " + gone.pid()
                + ", which no longer runs\nalexandria: building Alexandria (first run)...\n"), r::toString);
        assertEquals(1, builds());
        assertFalse(Files.exists(lockDir), "the lock is released after the build");
    }

    @Test
    void failedBuild_isAnInternalErrorThatSaysWhatToRun() throws Exception {
        Path root = unbuiltTree("tree");
        Result r = start(root, Map.of("FAKE_MVN_FAIL", "1"), "browse").finish();
        assertEquals(4, r.exitCode(), r::toString);
        assertEquals("alexandria: building Alexandria (first run)...\n"
                + "[ERROR] Main.java:[1,1] class, interface, enum, or record expected\n"
                + "alexandria: error: the build failed (see above)\n"
                + "  fix: run 'mvn -B -DskipTests package -pl alexandria-cli -am' in " + root
                + " and correct the errors\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void builtTree_runsWithoutBuilding() throws Exception {
        Path root = builtTree("tree");
        Result r = start(root, Map.of(), "--library", Cli.fixture("minimal").toString(), "browse").finish();
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        assertEquals(Cli.golden("browse-minimal"), r.out());
    }

    @Test
    void sourceChangedAfterTheBuild_buildsAgain() throws Exception {
        Path root = builtTree("tree");
        Path jar = root.resolve("alexandria-cli/target").resolve(cliJar().getFileName());
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path source = Files.createDirectories(root.resolve("alexandria-core/src/main/java/dev"))
                .resolve("Edited.java");
        Files.writeString(source, "class Edited {}\n");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().minus(Duration.ofMinutes(30))));
        String[] args = {"--library", Cli.fixture("minimal").toString(), "browse"};

        Result added = start(root, Map.of(), args).finish();
        assertEquals(0, added.exitCode(), added::toString);
        assertEquals("alexandria: building Alexandria (its sources changed since the last build)...\n", added.err());
        assertEquals(1, builds());

        Result unchanged = start(root, Map.of(), args).finish();
        assertEquals("", unchanged.err(), unchanged::toString);
        assertEquals(1, builds());

        // An edit in place (the folder's time stays) of a file the build saw.
        Files.writeString(source, "class Edited { int x; }\n");
        Files.setLastModifiedTime(source, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(1)));
        Result edited = start(root, Map.of(), args).finish();
        assertEquals(0, edited.exitCode(), edited::toString);
        assertEquals("alexandria: building Alexandria (its sources changed since the last build)...\n", edited.err());
        assertEquals(2, builds());

        // A POM edited after the build.
        Path pom = root.resolve("pom.xml");
        Files.writeString(pom, "<project><!-- edited --></project>\n");
        Files.setLastModifiedTime(pom, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(1)));
        Result pomEdited = start(root, Map.of(), args).finish();
        assertEquals("alexandria: building Alexandria (its sources changed since the last build)...\n", pomEdited.err(),
                pomEdited::toString);
        assertEquals(3, builds());
    }

    // ---- what a run costs before the JVM starts

    @Test
    void steadyRun_startsNoProcessButFind_andWritesNothing() throws Exception {
        Path root = builtTree("tree");
        backdate(root.resolve("alexandria-cli/target"));
        Path log = temp.resolve("spied.log");
        // With a cache folder, as usual: the first run records the archive, the next ones map it.
        Map<String, String> env = new java.util.HashMap<>(spied(spies(), log));
        env.put("ALEXANDRIA_CACHE_DIR", cache.toString());
        String[] args = {"--library", Cli.fixture("minimal").toString(), "browse"};

        Result first = start(root, env, args).finish();
        assertEquals(0, first.exitCode(), first::toString);
        assertEquals(preparing, first.err());
        List<String> firstRun = Files.readAllLines(log);
        // `java` is a symlink on PATH: the first run follows it, reads the jars' sizes and times and hashes them.
        assertTrue(firstRun.containsAll(List.of("find", "readlink", "stat", "sha256sum")), firstRun::toString);
        Path kept = root.resolve("alexandria-cli/target/.cds-key");
        String keys = Files.readString(kept);
        FileTime keptTime = Files.getLastModifiedTime(kept);
        Map<Path, FileTime> written = times(root);

        Files.delete(log);
        Result steady = start(root, env, args).finish();
        assertEquals(0, steady.exitCode(), steady::toString);
        assertEquals("", steady.err(), steady::toString);
        assertEquals(first.out(), steady.out());
        assertEquals(List.of("find"), Files.readAllLines(log), "the stale-build check is the only process started");
        assertEquals(keys, Files.readString(kept));
        assertEquals(keptTime, Files.getLastModifiedTime(kept));
        assertEquals(written, times(root), "a run with nothing changed writes no file");
    }

    @Test
    void archiveKey_changesWithAJar_andWithTheJdkBehindTheJavaSymlink() throws Exception {
        Path root = builtTree("tree");
        backdate(root.resolve("alexandria-cli/target"));
        Path java = spies().resolve("java");
        Path jdkX = fakeJdk("jdk-x");
        Path jdkY = fakeJdk("jdk-y");
        Map<String, String> env = spied(java.getParent(), temp.resolve("spied.log"));
        String[] args = {"--library", Cli.fixture("minimal").toString(), "browse"};
        Path kept = root.resolve("alexandria-cli/target/.cds-key");

        List<String> real = runKeys(root, env, args, kept);
        assertEquals(real, runKeys(root, env, args, kept), "nothing changed: the same keys");

        // A jar written after the last run: another build key, the same tree and options keys.
        Path jar;
        try (Stream<Path> jars = Files.list(root.resolve("alexandria-cli/target/lib"))) {
            jar = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        List<String> rebuilt = runKeys(root, env, args, kept);
        assertNotEquals(real.get(0), rebuilt.get(0));
        assertEquals(real.subList(1, 3), rebuilt.subList(1, 3));

        // `java` on PATH re-pointed to another JDK: another build key, though the symlink's path is the same.
        Files.delete(java);
        Files.createSymbolicLink(java, jdkX.resolve("bin/java"));
        List<String> onX = runKeys(root, env, args, kept);
        Files.delete(java);
        Files.createSymbolicLink(java, jdkY.resolve("bin/java"));
        List<String> onY = runKeys(root, env, args, kept);
        assertNotEquals(rebuilt.get(0), onX.get(0));
        assertNotEquals(onX.get(0), onY.get(0));
        Files.delete(java);
        Files.createSymbolicLink(java, jdkX.resolve("bin/java"));
        assertEquals(onX, runKeys(root, env, args, kept), "back on the first JDK: its keys again");
    }

    @Test
    void scriptThroughSymlinks_runsItsTreeWithTheSameArchive() throws Exception {
        Path root = builtTree("tree");
        Map<String, String> withCache = Map.of("ALEXANDRIA_CACHE_DIR", cache.toString());
        String[] args = {"--library", Cli.fixture("minimal").toString(), "browse"};
        Result direct = start(root, withCache, args).finish();
        assertEquals(preparing, direct.err());
        Path archive = onlyArchive();

        // The tree through a symlinked folder, and the script through a symlink elsewhere (~/bin): the same tree,
        // so the same archive, not a second recording.
        Path linkedTree = Files.createSymbolicLink(temp.resolve("linked-tree"), root);
        Path linkedScript = Files.createSymbolicLink(
                Files.createDirectories(temp.resolve("home-bin")).resolve("alexandria"),
                root.resolve("bin/alexandria"));
        for (Path script : List.of(linkedTree.resolve("bin/alexandria"), linkedScript)) {
            Result r = startScript(script, withCache, args).finish();
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("", r.err(), () -> script + ":\n" + r);
            assertEquals(direct.out(), r.out());
            assertEquals(archive, onlyArchive());
        }
        assertEquals(0, builds());
    }

    @Test
    void keptArchiveKeys_nameTheSameArchive_andKeysOfOtherInputsAreNotUsed() throws Exception {
        Path root = builtTree("tree");
        Map<String, String> withCache = Map.of("ALEXANDRIA_CACHE_DIR", cache.toString());
        String[] args = {"--library", Cli.fixture("minimal").toString(), "browse"};
        assertEquals(preparing, start(root, withCache, args).finish().err());
        Path archive = onlyArchive();
        Path kept = root.resolve("alexandria-cli/target/.cds-key");
        String keys = Files.readString(kept);
        String[] hashes = keys.substring(0, keys.indexOf('\n')).split(" ");
        assertEquals("alexandria-" + hashes[2] + "-" + hashes[0] + "-" + hashes[1] + ".jsa",
                archive.getFileName().toString(), keys);

        // Keys kept for other inputs (another JDK, other jars) are computed again, not taken.
        Files.writeString(kept, "0000000000000000 1111111111111111 2222222222222222\n"
                + keys.substring(keys.indexOf('\n') + 1).replace("cds-4 static", "cds-4 static /elsewhere"));
        Result other = start(root, withCache, args).finish();
        assertEquals("", other.err(), other::toString);
        assertEquals(archive, onlyArchive());
        assertEquals(keys, Files.readString(kept));

        Files.delete(kept);
        Result none = start(root, withCache, args).finish();
        assertEquals("", none.err(), none::toString);
        assertEquals(archive, onlyArchive());
    }

    // ---- the JShell hand-off

    @Test
    void jshell_withALibraryThatDoesNotExist_failsLikeEveryCommand() throws Exception {
        Result r = start(builtTree("tree"), Map.of(), "jshell", "--library", "/nope").finish();
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("alexandria: error: /nope does not exist\n"
                + "  fix: pass the folder that holds _library/ and _catalog/ (usually components/terraform)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void jshell_help_isOurs() throws Exception {
        Result r = start(builtTree("tree"), Map.of(), "jshell", "--help").finish();
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("Usage: alexandria jshell "), r::toString);
        assertTrue(r.out().contains("alexandria jshell -- --help"), r::toString);
    }

    @Test
    void jshell_opensTheLibraryAsLib() throws Exception {
        Path library = Cli.fixture("minimal");
        Run run = start(builtTree("tree"), Map.of(), "jshell", "--library", library.toString(),
                "--feedback", "concise");
        try (OutputStream in = run.process.getOutputStream()) {
            in.write("lib.modules().size()\n/exit\n".getBytes(StandardCharsets.UTF_8));
        }
        Result r = run.finish();
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("lib = " + library + " (3 modules)."), r::toString);
        assertTrue(r.out().contains("$1 ==> 3"), r::toString);
    }

    // ---- class data sharing (the other tests run with a cache folder that cannot be created: no archive)

    @Test
    void archive_isRecordedOnce_reused_rebuiltWithTheJars_andAMismatchNeverReachesStdout() throws Exception {
        Path root = builtTree("tree");
        Map<String, String> withCache = Map.of("ALEXANDRIA_CACHE_DIR", cache.toString());
        String[] args = {"--library", Cli.fixture("minimal").toString(), "info", "net-basic", "--output", "json"};

        Result first = start(root, withCache, args).finish();
        assertEquals(0, first.exitCode(), first::toString);
        assertEquals(preparing, first.err());
        assertEquals("net-basic", json(first.out()).get("id").asText());
        Path archive = onlyArchive();
        FileTime recorded = Files.getLastModifiedTime(archive);
        assertMaps(root, archive);

        Result second = start(root, withCache, args).finish();
        assertEquals(0, second.exitCode(), second::toString);
        assertEquals("", second.err());
        assertEquals(first.out(), second.out());
        assertEquals(archive, onlyArchive(), "the archive is reused, not recorded again");
        assertEquals(recorded, Files.getLastModifiedTime(archive));

        // A rebuild changes the jars: a new archive, and the old one goes.
        byte[] ofTheOldJars = Files.readAllBytes(archive);
        Path jar = root.resolve("alexandria-cli/target").resolve(cliJar().getFileName());
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Result rebuilt = start(root, withCache, args).finish();
        assertEquals(0, rebuilt.exitCode(), rebuilt::toString);
        assertEquals(preparing, rebuilt.err());
        Path fresh = onlyArchive();
        assertNotEquals(archive, fresh);
        assertMaps(root, fresh);

        // An archive that does not match the jars: the JVM leaves its classes of the jars unused (a static
        // archive says so only at its info log level; whatever it says goes to stderr); stdout is still only the
        // JSON, and the run works.
        Files.write(fresh, ofTheOldJars);
        Result mismatch = start(root, withCache, args).finish();
        assertEquals(0, mismatch.exitCode(), mismatch::toString);
        assertEquals(first.out(), mismatch.out());
    }

    @Test
    void recording_removesTheArchivesOfTreesThatAreGone_andKeepsThoseOfTreesThatAreThere() throws Exception {
        Map<String, String> withCache = Map.of("ALEXANDRIA_CACHE_DIR", cache.toString());
        String[] args = {"--library", Cli.fixture("minimal").toString(), "info", "net-basic"};
        Path gone = builtTree("gone");
        assertEquals(0, start(gone, withCache, args).finish().exitCode());
        Path ofTheGoneTree = onlyArchive();
        Path kept = builtTree("kept");
        assertEquals(0, start(kept, withCache, args).finish().exitCode());
        Path ofTheKeptTree = archives().stream().filter(a -> !a.equals(ofTheGoneTree)).findFirst().orElseThrow();
        assertEquals(2, archives().size(), archives()::toString);

        deleteTree(gone);
        Path third = builtTree("third");
        Result r = start(third, withCache, args).finish();
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(preparing, r.err());

        List<Path> left = archives();
        assertFalse(left.contains(ofTheGoneTree), () -> "the deleted tree's archive stays: " + left);
        assertTrue(left.contains(ofTheKeptTree), () -> "an existing tree's archive went: " + left);
        assertEquals(2, left.size(), left::toString);
        try (Stream<Path> marks = Files.list(cache.resolve("cds/trees"))) {
            assertEquals(2, marks.count(), "one mark per tree that is still there");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    @Test
    void archive_recordedByOneCommand_holdsTheClassesAndLambdasOfTheOthers() throws Exception {
        Path root = builtTree("tree");
        Result first = start(root, Map.of("ALEXANDRIA_CACHE_DIR", cache.toString()), "--library",
                Cli.fixture("minimal").toString(), "info", "net-basic").finish();
        assertEquals(0, first.exitCode(), first::toString);

        String loaded = classLoading(root, onlyArchive(), "--library", Cli.fixture("minimal").toString(), "search",
                "network");
        assertTrue(loaded.contains("org.apache.lucene.index.DirectoryReader source: shared objects file"), loaded);
        assertTrue(loaded.contains("dev.alexandria.cli.SearchCommand source: shared objects file"), loaded);
        assertTrue(loaded.lines().anyMatch(l -> l.contains("dev.alexandria.") && l.contains("$$Lambda$")
                && l.contains("source: shared objects file")), loaded);
    }

    @Test
    void archive_whenTheSampleLibraryIsInGit_isRecordedWithoutLambdas() throws Exception {
        // JGit's jar is signed: JDK 17 crashes at the end of a recording that saw its lambdas (exit 134), so the
        // training refuses to read git with lambdas archived, and the script records again without them.
        Path inGit = Files.createDirectories(temp.resolve("home"));
        Files.createDirectories(inGit.resolve(".git"));
        Path gitCache = inGit.resolve("cache");
        Path root = builtTree("tree");
        Result first = start(root, Map.of("ALEXANDRIA_CACHE_DIR", gitCache.toString()), "--library",
                Cli.fixture("minimal").toString(), "browse").finish();
        assertEquals(0, first.exitCode(), first::toString);
        assertEquals(preparing.replace(cache.resolve("cds").toString(), gitCache.resolve("cds").toString()),
                first.err(), "the line names the cache folder used");
        cache = gitCache;
        String loaded = classLoading(root, onlyArchive(), "--library", Cli.fixture("minimal").toString(), "browse");
        assertTrue(loaded.contains("dev.alexandria.cli.BrowseCommand source: shared objects file"), loaded);
        assertFalse(loaded.lines().anyMatch(l -> l.contains("dev.alexandria.") && l.contains("$$Lambda$")
                && l.contains("source: shared objects file")), loaded);
    }

    @Test
    void archive_thatFailedToRecord_isNotTriedAgainWithTheSameJars() throws Exception {
        Path root = builtTree("tree");
        Map<String, String> withCache = Map.of("ALEXANDRIA_CACHE_DIR", cache.toString());
        String[] args = {"--library", Cli.fixture("minimal").toString(), "browse"};
        assertEquals(0, start(root, withCache, args).finish().exitCode());
        Path archive = onlyArchive();
        Files.delete(archive);
        Files.createFile(Path.of(archive + ".failed"));

        Result r = start(root, withCache, args).finish();
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err());
        assertEquals(List.of(Path.of(archive + ".failed")), archives());
    }

    @Test
    void cacheFolderRemovedWhileTheArchiveIsRecorded_theRunSaysSoInOneLine_andItsOutputIsWhole() throws Exception {
        // the JVM that lists the classes to archive removes the cache folder first, as `rm -rf ~/.cache/alexandria`
        // in another terminal would
        Path jdk = fakeJdk("jdk-removing", "case \"$*\" in *DumpLoadedClassList*) rm -rf '" + cache + "' ;; esac\n");
        Path root = builtTree("tree");
        String[] args = {"--library", Cli.fixture("minimal").toString(), "browse"};
        Result r = start(root, Map.of("ALEXANDRIA_CACHE_DIR", cache.toString(), "JAVA_HOME", jdk.toString()), args)
                .finish();
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(preparing + "alexandria: the faster start-up was not prepared: " + cache.resolve("cds")
                + " was removed meanwhile; the next run prepares it\n", r.err(), "no shell error about the mark");
        assertEquals(start(root, Map.of(), args).finish().out(), r.out());
        assertFalse(Files.exists(cache.resolve("cds")), "no archive, temporary file or mark left");
    }

    @Test
    void recordingThatFails_saysSoOnce_andLaterRunsAreQuiet() throws Exception {
        Path jdk = fakeJdk("jdk-no-dump", "case \"$*\" in *Xshare:dump*) exit 1 ;; esac\n");
        Path root = builtTree("tree");
        Map<String, String> env = Map.of("ALEXANDRIA_CACHE_DIR", cache.toString(), "JAVA_HOME", jdk.toString());
        String[] args = {"--library", Cli.fixture("minimal").toString(), "browse"};
        Result first = start(root, env, args).finish();
        assertEquals(0, first.exitCode(), first::toString);
        List<Path> marks = archives();
        assertEquals(1, marks.size(), marks::toString);
        assertTrue(marks.get(0).toString().endsWith(".jsa.failed"), marks::toString);
        assertEquals(preparing + "alexandria: the faster start-up could not be prepared; runs of this build start"
                + " without it (delete " + marks.get(0) + " to try again)\n", first.err());
        Result second = start(root, env, args).finish();
        assertEquals("", second.err(), "the failure is said once");
        assertEquals(first.out(), second.out());
    }

    @Test
    void commandThatReadsGit_runsWithTheArchive() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Cli.copy(Cli.resource("versioning/git-library"), repo);
        Files.copy(Cli.resource("versioning/history/1.0.0/main.tf"),
                repo.resolve("_library/foundations/networking/vpc-standard/main.tf"));
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(repo.toFile()).call()) {
            org.eclipse.jgit.lib.PersonIdent me = new org.eclipse.jgit.lib.PersonIdent("Test", "test@example.com");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("1.0.0").setAuthor(me).setCommitter(me).setSign(false).call();
            git.tag().setName("vpc-standard/v1.0.0").setAnnotated(true).setMessage("1.0.0").setTagger(me)
                    .setSigned(false).call();
        }
        Result first = start(builtTree("tree"), Map.of("ALEXANDRIA_CACHE_DIR", cache.toString()), "--library",
                repo.toString(), "versions", "vpc-standard", "--output", "json").finish();
        assertEquals(0, first.exitCode(), first::toString);
        assertEquals("vpc-standard/v1.0.0", json(first.out()).get("versions").get(0).get("tag").asText());
        assertFalse(first.err().contains("fatal error"), first::toString);
        onlyArchive();
        Result second = start(builtTree("tree2"), Map.of("ALEXANDRIA_CACHE_DIR", cache.toString()), "--library",
                repo.toString(), "diff", "vpc-standard", "--output", "json").finish();
        assertEquals(0, second.exitCode(), second::toString);
    }

    @Test
    void heap_isInTransparentHugePages_exactlyWhereTheKernelGivesThemOnRequest() throws Exception {
        Path root = builtTree("tree");
        Path argsLog = temp.resolve("java-args.log");
        Path jdk = fakeJdk("jdk-args", "printf '%s\\n' \"$@\" > '" + argsLog + "'\n");
        Path modeFile = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String mode = Files.isReadable(modeFile) ? Files.readString(modeFile) : "";
        Map<String, String> env = Map.of("JAVA_HOME", jdk.toString(), "ALEXANDRIA_CACHE_DIR", cache.toString(),
                "ALEXANDRIA_JAVA_OPTS", "-XX:-UseTransparentHugePages");

        Result r = start(root, env, "--version").finish();

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err(), "no warning of the JVM about huge pages");
        List<String> jvm = Files.readAllLines(argsLog);
        // "madvise": the JVM asks for them; "always": the kernel gives them unasked; "never" or no file: asking
        // would make the JVM warn.
        assertEquals(mode.contains("[madvise]"), jvm.contains("-XX:+UseTransparentHugePages"), mode + jvm);
        assertTrue(jvm.lastIndexOf("-XX:-UseTransparentHugePages") > jvm.indexOf("-XX:+UseTransparentHugePages"),
                "ALEXANDRIA_JAVA_OPTS comes after the script's own options, so it wins: " + jvm);
    }

    @Test
    void c1Thresholds_areDoubledForCommands_notForJShell_andTheUsersOptionWins() throws Exception {
        Path root = builtTree("tree");
        Path argsLog = temp.resolve("java-args.log");
        Path jdk = fakeJdk("jdk-args", "printf '%s\\n' \"$@\" > '" + argsLog + "'\n");
        Map<String, String> env = Map.of("JAVA_HOME", jdk.toString(), "ALEXANDRIA_CACHE_DIR", cache.toString(),
                "ALEXANDRIA_JAVA_OPTS", "-XX:CompileThresholdScaling=1");

        Result command = start(root, env, "--version").finish();

        assertEquals(0, command.exitCode(), command::toString);
        List<String> jvm = Files.readAllLines(argsLog);
        assertTrue(jvm.contains("-XX:TieredStopAtLevel=1"), jvm::toString);
        assertTrue(jvm.contains("-XX:CompileThresholdScaling=2"), jvm::toString);
        assertTrue(jvm.lastIndexOf("-XX:CompileThresholdScaling=1") > jvm.indexOf("-XX:CompileThresholdScaling=2"),
                "ALEXANDRIA_JAVA_OPTS comes after the script's own options, so it wins: " + jvm);

        Result jshell = start(root, Map.of("JAVA_HOME", jdk.toString(), "ALEXANDRIA_CACHE_DIR", cache.toString()),
                "jshell", "--help").finish();

        assertEquals(0, jshell.exitCode(), jshell::toString);
        List<String> jshellJvm = Files.readAllLines(argsLog);
        assertTrue(jshellJvm.contains("jshell"), jshellJvm::toString);
        assertFalse(jshellJvm.stream().anyMatch(o -> o.startsWith("-XX:CompileThresholdScaling")),
                "JShell keeps the JIT's defaults (it compiles every snippet with javac): " + jshellJvm);
    }

    @Test
    void helpAndVersion_recordNoArchive() throws Exception {
        Path root = builtTree("tree");
        Map<String, String> withCache = Map.of("ALEXANDRIA_CACHE_DIR", cache.toString());
        assertEquals(0, start(root, withCache, "--version").finish().exitCode());
        assertEquals(0, start(root, withCache, "browse", "--help").finish().exitCode());
        assertEquals(List.of(), archives());
    }

    // ---- the command server

    @Test
    void commandServer_startedByAReadCommand_answersTheNextOneAlike_andStops() throws Exception {
        Path root = builtTree("tree");
        Map<String, String> on = Map.of("ALEXANDRIA_CACHE_DIR", cache.toString(), "ALEXANDRIA_DAEMON", "1");
        String[] browse = {"--library", Cli.fixture("minimal").toString(), "browse"};
        try {
            // The first runs in its own JVM and returns at once, though the server it started holds no pipe of it.
            Result first = start(root, on, browse).finish();
            assertEquals(0, first.exitCode(), first::toString);
            assertEquals(Cli.golden("browse-minimal"), first.out());
            Path folder = cache.resolve("server");
            Instant deadline = Instant.now().plus(PATIENCE);
            while (!serverLog(folder).contains("): ready")) {
                assertTrue(Instant.now().isBefore(deadline), () -> "no server warmed up:\n" + serverLog(folder));
                Thread.sleep(100);
            }

            Result served = start(root, on, browse).finish();
            assertEquals(new Result(0, Cli.golden("browse-minimal"), ""), served);
            Result unknown = start(root, on, "--library", Cli.fixture("minimal").toString(), "info", "nope").finish();
            assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown::toString);
            assertEquals(start(root, Map.of("ALEXANDRIA_CACHE_DIR", cache.toString()), "--library",
                    Cli.fixture("minimal").toString(), "info", "nope").finish(), unknown);
        } finally {
            Result stop = start(root, on, "--stop-daemon").finish();
            assertEquals("alexandria: the command server stopped\n", stop.out(), stop::toString);
        }
        assertTrue(serverLog(cache.resolve("server")).contains("stopped: asked to stop (2 requests served)"),
                () -> serverLog(cache.resolve("server")));
        try (Stream<Path> files = Files.list(cache.resolve("server"))) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".sock")).toList());
        }
    }

    private static String serverLog(Path folder) {
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            StringBuilder log = new StringBuilder();
            for (Path f : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                log.append(Files.readString(f));
            }
            return log.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- providers of the user's own

    @Test
    void alexandriaClasspath_addsAThirdPartyValidatorsJar_andTheArchiveStillMaps() throws Exception {
        // a validator's jar as its author ships it: the class and its META-INF/services entry
        Path jar = temp.resolve("description-validator.jar");
        String type = "dev/alexandria/examples/validate/DescriptionValidator.class";
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             InputStream classFile = AlexandriaScriptIT.class.getResourceAsStream("/" + type)) {
            out.putNextEntry(new java.util.jar.JarEntry("META-INF/services/dev.alexandria.spi.validate.ModuleValidator"));
            out.write("dev.alexandria.examples.validate.DescriptionValidator\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.jar.JarEntry(type));
            classFile.transferTo(out);
        }
        Path lib = Files.createDirectories(temp.resolve("lib"));
        Cli.copy(Cli.fixture("validate-clean"), lib);
        Path root = builtTree("tree");
        Map<String, String> withCache = Map.of("ALEXANDRIA_CACHE_DIR", cache.toString());
        Result without = start(root, withCache, "validate", "--library", lib.toString(), "--output", "json").finish();
        assertEquals(0, without.exitCode(), without::toString);
        assertFalse(json(without.out()).get("validators").toString().contains("example-description"), without::toString);
        onlyArchive(); // recorded by that first run, with Alexandria's own class path

        Result with = start(root, Map.of("ALEXANDRIA_CACHE_DIR", cache.toString(), "ALEXANDRIA_CLASSPATH",
                jar.toString()), "validate", "--library", lib.toString(), "--output", "json").finish();
        assertEquals(0, with.exitCode(), with::toString);
        assertTrue(json(with.out()).get("validators").toString().contains("\"example-description\""),
                with::toString);
        assertEquals("", with.err()); // the archive maps: no class path mismatch warning
    }

    // ---- JVM errors

    @Test
    void outOfMemory_isExitCode4WithWhatToDo() throws Exception {
        // A 9 MB default value needs several times 16 MB of heap to read and keep, whatever the JVM's own needs.
        Path module = Files.createDirectories(temp.resolve("huge-default"));
        Files.writeString(module.resolve("main.tf"), "variable \"v\" {\n  default = \"" + "a".repeat(9_000_000)
                + "\"\n}\n");
        Result r = start(builtTree("tree"), Map.of("ALEXANDRIA_JAVA_OPTS", "-Xmx16m"),
                "inspect", module.toString(), "--output", "json").finish();
        assertEquals(4, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: error: out of memory (Java heap space): the Java heap may grow to "),
                r::toString);
        assertTrue(r.err().contains("\n  fix: give it more, e.g. ALEXANDRIA_JAVA_OPTS=-Xmx"), r::toString);
        assertEquals(2, r.err().lines().count(), r::toString);
        assertEquals("", r.out());
    }

    // ---- helpers

    /** A source tree with the script and the packaged CLI, as after a build. */
    private Path builtTree(String name) throws IOException {
        Path root = unbuiltTree(name);
        Path target = Files.createDirectories(root.resolve("alexandria-cli/target/lib"));
        try (Stream<Path> jars = Files.list(libDir())) {
            for (Path jar : (Iterable<Path>) jars::iterator) {
                Files.copy(jar, target.resolve(jar.getFileName()));
            }
        }
        Files.copy(cliJar(), root.resolve("alexandria-cli/target").resolve(cliJar().getFileName()));
        return root;
    }

    /** The keys (build, options, tree) a run leaves in .cds-key, after checking that it ran. */
    private List<String> runKeys(Path root, Map<String, String> env, String[] args, Path kept) throws Exception {
        Result r = start(root, env, args).finish();
        assertEquals(0, r.exitCode(), r::toString);
        String keys = Files.readString(kept);
        return List.of(keys.substring(0, keys.indexOf('\n')).split(" "));
    }

    /** Sets the time of every file below a folder an hour back, as after a build some time ago. */
    private static void backdate(Path folder) throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
    }

    /** The modification time of every file and folder below a folder. */
    private static Map<Path, FileTime> times(Path folder) throws IOException {
        Map<Path, FileTime> times = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                times.put(file, Files.getLastModifiedTime(file, java.nio.file.LinkOption.NOFOLLOW_LINKS));
            }
        }
        return times;
    }

    /**
     * A folder to put first on PATH: each program the script may start, as a script that logs its name to
     * $SPY_LOG and runs the real one, and {@code java} as a symlink to this JVM's (as /usr/bin/java is).
     */
    private Path spies() throws IOException {
        Path spies = Files.createDirectories(temp.resolve("spies"));
        for (String name : List.of("find", "readlink", "stat", "sha256sum", "shasum", "cksum", "touch", "mv", "rm",
                "cat", "mkdir", "stty", "grep", "sed", "flock", "dirname", "basename", "uname")) {
            Optional<Path> program = Stream.of("/usr/bin", "/bin").map(dir -> Path.of(dir, name))
                    .filter(Files::isExecutable).findFirst();
            if (program.isPresent()) {
                Path spy = spies.resolve(name);
                Files.writeString(spy, "#!/bin/sh\necho " + name + " >> \"$SPY_LOG\"\nexec " + program.get()
                        + " \"$@\"\n");
                Files.setPosixFilePermissions(spy, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.createSymbolicLink(spies.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        return spies;
    }

    /** The environment of a run with {@link #spies()} first on PATH, logging to {@code log}, and no JAVA_HOME. */
    private Map<String, String> spied(Path spies, Path log) {
        return Map.of("PATH", spies + ":" + temp.resolve("fake-bin") + ":/usr/bin:/bin", "SPY_LOG", log.toString(),
                "JAVA_HOME", "");
    }

    /** A JDK of its own release text whose {@code java} runs this JVM's. */
    private Path fakeJdk(String name) throws IOException {
        return fakeJdk(name, "");
    }

    /** A JDK of its own release text whose {@code java} runs a shell prelude, then this JVM's. */
    private Path fakeJdk(String name, String prelude) throws IOException {
        Path home = Files.createDirectories(temp.resolve(name));
        Files.createDirectories(home.resolve("lib"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17-" + name + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n" + prelude + "exec "
                + Path.of(System.getProperty("java.home"), "bin", "java")
                + " \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /** A source tree with the script and a POM older than any build, never built. */
    private Path unbuiltTree(String name) throws IOException {
        Path root = Files.createDirectories(temp.resolve(name));
        Path script = Files.createDirectories(root.resolve("bin")).resolve("alexandria");
        Files.copy(Path.of(property("alexandria.script")), script);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path pom = Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Files.setLastModifiedTime(pom, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        return root;
    }

    private Run start(Path root, Map<String, String> extraEnv, String... args) throws IOException {
        return startScript(root.resolve("bin/alexandria"), extraEnv, args);
    }

    private Run startScript(Path script, Map<String, String> extraEnv, String... args) throws IOException {
        Path fakeBin = Files.createDirectories(temp.resolve("fake-bin"));
        Path mvn = fakeBin.resolve("mvn");
        if (!Files.exists(mvn)) {
            try (InputStream in = AlexandriaScriptIT.class.getResourceAsStream("/script/mvn")) {
                Files.copy(in, mvn);
            }
            Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        Map<String, String> env = builder.environment();
        for (String inherited : List.of("ALEXANDRIA_LIBRARY", "ALEXANDRIA_JAVA_OPTS", "ALEXANDRIA_BUILD_LOCK",
                "COLUMNS", "NO_COLOR")) {
            env.remove(inherited);
        }
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PATH", fakeBin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("ALEXANDRIA_CACHE_DIR", unwritableCache().toString());
        env.put("XDG_CACHE_HOME", temp.resolve("xdg-cache").toString());
        env.put("FAKE_MVN_LOG", temp.resolve("builds.log").toString());
        env.put("FAKE_MVN_JAR", cliJar().toString());
        env.put("FAKE_MVN_LIB", libDir().toString());
        env.put("ALEXANDRIA_DAEMON", "0"); // no command server left behind (a test about it sets its own)
        env.putAll(extraEnv);
        return new Run(builder.start());
    }

    /** A cache folder below a plain file: it cannot be created, so runs record no archive (and still work). */
    private Path unwritableCache() throws IOException {
        Path file = temp.resolve("not-a-folder");
        if (!Files.exists(file)) {
            Files.writeString(file, "");
        }
        return file.resolve("cache");
    }

    private int builds() {
        Path log = temp.resolve("builds.log");
        try {
            return Files.exists(log) ? Files.readAllLines(log).size() : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> archives() throws IOException {
        Path cds = cache.resolve("cds");
        if (!Files.isDirectory(cds)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(file -> !file.getFileName().toString().equals("trees")).sorted().toList();
        }
    }

    private Path onlyArchive() throws IOException {
        List<Path> archives = archives();
        assertEquals(1, archives.size(), () -> "expected one archive, no temporary files: " + archives);
        assertTrue(archives.get(0).getFileName().toString().matches("alexandria-[0-9a-f-]+\\.jsa"),
                archives::toString);
        return archives.get(0);
    }

    /**
     * The class path bin/alexandria gives the JVM (the archive records it): the CLI's jar, the examples jar, then
     * the other jars of lib/ by name, in the C locale.
     */
    private static String scriptClassPath(Path target) throws IOException {
        List<String> path = new ArrayList<>(List.of(target.resolve(cliJar().getFileName()).toString()));
        try (var jars = Files.list(target.resolve("lib"))) {
            List<Path> sorted = jars.filter(jar -> jar.getFileName().toString().endsWith(".jar"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
            sorted.stream().filter(jar -> jar.getFileName().toString().startsWith("alexandria-examples-"))
                    .forEach(jar -> path.add(jar.toString()));
            sorted.stream().filter(jar -> !jar.getFileName().toString().startsWith("alexandria-examples-"))
                    .forEach(jar -> path.add(jar.toString()));
        }
        return String.join(":", path);
    }

    /** The JVM maps the archive for the tree's class path; -Xshare:on makes it fail otherwise. */
    private static void assertMaps(Path root, Path archive) throws Exception {
        Path target = root.resolve("alexandria-cli/target");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + archive, "-Xshare:on",
                "-cp", scriptClassPath(target), "-version")
                .redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), output);
    }

    /** The class-loading log of a command run with the archive ({@code -Xshare:on}: it fails if it does not map). */
    private String classLoading(Path root, Path archive, String... args) throws Exception {
        Path target = root.resolve("alexandria-cli/target");
        Path log = temp.resolve("class-load.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:class+load=info:file=" + log,
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
                "-cp", scriptClassPath(target), "dev.alexandria.cli.AlexandriaCli"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ALEXANDRIA_CACHE_DIR", cache.toString());
        Process java = builder.start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), output);
        return Files.readString(log);
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    private static void await(BooleanSupplier condition, String what, Run run) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                run.process.destroyForcibly();
                fail("gave up waiting for " + what + ":\n" + run);
            }
            Thread.sleep(50);
        }
    }

    private static Path cliJar() {
        return Path.of(property("alexandria.cli.jar"));
    }

    private static Path libDir() {
        return Path.of(property("alexandria.cli.lib"));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set; run this test through Maven"
                    + " (mvn -pl alexandria-cli -am verify), which sets it in alexandria-cli/pom.xml");
        }
        return value;
    }

    /** A running script, its stdout and stderr collected as they come. */
    private static final class Run {
        final Process process;
        private final StringBuffer out = new StringBuffer();
        private final StringBuffer err = new StringBuffer();
        private final Thread outReader;
        private final Thread errReader;

        Run(Process process) {
            this.process = process;
            this.outReader = collect(process.getInputStream(), out);
            this.errReader = collect(process.getErrorStream(), err);
        }

        private static Thread collect(InputStream stream, StringBuffer into) {
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try (stream) {
                    for (int n; (n = stream.read(buffer)) >= 0; ) {
                        into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    into.append("\n[reading failed: ").append(e).append(']');
                }
            });
            reader.setDaemon(true);
            reader.start();
            return reader;
        }

        String err() {
            return err.toString();
        }

        Result finish() throws InterruptedException {
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("bin/alexandria did not finish:\n" + this);
            }
            outReader.join();
            errReader.join();
            return new Result(process.exitValue(), out.toString(), err.toString());
        }

        @Override
        public String toString() {
            return "--- out\n" + out + "--- err\n" + err;
        }
    }

    private record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
