package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * The copy of picocli's jar in {@code target/lib} ({@link PicocliStackMaps}, written in the package phase): the
 * same entries in the same order, every entry but the class files byte for byte, every class file of version 52
 * with the same members and code as the original, and each one accepted by the JVM's verifier. Runs in the
 * integration-test phase, after package.
 */
class PicocliStackMapsIT {

    @TempDir
    Path temp;

    private Path original;

    private Path copy;

    @BeforeEach
    void jars() {
        String lib = System.getProperty("alexandria.cli.lib");
        assumeTrue(lib != null, "runs in the integration-test phase");
        original = PicocliStackMaps.picocliJar();
        copy = Path.of(lib).resolve(original.getFileName().toString());
    }

    @Test
    void theCopyHoldsTheSameEntriesWithTheSameCode() throws IOException {
        Map<String, byte[]> before = entries(original);
        Map<String, byte[]> after = entries(copy);
        assertEquals(List.copyOf(before.keySet()), List.copyOf(after.keySet()), "entries and their order");
        int classes = 0;
        for (Map.Entry<String, byte[]> entry : before.entrySet()) {
            String name = entry.getKey();
            byte[] was = entry.getValue();
            byte[] is = after.get(name);
            if (!PicocliStackMaps.rewritten(name)) {
                assertArrayEquals(was, is, name);
                continue;
            }
            classes++;
            assertEquals(49, new ClassReader(was).readUnsignedShort(6), name + " in picocli's own jar");
            assertEquals(PicocliStackMaps.VERSION, new ClassReader(is).readUnsignedShort(6), name);
            assertArrayEquals(withoutStackMaps(was), withoutStackMaps(is), name + ": members or code differ");
        }
        assertTrue(classes > 100, "picocli's classes: " + classes);
    }

    @Test
    void everyClassOfTheCopyPassesTheVerifier() throws Exception {
        List<String> names = new ArrayList<>();
        for (String entry : entries(copy).keySet()) {
            if (PicocliStackMaps.rewritten(entry)) {
                names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
            }
        }
        // A loader of its own, so these classes are linked (and verified: not the boot class path) here.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {copy.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String name : names) {
                Class<?> type = Class.forName(name, true, loader);
                assertEquals(loader, type.getClassLoader(), name);
            }
        }
    }

    @Test
    void aClassWithoutValidStackMapsFailsTheVerifier() throws Exception {
        // The check above can fail: a class file of version 52 whose stack maps are missing is refused.
        byte[] bytes;
        try (InputStream in = PicocliStackMaps.class.getResourceAsStream("PicocliStackMaps.class")) {
            bytes = in.readAllBytes();
        }
        Path folder = Files.createDirectories(temp.resolve("dev/alexandria/cli"));
        Files.write(folder.resolve("PicocliStackMaps.class"), withoutStackMaps(bytes));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.toUri().toURL()},
                PicocliStackMaps.class.getClassLoader().getParent())) {
            Class<?> parentless = loader.loadClass(PicocliStackMaps.class.getName());
            assertNotEquals(PicocliStackMaps.class, parentless);
            assertThrows(VerifyError.class, () -> Class.forName(parentless.getName(), true, loader));
        }
    }

    /** A jar's entries in order, with their bytes. */
    private static Map<String, byte[]> entries(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** A class file written again without stack maps and with version 52: what two copies must agree on. */
    private static byte[] withoutStackMaps(byte[] bytes) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(PicocliStackMaps.VERSION, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
