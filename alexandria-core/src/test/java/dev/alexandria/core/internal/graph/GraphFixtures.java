package dev.alexandria.core.internal.graph;

import dev.alexandria.api.Library;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Opens the test library {@code libraries/valid} with the files of an overlay copied over it. */
final class GraphFixtures {

    private GraphFixtures() {
    }

    static Library open(Path dir, String overlay) {
        Path root = dir.resolve("lib");
        copy(resource("valid"), root);
        if (overlay != null) {
            copy(resource(overlay), root);
        }
        return LibraryLoader.open(root);
    }

    private static Path resource(String name) {
        try {
            return Path.of(GraphFixtures.class.getResource("/libraries/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
