package dev.alexandria.cli;

import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.examples.LibraryLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A module argument given as a bare name ({@code vpc-basic}, not {@code ./vpc-basic}) can mean a folder of that
 * name in the working directory or a module of the library. Every command that takes a module says on stderr which
 * one it used, and how to name the other, in the same words: {@code inspect} reads the folder, the others use the
 * module. Nothing is said when the two are the same folder, or the name is a path ({@code ./x}, {@code ../x},
 * absolute, or any value with a separator for the commands that use the module), which is read as a folder
 * whenever it is one.
 */
final class AmbiguousNames {

    private static final String NOTE = "alexandria: note: ";

    private AmbiguousNames() {
    }

    /**
     * The folder a bare name also means here, when it is another folder than the module's.
     *
     * @param spec     the running command (its working directory)
     * @param argument the module argument as given
     * @param module   the library's module of that name
     * @return the other folder, or empty when the name is unambiguous
     */
    static Optional<Path> otherFolder(CommandSpec spec, String argument, LibraryModule module) {
        if (argument.isBlank() || InspectCommand.explicitPath(argument)) {
            return Optional.empty();
        }
        Path folder = LibraryCommand.environment(spec).workingDirectory().resolve(argument).normalize();
        if (!Files.isDirectory(folder) || sameFile(module.directory(), folder)) {
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    /**
     * Says that the module was used, not the folder of the same name here.
     *
     * @param spec         the running command
     * @param argument     the module argument as given
     * @param module       the module used
     * @param folderOption whether the command also takes a module folder outside the library ({@code ./x}): the
     *                     note then says how to name it
     */
    static void moduleUsed(CommandSpec spec, String argument, LibraryModule module, boolean folderOption) {
        // a value with a separator is read as a folder whenever it is one (ModuleArguments): no other reading
        if (argument.contains("/") || argument.contains("\\") || otherFolder(spec, argument, module).isEmpty()) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(NOTE + "using the module " + module.id() + " of the library (_library/"
                + module.path() + "), not the folder ./" + argument + " here" + (folderOption
                        ? " (to use that folder, run '" + spec.qualifiedName() + " ./" + argument + "')"
                        : ", which is no module of the library"));
        err.flush();
    }

    /**
     * Says that the folder was used, not the module of the same name ({@code inspect}).
     *
     * @param spec     the running command
     * @param argument the module argument as given
     * @param module   the library's module of that name
     * @param where    the library the command found (a library given with {@code --library} is named in the
     *                 command the note suggests, so it runs as said from here)
     * @param doing    what the command does with the folder, such as {@code inspecting}
     */
    static void folderUsed(CommandSpec spec, String argument, LibraryModule module, LibraryLocation where,
                           String doing) {
        if (otherFolder(spec, argument, module).isEmpty()) {
            return;
        }
        String library = where.isBundledSample() ? "the bundled sample library" : "the library " + where.path();
        String option = where.source() == LibraryLocation.Source.OPTION
                ? " --library " + shellWord(where.path().toString()) : "";
        PrintWriter err = spec.commandLine().getErr();
        err.println(NOTE + doing + " the folder ./" + argument + "; " + library + " also has a module '" + argument
                + "' (to " + spec.name() + " that one, run '" + spec.qualifiedName() + option + " " + module.path()
                + "')");
        err.flush();
    }

    /** A word as a POSIX shell reads it back: as it is when it holds no special character, else in single quotes. */
    static String shellWord(String word) {
        return !word.isEmpty() && word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word
                : "'" + word.replace("'", "'\\''") + "'";
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
