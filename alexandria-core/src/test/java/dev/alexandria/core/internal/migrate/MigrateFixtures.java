package dev.alexandria.core.internal.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The fixture folders of src/test/resources/migrate, copied where a test may change them. */
final class MigrateFixtures {

    private MigrateFixtures() {
    }

    /**
     * A migration of a folder, for the tests that plan: its {@code check()} would not open the library first
     * (the tests of {@code Alexandria.migrate} and the CLI cover that).
     */
    static DefaultMigration migration(Path folder) {
        return new DefaultMigration(folder, root -> { });
    }

    static Path resource(String name) {
        try {
            return Path.of(MigrateFixtures.class.getResource("/migrate/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a fixture folder into {@code tmp/<name>} and returns the copy. */
    static Path copy(String name, Path tmp) {
        Path from = resource(name);
        Path to = tmp.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
