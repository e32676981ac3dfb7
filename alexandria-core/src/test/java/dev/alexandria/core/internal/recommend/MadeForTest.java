package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A need is answered by a module made for it, not by one whose prose only mentions its words
 * ({@code libraries/recommend-made-for}: a cluster whose description says it works with Karpenter and Argocd, and an
 * add-ons module with an input that switches each of them on).
 */
class MadeForTest {

    private static final Path FIXTURE = Path.of("src/test/resources/libraries/recommend-made-for");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.open(FIXTURE);
    }

    @Test
    void aModuleWithAnInputThatSwitchesTheThingOn_isMadeForIt_oneThatMentionsItIsNot() {
        LibraryModule addons = library.module("kube-addons").orElseThrow();
        LibraryModule cluster = library.module("kube-cluster").orElseThrow();
        assertTrue(Makers.madeFor(addons, "argocd"));
        assertTrue(Makers.madeFor(addons, "karpenter"));
        assertFalse(Makers.madeFor(cluster, "argocd"));
        assertTrue(Makers.madeFor(cluster, "eks")); // aws_eks_cluster
        assertFalse(Makers.madeFor(addons, "eks"));
    }

    @Test
    void aNeedAChosenModuleOnlyMentions_getsTheModuleMadeForIt() {
        List<Recommendation> rs = library.recommend().forUseCase("eks with karpenter and argocd").run();
        List<String> ids = rs.stream().map(r -> r.module().id().value()).toList();
        assertTrue(ids.contains("kube-cluster"), rs.toString());
        assertTrue(ids.contains("kube-addons"), rs.toString());
        Recommendation cluster = rs.stream().filter(r -> r.module().id().value().equals("kube-cluster"))
                .findFirst().orElseThrow();
        assertTrue(cluster.evidence().stream().noneMatch(e -> e.contains("karpenter") || e.contains("argocd")),
                cluster.evidence().toString());
    }
}
