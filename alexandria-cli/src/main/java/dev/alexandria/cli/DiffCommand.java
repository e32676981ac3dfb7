package dev.alexandria.cli;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.VersionCheck;
import dev.alexandria.api.model.VersionInfo;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.LibraryLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alexandria diff <module> [--from REF] [--to REF] [--check] [--strict]} and
 * {@code alexandria diff OLD_DIR NEW_DIR}: the changes between two versions of a module's interface and the
 * bump they require; with {@code --check}, the CI gate.
 *
 * <p>Not {@link LibraryCommand}: two folders need no library.
 *
 * @since 0.2.0
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Compare two versions of a module's interface and say which bump the changes require.",
            "Each change has an impact (MAJOR breaks callers, RISKY needs review, MINOR adds, PATCH is invisible),"
                    + " the rule that found it and where it is on both sides; docs/versioning.md lists the rules.",
            "A version is working-tree, a version of the module (1.2.0, read from its git tag <module>/v1.2.0),"
                    + " any git revision (tag, branch, commit) or a module folder."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  compared (with --check: the version in .alexandria.yaml meets the",
            "     required bump)",
            "  1  --check: the version is lower than the changes since the last",
            "     registered version require, or its git tag exists already; or either",
            "     version has HCL errors (the diff would be incomplete; they are printed",
            "     as error: lines)",
            "  2  usage error (unknown module or version, unknown option, too many",
            "     arguments, a second argument that is neither a module folder nor a",
            "     version)",
            "  3  data error (bad library file, a folder that is not a module folder, a",
            "     registered version without its git tag)",
            "",
            "Examples:",
            "  alexandria diff vpc-standard          # last registered version → working tree",
            "  alexandria diff vpc-standard --from 2.2.0 --to 2.3.0",
            "  alexandria diff vpc-standard --check --strict        # the CI gate",
            "  alexandria diff ./old/vpc ./new/vpc --output json",
        })
