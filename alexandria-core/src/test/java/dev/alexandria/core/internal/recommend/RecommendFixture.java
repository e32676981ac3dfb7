package dev.alexandria.core.internal.recommend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The {@code recommend} fixture library, for tests that open it as is or change a copy of it. */
final class RecommendFixture {

    /** The fixture library's root. */
    static final Path ROOT = Path.of("src/test/resources/libraries/recommend");

    private RecommendFixture() {
    }

    /**
     * Copies the fixture library.
     *
     * @param to the folder to create as the copy's root
     * @return {@code to}
     * @throws IOException if a file cannot be copied
     */
    static Path copy(Path to) throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(ROOT.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
