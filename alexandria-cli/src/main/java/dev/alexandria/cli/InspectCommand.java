package dev.alexandria.cli;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.ProviderRequirement;
import dev.alexandria.api.model.ResourceRef;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.LibraryLocation;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alexandria inspect <module|path>}: the interface of a module as read from its HCL, as a table, as
 * the JSON of {@code terraform-config-inspect --json}, or as README Markdown.
 *
 * <p>The argument is a folder when a folder of that name exists (relative to the working directory, or
 * absolute); {@code ./x}, {@code ../x} and absolute paths must exist. The folder is then read directly and no
 * library is opened: the library found by {@code --library}, {@code $ALEXANDRIA_LIBRARY} or the working
 * directory only lends the boilerplate files of its {@code _catalog/settings.yaml}, the one file read. When the
 * name is also a module of that library (or of the bundled sample), a note on stderr says the folder was used
 * and how to name the module. Otherwise the argument is a module id or {@code layer/category/id} of the
 * library, and the module's findings other than its HCL diagnostics follow on stderr.
 *
 * <p>Not {@link LibraryCommand}: its {@code --output} takes {@code markdown} and not {@code yaml}, and a folder
 * needs no library.
 *
 * @since 0.1.0
 */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Show a module's interface: inputs, outputs, resources.",
            "Also its Terraform and provider requirements, module calls and the errors in its HCL.",
            "MODULE is a module id of the library, or any folder with .tf files."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  no errors in the HCL",
            "  1  the HCL has errors: the output is still printed, the errors are on stderr",
            "     (or in the diagnostics of the JSON)",
            "  2  usage error (unknown module, unknown option, bad value)",
            "  3  the path is not a folder with .tf files",
            "",
            "Examples:",
            "  alexandria inspect vpc-standard",
            "  alexandria inspect foundations/networking/vpc-standard --output markdown",
            "  alexandria inspect ./my-module --output json",
        })
