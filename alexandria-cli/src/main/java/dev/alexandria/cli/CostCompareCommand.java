package dev.alexandria.cli;

import dev.alexandria.api.CostEstimate;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.ModuleCost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code alexandria cost-compare a b c}: the monthly estimates of several modules side by side.
 *
 * @since 0.1.0
 */
@Command(name = "cost-compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare the monthly cost estimates of modules side by side (see 'alexandria cost').",
        footerHeading = "%nExamples:%n",
        footer = {
            "  alexandria cost-compare vpc-basic vpc-standard vpc-advanced",
            "  alexandria cost-compare rds-postgres rds-aurora --region eu-west-1 --output json",
        })
final class CostCompareCommand extends LibraryCommand {

    @Parameters(paramLabel = "MODULE", arity = "2..*", description = "Two or more module ids or paths.")
    private List<String> modules = new ArrayList<>();

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "us-east-1",
            description = "The AWS region to price in (default: ${DEFAULT-VALUE}).")
    private String region;

    @Option(names = "--usage", paramLabel = "FILE", description = "A usage file (infracost-usage.yml shape) for "
            + "every module.")
    private Path usage;

    @Option(names = "--usage-defaults", description = "Apply the documented usage assumptions.")
    private boolean usageDefaults;

    @Override
    protected int run(Library library) {
        List<ModuleCost> costs = new ArrayList<>();
        java.nio.file.Path wd = environment().workingDirectory();
        if (usage != null && !CostCommand.readable(err(), "--usage", usage.toString(), wd)) {
            return ExitCode.USAGE;
        }
        for (String m : modules) {
            CostEstimate e = library.cost(m).region(region).usageDefaults(usageDefaults);
            if (usage != null) {
                e.usage(wd.resolve(usage));
            }
            try {
                costs.add(e.estimate());
            } catch (dev.alexandria.api.ModuleHclException x) {
                return CostCommand.hclErrors(err(), x, m, wd, library.root());
            }
        }
        List<Object> tree = new ArrayList<>();
        costs.forEach(c -> tree.add(CostViews.summary(c)));
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
        return ExitCode.OK;
    }
}
