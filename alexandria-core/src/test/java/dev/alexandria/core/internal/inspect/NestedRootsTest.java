package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alexandria.api.model.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nested root modules' files and locations, in the one form every finding shows. */
class NestedRootsTest {

    @TempDir
    Path tmp;

    @Test
    void namesAndLocationsAreRelativeAndSlashSeparatedWhateverTheSeparator() throws Exception {
        Path module = tmp.resolve("_library").resolve("networking").resolve("vpc");
        Path complete = Files.createDirectories(module.resolve("examples").resolve("complete"));
        Files.writeString(complete.resolve("main.tf"), "module \"vpc\" {\n  source = \"../..\"\n  name   = var.x\n}\n");
        Path helper = Files.createDirectories(module.resolve("tests").resolve("setup").resolve("net"));
        Files.writeString(helper.resolve("main.tf"), "output \"id\" {\n  value = \"a\n}\n");
        Files.createDirectories(module.resolve("examples").resolve(".terraform"));
        Files.writeString(module.resolve("examples").resolve(".terraform").resolve("x.tf"), "not read {");

        NestedRoots.Listing listing = NestedRoots.list(module);
        assertEquals(List.of("examples/complete/main.tf", "tests/setup/net/main.tf"),
                listing.files().stream().map(NestedRoots.NestedFile::name).toList());

        NestedRoots.Problems problems = NestedRoots.check("_library/networking/vpc", listing.files(),
                InspectOptions.defaults());
        assertEquals(List.of("_library/networking/vpc/tests/setup/net/main.tf:2:13"),
                problems.errors().stream().map(d -> at(d)).toList());
        assertEquals(List.of("_library/networking/vpc/examples/complete/main.tf:3:12"),
                problems.undeclared().stream().map(d -> at(d)).toList());
    }

    @Test
    void slashedJoinsThePathsNamesWithSlashes() {
        Path relative = Path.of("examples", "complete", "main.tf");
        assertEquals("examples/complete/main.tf", NestedRoots.slashed(relative));
        // a backslash is a separator on Windows only; elsewhere it is part of a name and stays
        assertEquals(java.io.File.separatorChar == '\\' ? "a/b.tf" : "a\\b.tf", NestedRoots.slashed(Path.of("a\\b.tf")));
    }

    @Test
    void aModulePathInAnotherFormIsRefused() {
        for (String bad : List.of("/lib/_library/vpc", "_library\\vpc", "_library/vpc/", "C:/lib/_library/vpc")) {
            assertThrows(IllegalArgumentException.class, () -> NestedRoots.inspect(bad,
                    Map.of("examples/a/main.tf", ""), InspectOptions.defaults()), bad);
        }
    }

    private static String at(Diagnostic d) {
        return d.location().file() + ":" + d.location().line() + ":" + d.location().column();
    }
}
