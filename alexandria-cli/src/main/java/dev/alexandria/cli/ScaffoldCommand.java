package dev.alexandria.cli;

import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ScaffoldRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code alexandria scaffold --name <id> --category <layer>/<category> [--maturity L] [--complexity T]
 * [--dry-run]}: creates a new module folder from the templates of its complexity tier.
 *
 * @since 0.4.0
 */
@Command(name = "scaffold", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Create a new module folder _library/<layer>/<category>/<name>/ from templates: main.tf,"
                + " variables.tf, outputs.tf, versions.tf, README.md (inputs and outputs tables between"
                + " terraform-docs' markers), examples/complete/, tests/unit/, tests/integration/ and .alexandria.yaml.",
            "The complexity tier shapes the variables (basic: up to 10, standard: 11 to 30, advanced: more than 30);"
                    + " no complexity: key is written, since the tier is derived from the HCL. A library overrides"
                    + " or adds templates in _catalog/templates/<common|basic|standard|advanced>/."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  created (or, with --dry-run, the plan printed and nothing refuses it)",
            "  1  refused: the name is taken; every reason is listed",
            "  2  usage error (a --name not in kebab-case, an undeclared --category)",
            "  3  data error, or a write failed (everything was restored)",
            "",
            "Examples:",
            "  alexandria scaffold --name vpc-enterprise \\",
            "      --category foundations/networking --dry-run",
            "  alexandria scaffold --name vpc-enterprise \\",
            "      --category foundations/networking --complexity advanced",
        })
final class ScaffoldCommand extends LifecycleCommand {

    @Option(names = "--name", required = true, paramLabel = "ID",
            description = "The module id: kebab-case, unique across the library (vpc-enterprise).")
    private String name;

    @Option(names = "--category", required = true, paramLabel = "LAYER/CATEGORY",
            description = "A category of _catalog/categories.yaml, such as foundations/networking.")
    private String category;

    @Option(names = "--maturity", paramLabel = "LEVEL", converter = PromoteCommand.LevelChoice.class,
            completionCandidates = PromoteCommand.LevelChoice.class, defaultValue = "experimental",
            description = "The starting maturity. Default: ${DEFAULT-VALUE}.")
    private MaturityLevel maturity;

    @Option(names = "--complexity", paramLabel = "TIER", converter = TierChoice.class,
            completionCandidates = TierChoice.class, defaultValue = "standard",
            description = "The template's tier: basic, standard or advanced. Default: ${DEFAULT-VALUE}.")
    private ComplexityTier complexity;

    @Option(names = "--dry-run", description = "Print the plan (every file and its text) and create nothing.")
    private boolean dryRun;

    /** The values of {@code --complexity}. */
    static final class TierChoice extends EnumChoice<ComplexityTier> {
        TierChoice() {
            super(ComplexityTier.class);
        }
    }

    @Override
    protected boolean writes() {
        return !dryRun;
    }

    @Override
    protected int run(Library library) {
        if (!maturity.isActive()) {
            throw new ParameterException(spec().commandLine(), "--maturity " + maturity.id() + ": a new module starts"
                    + " at experimental, alpha, beta, stable or mature");
        }
        // a name that cannot be a module id is a bad option value, whatever the library holds: a usage error, with
        // the allowed form and the kebab-case spelling of what was typed (the scaffolder's own words)
        dev.alexandria.core.Alexandria.moduleNameProblem(name).ifPresent(problem -> {
            throw new ParameterException(spec().commandLine(), "--name '" + name + "' " + problem);
        });
        // a category the library does not declare is a bad option value too: a usage error (exit 2) with the
        // declared category nearest to what was typed, as browse says it; the scaffolder's refusal (exit 1) stays
        // for what the library holds (a name that is taken)
        boolean declared;
        try {
            declared = library.catalog().taxonomy().isDeclared(dev.alexandria.api.model.Category.parse(category));
        } catch (IllegalArgumentException e) { // not even of the form layer/category
            declared = false;
        }
        if (!declared) {
            throw new ParameterException(spec().commandLine(), BrowseCommand.undeclaredCategory(library, category));
        }
        ChangePlan plan = library.scaffold(new ScaffoldRequest(name, category, maturity, complexity));
        return showOrApply(plan, ChangeViews.plan(plan), dryRun, () -> ChangeViews.printPlan(out(), plan));
    }
}
