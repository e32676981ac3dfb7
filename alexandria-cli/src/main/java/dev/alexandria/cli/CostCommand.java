package dev.alexandria.cli;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.CostEstimate;
import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleHclException;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.CostLine;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.core.Alexandria;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code alexandria cost <module>}: the monthly cost estimate of a module from its HCL, line by line, with its
 * totals, what could not be priced, the price sources and dates, and the prices' disclaimer.
 *
 * @since 0.1.0
 */
@Command(name = "cost", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Estimate the monthly cost of a module from its HCL: its resources and the modules it calls "
                + "(from the library or by relative path), priced with AWS on-demand list prices (bundled, or "
                + "imported into _catalog/prices/ with import-prices), 730 hours a month.",
            "Usage-based lines (requests, GB processed) show their unit price and add $0 unless a usage file "
                + "(Infracost's infracost-usage.yml shape) gives their usage. A count, for_each or argument that "
                + "cannot be known is 'not priced' with the variable to pass in --inputs, never a guess."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  an estimate, complete or partial (warnings about the usage or inputs",
            "     files are on stderr)",
            "  1  the HCL of the module, or of a module it calls, has errors: they are",
            "     on stderr, no total",
            "  2  usage error (unknown module or region, a --usage or --inputs file that",
            "     does not exist)",
            "  3  a malformed usage file, inputs file or price store file",
            "     (file:line:column and the fix), or a folder with no .tf files",
            "",
            "Examples:",
            "  alexandria cost vpc-standard",
            "  alexandria cost eks-standard --region eu-west-1 --inputs prod.tfvars \\",
            "      --usage infracost-usage.yml",
            "  alexandria cost web-app-ecs --usage-defaults --output json",
            "  alexandria cost ./modules/web            # a module folder outside the library",
        })
final class CostCommand extends LibraryCommand {

