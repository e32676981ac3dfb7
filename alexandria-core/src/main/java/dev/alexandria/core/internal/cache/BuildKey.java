package dev.alexandria.core.internal.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which Alexandria build wrote a cache file: the version, and for snapshot and development builds (whose code
 * changes while the version does not) a fingerprint of the api and core classes they run (size and
 * modification time of the jar, or of every class file of a classes folder). A cache written by another build
 * is foreign and ignored, so a changed reader never serves what an older one cached.
 *
 * <p>Thread-safe; computed once per JVM.
 */
public final class BuildKey {

    private static final Logger LOG = LoggerFactory.getLogger(BuildKey.class);

    private static volatile String current;

    /** The keys of {@link #of}, by class. */
    private static final ClassValue<String> OF = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            Package p = type.getPackage();
            String version = p == null ? null : p.getImplementationVersion();
            if (version != null && !version.isBlank() && !version.endsWith("-SNAPSHOT")) {
                return version;
            }
            return (version == null ? "development" : version) + " " + fingerprint(type);
        }
    };

    private BuildKey() {
    }

    /** @return the key of the running build */
    public static String current() {
        String key = current;
        if (key == null) {
            key = compute();
            current = key;
        }
        return key;
    }

    /**
     * Which build of some code runs: the version of the class's package when it is a release, else that version
     * (or {@code development}) and the size and modification time of the jar or classes folder the class was
     * loaded from, as {@link #current()} says of Alexandria's own. For what a provider computed, kept in a cache
     * file whose header names only Alexandria's build: another build of the provider must not be served it.
     *
     * @param type a class of the code, e.g. a provider's
     * @return its key, the same for the same jar; computed once per class and JVM
     */
    public static String of(Class<?> type) {
        return OF.get(type);
    }

    private static String compute() {
        String version = BuildKey.class.getPackage().getImplementationVersion();
        if (version != null && !version.isBlank() && !version.endsWith("-SNAPSHOT")) {
            return "alexandria " + version;
        }
        return "alexandria " + (version == null ? "development" : version) + " "
                + fingerprint(dev.alexandria.api.model.ModuleInterface.class) + " " + fingerprint(BuildKey.class);
    }

    /** Size and modification time of the jar or classes folder a class was loaded from. */
    private static String fingerprint(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown";
            }
            Path where = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(where)) {
                return Long.toHexString(Files.size(where)) + "-"
                        + Long.toHexString(Files.getLastModifiedTime(where).toMillis());
            }
            long count = 0;
            long bytes = 0;
            long newest = 0;
            try (Stream<Path> files = Files.walk(where)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                    count++;
                    bytes += Files.size(f);
                    newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                }
            }
            return Long.toHexString(count) + "-" + Long.toHexString(bytes) + "-" + Long.toHexString(newest);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown code: a key of its own per run, so nothing cached by another build is trusted.
            LOG.debug("cannot fingerprint the classes of {}", type, e);
            return "unknown-" + System.nanoTime();
        }
    }
}
