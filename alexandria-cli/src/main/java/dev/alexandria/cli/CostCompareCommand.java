package dev.alexandria.cli;

import dev.alexandria.api.CostEstimate;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.api.model.ModuleId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code alexandria cost-compare a b c}: the monthly estimates of several modules side by side.
 *
 * @since 0.1.0
 */
@Command(name = "cost-compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compare the monthly cost estimates of modules side by side (see 'alexandria cost').",
            "--region, --inputs, --usage and --usage-defaults apply to every module: a variable an inputs file sets "
                + "is given to each module that declares it. A module named twice (by id or by path) is refused."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  the estimates, complete or partial (warnings about the usage or inputs",
            "     files are on stderr)",
            "  1  the HCL of a module, or of a module it calls, has errors: they are on",
            "     stderr, no totals",
            "  2  usage error (unknown module or region, a module named twice, a --usage",
            "     or --inputs file that does not exist)",
            "  3  a malformed usage file, inputs file or price store file",
            "     (file:line:column and the fix)",
            "",
            "Examples:",
            "  alexandria cost-compare vpc-basic vpc-standard vpc-advanced",
            "  alexandria cost-compare vpc-standard vpc-advanced --inputs network.tfvars",
            "  alexandria cost-compare rds-postgres rds-aurora --region eu-west-1 \\",
            "      --output json",
        })
final class CostCompareCommand extends LibraryCommand {

    @Parameters(paramLabel = "MODULE", arity = "2..*", description = ModuleArguments.MODULES_HELP)
    private List<String> modules = new ArrayList<>();

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "us-east-1",
            description = "The AWS region to price in (default: ${DEFAULT-VALUE}).")
    private String region;

    @Option(names = "--usage", paramLabel = "FILE", description = "A usage file (infracost-usage.yml shape) for "
            + "every module.")
    private Path usage;

    @Option(names = "--inputs", paramLabel = "FILE", description = "A .tfvars (or .tfvars.json) file with values for "
            + "the modules' input variables, each module taking those it declares; repeat it for more, later files "
            + "win.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--usage-defaults", description = "Apply the documented usage assumptions.")
    private boolean usageDefaults;

    @Override
    protected int run(Library library) {
        List<ModuleCost> costs = new ArrayList<>();
        Path wd = environment().workingDirectory();
        PrintWriter err = err();
        if (usage != null && !CostCommand.readable(err, "--usage", usage.toString(), wd)) {
            return ExitCode.USAGE;
        }
        for (Path p : inputs) {
            if (!CostCommand.readable(err, "--inputs", p.toString(), wd)) {
                return ExitCode.USAGE;
            }
        }
        Map<ModuleId, String> named = new LinkedHashMap<>();
        List<ModuleId> ids = eachModule(spec(), modules, m -> requireModule(spec(), library, m).id());
        for (int i = 0; i < modules.size(); i++) {
            String m = modules.get(i);
            ModuleId id = ids.get(i);
            String before = named.putIfAbsent(id, m);
            if (before != null) {
                // one module twice is no comparison: refused rather than silently shown once
                err.println(ErrorHandler.PREFIX + id + " is named twice" + (before.equals(m) ? ""
                        : " (as '" + before + "' and '" + m + "')"));
                err.println("  fix: name each module once");
                err.flush();
                return ExitCode.USAGE;
            }
        }
        List<Path> files = inputs.stream().map(wd::resolve).toList();
        for (int i = 0; i < modules.size(); i++) {
            String m = modules.get(i);
            // by the id each argument was resolved to: a folder given from here means nothing to the library
            CostEstimate e = library.cost(ids.get(i).value()).region(region).usageDefaults(usageDefaults).inputs(files);
            if (usage != null) {
                e.usage(wd.resolve(usage));
            }
            try {
                costs.add(e.estimate());
            } catch (dev.alexandria.api.ModuleHclException x) {
                return CostCommand.hclErrors(err, x, m, wd, library.root());
            }
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("region", region);
        tree.put("currency", "USD");
        tree.put("hours_per_month", 730);
        if (usage != null) {
            tree.put("usage_file", usage.toString());
        }
        if (!inputs.isEmpty()) {
            tree.put("inputs_files", inputs.stream().map(Path::toString).toList());
        }
        tree.put("usage_defaults", usageDefaults);
        List<Object> rowsJson = new ArrayList<>();
        costs.forEach(c -> rowsJson.add(CostViews.summary(c)));
        tree.put("modules", rowsJson);
        print(tree, () -> {
            List<List<String>> rows = new ArrayList<>();
            for (ModuleCost c : costs) {
                rows.add(List.of(c.module(), CostViews.usd(c.fixedMonthlyUsd()), CostViews.usd(c.usageMonthlyUsd()),
                        CostViews.usd(c.totalMonthlyUsd()), c.definiteCategory().map(k -> k.id())
                                .orElse(">= " + c.category().id()), c.partial()
                                ? c.notPricedLines().size() + " not priced" : "complete"));
            }
            TableRenderer t = table("MODULE", "FIXED/MONTH", "USAGE/MONTH", "TOTAL/MONTH", "CATEGORY", "PRICED");
            out().print(t.render(rows));
            out().println();
            out().println("USD, " + region + ", 730 hours a month; 'alexandria cost <module>' shows every line.");
            costs.stream().flatMap(c -> c.disclaimers().stream()).distinct().forEach(out()::println);
        });
        for (ModuleCost c : costs) {
            c.warnings().forEach(w -> err.println(Messages.shorten("warning: " + c.module() + ": " + w)));
        }
        err.flush();
        return ExitCode.OK;
    }

    /** Its answer is about modules that opened, so the modules left out are only counted. */
    @Override
    protected boolean answerReadsUnavailable(Library library) {
        return false;
    }
}
