package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TaggedCopies}: the library at a tag as validating one module reads it - every other module's
 * {@code .alexandria.yaml}, wherever its folder sorts against the module's in git's tree order.
 */
class TaggedCopiesTest {

    @TempDir
    Path tmp;

    @Test
    void copiesTheMetadataOfModulesWhoseFoldersSortBeforeAndAfterTheModule() throws IOException {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp)) {
            // vpc-standard is _library/foundations/networking/vpc-standard: these sort before it, beside it and
            // after it (in its layer and in later layers)
            List<String> others = List.of("_library/compute/containers/eks/.alexandria.yaml",
                    "_library/foundations/networking/vpc-advanced/.alexandria.yaml",
                    "_library/foundations/security/securitygroup/.alexandria.yaml",
                    "_library/security/access-control/kms/.alexandria.yaml");
            for (String other : others) {
                GitLibraryFixture.write(f.root.resolve(other), "id: " + Path.of(other).getParent().getFileName()
                        + "\n");
            }
            GitLibraryFixture.write(f.root.resolve("_library/security/access-control/kms/main.tf"), "");
            f.commit("more modules");
            f.tag("2.1.0");

            Path target = tmp.resolve("copy");
            Files.createDirectories(target);
            assertEquals(TaggedCopies.Outcome.WRITTEN, TaggedCopies.write(f.root, GitLibraryFixture.MODULE_DIR,
                    "refs/tags/vpc-standard/v2.1.0", target));

            for (String other : others) {
                assertTrue(Files.isRegularFile(target.resolve(other)), other + " was not copied: " + listed(target));
            }
            assertTrue(Files.isRegularFile(target.resolve(GitLibraryFixture.MODULE_DIR).resolve("main.tf")));
            assertTrue(Files.isRegularFile(target.resolve("_catalog/module-registry.yaml")));
            assertFalse(Files.exists(target.resolve("_library/security/access-control/kms/main.tf")),
                    "only the metadata of other modules is copied");
        }
    }

    private static List<String> listed(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }
}
