package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages about the files of a library name them relative to its root, never by the absolute path of the
 * machine the library sits on: a broken, looping or unreadable configuration file, and an HCL error that names
 * another file of the module. The links are made when the test runs (git does not keep every kind of link).
 */
class LibraryPathsInMessagesTest {

    /** The fix inspect prints under an error without a line (validate's and browse --findings' say the same). */
    static final String FILE_FIX = "  fix: replace or remove the file as the message says;"
            + " until then the module's inputs, outputs and complexity tier are read without it";

    private static final String MODULE = "_library/foundations/networking/net-basic";

    @TempDir
    Path tmp;

    private Path root;
    private Path module;
    private Cli cli;

    @BeforeEach
    void copyTheLibrary() throws IOException {
        root = tmp.resolve("lib");
        Cli.copy(Cli.fixture("minimal"), root);
        module = root.resolve(MODULE);
        Path cwd = Files.createDirectories(tmp.resolve("cwd"));
        cli = Cli.in(cwd).env("ALEXANDRIA_CACHE_DIR", tmp.resolve("cache").toString());
    }

    /** Runs a command on the library and checks that nothing it printed names the machine's temporary folder. */
    private Cli.Result run(String... args) throws IOException {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--library";
        all[args.length + 1] = root.toString();
        Cli.Result r = cli.run(all);
        for (String machine : new String[] {tmp.toString(), tmp.toRealPath().toString()}) {
            assertFalse(r.out().contains(machine), () -> "stdout names " + machine + ":\n" + r);
            assertFalse(r.err().contains(machine), () -> "stderr names " + machine + ":\n" + r);
        }
        return r;
    }

    @Test
    void inspect_aLinkToAMissingFile_namesItFromTheRoot() throws IOException {
        Files.createSymbolicLink(module.resolve("gone.tf"), Path.of("missing.tf"));
        Cli.Result r = run("inspect", "net-basic");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("error: " + MODULE + "/gone.tf: Not a regular file: The configuration file \""
                + MODULE + "/gone.tf\" is not a regular file (a named pipe, socket, device or broken link), so it was"
                + " not read; replace it with a file or remove it\n" + FILE_FIX + "\n"),
                r::toString);
        assertFalse(r.err().contains("at that line"), "the error has no line: " + r);
        Files.writeString(module.resolve("README.md"), "# net-basic\n\n<!-- BEGIN_TF_DOCS -->\n<!-- END_TF_DOCS -->\n");
        Cli.Result v = run("validate");
        assertTrue((v.out() + v.err()).contains(MODULE + "/gone.tf"), v::toString);
        // the README rule names the file it could not read, without a line it does not have
        assertTrue(v.out().contains("the inputs and outputs tables were not checked: " + MODULE + "/gone.tf was not "
                + "read (its error says why)"), v::toString);
        assertFalse(v.out().contains("gone.tf:1 does not parse"), v::toString);
    }

    @Test
    void inspect_linksThatLoop_nameTheChainFromTheRoot() throws IOException {
        Files.createSymbolicLink(module.resolve("a.tf"), Path.of("b.tf"));
        Files.createSymbolicLink(module.resolve("b.tf"), Path.of("a.tf"));
        Cli.Result r = run("inspect", "net-basic");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("error: " + MODULE + "/a.tf: Symbolic link loop: The configuration file \""
                + MODULE + "/a.tf\" is a symbolic link that loops and never reaches a file (" + MODULE + "/a.tf -> "
                + MODULE + "/b.tf -> " + MODULE + "/a.tf), so it was not read; point the link at the file it stands"
                + " for, or remove it\n" + FILE_FIX + "\n"), r::toString);
        run("validate");
        run("info", "net-basic");
    }

    @Test
    void inspect_anUnreadableFile_namesItFromTheRootWithTheReason() throws IOException {
        Path locked = module.resolve("extra.tf");
        Files.writeString(locked, "variable \"extra\" {}\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "the file is readable anyway (running as root)");
            Cli.Result r = run("inspect", "net-basic");
            assertEquals(1, r.exitCode(), r::toString);
            assertTrue(r.err().startsWith("error: " + MODULE + "/extra.tf: Failed to read file; The configuration"
                    + " file \"" + MODULE + "/extra.tf\" could not be read (permission denied); make it readable, or"
                    + " remove it.\n"), r::toString);
            run("validate");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void inspect_aDeclarationMadeTwice_namesTheOtherFileFromTheRoot() throws IOException {
        Files.writeString(module.resolve("more.tf"), "variable \"name\" {}\n");
        for (int run = 0; run < 2; run++) { // the second from the cache
            Cli.Result r = run("inspect", "net-basic");
            assertEquals(1, r.exitCode(), r::toString);
            assertTrue(r.err().startsWith("error: " + MODULE + "/variables.tf:1:1: Duplicate variable declaration: A"
                    + " variable named \"name\" was already declared at " + MODULE + "/more.tf:1,1. Variable names"
                    + " must be unique within a module\n"), r::toString);
        }
        run("validate");
    }

    @Test
    void inspect_ofAModuleFolderInTheLibrary_namesItsFilesFromTheRoot() throws IOException {
        Files.createSymbolicLink(module.resolve("gone.tf"), Path.of("missing.tf"));
        Files.writeString(module.resolve("more.tf"), "variable \"name\" {}\n");
        Cli.Result r = run("inspect", module.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains("error: " + MODULE + "/gone.tf: Not a regular file: The configuration file \""
                + MODULE + "/gone.tf\" is not a regular file"), r::toString);
        assertTrue(r.err().contains("was already declared at " + MODULE + "/more.tf:1,1."), r::toString);
    }

    @Test
    void inspect_ofAFolderOutsideALibrary_namesItsFilesFromTheWorkingDirectory() throws IOException {
        Path cwd = tmp.resolve("cwd");
        Path folder = Files.createDirectories(cwd.resolve("mod"));
        Files.writeString(folder.resolve("variables.tf"), "variable \"name\" {}\n");
        Files.writeString(folder.resolve("more.tf"), "variable \"name\" {}\n");
        Cli.Result r = cli.run("inspect", "mod");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains("A variable named \"name\" was already declared at mod/"), r::toString);
        for (String machine : new String[] {tmp.toString(), tmp.toRealPath().toString()}) {
            assertFalse(r.err().contains(machine), () -> "stderr names " + machine + ":\n" + r);
        }
    }

    @Test
    void cost_ofAModuleWithAnHclError_namesTheOtherFileFromTheRoot() throws IOException {
        Files.writeString(module.resolve("more.tf"), "variable \"name\" {}\n");
        Cli.Result r = run("cost", "net-basic");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains("was already declared at " + MODULE + "/more.tf:1,1."), r::toString);
    }
}
