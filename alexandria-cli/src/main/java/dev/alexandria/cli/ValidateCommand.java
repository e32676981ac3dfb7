package dev.alexandria.cli;

import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.Decimals;
import dev.alexandria.api.model.ExternalTools;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.LibraryLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alexandria validate [MODULE…] [--output table|json|sarif]}: every validator over the modules (the whole
 * library when none is named), exiting 1 if there is an error.
 *
 * <p>Not {@link LibraryCommand}: its {@code --output} also offers {@code sarif}, which no other command prints,
 * and a library that does not open is reported in the chosen format too (its errors are findings).
 *
 * @since 0.4.0
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Validate modules with every validator: metadata and path agreement, naming conventions,"
                + " typed and described variables, described outputs, required_version and pinned providers,"
                + " README and its terraform-docs tables, examples and tests for the maturity level, version and"
                + " maturity agreement, declared and derived complexity, the layer rule and deprecated dependencies;"
                + " terraform (or tofu) validate and tflint when installed (else listed as skipped, never as passed)"
                + " on the modules named, or on every module with --external-tools;"
                + " and the ModuleValidator providers on the class path. docs/validate.md lists the rules."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  no errors (warnings and notes are printed)",
            "  1  errors found",
            "  2  usage error (unknown module or option)",
            "  3  the library does not open (its errors are printed as the findings)",
            "",
            "Examples:",
            "  alexandria validate",
            "  alexandria validate vpc-standard eks-standard",
            "  alexandria validate .                  # the module in the current folder",
            "  alexandria validate --external-tools   # also terraform/tflint, every module",
            "  alexandria validate --rule uncalled-requirement   # every finding of a rule",
            "  alexandria validate --output sarif > alexandria.sarif   # for code scanning",
        })
final class ValidateCommand implements Callable<Integer> {

    /** The formats of {@code validate}. */
    enum Format {
        /** One line per finding, then a summary. */
        TABLE,
        /** The report as JSON. */
        JSON,
        /** SARIF 2.1.0, for code-scanning services. */
        SARIF;

        /** Parses {@code --output} values, case-insensitively, and offers them for completion. */
        static final class Choice extends EnumChoice<Format> {
            Choice() {
                super(Format.class);
            }
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "MODULE",
            description = "Module ids (vpc-standard), or module folders: . for the current one, a path relative to it,"
                    + " or an absolute one. Default: the whole library.")
    private List<String> modules = new ArrayList<>();

    @Option(names = "--library", paramLabel = "PATH",
            description = GlobalOptions.LIBRARY_HELP)
    private Path library;

    @Option(names = "--output", paramLabel = "FORMAT", converter = Format.Choice.class,
            completionCandidates = Format.Choice.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: table).")
    private Format output;

    @Option(names = {"-v", "--verbose"}, description = "Also list notes, and log debug detail.")
    private boolean verbose;

    @Option(names = "--all", description = "List every finding, notes included, each on its own lines: no rule's "
            + "findings are summed up in one line (errors are always listed in full).")
    private boolean listAll;

    @Option(names = "--rule", paramLabel = "RULE", split = ",",
            description = "List only the findings of these rules (repeat or separate with commas), every one, notes "
                    + "included. The counts of the summary stay those of every finding.")
    private List<String> rules = new ArrayList<>();

    @Option(names = "--external-tools", negatable = true, defaultValue = Option.NULL_VALUE,
            description = "Run terraform (or tofu) validate and tflint on every module validated (--external-tools)"
                    + " or on none (--no-external-tools). Default: on the modules named, not on the whole library."
                    + " Their results are cached by each module folder's content.")
    private Boolean externalTools;

    @Option(names = "--no-cache", description = GlobalOptions.NO_CACHE_HELP)
    private boolean noCache;

