package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.LifecyclePlan;
import dev.alexandria.api.model.DeprecationRequest;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code alexandria deprecate <module> [--replacement <id>] [--removal-date YYYY-MM-DD] [--reason text]}.
 *
 * @since 0.3.0
 */
@Command(name = "deprecate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Deprecate a module: maturity deprecated with the reason, replacement and removal date in"
                + " .alexandria.yaml and the registry, a banner at the top of the README (never twice) and, with a"
                + " replacement, MIGRATION.md from the interface diff between the two modules. All or nothing.",
            "--reason is required unless --replacement is given (it then defaults to \"Replaced by <id>\"). The"
                    + " replacement must exist and not be deprecated; the removal date must be in the future."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  deprecated (or, with --dry-run, the plan printed and nothing refuses it)",
            "  1  refused: every reason and its fix is listed",
            "  2  usage error (unknown module, a --removal-date that is not YYYY-MM-DD)",
            "  3  data error, or a write failed (everything was restored)",
            "",
            "Examples:",
            "  alexandria deprecate vpc-basic --replacement vpc-standard \\",
            "      --removal-date 2027-06-01 --dry-run",
            "  alexandria deprecate dns --reason \"Zones move to the Route 53 profile module.\"",
        })
final class DeprecateCommand extends LifecycleCommand {

    @Parameters(paramLabel = "MODULE", description = ModuleArguments.MODULE_HELP)
    private String module;

    @Option(names = "--replacement", paramLabel = "ID", description = "The module to use instead: an id, its path below _library,"
            + " or its folder.")
    private String replacement;

    @Option(names = "--removal-date", paramLabel = "YYYY-MM-DD", description = "When it will be archived; in the "
            + "future.")
    private String removalDate;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is deprecated. Defaults to \"Replaced "
            + "by <id>\" with --replacement.")
    private String reason;

    @Option(names = "--dry-run", description = "Print the plan (the files and the exact lines that would change) "
            + "and change nothing.")
    private boolean dryRun;

    @Override
    protected boolean writes() {
        return !dryRun;
    }

    @Override
    protected int run(Library library) {
        if ((reason == null || reason.isBlank()) && replacement == null) {
            throw new ParameterException(spec().commandLine(), "--reason is needed (say why " + module + " is "
                    + "deprecated), unless --replacement names the module to use instead");
        }
        Optional<LocalDate> date = Optional.empty();
        if (removalDate != null) {
            try {
                date = Optional.of(LocalDate.parse(removalDate));
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec().commandLine(), "--removal-date '" + removalDate + "' is not a "
                        + "date; write it as YYYY-MM-DD, e.g. 2027-06-01");
            }
        }
        LibraryModule m = requireModule(spec(), library, module);
        // the replacement is named like MODULE (an id or a path below _library); an unknown one is a usage
        // error (exit 2), like the MODULE argument
        Optional<ModuleId> repl = Optional.empty();
        if (replacement != null) {
            try {
                repl = Optional.of(requireModule(spec(), library, replacement).id());
            } catch (ParameterException e) {
                throw new ParameterException(spec().commandLine(), "--replacement: " + e.getMessage(), e);
            } catch (dev.alexandria.api.ModuleNotFoundException e) {
                throw new ParameterException(spec().commandLine(), "--replacement '" + replacement + "': no module "
                        + "of that id or path in the library; " + e.suggestion().map(s -> "did you mean '" + s
                        + "'?").orElse("run 'alexandria browse' to list the modules"));
            }
        }
        DeprecationRequest request = new DeprecationRequest(Optional.ofNullable(reason).filter(r -> !r.isBlank()),
                repl, date);
        LifecyclePlan plan = library.lifecycle(m.id().value()).deprecate(request);
        Map<String, Object> view = LifecycleViews.plan(plan);
        return showOrApply(plan, view, dryRun, () -> out().print(plan.render()));
    }
}