final class InspectCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(InspectCommand.class);

    private static final int MIN_DESCRIPTION_WIDTH = 20;
    private static final int MAX_TYPE_WIDTH = 30;
    private static final int MAX_DEFAULT_WIDTH = 20;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "MODULE",
            description = "A module id (vpc-standard) or its path below _library"
                    + " (foundations/networking/vpc-standard); a folder of that name here, or a path such as"
                    + " ./my-module or an absolute one, is read as that folder instead.")
    private String module;

    // The global options, declared here because this command's --output differs (markdown, no yaml).
    @Option(names = "--library", paramLabel = "PATH",
            description = "The library root. Default: $ALEXANDRIA_LIBRARY, else the current directory or a parent,"
                    + " else the bundled sample library. For a folder, only its boilerplate settings are used.")
    private Path library;

    @Option(names = "--output", paramLabel = "FORMAT", converter = Format.Choice.class,
            completionCandidates = Format.Choice.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: table; no yaml).")
    private Format output;

    @Option(names = {"-v", "--verbose"}, description = "Log debug detail and show stack traces of errors.")
    private boolean verbose;

    /** The formats of this command. */
    enum Format {
        /** Sections of aligned tables. */
        TABLE,
        /** The JSON of {@code terraform-config-inspect --json}. */
        JSON,
        /** README tables, terraform-docs style. */
        MARKDOWN;

        String id() {
            return EnumChoice.id(this);
        }

        static final class Choice extends EnumChoice<Format> {
            Choice() {
                super(Format.class);
            }
        }
    }

    @Override
    public Integer call() {
        Format format = format();
        CliEnvironment env = LibraryCommand.environment(spec);
        LibraryLocation where = LibraryCommand.locate(env, library());
        Optional<Path> folder = folder(env);
        if (folder.isPresent()) {
            tellIfAlsoAModule(where);
            // Files are named from the library's root when the folder is in it (as every other command names
            // them), else from the working directory: the same base for the line's file and for the texts.
            Path base = where.path().toAbsolutePath().normalize();
            if (!folder.get().startsWith(base)) {
                base = env.workingDirectory();
            }
            ModuleInterface mi = Alexandria.inspect(folder.get(), boilerplateFiles(where), base);
            print(format, mi, base, env);
            if (format != Format.JSON) {
                printDiagnostics(mi, base);
            }
            return mi.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
        }
        Library lib = LibraryCommand.openLibrary(spec, where);
        ModuleInterface mi = lib.inspect(module);
        print(format, mi, lib.root(), env);
        if (format != Format.JSON) {
            printDiagnostics(mi, lib.root());
        }
        // The module's findings include its HCL diagnostics (as warnings, since the library still opens):
        // those were just printed with their own severity, or are in the JSON, so print only the others.
        List<Finding> concerning = lib.findings(module);
        List<Finding> others = concerning.stream()
                .filter(f -> mi.diagnostics().stream().noneMatch(d -> sameLocation(d, f, lib.root())))
                .toList();
        LibraryCommand.reportModuleFindings(spec.commandLine().getErr(), lib, others, concerning, verbose());
        return LibraryCommand.reportUnavailable(spec.commandLine().getErr(), lib,
                mi.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK, false);
    }

    private void print(Format format, ModuleInterface mi, Path base, CliEnvironment env) {
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON:
                out.println(Alexandria.inspectJson(mi));
                break;
            case MARKDOWN:
                out.print(Alexandria.inspectMarkdown(mi));
                break;
            default:
                table(mi, base, env);
                break;
        }
        out.flush();
    }

    private void printDiagnostics(ModuleInterface mi, Path base) {
        PrintWriter err = spec.commandLine().getErr();
        for (Diagnostic d : mi.diagnostics()) {
            err.println(d.severity().name().toLowerCase(Locale.ROOT) + ": " + location(d.location(), base) + ": "
                    + d.message());
            if (d.isError()) {
                err.println("  fix: " + d.fix()); // the words validate and browse --findings use
            }
        }
        err.flush();
    }

    private static boolean sameLocation(Diagnostic d, Finding f, Path root) {
        return d.location().line() == f.location().line() && d.location().column() == f.location().column()
                && display(d.location().file(), root).equals(f.location().file());
    }

    /**
     * A name that is a folder here and also a module of the library could mean either: say on stderr that the
     * folder was used, and how to get the module ({@link AmbiguousNames}, as every command about a module says it).
     * Opens the library only in that case.
     */
    private void tellIfAlsoAModule(LibraryLocation where) {
        if (explicitPath(module)) {
            return;
        }
        Optional<LibraryModule> same;
        try {
            same = Alexandria.open(where.path()).module(module);
        } catch (AlexandriaException e) {
            LOG.debug("not checking whether '{}' is also a module of {}: {}", module, where.path(), e.getMessage());
            return;
        }
        same.ifPresent(m -> AmbiguousNames.folderUsed(spec, module, m, where, "inspecting"));
    }

    /** {@code --output} here, else before the command; {@code yaml} there is refused, as here. */
    private Format format() {
        if (output != null) {
            return output;
        }
        OutputFormat outer = root().map(GlobalOptions::output).orElse(OutputFormat.TABLE);
        switch (outer) {
            case JSON:
                return Format.JSON;
            case TABLE:
                return Format.TABLE;
            default:
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--output': "
                        + EnumChoice.notAChoice(Format.class, outer.id()));
        }
    }

    private Optional<GlobalOptions> root() {
        Object root = spec.root().userObject();
        return root instanceof AlexandriaCli ? Optional.of(((AlexandriaCli) root).options()) : Optional.empty();
    }

    private Optional<Path> library() {
        return library != null ? Optional.of(library) : root().flatMap(GlobalOptions::library);
    }

    private boolean verbose() {
        return verbose || root().map(GlobalOptions::verbose).orElse(false);
    }

    /**
     * The folder the argument names, if one exists (relative to the working directory); a file, or a folder
     * without configuration files, is a data error. {@code ./x}, {@code ../x} and absolute paths must exist.
     */
    private Optional<Path> folder(CliEnvironment env) {
        if (module.isBlank()) { // "" resolves to the working directory, which the user did not name
            throw new ParameterException(spec.commandLine(), "MODULE is empty; give a module id (vpc-standard), its"
                    + " path below _library, or a folder with .tf files (. for this one); 'alexandria browse' lists"
                    + " the modules");
        }
        Path path = env.workingDirectory().resolve(module).normalize();
        boolean pathLike = explicitPath(module) || module.contains("/") || module.contains("\\");
        if (Files.isRegularFile(path) && (pathLike || module.endsWith(".tf") || module.endsWith(".tf.json"))) {
            throw new AlexandriaException(path + " is a file, not a folder; give the module's folder: "
                    + path.getParent());
        }
        if (!Files.isDirectory(path)) {
            if (explicitPath(module)) {
                throw new AlexandriaException(path + " does not exist; give a folder with .tf files");
            }
            return Optional.empty();
        }
        if (!Alexandria.isModuleFolder(path)) {
            throw new AlexandriaException(path + " has no .tf or .tf.json files; give the folder of a Terraform"
                    + " module (the one with its main.tf)");
        }
        return Optional.of(path);
    }

    /** {@code .}, {@code ..}, {@code ./x}, {@code ../x} and absolute paths can only be paths. */
    static boolean explicitPath(String argument) {
        return argument.equals(".") || argument.equals("..") || argument.startsWith("./")
                || argument.startsWith("../") || Path.of(argument).isAbsolute();
    }

    /**
     * The boilerplate settings of the library, if one is found (never the bundled sample's), else the defaults.
     * Only its {@code _catalog/settings.yaml} is read; settings that cannot be read cost a warning, not the
     * inspection.
     */
    private List<String> boilerplateFiles(LibraryLocation where) {
        if (where.isBundledSample()) {
            return List.of();
        }
        LOG.debug("reading the boilerplate settings of {} (from {})", where.path(), where.source());
        try {
            return Alexandria.readSettings(where.path()).inspect().boilerplateFiles();
        } catch (AlexandriaException e) {
            PrintWriter err = spec.commandLine().getErr();
            String message = String.valueOf(e.getMessage());
            int newline = message.indexOf('\n');
            err.println("alexandria: warning: cannot read the settings of the library " + where.path() + " ("
                    + (newline < 0 ? message : message.substring(0, newline)) + "); inspecting without boilerplate"
                    + " files");
            if (verbose()) {
                e.printStackTrace(err);
            }
            return List.of();
        }
    }

    private void table(ModuleInterface mi, Path base, CliEnvironment env) {
        PrintWriter out = spec.commandLine().getOut();
        int all = mi.variables().size();
        int own = mi.ownVariableCount();
        ComplexityTier tier = ComplexityTier.forVariableCount(own);
        String variables = all + (all == 1 ? " variable" : " variables");
        if (own != all) {
            variables += " (" + own + " own, " + (all - own) + " from boilerplate "
                    + String.join(", ", mi.boilerplateFiles()) + ")";
        }
        out.println(display(mi.path(), base) + ": " + variables + ", tier " + tier.id() + " (" + tier.range() + ")");

        out.println();
        out.println("Inputs");
        List<List<String>> inputs = new ArrayList<>();
        List<InputVariable> vars = new ArrayList<>(mi.variables());
        vars.sort(Comparator.comparing(InputVariable::name));
        for (InputVariable v : vars) {
            inputs.add(List.of(v.name(), v.typeSource().orElse("any"),
                    v.defaultValue().map(d -> d.hcl()).orElse(""), yesNo(v.required()), yesNo(v.sensitive()),
                    v.description()));
        }
        section(out, env, inputs, 5, "NAME", "TYPE", "DEFAULT", "REQUIRED", "SENSITIVE", "DESCRIPTION");

        out.println();
        out.println("Outputs");
        List<List<String>> outputs = new ArrayList<>();
        List<OutputValue> outs = new ArrayList<>(mi.outputs());
        outs.sort(Comparator.comparing(OutputValue::name));
        for (OutputValue o : outs) {
            outputs.add(List.of(o.name(), yesNo(o.sensitive()), o.description()));
        }
        section(out, env, outputs, 2, "NAME", "SENSITIVE", "DESCRIPTION");

        out.println();
        out.println("Requirements");
        List<List<String>> requirements = new ArrayList<>();
        if (!mi.requiredCore().isEmpty()) {
            requirements.add(List.of("terraform", "", String.join(", ", mi.requiredCore())));
        }
        List<ProviderRequirement> providers = new ArrayList<>(mi.requiredProviders());
        providers.sort(Comparator.comparing(ProviderRequirement::localName));
        for (ProviderRequirement p : providers) {
            requirements.add(List.of(p.localName(), p.source().orElse(""), String.join(", ", p.versionConstraints())));
        }
        section(out, env, requirements, -1, "NAME", "SOURCE", "VERSION");

        out.println();
        out.println("Resources");
        List<List<String>> resources = new ArrayList<>();
        for (ResourceRef r : mi.managedResources()) {
            resources.add(List.of(r.address(), line(r.location(), Path.of(mi.path()))));
        }
        for (ResourceRef r : mi.dataResources()) {
            resources.add(List.of(r.address(), line(r.location(), Path.of(mi.path()))));
        }
        section(out, env, resources, -1, "ADDRESS", "FILE");

        out.println();
        out.println("Module calls");
        List<List<String>> calls = new ArrayList<>();
        for (ModuleCallRef m : mi.moduleCalls()) {
            calls.add(List.of(m.name(), m.source(), m.version().orElse("")));
        }
        section(out, env, calls, -1, "NAME", "SOURCE", "VERSION");

        out.println();
        long errors = mi.diagnostics().stream().filter(Diagnostic::isError).count();
        long warnings = mi.diagnostics().size() - errors;
        out.println(mi.diagnostics().isEmpty() ? "Diagnostics: none"
                : "Diagnostics: " + count(errors, "error") + ", " + count(warnings, "warning") + " (on stderr)");
    }

    private void section(PrintWriter out, CliEnvironment env, List<List<String>> rows, int descriptionColumn,
            String... headers) {
        if (rows.isEmpty()) {
            out.println("  none");
            return;
        }
        TableRenderer table = LibraryCommand.table(env, headers);
        if (headers.length > 1 && "TYPE".equals(headers[1])) {
            table = table.maxWidth(1, MAX_TYPE_WIDTH).maxWidth(2, MAX_DEFAULT_WIDTH);
        }
        int[] widths = table.widths(rows);
        if (descriptionColumn >= 0) {
            int used = 2;
            for (int i = 0; i < descriptionColumn; i++) {
                used += widths[i] + 2;
            }
            widths[descriptionColumn] = Math.min(widths[descriptionColumn],
                    Math.max(MIN_DESCRIPTION_WIDTH, env.terminalWidth() - used));
        }
        out.print(table.render(rows, widths, "  "));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** {@code file:line:column} with the file relative to {@code base} when it is below it. */
    private static String location(SourceLocation location, Path base) {
        return new SourceLocation(display(location.file(), base), location.line(), location.column()).toString();
    }

    /** {@code file:line} with the file relative to {@code base} when it is below it. */
    private static String line(SourceLocation location, Path base) {
        return new SourceLocation(display(location.file(), base), location.line(), 0).toString();
    }

    private static String display(String file, Path base) {
        Path path = Path.of(file);
        if (path.isAbsolute() && path.equals(base)) {
            return ".";
        }
        if (path.isAbsolute() && path.startsWith(base)) {
            return base.relativize(path).toString();
        }
        return file;
    }
}
