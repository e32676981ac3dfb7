package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.RefusedException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish outside a git repository. */
class PublicationTest {

    @TempDir
    Path tmp;

    @Test
    void publish_outsideGitSaysTheLibraryIsNotARepositoryAndHowToMakeOne() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        Map<String, String> before = f.snapshot();
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().lifecycle("vpc-beta").publish());
        String last = e.reasons().get(e.reasons().size() - 1);
        assertTrue(last.startsWith("the library " + f.root + " is not a git repository with a commit"), last);
        assertTrue(last.contains("git init -q && git add -A && git commit -qm \"Library\""), last);
        assertFalse(e.reasons().stream().anyMatch(r -> r.contains("restore the tag")), e.reasons().toString());
        assertEquals(before, f.snapshot());
    }
}
