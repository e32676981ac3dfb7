package dev.alexandria.examples;

import dev.alexandria.api.AlexandriaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The sample module library bundled with Alexandria: the library the CLI and JShell fall back to when no
 * other library is given, and the one the examples and tests run against.
 *
 * <pre>{@code
 * Library lib = Alexandria.open(SampleLibrary.path());
 * lib.browse().run();
 * }</pre>
 *
 * <p>The library ships as class-path resources under {@value #RESOURCE}. When they are plain files (an
 * IDE or {@code target/classes}), {@link #path()} returns that directory. When they are inside a jar, they
 * are extracted once to a per-version folder {@code sample-library/<version>/} of Alexandria's cache folder,
 * which is found like every other cache of Alexandria: {@code $ALEXANDRIA_CACHE_DIR}, else
 * {@code $XDG_CACHE_HOME/alexandria}, else {@code ~/.cache/alexandria} (the system property
 * {@value #CACHE_DIR_PROPERTY} overrides all three with the folder that receives {@code alexandria/}). Extraction goes to a temporary directory that is renamed into place, so processes that
 * race never see or leave a half-written copy. Snapshot builds add a digest of the bundled files to the
 * directory name, because their content changes while the version does not.
 *
 * <p>Thread-safe; stateless. Never prints.
 *
 * @since 0.1.0
 */
public final class SampleLibrary {

    /** The class-path folder that holds the bundled {@code components/terraform} root. */
    public static final String RESOURCE = "dev/alexandria/examples/sample-library";

    /** System property that overrides the cache base directory (the folder that receives {@code alexandria/}). */
    public static final String CACHE_DIR_PROPERTY = "alexandria.cache.dir";

    private static final String VERSION_RESOURCE = "dev/alexandria/examples/version.properties";

    private SampleLibrary() {
    }

    /**
     * The bundled library's root folder (the folder that holds {@code _library/} and {@code _catalog/}).
     *
     * @return an existing directory; treat it as read-only
     * @throws AlexandriaException if the resources are missing or cannot be extracted; the message names the path
     */
    public static Path path() {
        return path(System.getenv(), System.getProperties());
    }

    /**
     * The version of the bundled library: the examples jar's {@code Implementation-Version}, else the
     * version recorded at build time.
     *
     * @return the version, {@code "unknown"} if neither is available
     */
    public static String version() {
        String fromManifest = SampleLibrary.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        try (InputStream in = SampleLibrary.class.getClassLoader().getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "").trim();
                if (!version.isEmpty() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VERSION_RESOURCE, e);
        }
        return "unknown";
    }

    static Path path(Map<String, String> env, Properties properties) {
        URL url = SampleLibrary.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new AlexandriaException("the bundled sample library is missing from the class path (resource "
                    + RESOURCE + "); put the alexandria-examples jar on the class path");
        }
        try {
            switch (url.getProtocol()) {
                case "file":
                    return Path.of(url.toURI());
                case "jar":
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    Path jar = Path.of(connection.getJarFileURL().toURI());
                    return extractedOrTemporary(jar, cacheFolder(env, properties),
                            Path.of(properties.getProperty("java.io.tmpdir"),
                                    "alexandria-" + properties.getProperty("user.name", "user")));
                default:
                    throw new AlexandriaException("the bundled sample library is at " + url
                            + ", which cannot be read as a folder; put the alexandria-examples jar on the class path "
                            + "as a plain file");
            }
        } catch (IOException e) {
            throw new AlexandriaException("cannot read the bundled sample library at " + url + ": " + e.getMessage()
                    + "; check the file permissions of the cache directory", e);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new AlexandriaException("cannot locate the bundled sample library at " + url + ": "
                    + e.getMessage(), e);
        }
    }

    /** Alexandria's cache folder, the one that receives {@code sample-library/}. */
    static Path cacheFolder(Map<String, String> env, Properties properties) {
        String override = properties.getProperty(CACHE_DIR_PROPERTY, "");
        if (!override.isBlank()) {
            return Path.of(override).resolve("alexandria");
        }
        String own = env.getOrDefault("ALEXANDRIA_CACHE_DIR", "").strip();
        if (!own.isEmpty()) {
            return Path.of(own).toAbsolutePath().normalize();
        }
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "").strip();
        // The XDG spec says relative values are invalid and must be ignored.
        if (!xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("alexandria");
        }
        return Path.of(properties.getProperty("user.home"), ".cache", "alexandria");
    }

    /**
     * Extracts into the cache folder, or, when that cannot be written (the cache is optional, so runs work
     * without one), into {@code temporary}.
     */
    static Path extractedOrTemporary(Path jar, Path cacheFolder, Path temporary) throws IOException {
        try {
            return extracted(jar, cacheFolder);
        } catch (IOException e) {
            try {
                return extracted(jar, temporary);
            } catch (IOException second) {
                e.addSuppressed(second);
                throw e;
            }
        }
    }

    /**
     * Extracts the bundled library from {@code jar} into {@code cacheFolder/sample-library/}, once. The folder an
     * unchanged jar (the same path, size, modification time and file) was found to hold is remembered in
     * {@code cacheFolder/sample-library-keys/}, so a run on it opens and lists no jar: listing the sample's
     * ~700 entries and summing them up cost every run on the sample ~20 ms of CPU.
     */
    static Path extracted(Path jar, Path cacheFolder) throws IOException {
        Path parent = cacheFolder.resolve("sample-library");
        Path memo = cacheFolder.resolve("sample-library-keys").resolve(stamp(jar));
        Optional<Path> known = remembered(memo, parent);
        if (known.isPresent()) {
            return known.get();
        }
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            String prefix = RESOURCE + "/";
            List<JarEntry> entries = jarFile.stream()
                    .filter(e -> e.getName().startsWith(prefix) && e.getName().length() > prefix.length())
                    .sorted(Comparator.comparing(JarEntry::getName))
                    .toList();
            Path target = parent.resolve(cacheKey(version(), entries));
            if (Files.isDirectory(target)) {
                remember(memo, target);
                return target;
            }
            Files.createDirectories(parent);
            Path temp = Files.createTempDirectory(parent, ".extracting-");
            try {
                for (JarEntry entry : entries) {
                    Path destination = temp.resolve(entry.getName().substring(prefix.length())).normalize();
                    if (!destination.startsWith(temp)) {
                        throw new IOException("entry escapes the target folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(destination);
                    } else {
                        Files.createDirectories(destination.getParent());
                        try (InputStream in = jarFile.getInputStream(entry)) {
                            Files.copy(in, destination);
                        }
                    }
                }
                moveIntoPlace(temp, target);
            } finally {
                deleteRecursively(temp);
            }
            remember(memo, target);
            return target;
        }
    }

    /** A name for the jar file as it is now: a digest of its real path, size, modification time and file key. */
    private static String stamp(Path jar) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
        CRC32 digest = new CRC32();
        digest.update((jar.toRealPath() + "\n" + attributes.size() + "\n"
                + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\n" + attributes.fileKey())
                .getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(digest.getValue());
    }

    /** The extracted folder the memo names, when it names one that exists; empty when unknown or unreadable. */
    private static Optional<Path> remembered(Path memo, Path parent) {
        try {
            String name = Files.readString(memo, StandardCharsets.UTF_8).strip();
            if (!name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
                return Optional.empty();
            }
            Path target = parent.resolve(name);
            return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Remembers which folder the jar holds (a temporary file renamed into place); quietly does nothing when the
     * cache cannot be written, as the next run then only lists the jar again.
     */
    private static void remember(Path memo, Path target) {
        Path temp = null;
        try {
            Files.createDirectories(memo.getParent());
            temp = Files.createTempFile(memo.getParent(), ".memo-", ".tmp");
            Files.writeString(temp, target.getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(temp, memo, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException | RuntimeException e) {
            // The memo is an optimisation only.
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // Left for the next run's temporary files; harmless.
                }
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + temp + " to " + target + " atomically", e);
        } catch (IOException e) {
            // Another process finished first (Linux reports "Directory not empty" as a plain
            // FileSystemException); its copy is complete because it was renamed into place too.
            if (!Files.isDirectory(target)) {
                throw e;
            }
        }
    }

    private static String cacheKey(String version, List<JarEntry> entries) {
        if (!version.endsWith("-SNAPSHOT") && !"unknown".equals(version)) {
            return version;
        }
        CRC32 digest = new CRC32();
        for (JarEntry entry : entries) {
            digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
            digest.update(Long.toString(entry.getCrc()).getBytes(StandardCharsets.UTF_8));
            digest.update(Long.toString(entry.getSize()).getBytes(StandardCharsets.UTF_8));
        }
        return version + "-" + String.format("%08x", digest.getValue());
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
