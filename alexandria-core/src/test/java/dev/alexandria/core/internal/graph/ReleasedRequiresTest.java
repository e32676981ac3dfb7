package dev.alexandria.core.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Resolution;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a chosen version of a dependency requires is what that version declared when it was released. */
class ReleasedRequiresTest {

    private static final String EKS = "_library/compute/containers/eks-standard/.alexandria.yaml";

    @TempDir
    Path tmp;

    /**
     * The graph-conflict library, in git: eks-standard 1.0.0-beta.2 was released (tagged) requiring vpc-standard
     * {@code >= 1.0.0}; its working tree has since narrowed that to {@code < 1.2.0}, which conflicts with
     * web-app-ecs's {@code >= 1.4.0}.
     */
    private Path releasedWithWiderRequires() throws Exception {
        Path root = GraphFixtures.open(tmp, "graph-conflict").root();
        Path eks = root.resolve(EKS);
        String now = Files.readString(eks);
        Files.writeString(eks, now.replace("version: \"< 1.2.0\"", "version: \">= 1.0.0\""));
        PersonIdent me = new PersonIdent("Test", "test@example.com");
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("eks-standard 1.0.0-beta.2").setAuthor(me).setCommitter(me).setSign(false).call();
            git.tag().setName("eks-standard/v1.0.0-beta.2").setAnnotated(true).setMessage("release")
                    .setTagger(me).setSigned(false).call();
        }
        Files.writeString(eks, now);
        return root;
    }

    @Test
    void resolve_readsTheRequiresOfTheChosenVersionFromItsTag_notFromTheWorkingTree() throws Exception {
        Library lib = LibraryLoader.open(releasedWithWiderRequires());
        Resolution r = lib.dependencies("web-app-ecs").resolve();

        assertTrue(r.isResolved(), r::toString);
        assertEquals(Map.of(ModuleId.of("eks-standard"), Version.parse("1.0.0-beta.2"), ModuleId.of("vpc-standard"),
                Version.parse("1.4.2"), ModuleId.of("securitygroup"), Version.parse("1.1.0")), r.selected());
        // the working tree's requirement still counts where the working tree is what is deployed
        Resolution own = lib.dependencies("eks-standard").resolve();
        assertEquals(Version.parse("1.0.0"), own.version(ModuleId.of("vpc-standard")).orElseThrow());
    }

    @Test
    void resolve_withoutATagForTheChosenVersion_usesTheWorkingTree() throws Exception {
        Path root = releasedWithWiderRequires();
        try (Git git = Git.open(root.toFile())) {
            git.tagDelete().setTags("eks-standard/v1.0.0-beta.2").call();
        }
        Resolution r = LibraryLoader.open(root).dependencies("web-app-ecs").resolve();

        assertFalse(r.isResolved());
        assertEquals("no registered version of vpc-standard (1.4.2, 1.0.0) satisfies every constraint: "
                + "web-app-ecs → eks-standard (= 1.0.0-beta.2) → vpc-standard (< 1.2.0) vs "
                + "web-app-ecs → vpc-standard (>= 1.4.0)", r.conflicts().get(0).explanation());
    }
}
