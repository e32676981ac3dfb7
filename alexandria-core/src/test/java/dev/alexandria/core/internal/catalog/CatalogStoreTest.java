package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.LockException;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.Version;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

// The tests below start threads and processes; a bug must fail them, never hang the build.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CatalogStoreTest {

    private static final String REGISTRY = "_catalog/module-registry.yaml";

    @TempDir
    Path tmp;

    static RegisteredVersion version(String v) {
        return new RegisteredVersion(Version.parse(v), LocalDate.of(2026, 10, 1), MaturityLevel.BETA, "Release " + v + ".");
    }

    static ModuleRegistry register(ModuleRegistry r, String id, String v) {
        RegistryEntry e = r.entry(id).orElseThrow();
        return r.with(e.withVersion(version(v)));
    }

    @Test
    void preview_unchangedRegistryIsByteIdentical() {
        Path root = Fixtures.valid(tmp);
        CatalogStore store = CatalogStore.of(root);
        assertEquals(Fixtures.read(root, REGISTRY), store.preview(store.readRegistry()));
    }

    @Test
    void update_refusesAValueTheReaderWouldRejectAndLeavesTheFileAsItWas() {
        Path root = Fixtures.valid(tmp);
        String before = Fixtures.read(root, REGISTRY);
        CatalogStore store = CatalogStore.of(root);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.update(r -> r.with(
                r.entry("eks-standard").orElseThrow().toBuilder().tags("Not Kebab").build())));
        assertEquals("_catalog/module-registry.yaml was not written: the new content would not pass the checks "
                + "made when it is read: modules[0].tags[0] 'Not Kebab' must be lower-case kebab-case; correct the "
                + "value and write again", e.getMessage());
        assertEquals(before, Fixtures.read(root, REGISTRY));
    }

    @Test
    void update_rewritesOnlyTheChangedEntryAndKeepsComments() {
        Path root = Fixtures.valid(tmp);
        String before = Fixtures.read(root, REGISTRY);
        CatalogStore store = CatalogStore.of(root);
        store.update(r -> register(r, "eks-standard", "1.0.0-beta.3"));
        String after = Fixtures.read(root, REGISTRY);
        String vpc = before.substring(before.indexOf("  # The reference VPC"));
        assertTrue(after.endsWith(vpc), after);
        assertEquals("""
                # Registered versions of every module. Written by alexandria register.
                modules:
                  - id: eks-standard
                    name: Standard EKS
                    version: 1.0.0-beta.3
                    category: compute/containers
                    tags: [kubernetes]
                    maturity: beta
                    description: Production-ready Kubernetes cluster.
                    support:
                      maintainer: team-containers
                    versions:
                      - version: 1.0.0-beta.1
                        released: 2026-01-10
                        maturity: beta
                        changelog: First beta.
                      - version: 1.0.0-beta.2
                        released: 2026-02-01
                        maturity: beta
                        changelog: Fixes node group tags.
                      - version: 1.0.0-beta.3
                        released: 2026-10-01
                        maturity: beta
                        changelog: Release 1.0.0-beta.3.

                """ + vpc, after);
        assertEquals(store.readRegistry().entry("vpc-standard"), CatalogStore.of(Fixtures.valid(tmp.resolve("b")))
                .readRegistry().entry("vpc-standard"));
    }

    @Test
    void update_addsANewEntryInIdOrder() {
        Path root = Fixtures.valid(tmp);
        CatalogStore store = CatalogStore.of(root);
        RegistryEntry entry = RegistryEntry.builder().id("securitygroup").name("Security group").version("1.1.0")
                .category("foundations/security").maturity(MaturityLevel.STABLE).description("Security groups.")
                .support(RegistryEntry.Support.of("team-networking"))
                .versions(new RegisteredVersion(Version.parse("1.1.0"), LocalDate.of(2026, 3, 1), MaturityLevel.STABLE, ""))
                .build();
        store.update(r -> r.with(entry));
        String text = Fixtures.read(root, REGISTRY);
        assertTrue(text.indexOf("id: eks-standard") < text.indexOf("id: securitygroup")
                && text.indexOf("id: securitygroup") < text.indexOf("id: vpc-standard"), text);
        assertEquals(List.of("eks-standard", "securitygroup", "vpc-standard"),
                store.readRegistry().entries().stream().map(e -> e.id().value()).toList());
        assertEquals(Optional.of(entry), store.readRegistry().entry("securitygroup"));
    }

    @Test
    void update_fromManyThreadsLosesNothing() throws Exception {
        Path root = Fixtures.valid(tmp);
        int threads = 6;
        int each = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                CatalogStore store = CatalogStore.of(root); // one store per thread: the lock is per file
                for (int i = 0; i < each; i++) {
                    String v = "5." + thread + "." + i;
                    store.update(r -> register(r, "vpc-standard", v));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        RegistryEntry vpc = CatalogStore.of(root).readRegistry().entry("vpc-standard").orElseThrow();
        assertEquals(2 + threads * each, vpc.versions().size());
    }

    @Test
    void update_fromSeveralProcessesAndThreadsLosesNothing() throws Exception {
        Path root = Fixtures.valid(tmp);
        int processes = 2;
        int each = 10;
        List<Process> started = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), RegisterMain.class.getName(), root.toString(),
                    "vpc-standard", "2." + p, Integer.toString(each));
            pb.redirectErrorStream(true);
            pb.redirectOutput(tmp.resolve("process-" + p + ".log").toFile());
            started.add(pb.start());
        }
        CatalogStore store = CatalogStore.of(root);
        for (int i = 0; i < each; i++) {
            String v = "3.0." + i;
            store.update(r -> register(r, "vpc-standard", v));
        }
        for (int p = 0; p < processes; p++) {
            Process process = started.get(p);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "process " + p + " did not finish");
            assertEquals(0, process.exitValue(), Files.readString(tmp.resolve("process-" + p + ".log")));
        }
        RegistryEntry vpc = store.readRegistry().entry("vpc-standard").orElseThrow();
        assertEquals(2 + (processes + 1) * each, vpc.versions().size());
        for (int p = 0; p < processes; p++) {
            for (int i = 0; i < each; i++) {
                assertTrue(vpc.registeredVersion(Version.parse("2." + p + "." + i)).isPresent(), "lost 2." + p + "." + i);
            }
        }
    }

    @Test
    void update_whileLockedElsewhereFailsNamingTheLockFile() throws Exception {
        Path root = Fixtures.valid(tmp);
        CatalogStore holder = CatalogStore.of(root);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread t = new Thread(() -> holder.update(r -> {
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return r;
        }));
        t.start();
        assertTrue(locked.await(60, TimeUnit.SECONDS), "the holder thread never took the lock");
        try {
            CatalogStore impatient = CatalogStore.of(root, Duration.ofMillis(100));
            LockException e = assertThrows(LockException.class, () -> impatient.update(r -> r));
            assertEquals("could not lock _catalog/.alexandria.lock within 100 ms: another thread of this process is "
                    + "writing the catalog; wait for it to finish and retry (the lock is released as soon as that "
                    + "writer ends, so there is no stale lock to delete)", e.getMessage());
            assertEquals(root.toRealPath().resolve("_catalog/.alexandria.lock"), e.lockFile());
        } finally {
            release.countDown();
            t.join();
        }
    }

    @Test
    void update_whileAnotherProcessHoldsTheLockFailsNamingTheLockFile() throws Exception {
        Path root = Fixtures.valid(tmp);
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldLockMain.class.getName(), root.toString())
                .redirectErrorStream(true).start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(
                new java.io.InputStreamReader(holder.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("locked"));
            assertEquals("locked", line);
            CatalogStore impatient = CatalogStore.of(root, Duration.ofMillis(200));
            LockException e = assertThrows(LockException.class, () -> impatient.update(r -> r));
            assertEquals("could not lock _catalog/.alexandria.lock within 200 ms: another process is writing the "
                    + "catalog; wait for it to finish and retry (the lock is released as soon as that writer ends, so "
                    + "there is no stale lock to delete)", e.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        }
        CatalogStore.of(root, Duration.ofSeconds(5)).update(r -> register(r, "vpc-standard", "9.9.9"));
        assertTrue(CatalogStore.of(root).readRegistry().entry("vpc-standard").orElseThrow()
                .registeredVersion(Version.parse("9.9.9")).isPresent());
    }

    @Test
    void update_createsTheRegistryWhenThereIsNone() throws Exception {
        Path root = Fixtures.valid(tmp);
        Files.delete(root.resolve(REGISTRY));
        CatalogStore store = CatalogStore.of(root);
        assertEquals(ModuleRegistry.empty(), store.readRegistry());
        RegistryEntry entry = RegistryEntry.builder().id("vpc-standard").name("Standard VPC").version("1.0.0")
                .category("foundations/networking").tags("vpc").maturity(MaturityLevel.STABLE).description("A VPC.")
                .support(RegistryEntry.Support.of("team-networking", "#net"))
                .versions(new RegisteredVersion(Version.parse("1.0.0"), LocalDate.of(2026, 3, 1), MaturityLevel.STABLE, ""))
                .build();
        store.update(r -> r.with(entry));
        assertEquals("""
                modules:
                  - id: vpc-standard
                    name: Standard VPC
                    version: 1.0.0
                    category: foundations/networking
                    tags: [vpc]
                    maturity: stable
                    description: A VPC.
                    support:
                      maintainer: team-networking
                      support_channel: "#net"
                    versions:
                      - version: 1.0.0
                        released: 2026-03-01
                        maturity: stable
                """, Fixtures.read(root, REGISTRY));
        assertEquals(List.of(entry), store.readRegistry().entries());
    }

    @Test
    void update_refusesARegistryWithErrorsInsteadOfDroppingEntries() {
        Path root = Fixtures.library(tmp, "bad-registry");
        dev.alexandria.api.CatalogValidationException e = assertThrows(
                dev.alexandria.api.CatalogValidationException.class, () -> CatalogStore.of(root).update(r -> r));
        assertEquals(6, e.errors().size());
    }

    @Test
    void update_keepsWindowsLineEndingsAndFilePermissions() throws Exception {
        Path root = Fixtures.valid(tmp);
        Path file = root.resolve(REGISTRY);
        Files.writeString(file, Fixtures.read(root, REGISTRY).replace("\n", "\r\n"));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        CatalogStore.of(root).update(r -> register(r, "eks-standard", "1.0.0-beta.3"));
        String text = Fixtures.read(root, REGISTRY);
        assertEquals(text.replace("\r\n", "").indexOf('\n'), -1, "every line ends with CRLF");
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
        assertTrue(CatalogStore.of(root).readRegistry().entry("eks-standard").orElseThrow()
                .registeredVersion(Version.parse("1.0.0-beta.3")).isPresent());
    }

    @Test
    void update_keepsAByteOrderMarkAndChangesNoOtherByteThanTheEntry() throws Exception {
        Path root = Fixtures.valid(tmp);
        Path file = root.resolve(REGISTRY);
        String text = Fixtures.read(root, REGISTRY);
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(file, concat(mark, text.getBytes(StandardCharsets.UTF_8)));
        CatalogStore.of(root).update(r -> register(r, "eks-standard", "1.0.0-beta.3"));
        byte[] after = Files.readAllBytes(file);
        assertArrayEquals(mark, Arrays.copyOf(after, 3), "the byte-order mark is kept");
        // the same bytes as the same update of the file without the mark, after the mark
        Path plain = Fixtures.valid(tmp.resolve("plain"));
        CatalogStore.of(plain).update(r -> register(r, "eks-standard", "1.0.0-beta.3"));
        assertArrayEquals(concat(mark, Files.readAllBytes(plain.resolve(REGISTRY))), after);
        // and a file without one does not get one
        assertEquals('#', Files.readAllBytes(plain.resolve(REGISTRY))[0]);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
