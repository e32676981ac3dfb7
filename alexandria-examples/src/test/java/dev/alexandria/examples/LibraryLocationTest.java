package dev.alexandria.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.examples.LibraryLocation.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryLocationTest {

    @TempDir
    Path temp;

    @Test
    void resolve_explicitPathWinsOverEverything() throws IOException {
        Path repo = repoWithLibrary();
        LibraryLocation where = LibraryLocation.resolve(Path.of("/elsewhere"),
                Map.of(LibraryLocation.ENVIRONMENT_VARIABLE, "/from-env"), repo);
        assertEquals(new LibraryLocation(Path.of("/elsewhere"), Source.OPTION), where);
    }

    @Test
    void resolve_explicitRepoRootMeansItsComponentsTerraform() throws IOException {
        Path repo = repoWithLibrary();
        assertEquals(new LibraryLocation(repo.resolve("components/terraform"), Source.OPTION),
                LibraryLocation.resolve(repo, Map.of(), temp));
    }

    @Test
    void resolve_environmentBeforeWorkingDirectory() throws IOException {
        Path repo = repoWithLibrary();
        assertEquals(new LibraryLocation(Path.of("/from-env"), Source.ENVIRONMENT),
                LibraryLocation.resolve(null, Map.of(LibraryLocation.ENVIRONMENT_VARIABLE, "/from-env"), repo));
    }

    @Test
    void resolve_workingDirectoryWalksUp() throws IOException {
        Path repo = repoWithLibrary();
        Path deep = Files.createDirectories(repo.resolve("components/terraform/_library/foundations/networking"));
        assertEquals(new LibraryLocation(repo.resolve("components/terraform"), Source.WORKING_DIRECTORY),
                LibraryLocation.resolve(null, Map.of(), deep));
        assertEquals(new LibraryLocation(repo.resolve("components/terraform"), Source.WORKING_DIRECTORY),
                LibraryLocation.resolve(null, Map.of(LibraryLocation.ENVIRONMENT_VARIABLE, " "), repo),
                "a blank variable counts as unset");
    }

    @Test
    void resolve_fallsBackToTheBundledSample() {
        LibraryLocation where = LibraryLocation.resolve(null, Map.of(), temp);
        assertEquals(new LibraryLocation(SampleLibrary.path(), Source.BUNDLED_SAMPLE), where);
        assertEquals(true, where.isBundledSample());
    }

    private Path repoWithLibrary() throws IOException {
        Path repo = temp.resolve("repo");
        Files.createDirectories(repo.resolve("components/terraform/_library"));
        Files.createDirectories(repo.resolve("components/terraform/_catalog"));
        return repo;
    }
}