final class DiffCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions ownOptions;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "MODULE|OLD_DIR NEW_DIR",
            description = "A module id (vpc-standard), its path below _library or its folder (. in it); or two module"
                    + " folders to compare.")
    private List<String> arguments;

    @Option(names = "--from", paramLabel = "REF",
            description = "The old version. Default: the highest registered version.")
    private String from;

    @Option(names = "--to", paramLabel = "REF", description = "The new version. Default: working-tree.")
    private String to;

    @Option(names = "--check", description = "Fail (exit 1) when the version in .alexandria.yaml is lower than the "
            + "bump the changes since the last registered version require.")
    private boolean check;

    @Option(names = "--strict", description = "Count risky changes as breaking (a major bump), whatever the library's"
            + " policy says.")
    private boolean strict;

    @Override
    public Integer call() {
        GlobalOptions options = options();
        if (arguments.size() > 2) {
            throw new ParameterException(spec.commandLine(), "too many arguments (" + arguments.size() + "): diff "
                    + "takes one module, or two module folders (OLD_DIR NEW_DIR)");
        }
        if (arguments.size() == 2) {
            if (from != null || to != null || check) {
                throw new ParameterException(spec.commandLine(), "--from, --to and --check name versions of a "
                        + "module; with two folders, leave them out");
            }
            return folders(options);
        }
        CliEnvironment env = LibraryCommand.environment(spec);
        LibraryLocation where = LibraryCommand.locate(env, options.library());
        String name;
        try {
            name = LibraryCommand.moduleName(spec, where, arguments.get(0));
        } catch (ParameterException e) {
            // a folder outside the library is most often one of two versions to compare: diff's own form for that
            // needs no library, so the fix names it too
            throw new ParameterException(spec.commandLine(), e.getMessage() + ", or compare two module folders, "
                    + "which needs no library: alexandria diff <old folder> <new folder>", e);
        }
        // only this module's files are read (Alexandria.Builder.openModule)
        Library library = LibraryCommand.openLibrary(spec, where, java.util.Optional.of(name));
        LibraryModule module = ModuleArguments.require(spec, library, where.isBundledSample(), arguments.get(0));
        AmbiguousNames.moduleUsed(spec, arguments.get(0), module, false);
        ModuleVersions versions = library.versions(module.id().value());
        int exit;
        InterfaceDiff[] shownDiff = new InterfaceDiff[1]; // the diff whose errors were printed, if any
        if (check) {
            if (from != null || to != null) {
                throw new ParameterException(spec.commandLine(), "--check compares the last registered version "
                        + "with the working tree; leave out --from and --to");
            }
            VersionCheck verdict = versions.check(strict);
            verdict.diff().ifPresent(d -> shownDiff[0] = d);
            exit = verdict.passes() ? ExitCode.OK : ExitCode.FINDINGS;
            verdict.diff().ifPresent(d -> VersioningViews.printErrors(spec.commandLine().getErr(), d));
            Map<String, Object> view = new LinkedHashMap<>();
            verdict.diff().ifPresent(d -> view.putAll(VersioningViews.diff(module.id().value(), d)));
            view.put("check", VersioningViews.check(verdict));
            print(options, view, () -> {
                verdict.diff().ifPresent(d -> VersioningViews.printDiff(out(), title(module, d), d));
                if (verdict.diff().isPresent()) {
                    out().println();
                }
                out().println("check " + (verdict.passes() ? "passed" : "failed") + ": " + verdict.message());
            });
        } else {
            String fromRef = from != null ? from : versions.latestRegistered().map(VersionInfo::version)
                    .map(Object::toString).orElseThrow(() -> new ParameterException(spec.commandLine(), module.id()
                            + " has no registered version to compare with; name one with --from (a git revision or "
                            + "a folder)"));
            InterfaceDiff diff = versions.diff(fromRef, to != null ? to : ModuleVersions.WORKING_TREE, strict);
            print(options, VersioningViews.diff(module.id().value(), diff),
                    () -> VersioningViews.printDiff(out(), title(module, diff), diff));
            exit = VersioningViews.printErrors(spec.commandLine().getErr(), diff) ? ExitCode.FINDINGS : ExitCode.OK;
            shownDiff[0] = diff;
        }
        // an HCL error the diff printed as error: is the module's finding too: each is printed once
        java.util.Set<String> printed = new java.util.HashSet<>();
        if (shownDiff[0] != null) {
            shownDiff[0].diagnostics().stream().filter(dev.alexandria.api.model.Diagnostic::isError)
                    .forEach(d -> printed.add(d.location().toString()));
        }
        List<dev.alexandria.api.model.Finding> findings = library.findings(module.id().value());
        LibraryCommand.reportModuleFindings(spec.commandLine().getErr(), library, findings.stream()
                .filter(f -> !printed.contains(f.location().toString())).toList(), findings, options.verbose());
        return LibraryCommand.reportUnavailable(spec.commandLine().getErr(), library, exit, false);
    }

    private int folders(GlobalOptions options) {
        CliEnvironment env = LibraryCommand.environment(spec);
        Path a = folder(env, arguments.get(0));
        Path b = folder(env, arguments.get(1));
        List<String> notFolders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            if (!Files.isDirectory(List.of(a, b).get(i))) {
                notFolders.add(arguments.get(i));
            }
        }
        if (!notFolders.isEmpty() && notFolders.stream().allMatch(InspectCommand::explicitPath)) {
            // only paths (./x, ../x, /x) are missing: no version was meant, so no --from is suggested
            throw new ParameterException(spec.commandLine(), "diff compares two module folders (OLD_DIR NEW_DIR), and "
                    + String.join(" and ", notFolders) + (notFolders.size() == 1 ? " is not a folder" : " are not "
                    + "folders") + " (in " + env.workingDirectory() + "); name two existing module folders, or one"
                    + " module of the library");
        }
        if (!notFolders.isEmpty()) {
            // two arguments are taken for two folders; the usual slip is a module and a version
            throw new ParameterException(spec.commandLine(), "diff took '" + String.join(" ", arguments) + "' as two"
                    + " module folders (OLD_DIR NEW_DIR), and " + String.join(" and ", notFolders)
                    + (notFolders.size() == 1 ? " is not a folder" : " are not folders") + " (in "
                    + env.workingDirectory() + "); to compare versions of one module, name the module (an id such as "
                    + "vpc-standard, or its folder) and give the versions as options, each a version (2.2.0), a git ref"
                    + " (tag, branch, commit), working-tree or a folder: alexandria diff " + arguments.get(0)
                    + " --from " + arguments.get(1));
        }
        for (Path p : List.of(a, b)) {
            if (!Alexandria.isModuleFolder(p)) {
                // an empty folder would read as every declaration removed (or added)
                throw new dev.alexandria.api.AlexandriaException(p.normalize() + " is not a module folder (it has no "
                        + ".tf or .tf.json files); name two module folders, or one module of the library");
            }
        }
        // Inside a library its policy for risky changes applies, as it does to the module form.
        LibraryLocation where = LibraryCommand.locate(env, options.library());
        boolean riskyIsBreaking = !where.isBundledSample()
                && Alexandria.readSettings(where.path()).versioning().riskyIsBreaking();
        InterfaceDiff diff = Alexandria.diff(a, b, strict || riskyIsBreaking);
        print(options, VersioningViews.diff(null, diff),
                () -> VersioningViews.printDiff(out(), diff.from() + " → " + diff.to(), diff));
        return VersioningViews.printErrors(spec.commandLine().getErr(), diff) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /**
     * A folder argument against the working directory, without its {@code .} parts (the header names /w/vpc, not
     * /w/./vpc); {@code ..} parts stay, as a folder before one may be a link whose parent is elsewhere.
     */
    private static Path folder(CliEnvironment env, String argument) {
        Path p = env.workingDirectory().resolve(argument);
        for (Path part : p) {
            if ("..".equals(part.toString())) {
                return p;
            }
        }
        return p.normalize();
    }

    private static String title(LibraryModule module, InterfaceDiff diff) {
        return module.id() + " " + diff.from() + " → " + diff.to();
    }

    private void print(GlobalOptions options, Object tree, Runnable table) {
        if (options.output() == OutputFormat.TABLE) {
            table.run();
        } else {
            StructuredOutput.write(out(), options.output(), tree);
        }
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private GlobalOptions options() {
        Object root = spec.root().userObject();
        return root instanceof AlexandriaCli cli ? ownOptions.orElse(cli.options()) : ownOptions;
    }

}
