package dev.alexandria.cli;

import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code alexandria publish <module> [--dry-run]}.
 *
 * @since 0.4.0
 */
@Command(name = "publish", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Publish a module's highest registered version exactly as its git tag <module>/vX.Y.Z holds"
                + " it: no module file changes; the final validation of the tag's tree, read from git (uncommitted"
                + " edits and later commits are not judged; errors refuse, each at <tag>:<file>:<line>); the"
                + " version is marked published: <date> in"
                + " _catalog/module-registry.yaml, immutable from then on; then every notifier announces it (the"
                + " built-in one posts JSON to the webhooks of _catalog/settings.yaml, notify: webhooks:).",
            "A failed notification is reported, never lost: publish lists which ones failed and exits 1."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  published and every notification delivered (or, with --dry-run, the",
            "     plan printed and nothing refuses it)",
            "  1  refused (every reason is listed), or published but a notification",
            "     failed (listed)",
            "  2  usage error (unknown module)",
            "  3  data error, or a write failed (everything was restored)",
            "",
            "Examples:",
            "  alexandria publish vpc-enterprise --dry-run",
            "  alexandria publish vpc-enterprise",
        })
final class PublishCommand extends LifecycleCommand {

    @Parameters(paramLabel = "MODULE", description = ModuleArguments.MODULE_HELP)
    private String module;

    @Option(names = "--dry-run", description = "Print the plan (the registry lines that would change and who would "
            + "be notified) and change nothing.")
    private boolean dryRun;

    @Override
    protected boolean writes() {
        return !dryRun;
    }

    @Override
    protected int run(Library library) {
        LibraryModule m = requireModule(spec(), library, module);
        ChangePlan plan = library.lifecycle(m.id().value()).publish();
        return showOrApply(plan, ChangeViews.plan(plan), dryRun, () -> ChangeViews.printPlan(out(), plan));
    }
}
