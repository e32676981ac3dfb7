package dev.alexandria.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.BrowseResult;
import dev.alexandria.api.model.Layer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlexandriaTest {

    @TempDir
    Path tmp;

    private Path repoWithLibrary() throws IOException {
        Path root = tmp.resolve("repo/components/terraform");
        Files.createDirectories(root.resolve("_library"));
        Files.createDirectories(root.resolve("_catalog"));
        Files.createDirectories(tmp.resolve("repo/docs/deep/er"));
        return root;
    }

    @Test
    void findLibraryRoot_acceptsTheRootItself() throws IOException {
        Path root = repoWithLibrary();
        assertEquals(Optional.of(root), Alexandria.findLibraryRoot(root));
    }

    @Test
    void findLibraryRoot_findsComponentsTerraformWalkingUp() throws IOException {
        Path root = repoWithLibrary();
        assertEquals(Optional.of(root), Alexandria.findLibraryRoot(tmp.resolve("repo")));
        assertEquals(Optional.of(root), Alexandria.findLibraryRoot(tmp.resolve("repo/docs/deep/er")));
        assertEquals(Optional.of(root), Alexandria.findLibraryRoot(root.resolve("_library")));
    }

    @Test
    void findLibraryRoot_isEmptyOutsideALibrary() {
        assertEquals(Optional.empty(), Alexandria.findLibraryRoot(tmp));
    }

    @Test
    void findLibraryRoot_environmentWins() throws IOException {
        Path root = repoWithLibrary();
        assertEquals(Optional.of(root), Alexandria.findLibraryRoot(tmp, Map.of("ALEXANDRIA_LIBRARY", root.toString())));
        assertEquals(Optional.of(root), Alexandria.findLibraryRoot(tmp, Map.of("ALEXANDRIA_LIBRARY", "repo")));
        assertEquals(Optional.of(root), Alexandria.findLibraryRoot(tmp.resolve("repo"), Map.of()));
    }

    @Test
    void findLibraryRoot_environmentNamingNoLibraryIsAnError() {
        CatalogException e = assertThrows(CatalogException.class,
                () -> Alexandria.findLibraryRoot(tmp, Map.of("ALEXANDRIA_LIBRARY", "nowhere")));
        Path dir = tmp.toAbsolutePath().resolve("nowhere");
        assertEquals("ALEXANDRIA_LIBRARY=nowhere is not a library root: " + dir + " has no _library/ and _catalog/ "
                + "folders (nor has " + dir.resolve("components/terraform") + "); point it at the folder that holds "
                + "them, or unset it", e.getMessage());
    }

    @Test
    void open_emptyLibraryNeedsCategoriesYaml() throws IOException {
        Path root = repoWithLibrary();
        CatalogException e = assertThrows(CatalogException.class, () -> Alexandria.open(root));
        assertEquals("1 error in the library:" + System.lineSeparator() + "  _catalog/categories.yaml: does not exist; "
                + "create it (see docs/library-format.md)", e.getMessage());
    }

    @Test
    void builder_opensAndDescribesItself() throws IOException {
        Path root = repoWithLibrary();
        Files.writeString(root.resolve("_catalog/categories.yaml"), "layers: []\n");
        Alexandria.Builder b = Alexandria.builder();
        assertEquals("Alexandria.Builder{}", b.toString());
        b.root(root);
        assertEquals("Alexandria.Builder{root=" + root + "}", b.toString());
        Library lib = b.open();
        assertEquals(0, lib.modules().size());
        assertEquals(new BrowseResult(java.util.List.of(), 0), lib.browse().layer(Layer.DATA).run());
    }

    @Test
    void builder_rejectsNullsAndOpenWithoutRoot() {
        assertThrows(NullPointerException.class, () -> Alexandria.builder().root(null));
        assertThrows(NullPointerException.class, () -> Alexandria.open(null));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Alexandria.builder().open());
        assertEquals("set root(Path) before open()", e.getMessage());
    }

    @Test
    void isLibraryRoot_isTheOneRule() throws IOException {
        Path root = repoWithLibrary();
        assertTrue(Alexandria.isLibraryRoot(root));
        assertFalse(Alexandria.isLibraryRoot(tmp.resolve("repo")));
        assertFalse(Alexandria.isLibraryRoot(root.resolve("_library")));
        Files.delete(root.resolve("_catalog"));
        Files.writeString(root.resolve("_catalog"), "a file, not a folder");
        assertFalse(Alexandria.isLibraryRoot(root));
    }

    @Test
    void libraryRootAt_isTheFolderOrItsComponentsTerraformButNoParent() throws IOException {
        Path root = repoWithLibrary();
        assertEquals(Optional.of(root), Alexandria.libraryRootAt(root));
        assertEquals(Optional.of(root), Alexandria.libraryRootAt(tmp.resolve("repo")));
        assertEquals(Optional.empty(), Alexandria.libraryRootAt(tmp.resolve("repo/docs")));
        assertThrows(NullPointerException.class, () -> Alexandria.libraryRootAt(null));
    }

    @Test
    void cacheDirectory_isOutsideTheLibraryAndIsWhereOpenKeepsTheCache() throws IOException {
        Path root = repoWithLibrary();
        Files.writeString(root.resolve("_catalog/categories.yaml"), "layers: []\n");
        Path dir = Alexandria.cacheDirectory(root);
        assertFalse(dir.startsWith(root), dir::toString);
        assertEquals(Alexandria.cacheDirectory(), dir.getParent());
        assertEquals(Optional.of(dir), Alexandria.open(root).cacheDirectory());
        assertTrue(Files.exists(dir.resolve("index.bin")));
        assertThrows(CatalogException.class, () -> Alexandria.cacheDirectory(tmp));
    }

    @Test
    void builder_setsTheCacheFolderOrNone() throws IOException {
        Path root = repoWithLibrary();
        Files.writeString(root.resolve("_catalog/categories.yaml"), "layers: []\n");
        Path mine = tmp.resolve("my-cache");
        Alexandria.Builder b = Alexandria.builder().root(root).cacheDirectory(mine);
        assertEquals("Alexandria.Builder{root=" + root + ", cacheDirectory=" + mine + "}", b.toString());
        assertEquals(Optional.of(mine), b.open().cacheDirectory());
        assertTrue(Files.exists(mine.resolve("index.bin")));
        Alexandria.Builder none = Alexandria.builder().root(root).noCache();
        assertEquals("Alexandria.Builder{root=" + root + ", noCache}", none.toString());
        assertEquals(Optional.empty(), none.open().cacheDirectory());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> none.cacheDirectory(mine).open());
        assertEquals("cacheDirectory(" + mine + ") conflicts with noCache(); choose one", e.getMessage());
        assertThrows(NullPointerException.class, () -> Alexandria.builder().cacheDirectory(null));
    }

    /** The example of the class Javadoc, compiled and run. */
    @Test
    void javadocExample_runs() throws Exception {
        Path start = Path.of(AlexandriaTest.class.getResource("/libraries/valid/_library").toURI());
        Path root = Alexandria.findLibraryRoot(start).orElseThrow();
        Library library = Alexandria.open(root);
        java.util.List<String> lines = library.modules().stream().map(m -> m.path() + " " + m.version()).toList();
        BrowseResult compute = library.browse().layer(Layer.COMPUTE).run();
        Library custom = Alexandria.builder()
                .root(root)
                .cacheDirectory(tmp.resolve("my-tool/library"))
                .open();
        assertEquals("foundations/networking/vpc-standard 1.4.2", lines.get(0));
        assertEquals(2, compute.total());
        assertEquals(library.modules(), custom.modules());
    }

    @Test
    void inspect_readsAnyFolderAndLeavesBoilerplateOutOfTheOwnCount() throws Exception {
        Path eks = Path.of(AlexandriaTest.class.getResource(
                "/libraries/boilerplate/_library/compute/containers/eks-standard").toURI());
        ModuleInterface all = Alexandria.inspect(eks);
        ModuleInterface own = Alexandria.inspect(eks, java.util.List.of("context.tf"));
        assertEquals(all.variables(), own.variables());
        assertEquals(all.variables().size(), all.ownVariableCount());
        long inContext = all.variables().stream()
                .filter(v -> v.location().file().endsWith("context.tf")).count();
        assertEquals(16, inContext);
        assertEquals(all.variables().size() - inContext, own.ownVariableCount());
    }

    @Test
    void inspect_reportsAMissingFolderAsADiagnostic() {
        ModuleInterface mi = Alexandria.inspect(Path.of("no-such-module-folder"));
        assertEquals(1, mi.diagnostics().size());
        assertEquals("Failed to read directory", mi.diagnostics().get(0).summary());
        assertThrows(NullPointerException.class, () -> Alexandria.inspect(null));
        assertThrows(NullPointerException.class, () -> Alexandria.inspect(Path.of("x"), null));
        assertThrows(IllegalArgumentException.class, () -> Alexandria.inspect(Path.of("x"), java.util.List.of("a/b.tf")));
    }
}
