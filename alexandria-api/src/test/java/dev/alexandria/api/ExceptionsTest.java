package dev.alexandria.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

    @Test
    void catalogValidationException_listsEveryErrorButNoWarning() {
        Finding e1 = Finding.error("a", SourceLocation.of("x.yaml", 1, 2), "bad", "fix it");
        Finding w = Finding.warning("b", SourceLocation.of("y.yaml"), "meh", "maybe");
        Finding e2 = Finding.error("c", SourceLocation.of("z.yaml", 3, 0), "worse", "fix that");
        CatalogValidationException e = new CatalogValidationException(List.of(e1, w, e2));
        assertEquals("2 errors in the library:" + System.lineSeparator() + "  x.yaml:1:2: bad; fix it"
                + System.lineSeparator() + "  z.yaml:3: worse; fix that", e.getMessage());
        assertEquals(List.of(e1, e2), e.errors());
        assertEquals(3, e.findings().size());
        assertThrows(IllegalArgumentException.class, () -> new CatalogValidationException(List.of(w)));
    }

    @Test
    void moduleNotFound_suggests() {
        assertEquals("no module 'vpc' in the library; did you mean 'vpc-basic'?",
                new ModuleNotFoundException("vpc", "vpc-basic").getMessage());
    }

    @Test
    void lockException_keepsTheLockFile() {
        LockException e = new LockException(Path.of("/lib/_catalog/.alexandria.lock"), "busy", null);
        assertEquals(Path.of("/lib/_catalog/.alexandria.lock"), e.lockFile());
    }
}