    @Override
    public Integer call() {
        GlobalOptions outer = spec.root().userObject() instanceof AlexandriaCli cli ? cli.options() : null;
        Format format = format(outer);
        CliEnvironment env = LibraryCommand.environment(spec);
        LibraryLocation where = LibraryCommand.locate(env, library != null ? Optional.of(library)
                : outer == null ? Optional.empty() : outer.library());
        boolean bypass = noCache || (outer != null && outer.noCache());
        boolean all = verbose || (outer != null && outer.verbose());
        ValidationReport report;
        Path root = where.path();
        boolean opened = true;
        String unavailable = null; // a module named whose own files have errors
        try {
            Library lib = bypass ? Alexandria.builder().root(where.path()).noCache().skipBrokenModules().open()
                    : LibraryCommand.openLibrary(spec, where);
            root = lib.root();
            // every unknown id is named at once; a module whose own files have errors is validate's to report
            List<String> named = LibraryCommand.eachModule(spec, modules, module -> {
                String id = moduleOf(module, env, lib, where.isBundledSample());
                try {
                    lib.requireModule(id);
                } catch (dev.alexandria.api.ModuleUnavailableException e) {
                    // its errors are its findings, below
                }
                return id;
            });
            report = lib.validate(named, env.env(), externalTools == null ? ExternalTools.NAMED_MODULES
                    : externalTools ? ExternalTools.ALWAYS : ExternalTools.NEVER);
            if (named.isEmpty() && !lib.unavailable().isEmpty()) {
                // the modules left out because their own files have errors: every one of those errors is listed
                List<Finding> withLeftOut = new ArrayList<>(report.findings());
                withLeftOut.addAll(lib.unavailable());
                report = new ValidationReport(report.modules(), withLeftOut, report.validators(), report.skipped(),
                        report.rules());
            }
        } catch (dev.alexandria.api.ModuleUnavailableException e) {
            // a module named whose own files have errors: they are its findings, and the library opens
            report = new ValidationReport(List.of(), e.findings(), List.of(), List.of());
            unavailable = e.module();
        } catch (CatalogValidationException e) {
            // The library does not open: its errors are the findings, in the format asked for.
            report = new ValidationReport(List.of(), e.findings(), List.of(), List.of());
            opened = false;
        }
        if (!rules.isEmpty() && !report.rules().isEmpty()) { // --rule given: check its ids
            List<String> ids = report.rules().stream().map(ValidationReport.Rule::id).toList();
            // every unknown id, each with its own suggestion, so one run shows all the typos
            ValidationReport ran = report;
            List<String> unknown = rules.stream().distinct().filter(r -> ran.rule(r).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                List<String> hints = new ArrayList<>();
                for (String rule : unknown) {
                    List<String> near = ErrorHandler.closest(rule, ids);
                    if (!near.isEmpty()) {
                        hints.add(String.join(" or ", near) + (unknown.size() == 1 ? "" : " (for " + rule + ")"));
                    }
                }
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rule " + String.join(", ",
                        unknown) + ": no validator that ran has " + (unknown.size() == 1 ? "this rule" : "these rules")
                        + (hints.isEmpty() ? "" : "; did you mean " + String.join(" and ", hints) + "?")
                        + " (docs/validate.md lists the rules)");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> StructuredOutput.write(out, OutputFormat.JSON, view(report));
            case SARIF -> StructuredOutput.write(out, OutputFormat.JSON, Sarif.log(report, root));
            // modules named explicitly: every finding of theirs is listed, none summed up in one line
            default -> table(out, report, all, listAll, modules.isEmpty(), rules, unavailable);
        }
        out.flush();
        // A library that does not open is a data error, as in every other command (README, "Exit codes").
        return !opened ? ExitCode.DATA : report.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /**
     * The module an argument names: a folder (relative to the working directory, or absolute) that is a module's
     * folder becomes that module's id; anything else is passed on as given (an id, or a path below
     * {@code _library}). A folder that exists but is no module's, and a {@code .}, {@code ./x}, {@code ../x} or
     * absolute path that does not exist, are usage errors saying what is expected.
     */
    private String moduleOf(String argument, CliEnvironment env, Library lib, boolean bundledSample) {
        boolean explicit = InspectCommand.explicitPath(argument);
        Path folder = env.workingDirectory().resolve(argument).normalize();
        if (!Files.isDirectory(folder)) {
            if (explicit) {
                throw new ParameterException(spec.commandLine(), folder + " does not exist; " + EXPECTED);
            }
            return argument;
        }
        Optional<LibraryModule> below = ModuleArguments.below(lib.root(), bundledSample, folder).flatMap(lib::module);
        if (below.isPresent()) {
            return below.get().id().toString();
        }
        Path real = realPath(folder);
        for (LibraryModule m : lib.modules()) {
            if (realPath(m.directory()).equals(real)) {
                return m.id().toString();
            }
        }
        if (explicit || argument.contains("/")) {
            throw new ParameterException(spec.commandLine(), folder + " is not the folder of a module of the library"
                    + " at " + lib.root() + "; " + EXPECTED);
        }
        // a folder named like a module id, here by chance: the id decides, and the note says so
        lib.module(argument).ifPresent(m -> AmbiguousNames.moduleUsed(spec, argument, m, false));
        return argument;
    }

    private static final String EXPECTED = "give a module id (vpc-standard) or a module's folder inside the"
            + " library (the one with its .alexandria.yaml, below _library/), or nothing for the whole library";

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private Format format(GlobalOptions outer) {
        if (output != null) {
            return output;
        }
        if (outer == null) {
            return Format.TABLE;
        }
        return switch (outer.output()) {
            case TABLE -> Format.TABLE;
            case JSON -> Format.JSON;
            default -> throw new ParameterException(spec.commandLine(), "validate prints table, json or sarif, not "
                    + outer.output().id() + "; give --output table, json or sarif");
        };
    }

