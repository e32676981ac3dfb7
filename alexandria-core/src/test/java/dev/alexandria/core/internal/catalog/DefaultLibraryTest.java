package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Browse;
import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleNotFoundException;
import dev.alexandria.api.model.BrowseResult;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.LibraryModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultLibraryTest {

    @TempDir
    static Path tmp;

    static Library lib;

    @BeforeAll
    static void open() {
        lib = LibraryLoader.open(Fixtures.valid(tmp));
    }

    @Test
    void module_resolvesIdAndPathToTheSameModule() {
        LibraryModule byId = lib.module("vpc-standard").orElseThrow();
        assertSame(byId, lib.module("foundations/networking/vpc-standard").orElseThrow());
        assertSame(byId, lib.module("_library/foundations/networking/vpc-standard/").orElseThrow());
        assertEquals(Layer.FOUNDATIONS, byId.layer());
        assertEquals(Category.parse("foundations/networking"), byId.category());
        assertEquals(MaturityLevel.STABLE, byId.maturity());
        assertEquals("1.4.2", byId.version().toString());
        assertEquals(Optional.empty(), lib.module("../vpc-standard"));
        assertEquals(Optional.empty(), lib.module("nope"));
    }

    @Test
    void module_resolvesTheModulesFolder_absoluteOrBelowLibraryWithEitherSeparator() {
        LibraryModule byId = lib.module("vpc-standard").orElseThrow();
        assertSame(byId, lib.module(byId.directory().toAbsolutePath().toString()).orElseThrow());
        assertSame(byId, lib.module(byId.directory().toAbsolutePath() + "/").orElseThrow());
        assertSame(byId, lib.module("./_library/foundations/networking/vpc-standard").orElseThrow());
        assertSame(byId, lib.module("foundations\\networking\\vpc-standard").orElseThrow());
        // the absolute folder of no module, or one outside the library, names none
        assertEquals(Optional.empty(), lib.module(lib.root().resolve("_library/foundations").toString()));
        assertEquals(Optional.empty(), lib.module(lib.root().resolve("_catalog").toString()));
        // a relative path is read below _library, not from the working directory
        assertEquals(Optional.empty(), lib.module("vpc-standard/main.tf"));
    }

    @Test
    void requireModule_anAbsolutePathOfNoModule_suggestsByItsLastName() {
        String folder = lib.root().resolve("_library/foundations/networking/vpc-standrd").toString();
        ModuleNotFoundException e = assertThrows(ModuleNotFoundException.class, () -> lib.requireModule(folder));
        assertEquals(List.of("vpc-standard"), e.suggestions());
    }

    @Test
    void meant_listsTheIdsBeginningWithOrContainingTheText_beforeTheClosestBySpelling() {
        List<String> ids = List.of("dns", "cloudwatch-dashboards", "rds-postgres", "rds-aurora", "rds-mysql-legacy", "aurora-global",
                "vpc-standard");
        // 'rds' is one edit from 'dns': spelling alone suggested it
        assertEquals(List.of("rds-aurora", "rds-mysql-legacy", "rds-postgres"), DefaultLibrary.meant("rds", ids));
        assertEquals(List.of("aurora-global", "rds-aurora"), DefaultLibrary.meant("aurora", ids));
        assertEquals(List.of("vpc-standard"), DefaultLibrary.meant("vpc-stndard", ids));
        assertEquals(List.of(), DefaultLibrary.meant("kafka", ids));
        assertEquals("no module 'rds' in the library; did you mean 'rds-aurora', 'rds-mysql-legacy' or 'rds-postgres'?",
                ModuleNotFoundException.withSuggestions("rds", DefaultLibrary.meant("rds", ids)).getMessage());
    }

    @Test
    void requireModule_suggestsTheClosestId() {
        ModuleNotFoundException e = assertThrows(ModuleNotFoundException.class, () -> lib.requireModule("vpc-stndard"));
        assertEquals("no module 'vpc-stndard' in the library; did you mean 'vpc-standard'?", e.getMessage());
        assertEquals(Optional.of("vpc-standard"), e.suggestion());
    }

    @Test
    void requireModule_withoutACloseIdPointsToBrowse() {
        ModuleNotFoundException e = assertThrows(ModuleNotFoundException.class, () -> lib.requireModule("lambda"));
        assertEquals("no module 'lambda' in the library; run 'alexandria browse' to list the modules", e.getMessage());
    }

    @Test
    void browse_groupsByLayerAndCategoryWithCounts() {
        BrowseResult all = lib.browse().run();
        assertEquals(5, all.total());
        assertEquals(List.of(Layer.FOUNDATIONS, Layer.COMPUTE, Layer.PATTERNS),
                all.layers().stream().map(BrowseResult.LayerGroup::layer).toList());
        assertEquals(List.of(2, 2, 1), all.layers().stream().map(BrowseResult.LayerGroup::moduleCount).toList());
        BrowseResult.CategoryGroup containers = all.layers().get(1).categories().get(0);
        assertEquals("compute/containers", containers.category().id());
        assertEquals(List.of("eks-addons", "eks-standard"),
                containers.modules().stream().map(m -> m.id().value()).toList());
    }

    @Test
    void browse_filtersByLayerCategoryAndMaturity() {
        assertEquals(2, lib.browse().layer(Layer.COMPUTE).run().total());
        assertEquals(1, lib.browse().category(Category.parse("foundations/security")).run().total());
        assertEquals(2, lib.browse().maturity(MaturityLevel.STABLE).run().total());
        assertEquals(0, lib.browse().layer(Layer.DATA).run().total());
    }

    @Test
    void browse_refusesACategoryOutsideTheChosenLayerNamingBoth() {
        Browse b = lib.browse().layer(Layer.COMPUTE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.category(Category.parse("data/databases")));
        assertEquals("category data/databases conflicts with layer compute: the category is in layer data; choose one "
                + "or the other", e.getMessage());
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> lib.browse().category(Category.parse("data/databases")).layer(Layer.COMPUTE));
        assertEquals("layer compute conflicts with category data/databases, which is in layer data; choose one or the "
                + "other", e2.getMessage());
    }

    @Test
    void browse_toStringListsOnlyWhatWasSetAndRunLeavesItUnchanged() {
        Browse b = lib.browse();
        assertEquals("Browse{}", b.toString());
        b.layer(Layer.COMPUTE).maturity(MaturityLevel.BETA, MaturityLevel.ALPHA);
        assertEquals("Browse{layer=compute, maturity=alpha,beta}", b.toString());
        BrowseResult first = b.run();
        BrowseResult second = b.run();
        assertEquals(first, second, "a second run() must see the same options as the first");
        assertTrue(first.layers().stream().allMatch(g -> g.layer() == Layer.COMPUTE), first::toString);
        assertTrue(first.layers().stream().flatMap(g -> g.categories().stream()).flatMap(c -> c.modules().stream())
                .allMatch(m -> m.maturity() == MaturityLevel.ALPHA || m.maturity() == MaturityLevel.BETA), first::toString);
        assertEquals("Browse{layer=compute, maturity=alpha,beta}", b.toString());
    }

    @Test
    void browse_rejectsNullsAndEmptyLevels() {
        assertThrows(NullPointerException.class, () -> lib.browse().layer(null));
        assertThrows(NullPointerException.class, () -> lib.browse().category(null));
        assertThrows(NullPointerException.class, () -> lib.browse().maturity((MaturityLevel[]) null));
        assertThrows(NullPointerException.class, () -> lib.browse().maturity((List<MaturityLevel>) null));
        assertThrows(IllegalArgumentException.class, () -> lib.browse().maturity(List.of()));
        assertThrows(NullPointerException.class, () -> lib.module(null));
    }

    @Test
    void library_isSafeForManyConcurrentReaders() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            work.add(() -> {
                int n = 0;
                for (LibraryModule m : lib.modules()) {
                    n += lib.module(m.id().value()).orElseThrow() == m ? 1 : 0;
                    n += lib.module(m.path()).orElseThrow() == m ? 1 : 0;
                }
                return n + lib.browse().run().total();
            });
        }
        for (Future<Integer> f : pool.invokeAll(work, 60, TimeUnit.SECONDS)) {
            assertEquals(15, f.get());
        }
        pool.shutdown();
        assertThrows(UnsupportedOperationException.class, () -> lib.modules().clear());
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }
}
