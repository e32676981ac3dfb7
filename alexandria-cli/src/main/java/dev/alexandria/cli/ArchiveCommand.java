package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.LifecyclePlan;
import dev.alexandria.api.model.LibraryModule;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code alexandria archive <module> [--force] [--dry-run]}.
 *
 * @since 0.3.0
 */
@Command(name = "archive", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Archive a deprecated module: maturity archived (terminal and read-only), its registry entry"
                + " moves to the registry's archived: list, and its files are kept for history.",
            "Only a deprecated module can be archived, and before its removal date only with --force."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  archived (or, with --dry-run, the plan printed and nothing refuses it)",
            "  1  refused: every reason and its fix is listed",
            "  2  usage error (unknown module)",
            "  3  data error, or a write failed (everything was restored)",
            "",
            "Examples:",
            "  alexandria archive rds-mysql-legacy --dry-run",
            "  alexandria archive rds-mysql-legacy --force",
        })
final class ArchiveCommand extends LifecycleCommand {

    @Parameters(paramLabel = "MODULE", description = ModuleArguments.MODULE_HELP)
    private String module;

    @Option(names = "--force", description = "Archive before the removal date.")
    private boolean force;

    @Option(names = "--dry-run", description = "Print the plan (the files and the exact lines that would change) "
            + "and change nothing.")
    private boolean dryRun;

    @Override
    protected boolean writes() {
        return !dryRun;
    }

    @Override
    protected int run(Library library) {
        LibraryModule m = requireModule(spec(), library, module);
        LifecyclePlan plan = library.lifecycle(m.id().value()).archive(force);
        Map<String, Object> view = LifecycleViews.plan(plan);
        return showOrApply(plan, view, dryRun, () -> out().print(plan.render()));
    }
}