    static Map<String, Object> view(ValidationReport report) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("modules", report.modules().stream().map(Object::toString).toList());
        view.put("validators", report.validators());
        view.put("skipped", report.skipped().stream().map(s -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("validator", s.validator());
            v.put("reason", s.reason());
            return v;
        }).toList());
        view.putAll(Views.findings(report.findings()));
        return view;
    }

    /**
     * A warning or note rule with more findings than this is one line in the table: its count and the option that
     * lists them; errors are always listed in full, and so is every finding when modules are named (their findings
     * are what was asked for). JSON and SARIF always carry every finding.
     */
    static final int LISTED_PER_RULE = 10;

    private static void table(PrintWriter out, ValidationReport report, boolean verbose, boolean listAll,
                              boolean summarise, List<String> onlyRules, String unavailable) {
        Set<String> only = new LinkedHashSet<>(onlyRules);
        // by rule and severity: a rule may report errors and warnings, and its errors are always listed
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        Set<String> found = new HashSet<>();
        for (Finding f : report.findings()) {
            byRule.computeIfAbsent(f.ruleId() + " " + f.severity(), k -> new ArrayList<>()).add(f);
            found.add(f.ruleId());
        }
        List<String> summed = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (!only.isEmpty()) {
                if (only.contains(f.ruleId())) {
                    printFinding(out, f);
                }
                continue;
            }
            if (f.severity() == Finding.Severity.INFO && !verbose && !listAll) {
                continue; // counted in the summary
            }
            List<Finding> ofRule = byRule.get(f.ruleId() + " " + f.severity());
            if (f.severity() == Finding.Severity.ERROR || listAll || !summarise || ofRule.size() <= LISTED_PER_RULE) {
                printFinding(out, f);
            } else if (ofRule.get(0) == f) {
                summed.add(summary(f.ruleId(), ofRule));
            }
        }
        summed.forEach(out::println);
        for (String rule : only) {
            if (!found.contains(rule)) {
                out.println("No finding of rule " + rule + (knownRule(report, rule) ? ""
                        : " (not a rule of the validators that ran; docs/validate.md lists the rules)"));
            }
        }
        for (ValidationReport.Skipped s : report.skipped()) {
            out.println("skipped: " + s.validator() + ": " + s.reason());
        }
        long errors = report.errors().size();
        long warnings = report.warnings().size();
        long notes = report.findings().size() - errors - warnings;
        boolean notesListed = verbose || listAll || !only.isEmpty();
        // a named module left out opens nothing of its own, but the library opens: say what happened to it
        out.println((unavailable != null ? unavailable + " is unavailable (its own files have errors)"
                : report.modules().isEmpty() ? "The library does not open"
                : "Validated " + report.modules().size() + (report.modules().size() == 1 ? " module" : " modules")
                + " with " + report.validators().size() + " validators") + ": " + count(errors, "error") + ", "
                + count(warnings, "warning") + (notes == 0 ? "" : ", " + count(notes, "note")
                + (notesListed ? "" : " (--verbose lists them)"))
                + (report.skipped().isEmpty() ? "" : "; " + report.skipped().size() + " skipped"));
    }

    /**
     * A finding as {@code severity: file:line:column: message [rule-id]} (the rule in brackets at the end, as
     * compilers name a warning's flag, so the location stays where editors look for it), then its fix.
     */
    static void printFinding(PrintWriter out, Finding finding) {
        out.println(Messages.shorten(finding.severity().name().toLowerCase(Locale.ROOT) + ": " + finding.location()
                + ": " + finding.message() + " [" + finding.ruleId() + "]"));
        finding.hint().ifPresent(hint -> out.println(Messages.shorten("  fix: " + hint)));
    }

    /** One line for the findings of a rule too many to list: severity, rule, count, modules, how to list them. */
    private static String summary(String rule, List<Finding> findings) {
        Set<String> modules = new HashSet<>();
        for (Finding f : findings) {
            modules.add(f.module().map(Object::toString).orElse(""));
        }
        modules.remove("");
        Finding first = findings.get(0);
        return first.severity().name().toLowerCase(Locale.ROOT) + ": " + rule + ": "
                + Decimals.grouped(findings.size()) + " findings"
                + (modules.isEmpty() ? "" : " in " + count(modules.size(), "module")) + ", not listed one by one (e.g. "
                + first.location() + ": " + first.message() + ")\n"
                + "  list them: alexandria validate --rule " + rule + " (or --all for every finding, --output json)";
    }

    private static boolean knownRule(ValidationReport report, String rule) {
        return report.rule(rule).isPresent();
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    @Override
    public String toString() {
        return "validate " + String.join(" ", modules).toLowerCase(Locale.ROOT);
    }
}
