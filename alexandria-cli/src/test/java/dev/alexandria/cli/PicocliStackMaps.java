package dev.alexandria.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import picocli.CommandLine;

/**
 * A build step, not part of the CLI: writes the copy of picocli's jar that {@code bin/alexandria} runs, with every
 * class file given the stack maps of a Java 8 class file (ASM computes them) and nothing else changed.
 *
 * <p>Why: picocli's jar is made of Java 5 class files (version 49). JDK 17 puts such classes into the
 * class-data-sharing archive but cannot verify them when it writes it, so every run verified ~120 of them again
 * with the old type-inferring verifier, and with them our classes that implement picocli's interfaces: ~35 ms of
 * the main thread's CPU before any command ran (docs/opening.md, eighth pass). Class files of version 52 carry
 * stack maps, which the archive verifies once, when it is written. Verification stays on: the JVM checks the stack
 * maps as it checks any current class file.
 *
 * <p>Every other entry of the jar (the manifest, the Java 9 {@code module-info}) is copied byte for byte and
 * every entry keeps its name, order and time; {@code PicocliStackMapsIT} checks that the copy holds the same
 * classes with the same code and that each one passes the JVM's verifier. The Maven build runs {@link #main} in
 * the package phase, after the class path is copied to {@code target/lib} without picocli.
 */
public final class PicocliStackMaps {

    /** The class file version written: Java 8, the first whose verifier has no fallback to type inference. */
    static final int VERSION = Opcodes.V1_8;

    private PicocliStackMaps() {
    }

    /**
     * Writes the copy of the picocli jar on this class path into a folder.
     *
     * @param args the folder (created if missing); the copy gets the original jar's file name
     * @throws IOException if the jar cannot be read or the copy cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PicocliStackMaps FOLDER (where the copy of picocli's jar goes)");
        }
        Path source = picocliJar();
        Path folder = Files.createDirectories(Path.of(args[0]));
        rewrite(source, folder.resolve(source.getFileName().toString()));
    }

    /** @return picocli's jar on this class path */
    static Path picocliJar() {
        try {
            return Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate picocli's jar", e);
        }
    }

    /**
     * Copies a jar with stack maps added to its class files (see the class comment), through a temporary file
     * renamed into place.
     *
     * @param source the jar read
     * @param target the copy written (replaced if it exists)
     * @throws IOException if the jar cannot be read or the copy cannot be written
     */
    static void rewrite(Path source, Path target) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (URLClassLoader hierarchy = new URLClassLoader(new URL[] {source.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
                InputStream in = Files.newInputStream(source);
                ZipInputStream zip = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(temporary);
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                if (rewritten(entry.getName())) {
                    bytes = withStackMaps(bytes, hierarchy);
                }
                ZipEntry written = new ZipEntry(entry.getName());
                written.setTime(entry.getTime());
                copy.putNextEntry(written);
                copy.write(bytes);
                copy.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether an entry is one of picocli's class files (not the Java 9 module descriptor, already current). */
    static boolean rewritten(String name) {
        return name.endsWith(".class") && !name.startsWith("META-INF/");
    }

    /**
     * One class file as version {@link #VERSION} with stack maps computed from its code (any it had are dropped);
     * a class file of that version or newer is returned as it is.
     *
     * @param bytes     the class file
     * @param hierarchy loads the classes its code names, for the common super classes the stack maps need
     * @return the class file with stack maps
     */
    static byte[] withStackMaps(byte[] bytes, ClassLoader hierarchy) {
        ClassReader reader = new ClassReader(bytes);
        if (reader.readUnsignedShort(6) >= VERSION) {
            return bytes;
        }
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return hierarchy;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(VERSION, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
