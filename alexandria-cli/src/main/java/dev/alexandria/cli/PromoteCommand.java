package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.LifecyclePlan;
import dev.alexandria.api.PromotionResult;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code alexandria promote <module> --to <level> [--dry-run]}: moves a module one level up the maturity ladder
 * when every criterion is met (or down, where the state machine allows it).
 *
 * @since 0.3.0
 */
@Command(name = "promote", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Move a module to another maturity level: one step up when every promotion criterion is met,"
                + " or down where the state machine and the version rule allow it (alpha back to experimental;"
                + " mature back to stable; a beta is at 1.0.0-beta.N, and versions never go down to 0.x).",
            "A refusal lists every unmet criterion with the evidence found and what would meet it. When the"
                    + " module's version does not fit the new level, the plan includes the release that makes it"
                    + " fit (to beta: 1.0.0-beta.1; to stable: the version without its pre-release; the next free"
                    + " one when a registered version or a git tag has it), committed and tagged with the level"
                    + " change. All or nothing."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  promoted (or, with --dry-run, the plan printed and nothing refuses it)",
            "  1  refused: every reason and its fix is listed",
            "  2  usage error (unknown module or level)",
            "  3  data error, or a write failed (everything was restored)",
            "",
            "Examples:",
            "  alexandria promote web-app-ecs --to stable --dry-run",
            "  alexandria promote xray --to experimental",
            "  alexandria promote eks-standard --to mature --output json",
        })
final class PromoteCommand extends LifecycleCommand {

    @Parameters(paramLabel = "MODULE", description = ModuleArguments.MODULE_HELP)
    private String module;

    @Option(names = "--to", required = true, paramLabel = "LEVEL", converter = LevelChoice.class,
            completionCandidates = LevelChoice.class,
            description = "The level to move to: experimental, alpha, beta, stable or mature.")
    private MaturityLevel to;

    @Option(names = "--dry-run", description = "Print the checklist and the plan (the files and the exact lines "
            + "that would change) and change nothing.")
    private boolean dryRun;

    /**
     * The values of {@code --to}: the five levels of the ladder. Deprecated and archived are parsed too, so that
     * {@code --to deprecated} is answered with the command that does it.
     */
    static final class LevelChoice extends EnumChoice<MaturityLevel> {
        LevelChoice() {
            super(MaturityLevel.class);
        }

        @Override
        protected List<MaturityLevel> shown() {
            return Arrays.stream(MaturityLevel.values()).filter(MaturityLevel::isActive).toList();
        }
    }

    @Override
    protected boolean writes() {
        return !dryRun;
    }

    @Override
    protected int run(Library library) {
        if (!to.isActive()) {
            throw new ParameterException(spec().commandLine(), "--to " + to + " is not a promotion; use 'alexandria " + (to
                    == MaturityLevel.DEPRECATED ? "deprecate" : "archive") + " " + module + "' for that");
        }
        LibraryModule m = requireModule(spec(), library, module);
        PromotionResult result = library.lifecycle(m.id().value()).promote(to);
        PrintWriter out = out();
        if (!result.isReady()) {
            PromotionResult.Refused refused = (PromotionResult.Refused) result;
            // the refusal view every write command shares, with the promotion's module, levels and checklist
            Map<String, Object> view = refusalView(refused.message().lines().findFirst().orElse(""),
                    refused.reasons());
            view.putAll(LifecycleViews.promotion(result));
            print(view, () -> {
                if (!result.checklist().isEmpty()) {
                    out.println("Checklist " + result.from() + " → " + result.to() + ":");
                    LifecycleViews.printChecklist(out, result.checklist());
                }
            });
            // on stderr in every output format, as every refusal: the prefixed summary, then each reason indented
            out.flush();
            PrintWriter err = err();
            err.println(ErrorHandler.PREFIX + refused.message().lines().findFirst().orElse(""));
            refused.reasons().forEach(reason -> err.println("  " + reason));
            err.flush();
            return ExitCode.FINDINGS;
        }
        Map<String, Object> view = LifecycleViews.promotion(result);
        LifecyclePlan plan = result.plan().orElseThrow();
        return showOrApply(plan, view, dryRun, () -> {
            if (!result.checklist().isEmpty()) {
                out.println("Checklist " + result.from() + " → " + result.to() + ": every criterion is met");
                LifecycleViews.printChecklist(out, result.checklist());
                out.println();
            }
            out.print(plan.render());
        });
    }
}
