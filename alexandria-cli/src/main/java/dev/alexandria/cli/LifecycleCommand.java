package dev.alexandria.cli;

import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.LifecyclePlan;
import dev.alexandria.api.model.ChangeResult;
import dev.alexandria.api.model.LifecycleResult;
import java.util.Map;

/**
 * A command that plans a write ({@code promote}, {@code deprecate}, {@code archive}, {@code scaffold},
 * {@code register}, {@code publish}) and applies it, or with {@code --dry-run} prints the plan.
 */
abstract class LifecycleCommand extends LibraryCommand {

    /**
     * With {@code dryRun}, prints the plan and changes nothing; otherwise applies it and prints what was done.
     *
     * @param plan     the plan
     * @param view     the JSON/YAML view of the plan, completed here with what was applied
     * @param dryRun   whether only to show the plan
     * @param showPlan prints the plan as a table
     * @return the exit code
     */
    protected final int showOrApply(LifecyclePlan plan, Map<String, Object> view, boolean dryRun, Runnable showPlan) {
        if (dryRun) {
            return dryRun(view, showPlan, plan.refusals(), plan.summary());
        }
        LifecycleResult done = plan.apply();
        LifecycleViews.applied(view, done);
        if (view.containsKey("notes")) {
            view.put("notes", plan.notes()); // said as done now ("is now recorded", not "would be")
        }
        print(view, () -> {
            LifecycleViews.printResult(out(), done);
            // what the plan said about the change, such as the dependents it affects, stays true once it is done
            plan.notes().forEach(n -> out().println("note: " + n));
        });
        return ExitCode.OK;
    }

    /**
     * With {@code dryRun}, prints the plan and changes nothing; otherwise applies it and prints what was done.
     *
     * @param plan     the plan
     * @param view     the JSON/YAML view of the plan, completed here with what was applied
     * @param dryRun   whether only to show the plan
     * @param showPlan prints the plan as a table
     * @return the exit code: {@link ExitCode#FINDINGS} when a notification failed, else OK
     */
    protected final int showOrApply(ChangePlan plan, Map<String, Object> view, boolean dryRun, Runnable showPlan) {
        if (dryRun) {
            return dryRun(view, showPlan, plan.refusals(), plan.summary());
        }
        ChangeResult done = plan.apply();
        ChangeViews.applied(view, done);
        print(view, () -> ChangeViews.printResult(out(), err(), plan, done));
        return done.failedNotifications().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /**
     * A dry run prints the plan; when applying it would be refused as the library is now, it is a refusal as a real
     * run's: {@code refused} and {@code reasons} in the JSON/YAML document, the reasons on stderr, exit 1.
     */
    private int dryRun(Map<String, Object> view, Runnable showPlan, java.util.List<String> refusals, String summary) {
        view.put("applied", false);
        if (refusals.isEmpty()) {
            print(view, showPlan);
            return ExitCode.OK;
        }
        view.putAll(refusalView("applying this plan would be refused (" + summary + ")", refusals));
        print(view, showPlan);
        printRefusalReasons(new dev.alexandria.api.RefusedException("applying this plan would be refused ("
                + summary + "):", refusals));
        return ExitCode.FINDINGS;
    }

    /** Prints a refusal's summary and reasons on stderr, as the error handler prints every refusal. */
    protected final void printRefusalReasons(dev.alexandria.api.RefusedException refusal) {
        out().flush();
        ErrorHandler.printAlexandriaException(err(), refusal);
        err().flush();
    }

    /**
     * The module an argument names: its id, its path below {@code _library}, or its folder ({@code .},
     * {@code ./x}, {@code ../x} or an absolute path, read from the working directory), so that the lifecycle's
     * commands are run from a module's folder as {@code validate .} is.
     *
     * @param spec     the running command (its working directory)
     * @param library  the library
     * @param argument what was given
     * @return the module
     * @throws picocli.CommandLine.ParameterException if a folder is given that is not below the library's
     *                                                {@code _library/}
     * @throws dev.alexandria.api.ModuleNotFoundException if no module has that id, path or folder
     */
    static dev.alexandria.api.model.LibraryModule requireModule(picocli.CommandLine.Model.CommandSpec spec,
            dev.alexandria.api.Library library, String argument) {
        return LibraryCommand.requireModule(spec, library, argument);
    }
}