    @Parameters(paramLabel = "MODULE", description = ModuleArguments.MODULE_HELP
            + " A folder outside the library (./modules/web) is estimated as it is.")
    private String module;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "us-east-1",
            description = "The AWS region to price in (default: ${DEFAULT-VALUE}).")
    private String region;

    @Option(names = "--usage", paramLabel = "FILE", description = "A usage file in Infracost's infracost-usage.yml "
            + "shape (version: 0.1, resource_usage by address, [*] for every index).")
    private Path usage;

    @Option(names = "--inputs", paramLabel = "FILE", description = "A .tfvars (or .tfvars.json) file with values for "
            + "the module's input variables; repeat it for more, later files win.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--usage-defaults", description = "Apply the documented usage assumptions (docs/cost.md) to "
            + "every usage value the usage file does not give; every line they touch says so.")
    private boolean usageDefaults;

    /** Whether the module is a folder outside the library: its fixed cost is then no registry's cost. */
    private boolean folder;

    @Override
    protected int run(Library library) {
        Path wd = environment().workingDirectory();
        PrintWriter err = err();
        List<String[]> files = new ArrayList<>();
        if (usage != null) {
            files.add(new String[] {"--usage", usage.toString()});
        }
        inputs.forEach(p -> files.add(new String[] {"--inputs", p.toString()}));
        for (String[] f : files) {
            if (!readable(err, f[0], f[1], wd)) {
                return ExitCode.USAGE;
            }
        }
        if (module.isBlank()) {
            err.println(ErrorHandler.PREFIX + "MODULE '" + module + "' is empty");
            err.println("  fix: give a module id (vpc-standard), its path below _library, or a module folder");
            err.flush();
            return ExitCode.USAGE;
        }
        ModuleCost cost;
        try {
            cost = estimate(library, module).estimate();
        } catch (ModuleHclException e) {
            return hclErrors(err, e, module, wd, library.root());
        }
        print(CostViews.estimate(cost), () -> table(cost));
        cost.warnings().forEach(w -> err.println(Messages.shorten("warning: " + w)));
        err.flush();
        return ExitCode.OK;
    }

    /**
     * Checks that a file named by an option exists and is a file, else says so as a usage error.
     *
     * @return true if it can be read
     */
    static boolean readable(PrintWriter err, String option, String given, Path wd) {
        Path path = wd.resolve(given);
        String problem = given.isBlank() ? "an empty path" : !Files.exists(path) ? "no such file"
                : Files.isDirectory(path) ? "a folder, not a file" : null;
        if (problem == null) {
            return true;
        }
        err.println(ErrorHandler.PREFIX + (option.isEmpty() ? "" : option + " ") + (given.isBlank() ? "''" : given)
                + ": " + problem);
        err.println("  fix: give the path of an existing file" + (Path.of(given).isAbsolute() ? ""
                : " (a relative path is read from " + wd + ")"));
        err.flush();
        return false;
    }

    /**
     * Prints the HCL errors that stop an estimate like {@code inspect} does, file:line first, and returns
     * {@link ExitCode#FINDINGS}: no total is printed, since it would leave out what could not be read.
     */
    static int hclErrors(PrintWriter err, ModuleHclException e, String module, Path wd, Path libraryRoot) {
        printDiagnostics(err, e, wd, Optional.of(libraryRoot));
        int n = e.diagnostics().size();
        err.println(ErrorHandler.PREFIX + module + ": " + n + (n == 1 ? " error" : " errors") + " in the HCL; no "
                + "estimate (a total would leave out what could not be read)");
        err.println("  fix: correct the HCL at the lines above ('alexandria inspect " + module + "' shows them too), "
                + "then run the estimate again");
        err.flush();
        return ExitCode.FINDINGS;
    }

    /**
     * Prints each HCL error as {@code error: file:line:column: message}, in {@link Diagnostic#message()}'s words, the file relative to the working
     * directory or the library root when it lies below one of them, as {@code inspect} does.
     */
    static void printDiagnostics(PrintWriter err, ModuleHclException e, Path wd, Optional<Path> libraryRoot) {
        for (Diagnostic d : e.diagnostics()) {
            SourceLocation at = d.location();
            err.println(Messages.shorten("error: " + new SourceLocation(display(at.file(), wd, libraryRoot),
                    at.line(), at.column()) + ": " + d.message()));
        }
    }

    /**
     * A diagnostic's file as {@code inspect} names it: relative to the library root when it is in the library
     * (wherever the command was run), else relative to the working directory when below it (a module folder named
     * by its path), else absolute.
     */
    private static String display(String file, Path wd, Optional<Path> libraryRoot) {
        Path p = Path.of(file);
        List<Path> bases = new ArrayList<>();
        libraryRoot.ifPresent(root -> bases.add(root.toAbsolutePath().normalize()));
        bases.add(wd.toAbsolutePath().normalize());
        for (Path base : bases) {
            if (p.isAbsolute() && p.startsWith(base) && !p.equals(base)) {
                return base.relativize(p).toString();
            }
        }
        return file;
    }

    private CostEstimate estimate(Library library, String which) {
        Path wd = environment().workingDirectory();
        CostEstimate e;
        // a folder of the library names its module, as in every command; any other folder is estimated as it is
        Optional<Path> named = ModuleArguments.folder(spec(), which);
        Optional<String> inLibrary = named.flatMap(dir -> ModuleArguments.below(library.root(),
                LibraryCommand.bundledSample(spec()), dir));
        String name = inLibrary.orElse(which);
        if (inLibrary.isEmpty() && (named.isPresent()
                || library.module(name).isEmpty() && Files.isDirectory(wd.resolve(which)))) {
            Path dir = named.orElse(wd.resolve(which).normalize());
            if (!Alexandria.isModuleFolder(dir)) {
                // an estimate of a folder without Terraform would be a silent $0
                throw new CatalogException(SourceLocation.of(dir.toString()), "is not a module folder: it has no .tf "
                        + "or .tf.json files; give a module id or the folder of a module");
            }
            e = Alexandria.cost(dir);
            folder = true;
        } else {
            library.module(name).ifPresent(m -> AmbiguousNames.moduleUsed(spec(), which, m, true));
            e = library.cost(name);
        }
        e.region(region).usageDefaults(usageDefaults);
        if (usage != null) {
            e.usage(wd.resolve(usage));
        }
        List<Path> files = new ArrayList<>();
        inputs.forEach(p -> files.add(wd.resolve(p)));
        return e.inputs(files);
    }

        private void table(ModuleCost c) {
        PrintWriter out = out();
        out.println(c.module() + "  " + c.region() + "  monthly estimate in USD, 730 hours a month"
                + (c.usageDefaults() ? ", usage assumptions applied" : ""));
        out.println();
        render(out, c.lines());
        out.println();
        // a folder outside the library has no registry entry: its fixed cost is only the configuration's
        out.println((folder ? "Fixed (from the configuration)      " : "Fixed (the module's registry cost)  ")
                + CostViews.usd(c.fixedMonthlyUsd()) + "/month" + (c.partial() ? " (at least)" : ""));
        out.println("From usage                          " + CostViews.usd(c.usageMonthlyUsd()) + "/month"
                + (c.usageFile().isEmpty() && !c.usageDefaults() ? " (no usage file: usage-based lines add $0)" : ""));
        out.println("Total                               " + CostViews.usd(c.totalMonthlyUsd()) + "/month"
                + (c.partial() ? " (partial: a lower bound, the lines below are not priced)" : ""));
        out.println("Cost category                       " + CostViews.category(c));
        List<CostLine> notPriced = c.notPricedLines();
        if (!notPriced.isEmpty()) {
            out.println();
            out.println("Not priced (" + notPriced.size() + "):");
            for (CostLine l : notPriced) {
                out.println("  " + l.address() + (l.component().isEmpty() ? "" : " " + l.component()) + ": "
                        + l.reason());
            }
        }
        out.println();
        out.println("Prices: " + (c.priceSources().isEmpty() ? "none used" : String.join(", ", c.priceSources())));
        CostViews.disclaimers(c).forEach(out::println);
    }

    /** Resources with their components below; free and not-priced resources on one line. */
    static void render(PrintWriter out, List<CostLine> lines) {
        List<String[]> rows = new ArrayList<>();
        String current = null;
        for (CostLine l : lines) {
            if (l.component().isEmpty()) {
                String what = switch (l.status()) {
                    case FREE -> "free: " + l.reason();
                    case ZERO_INSTANCES -> "0 instances: " + l.reason() + ", $0.00";
                    default -> "not priced: " + l.reason();
                };
                rows.add(new String[] {l.address(), what});
                current = null;
                continue;
            }
            if (!l.address().equals(current)) {
                rows.add(new String[] {l.address()});
                current = l.address();
            }
            switch (l.status()) {
                case PRICED -> {
                    rows.add(new String[] {"  " + l.component(), l.quantity().map(q -> plain(q)).orElse("") + " "
                            + CostViews.unit(l.unit().orElse(""), false),
                            CostViews.unitUsd(l.unitPrice().orElseThrow())
                            + (l.tiered() ? " (tiered)" : ""), CostViews.usd(l.monthlyUsd())});
                    rows.add(new String[] {"    from: " + String.join("; ", l.origins())});
                    rows.add(new String[] {"    price: " + l.price().map(Object::toString).orElse("") + ", "
                            + l.price().map(p -> p.key()).orElse("")});
                }
                case DEPENDS_ON_USAGE -> rows.add(new String[] {"  " + l.component(), "depends on usage: "
                        + CostViews.unitUsd(l.unitPrice().orElseThrow()) + " per "
                        + CostViews.unit(l.unit().orElse("unit"), true)
                        + (l.tiered() ? " (tiered)" : "")});
                default -> rows.add(new String[] {"  " + l.component(), "not priced: " + l.reason()});
            }
            for (String note : l.notes()) {
                if (l.status() != CostLine.Status.DEPENDS_ON_USAGE || note.startsWith("depends on usage")) {
                    rows.add(new String[] {"    note: " + note});
                }
            }
        }
        int w0 = 0;
        int w1 = 0;
        int w2 = 0;
        for (String[] r : rows) {
            if (r.length == 4) {
                w1 = Math.max(w1, r[1].length());
                w2 = Math.max(w2, r[2].length());
            }
            if (r.length >= 2 && r[0].startsWith("  ")) {
                w0 = Math.max(w0, r[0].length());
            }
        }
        for (String[] r : rows) {
            if (r.length == 4) {
                out.println(pad(r[0], w0) + "  " + pad(r[1], w1) + "  " + pad(r[2], w2) + "  " + r[3]);
            } else if (r.length == 2 && r[0].startsWith("  ")) {
                out.println(pad(r[0], w0) + "  " + r[1]);
            } else if (r.length == 2) {
                out.println(r[0] + "  " + r[1]);
            } else {
                out.println(r[0]);
            }
        }
    }

    private static String plain(BigDecimal q) {
        BigDecimal s = q.stripTrailingZeros();
        if (s.scale() > 4) {
            s = s.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return s.toPlainString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** Its answer is about modules that opened, so the modules left out are only counted. */
    @Override
    protected boolean answerReadsUnavailable(Library library) {
        return false;
    }
}
