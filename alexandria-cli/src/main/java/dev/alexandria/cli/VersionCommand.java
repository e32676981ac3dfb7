package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.ReleasePlan;
import dev.alexandria.api.ReleaseRefusedException;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.PlannedFile;
import dev.alexandria.api.model.ReleaseBump;
import dev.alexandria.api.model.ReleaseRequest;
import dev.alexandria.api.model.ReleaseResult;
import dev.alexandria.api.model.Version;
import dev.alexandria.examples.LibraryLocation;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alexandria version <module> --bump …|--to X.Y.Z --changelog "text" [--dry-run]}: releases the next
 * version of a module with the release step; {@code alexandria version} alone prints the tool's version, as
 * {@code terraform version} does.
 *
 * @since 0.2.0
 */
@Command(name = "version", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Release the next version of a module; without a module, print Alexandria's version.",
            "The release step writes the module's .alexandria.yaml, the registry, a CHANGELOG.md entry (breaking"
                    + " changes under their own heading) and the README tables between <!-- BEGIN_TF_DOCS --> and"
                    + " <!-- END_TF_DOCS -->, commits exactly those files and tags the commit <module>/v<version>"
                    + " (annotated). All or nothing.",
            "It refuses a version lower than the bump the changes since the last registered version require (on"
                    + " 0.x a minor bump meets a required major one; between pre-releases of the same version any"
                    + " change is allowed), a version the module's maturity does not allow, uncommitted changes"
                    + " in the module folder, and a module that validation refuses (register's gate: every error of"
                    + " alexandria validate, the README tables judged as the release leaves them)."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  released (or, with --dry-run, the plan printed and nothing refuses it)",
            "  1  refused: the reasons and their fixes are on stderr (with --dry-run the",
            "     plan is printed first when only uncommitted changes stop it)",
            "  2  usage error (unknown module, missing --bump/--to or --changelog)",
            "  3  data error, or a step failed (everything was restored)",
            "",
            "Examples:",
            "  alexandria version vpc-standard --bump auto --changelog \"DNS names.\" --dry-run",
            "  alexandria version vpc-standard --bump minor \\",
            "      --changelog \"Adds DNS host names.\"",
            "  alexandria version eks-addons --bump prerelease --changelog \"Beta 5.\"",
            "  alexandria version vpc-standard --to 3.0.0 \\",
            "      --changelog \"ipv4_cidr replaces cidr.\"",
            "  alexandria version                # Alexandria's own version",
        })
