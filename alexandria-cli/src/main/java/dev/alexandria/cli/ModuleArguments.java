package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleNotFoundException;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.examples.LibraryLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one rule by which every command reads a module argument ({@code info}, {@code compare}, {@code recommend
 * --based-on}, {@code dependencies}, {@code cost}, the lifecycle commands …):
 * <ul>
 *   <li>a folder: {@code .}, {@code ..}, {@code ./x}, {@code ../x}, an absolute path, or a relative path with a
 *       separator that names a folder from the working directory ({@code components/terraform/_library/data/
 *       storage/s3}): the module of that folder;</li>
 *   <li>any other value with a separator: the module's path below {@code _library}
 *       ({@code data/storage/s3}, {@code _library/data/storage/s3});</li>
 *   <li>a bare name: the module's id. Ids never hold a separator ({@link dev.alexandria.api.model.ModuleId}), so
 *       a value with one is always a path.</li>
 * </ul>
 * When the bundled sample library is in use (no library was found), a folder in the sample's source folder of a
 * checkout of Alexandria ({@code alexandria-examples/sample-library/components/terraform/_library/…}) names the
 * module of the same path in the copy that runs.
 */
final class ModuleArguments {

    /** The help of a command's module argument, the same in every command. */
    static final String MODULE_HELP = "A module id (vpc-standard), its path below _library"
            + " (foundations/networking/vpc-standard), or its folder: . in it, or a path from here or absolute.";

    /** The help of a list of module arguments. */
    static final String MODULES_HELP = "Two or more modules, each an id, a path below _library or a folder.";

    private static final String SAMPLE_SOURCE = "alexandria-examples/sample-library/components/terraform";

    private ModuleArguments() {
    }

