package dev.alexandria.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Library#migrate(Path)} on the libraries {@code Alexandria} opens, however they are opened. */
class LibraryMigrateTest {

    @TempDir
    Path tmp;

    private Path library;
    private Path flat;

    @BeforeEach
    void libraryAndAFlatFolder() throws IOException {
        library = tmp.resolve("lib");
        Path from = Path.of("src/test/resources/libraries/valid");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = library.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        flat = tmp.resolve("flat");
        Files.createDirectories(flat.resolve("vpc"));
        Files.writeString(flat.resolve("vpc/main.tf"), "resource \"aws_vpc\" \"this\" {\n  cidr_block = \"10.0.0.0/16\"\n"
                + "}\nresource \"aws_subnet\" \"a\" {\n  vpc_id = aws_vpc.this.id\n}\n");
    }

    private void plansIntoTheLibrary(Library lib) throws IOException {
        MigrationPlan plan = lib.migrate(flat).plan();
        assertEquals(flat.toAbsolutePath().normalize(), plan.folder());
        assertEquals(library.toRealPath(), plan.into().toRealPath());
        assertEquals(List.of("vpc"), plan.modules().stream().map(m -> m.source()).toList());
        assertEquals("_library/foundations/networking/vpc", plan.modules().get(0).target().orElseThrow());
    }

    @Test
    void migrate_onALibraryFromAlexandriaOpen_plansIntoThatLibrary() throws IOException {
        plansIntoTheLibrary(Alexandria.open(library));
    }

    @Test
    void migrate_onALibraryFromTheBuilder_plansIntoThatLibrary() throws IOException {
        plansIntoTheLibrary(Alexandria.builder().root(library).noCache().providerDiscovery(false).open());
    }

    @Test
    void migrate_onASnapshotOpenedWithoutMigrationSupport_saysHowToGetIt() {
        Library bare = LibraryLoader.open(library);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> bare.migrate(flat));
        assertEquals("this library was opened without migration support; open it with Alexandria.open to migrate"
                + " into it", e.getMessage());
    }

    @Test
    void check_onALibraryThatDoesNotOpen_throwsItsCatalogError() throws IOException {
        Path metadata = library.resolve("_library/compute/containers/eks-standard/.alexandria.yaml");
        Files.writeString(metadata, Files.readString(metadata).replaceFirst("(?m)^maturity:.*\\n", ""));
        CatalogException e = assertThrows(CatalogException.class, () -> Alexandria.migrate(library).check());
        assertTrue(e.getMessage().contains("missing required key 'maturity'"), e::getMessage);
    }

    @Test
    void check_onAnOpenLibrary_readsItsLegacyLinks() {
        assertEquals(List.of(), Alexandria.builder().root(library).noCache().providerDiscovery(false).open()
                .migrate(flat).check());
    }
}
