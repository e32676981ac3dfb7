package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleNotFoundException;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.internal.discovery.SearchBackends;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LibraryLoader#openModule}: a command about one module reads that module's files and the catalog files it
 * needs, no other module's, and answers about the module exactly as a whole open does.
 */
class OpenModuleTest {

    private static final String VPC = "_library/foundations/networking/vpc-standard/.alexandria.yaml";
    private static final String EKS = "_library/compute/containers/eks-standard/.alexandria.yaml";

    @TempDir
    Path tmp;

    private static Library openModule(Path root, Optional<Path> cache, String idOrPath) {
        return LibraryLoader.openModule(root, real -> cache, SearchBackends.Config.defaults(), MigrationFactory.NONE,
                false, idOrPath);
    }

    @Test
    void theModuleIsWhatAWholeOpenGives_byIdAndByPath() {
        Path root = Fixtures.valid(tmp);
        Library whole = LibraryLoader.open(root);
        for (String name : List.of("vpc-standard", "foundations/networking/vpc-standard",
                "_library/foundations/networking/vpc-standard/",
                root.resolve("_library/foundations/networking/vpc-standard").toAbsolutePath().toString())) {
            Library one = openModule(root, Optional.empty(), name);
            assertEquals(1, one.modules().size(), name);
            LibraryModule m = one.requireModule(name);
            LibraryModule expected = whole.requireModule("vpc-standard");
            assertEquals(expected, m);
            assertEquals(expected.metadata(), m.metadata());
            assertEquals(expected.registryEntry(), m.registryEntry());
            assertEquals(expected.interfaceSpec(), m.interfaceSpec());
            assertEquals(whole.findings("vpc-standard"), one.findings("vpc-standard"));
            assertEquals(whole.versions("vpc-standard").list(), one.versions("vpc-standard").list());
            assertEquals(whole.catalog(), one.catalog());
        }
    }

    @Test
    void anotherModulesBrokenFiles_areNotRead() throws IOException {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, EKS, "id: [unclosed\n");
        Fixtures.write(root, "_library/compute/containers/eks-standard/main.tf", "resource \"x\" {\n");
        assertThrows(CatalogValidationException.class, () -> LibraryLoader.open(root), "the whole library has errors");

        Library one = openModule(root, Optional.empty(), "vpc-standard");
        assertEquals(List.of("vpc-standard"), one.modules().stream().map(m -> m.id().value()).toList());
        assertTrue(one.findings().isEmpty(), () -> one.findings().toString());
        Library valid = LibraryLoader.open(Fixtures.valid(tmp.resolve("valid")));
        assertEquals(valid.requireModule("vpc-standard").interfaceSpec().variables().stream()
                        .map(v -> v.name()).toList(),
                one.requireModule("vpc-standard").interfaceSpec().variables().stream().map(v -> v.name()).toList());
        assertEquals(valid.findings("vpc-standard").size(), one.findings("vpc-standard").size());
    }

    @Test
    void theModulesOwnError_isThrownAtItsFileAndLine() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, VPC, Fixtures.read(root, VPC).replace("version: 1.4.2", "version: one"));
        CatalogValidationException e = assertThrows(CatalogValidationException.class,
                () -> openModule(root, Optional.empty(), "vpc-standard"));
        assertTrue(e.getMessage().contains(VPC + ":5"), e::getMessage);
        CatalogValidationException whole = assertThrows(CatalogValidationException.class,
                () -> LibraryLoader.open(root));
        assertEquals(whole.findings().stream().filter(f -> f.location().file().equals(VPC)).toList(),
                e.findings().stream().filter(f -> f.location().file().equals(VPC)).toList());
    }

    @Test
    void anUnknownOrDuplicateId_opensTheWholeLibrary_forTheSameAnswer() throws IOException {
        Path root = Fixtures.valid(tmp);
        ModuleNotFoundException unknown = assertThrows(ModuleNotFoundException.class,
                () -> openModule(root, Optional.empty(), "vpc-standrd").requireModule("vpc-standrd"));
        assertTrue(unknown.getMessage().contains("vpc-standard"), unknown::getMessage);
        assertEquals(5, openModule(root, Optional.empty(), "vpc-standrd").modules().size());

        Path copy = root.resolve("_library/foundations/security/vpc-standard");
        Files.createDirectories(copy);
        Files.copy(root.resolve(VPC), copy.resolve(".alexandria.yaml"));
        CatalogValidationException whole = assertThrows(CatalogValidationException.class,
                () -> LibraryLoader.open(root));
        CatalogValidationException one = assertThrows(CatalogValidationException.class,
                () -> openModule(root, Optional.empty(), "vpc-standard"));
        assertEquals(whole.findings(), one.findings());
    }

    @Test
    void withTheCache_aModuleChangedAndReadAlone_isSeenByTheNextWholeOpen() {
        Path root = Fixtures.valid(tmp);
        Optional<Path> cache = Optional.of(tmp.resolve("cache"));
        LibraryLoader.open(root, real -> cache); // fills the cache
        // a change that a rule across modules reports: vpc-standard no longer satisfies web-app-ecs's requirement
        Fixtures.write(root, VPC, Fixtures.read(root, VPC).replace("version: 1.4.2", "version: 3.0.0"));
        Library one = openModule(root, cache, "vpc-standard");
        assertEquals("3.0.0", one.requireModule("vpc-standard").version().toString());

        CachedOpenTest.Outcome fresh = CachedOpenTest.Outcome.opening(root, Optional.empty());
        assertEquals(fresh, CachedOpenTest.Outcome.opening(root, cache));
        assertEquals(fresh, CachedOpenTest.Outcome.opening(root, cache));
    }
}
