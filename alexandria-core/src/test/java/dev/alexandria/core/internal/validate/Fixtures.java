package dev.alexandria.core.internal.validate;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The validation fixtures: {@code validate/clean}, a library of two modules that passes every rule, and overlays
 * ({@code validate/<case>/}: files that replace or add to the clean ones; {@code validate/<case>.delete}: paths to
 * remove) that each break one rule.
 */
final class Fixtures {

    static final String NET = "_library/foundations/networking/net-core/";
    static final String APP = "_library/compute/containers/app-web/";

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/validate/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource validate/" + name, e);
        }
    }

    /** The clean library with an overlay applied, in a fresh folder under {@code tmp}. */
    static Path library(Path tmp, String overlay) {
        try {
            Path root = Files.createTempDirectory(tmp, overlay.isEmpty() ? "clean" : overlay);
            copy(resource("clean"), root);
            if (!overlay.isEmpty()) {
                Path dir = Path.of(Fixtures.class.getResource("/validate").toURI()).resolve(overlay);
                if (Files.isDirectory(dir)) {
                    copy(dir, root);
                }
                Path delete = dir.resolveSibling(overlay + ".delete");
                if (Files.exists(delete)) {
                    for (String line : Files.readAllLines(delete)) {
                        if (!line.isBlank()) {
                            Files.delete(root.resolve(line.strip()));
                        }
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A folder holding the named stand-in executables of {@code validate/<folder>}, executable. */
    static Path standIns(Path tmp, String folder) {
        try {
            Path bin = Files.createTempDirectory(tmp, folder);
            copy(resource(folder), bin);
            try (Stream<Path> s = Files.list(bin)) {
                for (Path p : s.toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            return bin;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, Path> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Like {@link #standIns}, outside any test's folder, made once per run (removed when the JVM exits). */
    static Path sharedStandIns(String folder) {
        return SHARED.computeIfAbsent(folder, f -> {
            try {
                Path dir = Files.createTempDirectory("alexandria-stand-ins");
                dir.toFile().deleteOnExit();
                Path bin = standIns(dir, f);
                bin.toFile().deleteOnExit();
                try (Stream<Path> s = Files.list(bin)) {
                    s.forEach(p -> p.toFile().deleteOnExit());
                }
                return bin;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An environment in which no external tool is installed. */
    static Map<String, String> noTools(Path tmp) {
        return Map.of("PATH", tmp.resolve("no-such-bin").toString());
    }

    static ValidationReport validate(Path tmp, String overlay) {
        Library lib = LibraryLoader.open(library(tmp, overlay));
        return lib.validate(List.of(), noTools(tmp));
    }

    /** The findings of some rules, as text ({@code file:line:column: message; hint}). */
    static List<String> findings(ValidationReport report, String... rules) {
        List<String> wanted = List.of(rules);
        return report.findings().stream().filter(f -> wanted.contains(f.ruleId())).map(Finding::toString).toList();
    }
}
