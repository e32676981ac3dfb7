package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityStatus;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code alexandria status <module>}: the module's maturity level, days in level, and the next level's checklist.
 *
 * @since 0.3.0
 */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show a module's maturity: its level and since when (from maturity_history, the registry,"
                + " or git), and the checklist of the promotion to the next level, each criterion with the evidence"
                + " found and what would meet it."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  alexandria status vpc-standard",
            "  alexandria status eks-standard --output json",
            "",
            "Exit codes:",
            "  0  shown",
            "  1  shown, and the module's lifecycle data or its HCL has errors (listed on",
            "     stderr at their lines, each with its fix)",
            "  2  usage error (unknown module or option)",
            "  3  data error (bad library file)",
        })
final class StatusCommand extends LibraryCommand {

    @Parameters(paramLabel = "MODULE", description = ModuleArguments.MODULE_HELP)
    private String module;

    @Override
    protected int run(Library library) {
        LibraryModule m = LifecycleCommand.requireModule(spec(), library, module);
        MaturityStatus s = library.lifecycle(m.id().value()).status();
        print(LifecycleViews.status(s), () -> {
            PrintWriter out = out();
            out.println(s.module() + "  " + s.version() + "  " + s.level());
            out.println("  in " + s.level() + (s.since().isPresent() ? " since " + s.since().get() + " ("
                    + Plurals.count(s.daysInLevel().getAsLong(), "day") + "; history from " + s.historySource() + ")"
                    : s.problems().isEmpty() ? ": the date it was entered is not recorded (add maturity_history to"
                    + " .alexandria.yaml)" : ": the date it was entered is not known until the errors below are"
                    + " corrected"));
            // the reason is a sentence of the user's: no "30 seconds.; replacement" when it ends with a period
            s.deprecation().ifPresent(d -> out.println("  deprecated: " + d.reason().strip().replaceFirst("\\.$",
                    "") + d.replacement()
                    .map(r -> "; replacement " + r).orElse("") + d.removalDate().map(r -> "; removal " + r)
                    .orElse("")));
            for (var p : s.problems()) {
                printFinding(err(), p, true); // what is wrong at its line, then its fix, as every finding is printed
            }
            if (s.next().isPresent()) {
                long met = s.checklist().stream().filter(c -> c.met()).count();
                out.println();
                out.println("Next: " + s.next().get() + " (" + met + " of " + Plurals.count(s.checklist().size(),
                        "criterion", "criteria") + " met)");
                LifecycleViews.printChecklist(out, s.checklist());
            } else if (s.level().isActive()) {
                out.println("  " + s.level() + " is the top of the ladder");
            }
        });
        int hcl = reportModuleFindings(library, java.util.List.of(m));
        // a CI job must see lifecycle data errors, not only a person reading stderr
        return s.problems().stream().anyMatch(p -> p.isError()) ? ExitCode.FINDINGS : hcl;
    }

    /** Its answer is about modules that opened, so the modules left out are only counted. */
    @Override
    protected boolean answerReadsUnavailable(Library library) {
        return false;
    }
}
