package dev.alexandria.cli;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.ModuleHclException;
import dev.alexandria.api.ModuleNotFoundException;
import dev.alexandria.api.ReleaseRefusedException;
import dev.alexandria.api.UnknownRegionException;
import dev.alexandria.api.VersionNotFoundException;
import dev.alexandria.api.model.Finding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one readable line on stderr and an exit code:
 *
 * <pre>
 * alexandria: error: &lt;where&gt;: &lt;what&gt;
 *   fix: &lt;how&gt;
 * </pre>
 *
 * Usage errors (and a {@link ModuleNotFoundException} or {@link VersionNotFoundException}: an unknown module or
 * version named on the command line) exit with {@link ExitCode#USAGE} (a registered version without its git tag,
 * {@link VersionNotFoundException#registered()}, with {@link ExitCode#DATA}), a {@link ReleaseRefusedException} or
 * {@link dev.alexandria.api.LifecycleRefusedException} with
 * {@link ExitCode#FINDINGS}, a {@link ModuleHclException} (a module's HCL has errors: a finding about the module,
 * printed at file:line:column as {@code inspect} prints it) with {@link ExitCode#FINDINGS} from every command, other {@link AlexandriaException}s with {@link ExitCode#DATA},
 * anything else with {@link ExitCode#INTERNAL}, JVM errors too ({@link #unexpected}: out of memory says how to
 * give the JVM more). Stack traces only with {@code --verbose}.
 *
 * @since 0.1.0
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final String PREFIX = "alexandria: error: ";

    /** picocli's message for an option whose value starts with '-' and looks like an option ("--for -vpc"). */
    private static final java.util.regex.Pattern OPTION_LIKE_VALUE = java.util.regex.Pattern.compile(
            "Expected parameter(?: \\d+ \\(of \\d+ mandatory parameters\\))? for option '([^']+)' but found '(.*)'",
            java.util.regex.Pattern.DOTALL);

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        String help = "see '" + command.getCommandSpec().qualifiedName() + " --help'";
        java.util.regex.Matcher optionLike = OPTION_LIKE_VALUE.matcher(String.valueOf(ex.getMessage()));
        if (optionLike.matches()) {
            // "--for -vpc": picocli reads a value that starts with '-' as an option when it looks like one ("-v").
            // As search says of "-vpc" given as its words: the fix is how to give it as text. Joined with '='
            // ("--for=-vpc") picocli refuses it too; a space before it inside the quotes is read as text, and the
            // free-text options strip it.
            String option = optionLike.group(1);
            String value = optionLike.group(2);
            String label = command.getCommandSpec().optionsMap().containsKey(option)
                    ? command.getCommandSpec().optionsMap().get(option).paramLabel() : "its value";
            print(err, "option " + option + " needs " + label + ", but " + value + " reads as an option",
                    Optional.of("to give " + value + " as " + label + ", put a space before it inside the quotes: '"
                            + command.getCommandSpec().qualifiedName() + " " + option + " \" " + value + "\"' ("
                            + help + ")"));
            err.flush();
            return ExitCode.USAGE;
        }
        Optional<String> dashed = ex instanceof CommandLine.MissingParameterException missingEx
                ? optionLikePositional(missingEx, args) : Optional.empty();
        if (dashed.isPresent()) {
            // "info -vpc": picocli read "-vpc" as options (-v and more), so the module id is missing. As for an
            // unknown option that is a value ("search -vpc"), the fix is the "--" that ends the options.
            String word = dashed.get();
            String label = ((CommandLine.MissingParameterException) ex).getMissing().stream()
                    .filter(a -> a instanceof CommandLine.Model.PositionalParamSpec).findFirst()
                    .map(CommandLine.Model.ArgSpec::paramLabel).orElse("the argument");
            print(err, "missing " + label + ": " + word + " reads as an option, not as " + label,
                    Optional.of("to give " + word + " as " + label + ", put -- before it: '"
                            + command.getCommandSpec().qualifiedName() + " -- " + AmbiguousNames.shellWord(word)
                            + "' (" + help + ")"));
            err.flush();
            return ExitCode.USAGE;
        }
        Usage usage = usage(message(ex));
        String message = usage.what();
        // A message that says how to fix the error prints that fix; a missing argument or option is given as the
        // command's first example gives it; else the fix is to read the command's help.
        String given = message;
        Optional<String> fix = Optional.of(usage.fix().or(() -> missing(given, command.getCommandSpec(), help))
                .orElse(help));
        if (usage.fix().filter(f -> f.equals("give one of them") || f.startsWith("give at least ")).isPresent()) {
            // one of a choice or too few arguments is a missing argument too: its fix gives the first example
            fix = Optional.of(usage.fix().get() + example(command.getCommandSpec()) + " (" + help + ")");
        }
        if (ex instanceof UnmatchedArgumentException) {
            UnmatchedArgumentException unmatched = (UnmatchedArgumentException) ex;
            Collection<String> options = command.getCommandSpec().optionsMap().keySet();
            Optional<String> option = unmatched.getUnmatched().stream().filter(u -> u.startsWith("-")).findFirst();
            List<String> suggestions;
            Optional<String> typed = option.flatMap(o -> typed(o, args, options));
            if (typed.isPresent() && looksLikeAValue(typed.get(), command.getCommandSpec(), options)) {
                // "-vpc" is a word to search for rather than a misspelled option (picocli read it as -v then -pc,
                // and "-pc" is near -V): the fix is the "--" that ends the options.
                String word = typed.get();
                print(err, "unknown option " + word, Optional.of("to give " + word + " as "
                        + command.getCommandSpec().positionalParameters().get(0).paramLabel() + ", put -- before it: '"
                        + command.getCommandSpec().qualifiedName() + " -- " + AmbiguousNames.shellWord(word) + "' ("
                        + help + ")"));
                err.flush();
                return ExitCode.USAGE;
            }
            if (option.isPresent()) {
                // Only the option is unknown; the words after it are usually its value.
                String name = typed.orElse(option.get());
                name = name.contains("=") ? name.substring(0, name.indexOf('=')) : name;
                Optional<String> notTaken = command.getCommandSpec().name().equals("browse")
                        ? BrowseCommand.notTaken(name) : Optional.empty();
                if (notTaken.isPresent()) {
                    Usage why = usage(notTaken.get());
                    print(err, "unknown option " + name + ": " + why.what(), why.fix());
                    err.flush();
                    return ExitCode.USAGE;
                }
                message = "unknown option " + name;
                // Paging is --offset and --limit; --page is near --tags by spelling only.
                suggestions = name.equals("--page") && options.contains("--offset")
                        ? List.of("--offset N with --limit N (the page size)")
                        : closestOptions(List.of(name), options);
            } else {
                String word = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
                boolean subcommand = !command.getSubcommands().isEmpty();
                message = subcommand ? "unknown command '" + word + "'" : "unexpected argument '" + word + "'";
                suggestions = closest(word, command.getSubcommands().keySet());
            }
            fix = Optional.of(suggestions.isEmpty() ? help
                    : "did you mean " + String.join(" or ", suggestions) + "? (" + help + ")");
        }
        print(err, message, fix);
        if (verbose(command.getCommandSpec().root().commandLine().getParseResult())) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.USAGE;
    }

    /**
     * The argument that picocli took for options when a positional parameter is missing ({@code -vpc} of
     * {@code info -vpc}): the first argument before {@code --} that starts with '-', is not one of the command's
     * options (nor {@code --option=value}) and looks like a value ({@link #looksLikeAValue}); empty when a positional
     * parameter is not what is missing, or no argument is such.
     */
    private static Optional<String> optionLikePositional(CommandLine.MissingParameterException ex, String[] args) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        if (ex.getMissing() == null
                || ex.getMissing().stream().noneMatch(a -> a instanceof CommandLine.Model.PositionalParamSpec)) {
            return Optional.empty();
        }
        Collection<String> options = spec.optionsMap().keySet();
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (arg.startsWith("-") && !options.contains(name) && looksLikeAValue(arg, spec, options)) {
                return Optional.of(arg);
            }
        }
        return Optional.empty();
    }

    /**
     * The argument as typed that picocli reported in part: {@code -vpc} when it read {@code -v} as an option of
     * its own and reports {@code -pc} (an argument ending in what is reported, that is not an option itself).
     */
    private static Optional<String> typed(String reported, String[] args, Collection<String> options) {
        String tail = reported.replaceFirst("^-+", "");
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("-") && arg.endsWith(tail) && !options.contains(arg)) {
                return Optional.of(arg);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an unknown option is rather a value of the command's arguments: the command takes arguments, and the
     * word is one dash and two letters or more ({@code -vpc}; the options of one letter were not it, or picocli
     * would have read them), or two dashes and no option within two edits of it, and not {@code NAME=VALUE}.
     */
    static boolean looksLikeAValue(String word, CommandSpec spec, Collection<String> options) {
        if (spec.positionalParameters().isEmpty() || word.contains("=") || word.length() < 3) {
            return false;
        }
        return word.startsWith("--") ? closestOptions(List.of(word), options).isEmpty()
                : Character.isLetterOrDigit(word.charAt(1));
    }

    /**
     * The fix of picocli's {@code Missing required parameter: 'MODULE'} (or option, or several): what to give, as
     * the command's first example in its help gives it ({@code give MODULE, e.g. 'alexandria info vpc-standard'
     * (see 'alexandria info --help')}), so the fix shows a valid value rather than only pointing to the help.
     */
    private static Optional<String> missing(String message, CommandSpec spec, String help) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "^Missing required (?:parameters?|options?)(?: \\([^)]*\\))?: (.*)$").matcher(message);
        if (!m.matches()) {
            return Optional.empty();
        }
        String what = m.group(1).replace("'", "");
        return Optional.of("give " + what + example(spec) + " (" + help + ")");
    }

    /**
     * The command's first example in its help, as {@code , e.g. 'alexandria info vpc-standard'}; empty when the
     * help has none. The fix of every missing argument gives it: one missing ({@code MODULE}), one of a choice
     * ({@code --for} or {@code --based-on}), too few ({@code compare} with one module).
     */
    static String example(CommandSpec spec) {
        String name = spec.qualifiedName();
        String[] footer = spec.usageMessage().footer();
        String example = null;
        for (int i = 0; i < footer.length && example == null; i++) {
            if (footer[i].strip().startsWith(name + " ")) {
                // an example may go on over lines ending in a backslash; a comment after # is not part of it
                StringBuilder e = new StringBuilder(footer[i].strip());
                while (e.toString().endsWith("\\") && i + 1 < footer.length) {
                    e.setLength(e.length() - 1);
                    e.append(footer[++i].strip());
                }
                example = e.toString().replaceFirst("\\s*#.*$", "").replaceAll("\\s+", " ").strip();
            }
        }
        return example == null ? "" : ", e.g. '" + example + "'";
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        boolean verbose = verbose(parseResult);
        if (ex instanceof ModuleHclException) {
            return hclErrors(err, (ModuleHclException) ex, command, verbose);
        }
        if (ex instanceof AlexandriaException) {
            printAlexandriaException(err, (AlexandriaException) ex);
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            if (ex instanceof dev.alexandria.api.RefusedException) {
                return ExitCode.FINDINGS; // a check refused the release; the reasons say what to fix
            }
            if (ex instanceof dev.alexandria.api.ModuleUnavailableException) {
                return ExitCode.FINDINGS; // the module's own files are broken, as an unparseable module's HCL is
            }
            // An unknown module id, version or region was typed on the command line: bad input, not bad data.
            // A registered version without its git tag is no typo: the registry and the tags disagree (data).
            return ex instanceof ModuleNotFoundException || ex instanceof VersionNotFoundException v && !v.registered()
                    || ex instanceof UnknownRegionException ? ExitCode.USAGE : ExitCode.DATA;
        }
        int exitCode = unexpected(err, ex, verbose);
        err.flush();
        return exitCode;
    }

    /**
     * A module's HCL has errors, so what the command computes from it cannot be trusted: that is a finding about
     * the module, not bad library data, so every command reports it as {@code inspect} reports HCL errors — each
     * error at file:line:column, then a summary — and exits with {@link ExitCode#FINDINGS}.
     */
    private static int hclErrors(PrintWriter err, ModuleHclException ex, CommandLine command, boolean verbose) {
        java.nio.file.Path wd = LibraryCommand.environment(command.getCommandSpec()).workingDirectory();
        Object user = command.getCommand();
        java.util.Optional<java.nio.file.Path> root = user instanceof LibraryCommand
                ? ((LibraryCommand) user).openedRoot() : java.util.Optional.empty();
        CostCommand.printDiagnostics(err, ex, wd, root);
        String summary = ex.getMessage().lines().findFirst().orElse("");
        // The summary line names the module; the cost engine adds why no estimate is given.
        int n = ex.diagnostics().size();
        String what = summary.contains(":") ? summary.substring(0, summary.indexOf(':')) : "the module";
        // inspect reads the module's own files; a test file's errors are shown by validate (its hcl-valid rule)
        boolean inTests = ex.diagnostics().stream().anyMatch(d -> d.location().file().endsWith(".tftest.hcl"));
        print(err, what + ": " + n + (n == 1 ? " error" : " errors") + " in the HCL",
                Optional.of("correct the HCL at the lines above ('alexandria " + (inTests ? "validate " : "inspect ")
                        + what + "' shows them too), then run the command again"));
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.FINDINGS;
    }

    /**
     * Reports a throwable nobody expected, an {@link Error} such as {@link OutOfMemoryError} included: one line
     * saying what happened and one saying what to do, the stack trace only when {@code verbose}.
     *
     * @param err     standard error
     * @param thrown  what was thrown
     * @param verbose whether to add the stack trace
     * @return {@link ExitCode#INTERNAL}
     */
    static int unexpected(PrintWriter err, Throwable thrown, boolean verbose) {
        String report = verbose ? "report it with the stack trace below" : "rerun with --verbose and report the stack trace";
        Optional<OutOfMemoryError> oom = cause(thrown, OutOfMemoryError.class);
        Optional<StackOverflowError> overflow = cause(thrown, StackOverflowError.class);
        if (oom.isPresent()) {
            String what = oom.get().getMessage() == null ? "" : " (" + oom.get().getMessage() + ")";
            if (what.contains("Metaspace")) {
                print(err, "out of memory" + what, Optional.of("raise the limit, e.g. ALEXANDRIA_JAVA_OPTS="
                        + "-XX:MaxMetaspaceSize=512m"));
            } else {
                long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
                print(err, "out of memory" + what + ": the Java heap may grow to " + maxMb + " MB",
                        Optional.of("give it more, e.g. ALEXANDRIA_JAVA_OPTS=-Xmx" + twice(maxMb)
                                + " (java -Xmx" + twice(maxMb) + " when you run the jar yourself)"));
            }
        } else if (overflow.isPresent()) {
            print(err, "the thread stack overflowed (input nested too deeply?)",
                    Optional.of("raise the stack size, e.g. ALEXANDRIA_JAVA_OPTS=-Xss16m; if that does not help,"
                            + " this is a bug in Alexandria: " + report));
        } else if (thrown instanceof ExceptionInInitializerError) {
            Throwable cause = thrown.getCause() == null ? thrown : thrown.getCause();
            print(err, "internal error: a class failed to initialise: " + cause,
                    Optional.of("this is a bug in Alexandria; " + report));
        } else if (thrown instanceof LinkageError) {
            print(err, "internal error: the class path is incomplete or mixes versions: " + thrown,
                    Optional.of("rebuild Alexandria (mvn -B -DskipTests package -pl alexandria-cli -am), or " + report));
        } else {
            print(err, "internal error: " + thrown, Optional.of("this is a bug in Alexandria; " + report));
        }
        if (verbose) {
            thrown.printStackTrace(err);
        }
        return ExitCode.INTERNAL;
    }

    /** The throwable or its nearest cause of a type. */
    private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** {@code -Xmx} spelling of twice a size in MB: {@code 512m}, {@code 2g}. */
    static String twice(long mb) {
        long doubled = Math.max(64, 2 * mb);
        return doubled >= 1024 ? ((doubled + 1023) / 1024) + "g" : doubled + "m";
    }

    static void printAlexandriaException(PrintWriter err, AlexandriaException ex) {
        if (ex instanceof CatalogValidationException) {
            // One line per finding, in the format editors and CI annotations understand, then a summary.
            List<Finding> findings = ((CatalogValidationException) ex).findings();
            for (Finding finding : findings) {
                err.println(Messages.shorten(finding.severity().name().toLowerCase(Locale.ROOT) + ": "
                        + finding.location() + ": " + finding.message()));
                finding.hint().ifPresent(hint -> err.println(Messages.shorten("  fix: " + Messages.withLibrary(hint))));
            }
            long errors = findings.stream().filter(Finding::isError).count();
            if (ex instanceof dev.alexandria.api.ModuleUnavailableException u) {
                print(err, u.module() + " is unavailable: " + dev.alexandria.api.Plurals.count(errors, "error")
                        + " in its files",
                        Optional.of("correct the " + (errors == 1 ? "line" : "lines") + " named above, then run the "
                                + "command again"));
                return;
            }
            print(err, errors + (errors == 1 ? " error" : " errors") + " in the library",
                    Optional.of("correct the files named above, then run the command again"));
            return;
        }
        // The commands an error's fix suggests name the library given with --library (Messages.withLibrary).
        String message = Messages.withLibrary(ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage());
        if (ex instanceof dev.alexandria.api.RefusedException) {
            err.println(Messages.shorten(PREFIX + message.lines().findFirst().orElse("")));
            refusalLines(((dev.alexandria.api.RefusedException) ex).reasons().stream().map(Messages::withLibrary)
                    .toList()).forEach(line -> err.println(Messages.shorten("  " + line)));
            return;
        }
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            // A message that aggregates several problems: the first line is the summary, the rest stays as is.
            err.println(Messages.shorten(PREFIX + message.substring(0, newline)));
            message.substring(newline + 1).lines().forEach(line -> err.println(Messages.shorten("  " + line)));
            return;
        }
        int fix = message.lastIndexOf("; ");
        if (fix < 0) {
            print(err, message, Optional.empty());
        } else {
            print(err, message.substring(0, fix), Optional.of(message.substring(fix + 2)));
        }
    }

    /**
     * The reasons of a refusal as printed: each reason ({@code what is wrong; what fixes it}), the detail lines
     * that follow it (indented), then its own {@code fix:} line, as every other error prints its fix.
     */
    static List<String> refusalLines(List<String> reasons) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            String reason = reasons.get(i);
            if (reason.startsWith(" ") || reason.startsWith("fix: ")) {
                lines.add(reason);
                continue;
            }
            List<String> details = new ArrayList<>();
            while (i + 1 < reasons.size() && reasons.get(i + 1).startsWith(" ")) {
                details.add(reasons.get(++i));
            }
            int fix = fixSeparator(reason);
            String what = fix < 0 ? reason : reason.substring(0, fix);
            lines.add(details.isEmpty() || what.endsWith(":") ? what : what + ":");
            lines.addAll(details);
            if (fix >= 0) {
                lines.add("fix: " + reason.substring(fix + 2));
            }
        }
        return lines;
    }

    /**
     * The reasons of a refusal as data, read as {@link #refusalLines} prints them: one entry per reason with
     * {@code reason} (what is wrong), {@code details} (the indented lines that follow it, such as the changes that
     * need a bigger bump; left out when none) and {@code fix} (what fixes it; left out when it has none of its own,
     * as a reason that shares the fix of the last one). The JSON/YAML of a refusal gives these as {@code problems},
     * beside {@code reasons}, whose strings join a reason and its fix ({@code reason; fix}) as the API's
     * {@code RefusedException.reasons()} does.
     *
     * @param reasons the reasons, as a refusal holds them
     * @return the entries, in order
     */
    static List<java.util.Map<String, Object>> refusalProblems(List<String> reasons) {
        List<java.util.Map<String, Object>> problems = new ArrayList<>();
        for (String reason : reasons) {
            java.util.Map<String, Object> last = problems.isEmpty() ? null : problems.get(problems.size() - 1);
            if (reason.startsWith(" ") && last != null) {
                @SuppressWarnings("unchecked")
                List<String> details = (List<String>) last.computeIfAbsent("details", k -> new ArrayList<String>());
                details.add(reason.strip());
                continue;
            }
            if (reason.startsWith("fix: ") && last != null && !last.containsKey("fix")) {
                last.put("fix", reason.substring("fix: ".length()));
                continue;
            }
            int fix = fixSeparator(reason);
            java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
            problem.put("reason", (fix < 0 ? reason : reason.substring(0, fix)).strip());
            if (fix >= 0) {
                problem.put("fix", reason.substring(fix + 2));
            }
            problems.add(problem);
        }
        return problems;
    }

    /**
     * Where the fix of a usage error starts: its first {@code "; "} outside parentheses, or -1. The first, as a fix may
     * have clauses of its own ("give a module id ...; 'alexandria browse' lists the modules").
     */
    private static int firstFixSeparator(String message) {
        return separatorOutsideParentheses(message, true);
    }

    /** The first or the last {@code "; "} of a text outside parentheses, or -1. */
    private static int separatorOutsideParentheses(String text, boolean first) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && c == ';' && text.charAt(i + 1) == ' ') {
                if (first) {
                    return i;
                }
                found = i;
            }
        }
        return found;
    }

    /**
     * A finding's line in a refusal ({@code location: message [rule-id]; fix}): its fix starts right after the rule's
     * id, and may itself hold {@code "; "} (hcl-valid's does).
     */
    private static final java.util.regex.Pattern FINDING_FIX = java.util.regex.Pattern.compile(
            " \\[[a-z0-9][a-z0-9-]*\\]; ");

    /**
     * Where the fix of a reason starts: right after the rule's id of a finding's line, else the last {@code "; "}
     * outside parentheses, or -1.
     */
    private static int fixSeparator(String reason) {
        java.util.regex.Matcher finding = FINDING_FIX.matcher(reason);
        if (finding.find()) {
            return finding.end() - 2;
        }
        return separatorOutsideParentheses(reason, false);
    }

    static void print(PrintWriter err, String message, Optional<String> fix) {
        // Every error line passes through Messages: what it echoes of the user's input is never printed in full.
        err.println(Messages.shorten(PREFIX + message));
        fix.ifPresent(f -> err.println(Messages.shorten("  fix: " + f)));
    }

    /** For each unknown option, the option names at most two edits away (picocli only suggests subcommands). */
    static List<String> closestOptions(List<String> unmatched, Collection<String> options) {
        List<String> closest = new ArrayList<>();
        for (String arg : unmatched) {
            if (!arg.startsWith("-")) {
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            options.stream()
                    .filter(option -> option.startsWith("--") == name.startsWith("--"))
                    .filter(option -> distance(name, option) <= 2)
                    .min(Comparator.comparingInt((String option) -> distance(name, option))
                            .thenComparing(Comparator.naturalOrder()))
                    .filter(option -> !closest.contains(option))
                    .ifPresent(closest::add);
        }
        return closest;
    }

    /** The names at the least distance (at most two edits) from {@code word}. */
    static List<String> closest(String word, Collection<String> names) {
        int best = names.stream().mapToInt(n -> distance(word, n)).min().orElse(Integer.MAX_VALUE);
        if (best > 2) {
            return List.of();
        }
        return names.stream().filter(n -> distance(word, n) == best).sorted().toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** A usage error as printed: what is wrong, and how to fix it when the message says so. */
    record Usage(String what, Optional<String> fix) {
    }

    /** Picocli's wrapper of a converter's message: {@code Invalid value for option '--x' (LABEL): <inner>}. */
    private static final String INVALID_VALUE = "^Invalid value for (?:option '([^']+)'|positional parameter at index "
            + "\\S+)(?: \\(([^)]*)\\))?: (.*)$";

    /**
     * A usage error's message split into what is wrong and its fix, in the house style: the fix follows the problem
     * after its first semicolon outside parentheses ("unknown sort 'x'; use one of relevance, ..."), or is a clause
     * after a colon that starts with what to do ("missing FOLDER: name the folder ..."), or the values expected
     * ("invalid category 'x': expected LAYER/CATEGORY, e.g. ..."). Picocli's own wordings are said as ours are: its
     * wrapper of a converter's message ({@code Invalid value for option '--maturity' (LEVEL): unknown maturity 'x';
     * use one of ...}) becomes {@code --maturity: unknown maturity 'x'} with the fix, so a message never says
     * "invalid" twice; its type errors ({@code 'x' is not an int}, {@code expected one of A, B but was 'x'}) say
     * what to give. A message that names no fix (picocli's {@code Missing required parameter: 'MODULE'}) has none
     * here; the caller points to the command's help.
     *
     * @param message the first line of the message
     * @return what is wrong and, when the message says it, the fix
     */
    static Usage usage(String message) {
        // picocli's messages about an argument group carry their own "Error: " (printed after ours, it read twice)
        if (message.startsWith("Error: ")) {
            message = message.substring("Error: ".length());
        }
        // Compiled here, not in static fields: only a usage error pays for it, not every start of the CLI.
        java.util.regex.Matcher oneOf = java.util.regex.Pattern.compile(
                "^Missing required argument \\(specify one of these\\): \\((.*)\\)$").matcher(message);
        if (oneOf.matches()) {
            return new Usage("missing " + oneOf.group(1).replace(" | ", " or "), Optional.of("give one of them"));
        }
        java.util.regex.Matcher exclusive = java.util.regex.Pattern.compile(
                "^(.*) are mutually exclusive \\(specify only one\\)$").matcher(message);
        if (exclusive.matches()) {
            return new Usage(exclusive.group(1) + " cannot be given together", Optional.of("give only one of them"));
        }
        java.util.regex.Matcher wrapped = java.util.regex.Pattern.compile(INVALID_VALUE).matcher(message);
        if (wrapped.matches()) {
            String subject = wrapped.group(1) != null ? wrapped.group(1)
                    : wrapped.group(2) != null ? wrapped.group(2) : "argument";
            String inner = wrapped.group(3);
            java.util.regex.Matcher type = java.util.regex.Pattern.compile("^'(.*)' is not an? (\\w+)$").matcher(inner);
            if (type.matches()) {
                String kind = type.group(2);
                return switch (kind) {
                    // A whole number out of the type's range is said to be one ({@link WholeNumber} for ours).
                    case "int", "Integer" -> type.group(1).strip().matches("[-+]?\\d+")
                            ? new Usage(subject + ": " + type.group(1).strip() + " is too "
                                    + (type.group(1).strip().startsWith("-") ? "small" : "large"), Optional.of(
                                    "give a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE))
                            : notWhole(subject, type.group(1));
                    case "long", "short", "byte", "Long", "BigInteger" -> notWhole(subject, type.group(1));
                    case "boolean", "Boolean" -> new Usage(subject + ": '" + type.group(1) + "' is not true or false",
                            Optional.of("give " + subject + " alone (true), or " + subject + "=true or " + subject
                                    + "=false"));
                    case "double", "float", "Double", "Float", "BigDecimal" -> new Usage(subject + ": '"
                            + type.group(1) + "' is not a number", Optional.of("give a number such as 2.5"));
                    default -> new Usage(subject + ": " + inner, Optional.empty());
                };
            }
            java.util.regex.Matcher choice = java.util.regex.Pattern.compile(
                    "^expected one of (.*) but was '([^']*)'(?:; (did you mean .*))?$").matcher(inner);
            if (choice.matches()) {
                return new Usage(subject + ": unknown value '" + choice.group(2) + "'", Optional.of(
                        (choice.group(3) == null ? "" : choice.group(3) + " (") + "use one of " + choice.group(1)
                                + (choice.group(3) == null ? "" : ")")));
            }
            message = subject + ": " + inner;
        }
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("^positional parameter at index \\S+ \\((\\S+)\\)"
                + " requires at least (\\d+) values, but (?:only )?(\\w+) (?:were|was) specified.*$").matcher(message);
        if (count.matches()) {
            String given = count.group(3).equals("none") ? "none" : count.group(3);
            return new Usage(count.group(1) + " needs at least " + count.group(2) + " values, " + given + " given",
                    Optional.of("give at least " + count.group(2) + " " + count.group(1) + " arguments"));
        }
        int semicolon = firstFixSeparator(message);
        if (semicolon >= 0) {
            return new Usage(message.substring(0, semicolon), Optional.of(message.substring(semicolon + 2)));
        }
        java.util.regex.Matcher clause = java.util.regex.Pattern.compile(
                ": ((?:use|give|name|write|say|add|leave|run|set|pick|choose|compare|copy|remove|change)\\b.*)$")
                .matcher(message);
        if (clause.find()) {
            return new Usage(message.substring(0, clause.start()), Optional.of(clause.group(1)));
        }
        int expected = message.indexOf(": expected ");
        if (expected >= 0) {
            return new Usage(message.substring(0, expected), Optional.of("give "
                    + message.substring(expected + ": expected ".length())));
        }
        return new Usage(message, Optional.empty());
    }

    private static Usage notWhole(String subject, String value) {
        return new Usage(subject + ": '" + value + "' is not a whole number", Optional.of("give a whole number, e.g. "
                + subject + " 10"));
    }

    private static String message(ParameterException ex) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Whether {@code --verbose} was given on the command or any command above it. */
    static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
