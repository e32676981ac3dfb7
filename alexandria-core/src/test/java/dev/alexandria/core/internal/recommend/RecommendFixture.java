package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The {@code recommend} fixture library, for tests that open it as is or change a copy of it. */
final class RecommendFixture {

    /** The fixture library's root. */
    static final Path ROOT = Path.of("src/test/resources/libraries/recommend");

    /** The bundled sample library's root, from a module of the build. */
    static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");

    private RecommendFixture() {
    }

    /** @return the bundled sample library, opened without a cache */
    static Library sample() {
        return Alexandria.builder().root(SAMPLE).noCache().open();
    }

    /** @return the ids of the recommended modules, in order */
    static List<String> ids(List<Recommendation> rs) {
        return rs.stream().map(r -> r.module().id().value()).toList();
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