final class VersionCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions ownOptions;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "MODULE",
            description = ModuleArguments.MODULE_HELP + " Without it: Alexandria's version.")
    private String module;

    @Option(names = "--bump", paramLabel = "BUMP", converter = BumpChoice.class, completionCandidates = BumpChoice.class,
            description = "How to pick the version: ${COMPLETION-CANDIDATES}. Every bump counts from the last released "
                    + "version (the registry's), not from an unreleased version in .alexandria.yaml; auto is the bump "
                    + "the changes require, or that unreleased version when it already meets it.")
    private ReleaseBump bump;

    @Option(names = "--to", paramLabel = "X.Y.Z", description = "Release exactly this version (checked against the "
            + "required bump like any other).")
    private String to;

    @Option(names = "--changelog", paramLabel = "TEXT", description = "What the release is about; the CHANGELOG.md "
            + "entry starts with it, the changes of the diff follow. Needed, except with --dry-run.")
    private String changelog;

    @Option(names = "--dry-run", description = "Print the plan (the files and the exact lines that would change, the"
            + " commit and the tag) and change nothing.")
    private boolean dryRun;

    @Option(names = "--strict", description = "Count risky changes as breaking, whatever the library's policy says.")
    private boolean strict;

    /** The values of {@code --bump}. */
    static final class BumpChoice extends EnumChoice<ReleaseBump> {
        BumpChoice() {
            super(ReleaseBump.class);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (module == null) {
            if (bump != null || to != null || changelog != null || dryRun || strict) {
                throw new ParameterException(spec.commandLine(), "name the module to release, e.g. 'alexandria "
                        + "version vpc-standard --bump auto --changelog \"...\"'");
            }
            for (String line : new VersionProvider().getVersion()) {
                out.println(line);
            }
            return ExitCode.OK;
        }
        if (bump == null && to == null) {
            throw new ParameterException(spec.commandLine(), "name the version to release: --bump "
                    + EnumChoice.ids(ReleaseBump.class).replace(", ", "|") + ", or --to X.Y.Z");
        }
        if (bump != null && to != null) {
            throw new ParameterException(spec.commandLine(), "--bump and --to both pick the version; give one");
        }
        if (changelog == null && !dryRun) {
            throw changelogNeeded(spec.commandLine(), module);
        }
        // a dry run previews the release without one: the plan shows a placeholder where the text goes, and says so
        String changelog = this.changelog == null ? CHANGELOG_PLACEHOLDER : Newlines.unix(this.changelog);
        if (changelog.isBlank()) {
            throw changelogBlank(spec.commandLine());
        }
        ReleaseRequest request;
        if (to != null) {
            Version exact = version(spec.commandLine(), "--to", to, ", or give --bump major|minor|patch instead");
            request = changelogChecked(() -> ReleaseRequest.to(exact, changelog));
        } else {
            request = changelogChecked(() -> ReleaseRequest.bump(bump, changelog));
        }
        request = request.strict(strict);
        GlobalOptions options = options();
        CliEnvironment env = LibraryCommand.environment(spec);
        LibraryLocation where = LibraryCommand.locate(env, options.library());
        if (!dryRun && where.isBundledSampleSource()) {
            return LibraryCommand.refuseSampleSource(spec, where);
        }
        if (where.isBundledSample()) {
            // a release (and its plan) counts from the git tags, and the bundled sample is not in git: refused the
            // same way with or without --dry-run
            PrintWriter err = spec.commandLine().getErr();
            err.println(ErrorHandler.PREFIX + "no library found in " + env.workingDirectory() + "; version "
                    + "releases from a library in a git repository, and the bundled sample library is read-only and "
                    + "not in git");
            err.println("  fix: run it in a git clone of your library, or give --library PATH (or set "
                    + "ALEXANDRIA_LIBRARY); to try it, make a git copy of the sample with its releases tagged as the "
                    + "README shows (cp -r " + where.path() + " sample-library, git init, commit, git tag -a "
                    + "vpc-standard/v2.3.0), then add --library sample-library");
            err.flush();
            return ExitCode.USAGE;
        }
        Library library = LibraryCommand.openLibrary(spec, where);
        try {
            return release(library, request, options, out);
        } catch (dev.alexandria.api.RefusedException e) {
            LibraryCommand.printRefusal(out, options.output(), e); // the same result shape as every write command
            throw e; // the error handler prints the reasons on stderr and exits 1
        }
    }

    /** What a dry run without {@code --changelog} writes where the release's text goes. */
    static final String CHANGELOG_PLACEHOLDER = "(the --changelog text)";

    /**
     * The usage error of a release without {@code --changelog}, one wording for {@code version} and
     * {@code register}: why it is needed and the form to give it in, with where to read what changed.
     */
    static ParameterException changelogNeeded(CommandLine commandLine, String module) {
        return new ParameterException(commandLine, "--changelog is needed: the release's entry in CHANGELOG.md says "
                + "what changed; give --changelog \"what changed\" (the interface changes since the last release: "
                + "alexandria diff " + module + ")");
    }

    /** The usage error of a blank {@code --changelog}, one wording for {@code version} and {@code register}. */
    static ParameterException changelogBlank(CommandLine commandLine) {
        return new ParameterException(commandLine, "--changelog is blank: the release's entry in CHANGELOG.md says "
                + "what changed; give --changelog \"what changed\"");
    }

    /**
     * A version option's value, or its usage error, one wording for {@code version --to} and {@code register
     * --version}: what is wrong with the text (the API's words) and the form to write.
     *
     * @param option the option ({@code --to})
     * @param given  its value
     * @param orElse what else the command takes, appended to the fix ({@code ", or give --bump …"}), or empty
     */
    static Version version(CommandLine commandLine, String option, String given, String orElse) {
        try {
            return Version.parse(given);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, option + ": " + e.getMessage() + "; write MAJOR.MINOR.PATCH "
                    + "such as " + option + " 1.0.0 or " + option + " 1.0.0-rc.1" + orElse);
        }
    }

    /** The note of a dry run without {@code --changelog}, on stderr after the plan. */
    static void noChangelogNote(PrintWriter err) {
        err.println("alexandria: note: no --changelog given: the plan shows '" + CHANGELOG_PLACEHOLDER
                + "' where the release writes yours; the release itself needs --changelog \"...\"");
        err.flush();
    }

    private int release(Library library, ReleaseRequest request, GlobalOptions options, PrintWriter out) {
        LibraryModule m = LifecycleCommand.requireModule(spec, library, module);
        ReleasePlan plan = library.versions(m.id().value()).release(request);
        Map<String, Object> view = plan(plan);
        if (dryRun) {
            view.put("applied", false);
            if (!plan.refusals().isEmpty()) { // the same document as every refusal: refused and reasons
                view.putAll(LibraryCommand.refusalView("applying this plan would be refused (" + plan.module()
                        + " " + plan.next() + ")", plan.refusals()));
            }
            print(options, view, () -> out.print(plan.render()));
            if (changelog == null) {
                out.flush();
                noChangelogNote(spec.commandLine().getErr());
            }
            if (!plan.refusals().isEmpty()) {
                // the plan is shown, and so is why applying it would be refused, exactly as a real run refuses it
                out.flush();
                ErrorHandler.printAlexandriaException(spec.commandLine().getErr(), new ReleaseRefusedException(
                        "applying this plan would be refused (" + plan.module() + " " + plan.next() + "):",
                        plan.refusals()));
                spec.commandLine().getErr().flush();
                return ExitCode.FINDINGS;
            }
        } else {
            ReleaseResult result = plan.apply();
            view.put("applied", true);
            view.put("commit", result.commit());
            print(options, view, () -> {
                out.println("released " + m.id() + " " + result.version() + ": commit "
                        + dev.alexandria.api.model.CommitIds.shorten(result.commit()) + ", tag " + result.tag());
                result.files().forEach(f -> out.println("  " + f));
            });
        }
        LibraryCommand.reportModuleFindings(spec.commandLine().getErr(), library, library.findings(m.id().value()),
                options.verbose());
        return ExitCode.OK;
    }

    private static Map<String, Object> plan(ReleasePlan plan) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("module", plan.module().value());
        view.put("current", plan.current().toString());
        view.put("next", plan.next().toString());
        view.put("required_bump", plan.requiredBump().id());
        view.put("tag", plan.tag());
        view.put("commit_message", plan.commitMessage());
        view.put("files", plan.files().stream().map(VersionCommand::file).toList());
        view.put("refusals", plan.refusals());
        plan.diff().ifPresent(d -> view.put("changes", VersioningViews.diff(null, d).get("changes")));
        return view;
    }

    private static Map<String, Object> file(PlannedFile f) {
        return LifecycleViews.file(f); // every write command shows a file the same way: path, created, diff
    }

    private void print(GlobalOptions options, Object tree, Runnable table) {
        if (options.output() == OutputFormat.TABLE) {
            table.run();
        } else {
            StructuredOutput.write(spec.commandLine().getOut(), options.output(), tree);
        }
    }

    private GlobalOptions options() {
        Object root = spec.root().userObject();
        return root instanceof AlexandriaCli cli ? ownOptions.orElse(cli.options()) : ownOptions;
    }


    /**
     * Makes the request, whose changelog text the api checks (no control character, no line Keep a Changelog reads
     * as its own structure): a refused text is a usage error of {@code --changelog}.
     */
    private <T> T changelogChecked(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
    }
}