    /**
     * The folder a module argument names, when it names one: an explicit path ({@link InspectCommand#explicitPath})
     * or a relative path with a separator that is a folder from the working directory.
     *
     * @param spec     the running command (its working directory)
     * @param argument what was given
     * @return the folder, absolute and normalized; empty when the argument is an id or a path below
     *         {@code _library}
     */
    static Optional<Path> folder(CommandSpec spec, String argument) {
        Path wd = LibraryCommand.environment(spec).workingDirectory();
        if (InspectCommand.explicitPath(argument)) {
            return Optional.of(wd.resolve(argument).toAbsolutePath().normalize());
        }
        if (!hasSeparator(argument)) {
            return Optional.empty();
        }
        try {
            Path folder = wd.resolve(argument).toAbsolutePath().normalize();
            return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * What {@link Library#requireModule} and {@code Alexandria.Builder.openModule} take for a module argument: its
     * folder's path below the library's {@code _library} when it names a folder ({@link #folder}), else the
     * argument as given (an id, or a path below {@code _library}).
     *
     * @param spec          the running command (its working directory)
     * @param root          the library's root
     * @param bundledSample whether the library is the bundled sample, used because no library was found
     * @param argument      what was given
     * @return the id or path below {@code _library}
     * @throws ParameterException if the argument names a folder that is no module folder of the library
     */
    static String name(CommandSpec spec, Path root, boolean bundledSample, String argument) {
        Optional<Path> folder = folder(spec, argument);
        if (folder.isEmpty()) {
            return argument;
        }
        return below(root, bundledSample, folder.get()).orElseThrow(() -> new ParameterException(
                spec.commandLine(), outside(spec, root, bundledSample, argument, real(folder.get()))));
    }

    /**
     * The path below the library's {@code _library} of a folder, if it is a folder below it; with the bundled
     * sample in use, a folder below the sample's source {@code _library} in a checkout of Alexandria is read as
     * the same path in the copy that runs.
     *
     * @param root          the library's root
     * @param bundledSample whether the library is the bundled sample
     * @param folder        an absolute folder
     * @return the path below {@code _library}, with {@code /} separators
     */
    static Optional<String> below(Path root, boolean bundledSample, Path folder) {
        Path real = real(folder);
        Optional<String> inLibrary = relative(real(root.resolve("_library")), real);
        if (inLibrary.isPresent() || !bundledSample) {
            return inLibrary;
        }
        return sampleSource(real).flatMap(source -> relative(source.resolve("_library"), real));
    }

    /**
     * The module of an argument ({@link #name}); a value with a separator that names neither a folder here nor a
     * module path below {@code _library} is refused with both readings named.
     *
     * @param spec          the running command
     * @param library       the library
     * @param bundledSample whether the library is the bundled sample
     * @param argument      what was given
     * @return the module
     * @throws ParameterException if a folder is given that is no module folder of the library, or a path that
     *                            names no module either way
     * @throws ModuleNotFoundException if no module has the id
     */
    static LibraryModule require(CommandSpec spec, Library library, boolean bundledSample, String argument) {
        String name = name(spec, library.root(), bundledSample, argument);
        try {
            return library.requireModule(name);
        } catch (ModuleNotFoundException e) {
            if (!hasSeparator(argument) || !name.equals(argument)) {
                throw e;
            }
            throw new ParameterException(spec.commandLine(), notFound(spec, library.root(), bundledSample, argument,
                    e), e);
        }
    }

    /** {@code no module 'x/y': no folder here … and no module at _library/x/y …; give …}. */
    private static String notFound(CommandSpec spec, Path root, boolean bundledSample, String argument,
                                   ModuleNotFoundException e) {
        Path wd = LibraryCommand.environment(spec).workingDirectory();
        String key = argument.strip().replace('\\', '/').replaceFirst("/+$", "").replaceFirst("^(\\./)*_library/",
                "");
        String meant = e.suggestions().isEmpty() ? "" : " (did you mean " + String.join(" or ", e.suggestions()
                .stream().map(s -> "'" + s + "'").toList()) + "?)";
        String library = bundledSample ? "the bundled sample library " + root + " (no library was found in " + wd
                + " or above)" : "the library " + root;
        // a path that holds _library/ further in was meant from here: the reading below _library is not named
        String below = key.contains("_library/") ? " (the library in use is " + library + ")"
                : ", and " + library + " has no module at _library/" + key;
        return "no module '" + argument + "': " + wd.resolve(argument).normalize() + " is no folder" + below
                + "; give a module id" + meant + ", its path below _library, or its folder, relative to " + wd
                + " or absolute" + (bundledSample ? ", or pass --library <folder> to use another library (the folder "
                + "with _library/ and _catalog/)" : " ('alexandria browse' lists the modules)");
    }

    /** Why a folder names no module of the library, and what to give instead. */
    private static String outside(CommandSpec spec, Path root, boolean bundledSample, String argument, Path folder) {
        Path wd = LibraryCommand.environment(spec).workingDirectory();
        String given = argument + (folder.toString().equals(argument) ? "" : " (" + folder + ")");
        Optional<Path> other = LibraryLocation.findRoot(folder).map(ModuleArguments::real)
                .filter(r -> !r.equals(real(root)));
        if (bundledSample) {
            return given + " is not a module folder of the bundled sample library, which is in use because no library "
                    + "was found in " + wd + " or above; pass --library " + other.map(Path::toString)
                    .map(AmbiguousNames::shellWord).orElse("<folder>") + (other.isPresent() ? "" : ", the library "
                    + "root that holds it (the folder with _library/ and _catalog/)") + ", or run the command in it";
        }
        return given + " is not a module folder of the library " + root + other.map(r -> "; pass --library "
                + AmbiguousNames.shellWord(r.toString()) + ", the library that holds it").orElse("; give a module id ("
                + "`alexandria browse` lists them), its path below _library, or its folder (. in the module's "
                + "folder)");
    }

    /**
     * The sample's source folder ({@code …/alexandria-examples/sample-library/components/terraform}) a folder is in,
     * when it is that of a checkout of Alexandria ({@link LibraryLocation#isBundledSampleSource}).
     */
    private static Optional<Path> sampleSource(Path folder) {
        String path = folder.toString().replace('\\', '/');
        int at = path.indexOf("/" + SAMPLE_SOURCE + "/");
        if (at < 0) {
            return Optional.empty();
        }
        Path source = Path.of(path.substring(0, at + 1 + SAMPLE_SOURCE.length()));
        return new LibraryLocation(source, LibraryLocation.Source.OPTION).isBundledSampleSource()
                ? Optional.of(source) : Optional.empty();
    }

    private static Optional<String> relative(Path modules, Path folder) {
        return folder.startsWith(modules) && !folder.equals(modules)
                ? Optional.of(modules.relativize(folder).toString().replace('\\', '/')) : Optional.empty();
    }

    private static boolean hasSeparator(String argument) {
        return argument.contains("/") || argument.contains("\\");
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
