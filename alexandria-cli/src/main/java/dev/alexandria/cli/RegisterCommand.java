package dev.alexandria.cli;

import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.RegisterRequest;
import dev.alexandria.api.model.Version;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code alexandria register <module> --version X.Y.Z [--maturity L] [--tags "a,b"] [--dry-run]}.
 *
 * @since 0.4.0
 */
@Command(name = "register", usageHelpAutoWidth = true,
        description = {"Register a version of a module: validate it (errors refuse), release it (the module's"
                + " files, README tables, changelog, one commit and the tag <module>/v<version>) and record it in"
                + " _catalog/module-registry.yaml with the date, the git tag, the module folder's git tree hash, the"
                + " interface fingerprint and the cost estimate; then update the search index.",
            "A --maturity other than the current one goes through promote's check (one step, the criteria, the"
                    + " version fit) and is refused with every unmet criterion. Archived modules are refused, and so"
                    + " is a registered version whose folder changed (registered versions never change)."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  registered (or, with --dry-run, the plan printed and nothing refuses it)",
            "  1  refused: every reason and its fix is listed",
            "  2  usage error (unknown module, bad version)",
            "  3  data error, or a write failed (everything was restored)",
            "",
            "Examples:",
            "  alexandria register vpc-enterprise --version 0.1.0 --dry-run",
            "  alexandria register vpc-enterprise --version 0.1.0 --maturity alpha \\",
            "      --tags \"vpc,networking\"",
        })
final class RegisterCommand extends LifecycleCommand {

    // No mixinStandardHelpOptions: its --version (the tool's version) would take the version to register.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Parameters(paramLabel = "MODULE", description = ModuleArguments.MODULE_HELP)
    private String module;

    @Option(names = "--version", required = true, paramLabel = "X.Y.Z",
            description = "The version to register (SemVer 2.0); it must fit the maturity.")
    private String version;

    @Option(names = "--maturity", paramLabel = "LEVEL", converter = PromoteCommand.LevelChoice.class,
            completionCandidates = PromoteCommand.LevelChoice.class,
            description = "The maturity to register at. Default: the module's current one.")
    private MaturityLevel maturity;

    @Option(names = "--tags", paramLabel = "TAGS",
            description = "Comma-separated tags of _catalog/tags.yaml that replace the module's tags (at least one)."
                    + " Default: the module's tags.")
    private String tags;

    @Option(names = "--changelog", paramLabel = "TEXT",
            description = "The changelog text of the release: what changed. Needed for every version after the"
                    + " module's first registered one; default for the first: \"" + FIRST + "\"")
    private String changelog;

    /** The changelog text of a module's first registered version when none is given. */
    static final String FIRST = "First registered version.";

    @Option(names = "--dry-run", description = "Print the plan (the files and the exact lines that would change, "
            + "the commit and the tag) and change nothing.")
    private boolean dryRun;

    @Override
    protected boolean writes() {
        return !dryRun;
    }

    @Override
    protected int run(Library library) {
        Version v = VersionCommand.version(spec().commandLine(), "--version", version, "");
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        if (tags != null && tagList.isEmpty()) {
            throw new ParameterException(spec().commandLine(), "--tags '" + tags + "': no tag given (the tags "
                    + "given replace the module's, and a module keeps at least one); name its tags (--tags "
                    + "\"vpc,networking\"), or leave --tags out to keep the module's tags");
        }
        if (changelog != null && changelog.isBlank()) {
            throw VersionCommand.changelogBlank(spec().commandLine());
        }
        LibraryModule m = requireModule(spec(), library, module);
        boolean first = m.registryEntry().map(e -> e.versions().isEmpty()).orElse(true);
        // a text saying nothing ("Version 1.4.0.") would stand in the user's CHANGELOG.md as the release's entry:
        // the release of a module that has versions says what changed, as 'version --changelog' does; a dry run
        // shows the plan with a placeholder where the text goes, and says so, as version's does
        boolean placeholder = changelog == null && !first;
        if (placeholder && !dryRun) {
            throw VersionCommand.changelogNeeded(spec().commandLine(), m.id().value());
        }
        String text = changelog != null ? Newlines.unix(changelog) : placeholder ? VersionCommand.CHANGELOG_PLACEHOLDER
                : FIRST;
        RegisterRequest request;
        try { // the api checks the text (no control character, no line Keep a Changelog reads as its structure)
            request = new RegisterRequest(v, Optional.ofNullable(maturity), tagList, text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec().commandLine(), "--" + e.getMessage());
        }
        ChangePlan plan = library.lifecycle(m.id().value()).register(request);
        int code = showOrApply(plan, ChangeViews.plan(plan), dryRun, () -> ChangeViews.printPlan(out(), plan));
        if (placeholder) {
            out().flush();
            VersionCommand.noChangelogNote(spec().commandLine().getErr());
        }
        return code;
    }
}
