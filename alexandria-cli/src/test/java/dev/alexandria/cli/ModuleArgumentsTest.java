package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command reads a module argument by one rule ({@link ModuleArguments}): an id, a path, or a folder. */
class ModuleArgumentsTest {

    private static final String BELOW = "foundations/networking/net-basic";

    @TempDir
    Path tmp;

    /** A copy of the minimal fixture at {@code <tmp>/components/terraform}, found from {@code tmp}. */
    private Path library() throws IOException {
        Path root = tmp.resolve("components/terraform");
        Cli.copy(Cli.fixture("minimal"), root);
        return root;
    }

    private static String[] with(String[] command, String module) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add(module);
        return args.toArray(String[]::new);
    }

    @Test
    void everyCommand_readsARelativeFolderWithoutDotSlash_asThatModule() throws IOException {
        Path root = library();
        String relative = "components/terraform/_library/" + BELOW;
        List<String[]> commands = List.of(new String[] {"info"}, new String[] {"dependencies"},
                new String[] {"status"}, new String[] {"recommend", "--based-on"},
                new String[] {"compare", "net-peering"}, new String[] {"cost-compare", "net-peering"},
                new String[] {"cost"});
        for (String[] command : commands) {
            Cli.Result byId = Cli.in(tmp).run(with(command, "net-basic"));
            for (String module : List.of(relative, "./" + relative, root.resolve("_library/" + BELOW).toString(),
                    relative + "/")) {
                Cli.Result byPath = Cli.in(tmp).run(with(command, module));
                assertEquals(byId.exitCode(), byPath.exitCode(), () -> String.join(" ", command) + " " + module
                        + ": " + byPath);
                assertEquals(byId.out(), byPath.out(), () -> String.join(" ", command) + " " + module);
            }
        }
    }

    @Test
    void aPathBelowLibrary_isReadThereWhenNoSuchFolderIsHere() throws IOException {
        library();
        Cli.Result byId = Cli.in(tmp).run("info", "net-basic");
        assertEquals(0, byId.exitCode(), byId::toString);
        for (String module : List.of(BELOW, "_library/" + BELOW)) {
            Cli.Result r = Cli.in(tmp).run("info", module);
            assertEquals(byId.out(), r.out(), r::toString);
        }
    }

    @Test
    void aPathOfNoModule_namesBothReadingsAndTheFix() throws IOException {
        Path root = library();
        Cli.Result r = Cli.in(tmp).run("info", "foundations/networking/net-basik");
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("no module 'foundations/networking/net-basik': " + tmp.resolve(
                "foundations/networking/net-basik") + " is no folder, and the library " + root.toRealPath()
                + " has no module at _library/foundations/networking/net-basik\n"), r::err);
        assertTrue(r.err().contains("  fix: give a module id (did you mean 'net-basic'?), its path below _library, "
                + "or its folder, relative to " + tmp + " or absolute"), r::err);
        // a path into a library, from here: only the folder is named, with the library in use
        Cli.Result into = Cli.in(tmp).run("recommend", "--based-on", "components/terraform/_library/foundations/x");
        assertEquals(ExitCode.USAGE, into.exitCode(), into::toString);
        assertTrue(into.err().contains(tmp.resolve("components/terraform/_library/foundations/x") + " is no folder "
                + "(the library in use is the library " + root.toRealPath() + ")\n"), into::err);
    }

    @Test
    void aFolderOfAnotherLibrary_namesThatLibraryForLibraryOption() throws IOException {
        Path root = library();
        Path other = tmp.resolve("other");
        Cli.copy(Cli.fixture("minimal"), other);
        Cli.Result r = Cli.in(tmp).run("--library", root.toString(), "info", "other/_library/" + BELOW);
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("is not a module folder of the library " + root.toRealPath() + "\n  fix: pass "
                + "--library " + other.toRealPath() + ", the library that holds it"), r::err);
    }

    /** A checkout of Alexandria, as far as the bundled sample's source folder goes: its parent POM and the folder. */
    private Path checkout(String module) throws IOException {
        Path checkout = tmp.resolve("alexandria");
        Files.createDirectories(checkout.resolve("alexandria-examples/sample-library/components/terraform/_library")
                .resolve(module));
        Files.writeString(checkout.resolve("pom.xml"), "<project><artifactId>alexandria-parent</artifactId>"
                + "</project>\n");
        return checkout;
    }

    @Test
    void withTheBundledSampleInUse_aFolderOfItsSourceInACheckout_isTheSameModuleOfTheCopy() throws IOException {
        Path checkout = checkout("security/access-control/kms");
        Cli.Result byId = Cli.in(checkout).run("info", "kms");
        assertEquals(0, byId.exitCode(), byId::toString);
        String folder = "alexandria-examples/sample-library/components/terraform/_library/security/access-control/kms";
        for (String module : List.of(folder, "./" + folder, checkout.resolve(folder).toString())) {
            Cli.Result r = Cli.in(checkout).run("info", module);
            assertEquals(byId.out(), r.out(), r::toString);
            assertEquals(byId.err(), r.err(), "no note of another folder: " + r);
        }
        Cli.Result based = Cli.in(checkout).run("recommend", "--based-on", "./" + folder);
        assertEquals(Cli.in(checkout).run("recommend", "--based-on", "kms").out(), based.out(), based::toString);
    }

    @Test
    void withTheBundledSampleInUse_anotherFolder_saysSoAndNamesLibraryOption() throws IOException {
        Path checkout = checkout("security/access-control/kms");
        Files.createDirectories(checkout.resolve("modules/kms"));
        Cli.Result r = Cli.in(checkout).run("info", "./modules/kms");
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("./modules/kms (" + checkout.resolve("modules/kms").toRealPath() + ") is not a "
                + "module folder of the bundled sample library, which is in use because no library was found in "
                + checkout + " or above\n  fix: pass --library <folder>, the library root that holds it"), r::err);
    }
}
