package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module is listed with the modules it declares it requires, whatever step brought it: a runner-up or another
 * match gets its dependencies and required inputs as a module chosen for a named need does (before, the EKS
 * add-ons came as a runner-up for "nightly batch job that runs on a schedule" without the cluster they require).
 */
class LateStepBasesTest {

    private static Library library;

    @BeforeAll
    static void open() {
        library = RecommendFixture.sample();
    }

    @Test
    void aRunnerUpAddOn_comesWithTheClusterItRequires_listedRightAfterIt() {
        List<Recommendation> rs = library.recommend().forUseCase("nightly batch job that runs on a schedule")
                .limit(50).run();
        List<String> ids = RecommendFixture.ids(rs);
        assertTrue(!ids.contains("eks-addons")
                || ids.indexOf("eks-standard") == ids.indexOf("eks-addons") + 1, ids.toString());
    }

    @Test
    void everyListedModule_hasTheModulesItRequiresListed() {
        for (String useCase : List.of("nightly batch job that runs on a schedule", "microservices architecture",
                "scheduled batch jobs", "streaming data pipeline", "kubernetes addons for our workloads",
                "web application with a database")) {
            List<Recommendation> rs = library.recommend().forUseCase(useCase).limit(50).run();
            List<String> ids = RecommendFixture.ids(rs);
            for (Recommendation r : rs) {
                for (var req : r.module().metadata().requires()) {
                    String base = req.module().value();
                    if (library.module(base).isPresent()) {
                        assertTrue(ids.contains(base),
                                useCase + ": " + r.module().id() + " requires " + base + " in " + ids);
                    }
                }
            }
        }
    }

    @Test
    void anAddOnWhoseRequiredClusterCannotBeListed_isNotListed(@TempDir Path tmp) throws IOException {
        try (Stream<Path> files = Files.walk(RecommendFixture.SAMPLE)) {
            for (Path f : files.toList()) {
                Path to = tmp.resolve(RecommendFixture.SAMPLE.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path meta = tmp.resolve("_library/compute/containers/eks-standard/.alexandria.yaml");
        Files.writeString(meta, Files.readString(meta) + "deprecation:\n  reason: Superseded.\n");
        Library copy = Alexandria.builder().root(tmp).noCache().open();
        List<String> ids = RecommendFixture.ids(copy.recommend()
                .forUseCase("nightly batch job that runs on a schedule").limit(50).run());
        assertTrue(!ids.contains("eks-standard") && !ids.contains("eks-addons"), ids.toString());
    }
}
