package dev.alexandria.core.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PathsInTextTest {

    private static final Path ROOT = Path.of("/home/me/lib");

    @Test
    void relative_namesEveryPathBelowTheRootFromIt() {
        assertEquals("A variable named \"name\" was already declared at _library/a/b/m/more.tf:1,1.",
                PathsInText.relative(ROOT, "A variable named \"name\" was already declared at "
                        + "/home/me/lib/_library/a/b/m/more.tf:1,1."));
        assertEquals("(_library/m/a.tf -> _library/m/b.tf -> _library/m/a.tf)",
                PathsInText.relative(ROOT, "(/home/me/lib/_library/m/a.tf -> /home/me/lib/_library/m/b.tf -> "
                        + "/home/me/lib/_library/m/a.tf)"));
    }

    @Test
    void relative_theRootItselfIsTheDot() {
        assertEquals("the library . has no git repository",
                PathsInText.relative(ROOT, "the library /home/me/lib has no git repository"));
    }

    @Test
    void relative_leavesOtherPathsAndLongerNamesAlone() {
        String text = "/home/me/library/x.tf and /tmp/y.tf";
        assertSame(text, PathsInText.relative(Path.of("/home/me/lib2"), text));
        assertEquals(text, PathsInText.relative(ROOT, text));
    }
}
