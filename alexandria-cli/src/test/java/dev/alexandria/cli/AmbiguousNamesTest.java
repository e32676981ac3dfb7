package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: a bare name that is both a folder here and a module of the library could mean either; every command
 * that takes a module says which one it used, as inspect does (which uses the folder).
 */
class AmbiguousNamesTest {

    private static final String MODULE_USED = "alexandria: note: using the module vpc-basic of the library "
            + "(_library/foundations/networking/vpc-basic), not the folder ./vpc-basic here";

    @TempDir
    Path cwd;

    private void folderNamedLikeAModule() throws IOException {
        Files.createDirectories(cwd.resolve("vpc-basic"));
        Files.writeString(cwd.resolve("vpc-basic/main.tf"), "variable \"only_here\" {}\n");
    }

    @Test
    void everyCommandAboutAModule_saysItUsedTheModuleNotTheFolderOfThatName() throws IOException {
        folderNamedLikeAModule();
        for (List<String> command : List.of(List.of("info", "vpc-basic"), List.of("status", "vpc-basic"),
                List.of("validate", "vpc-basic"), List.of("versions", "vpc-basic"))) {
            Cli.Result r = Cli.onSample(cwd).run(command.toArray(String[]::new));
            assertTrue(r.err().startsWith(MODULE_USED + ", which is no module of the library\n"), r::toString);
        }
        // cost also estimates a folder outside the library: the note says how to name it
        Cli.Result cost = Cli.onSample(cwd).run("cost", "vpc-basic");
        assertTrue(cost.err().startsWith(MODULE_USED + " (to use that folder, run 'alexandria cost ./vpc-basic')\n"),
                cost::toString);
        // inspect uses the folder, and says it in the same words
        Cli.Result inspect = Cli.onSample(cwd).run("inspect", "vpc-basic");
        assertTrue(inspect.err().startsWith("alexandria: note: inspecting the folder ./vpc-basic; the library "),
                inspect::toString);
        assertTrue(inspect.err().endsWith(" also has a module 'vpc-basic' (to inspect that one, run 'alexandria "
                + "inspect foundations/networking/vpc-basic')\n"), inspect::toString);
    }

    @Test
    void inspectsNote_namesALibraryGivenWithTheOption_soItsCommandRunsAsSaidFromHere() throws IOException {
        folderNamedLikeAModule();
        Path library = cwd.resolve("my lib");
        Cli.copy(dev.alexandria.examples.SampleLibrary.path(), library);
        Cli.Result inspect = Cli.in(cwd).run("inspect", "--library", library.toString(), "vpc-basic");
        assertTrue(inspect.err().endsWith(" also has a module 'vpc-basic' (to inspect that one, run 'alexandria "
                + "inspect --library '" + library.toRealPath() + "' foundations/networking/vpc-basic')\n"),
                inspect::toString);
        assertEquals("abc/d-e_f.tf", AmbiguousNames.shellWord("abc/d-e_f.tf"));
        assertEquals("'it'\\''s here'", AmbiguousNames.shellWord("it's here"));
        assertEquals("''", AmbiguousNames.shellWord(""));
    }

    @Test
    void aPathOrANameWithoutAFolder_isNotAmbiguous_andGetsNoNote() throws IOException {
        Cli.Result bare = Cli.onSample(cwd).run("info", "vpc-basic");
        assertEquals(0, bare.exitCode(), bare::toString);
        assertFalse(bare.err().contains("note:"), bare::toString);
        folderNamedLikeAModule();
        Cli.Result path = Cli.onSample(cwd).run("cost", "./vpc-basic");
        assertFalse(path.err().contains("note:"), path::toString);
    }
}
