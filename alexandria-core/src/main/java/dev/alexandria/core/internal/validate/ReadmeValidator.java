package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.lifecycle.LevelNeeds;
import dev.alexandria.core.internal.text.IoProblems;
import dev.alexandria.core.internal.versioning.ReadmeCells;
import dev.alexandria.core.internal.versioning.ReadmeDocs;
import dev.alexandria.core.internal.versioning.ReadmeTables;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code alexandria-readme}: the module has a README.md, and its inputs and outputs tables, between
 * terraform-docs' markers {@code <!-- BEGIN_TF_DOCS -->} and {@code <!-- END_TF_DOCS -->}, list exactly the
 * module's input variables and outputs. The tables are read the way terraform-docs and Alexandria's release step
 * write them ({@link ReadmeTables}: a row per name, anchored {@code <a name="input_x">} or not), so either
 * tool can keep them. A README without the markers gets a warning and is never rewritten. While a {@code .tf} file
 * of the module does not parse, the tables are not checked, and a warning says so, naming the file and line.
 */
public final class ReadmeValidator extends BuiltInValidator {

    /** README.md is missing. */
    public static final String MISSING = "readme-missing";
    /** README.md has no terraform-docs markers. */
    public static final String MARKERS = "readme-markers";
    /** The tables between the markers disagree with the code. */
    public static final String TABLES = ReadmeDocs.TABLES_RULE;

    private static final List<ValidationRule> RULES = List.of(
            ValidationRule.of(MISSING, Finding.Severity.WARNING, "The module has a README.md (an error from the "
                    + "level whose promotion criteria ask for one)."),
            ValidationRule.of(MARKERS, Finding.Severity.WARNING, "README.md has terraform-docs' markers "
                    + "<!-- BEGIN_TF_DOCS --> and <!-- END_TF_DOCS -->, between which the tables are kept."),
            ValidationRule.of(TABLES, Finding.Severity.ERROR, "The inputs and outputs tables between the markers "
                    + "list exactly the module's input variables and outputs.", "terraform-docs --output-check"));

    /** The validator ServiceLoader and the built-ins use. */
    public ReadmeValidator() {
        super("alexandria-readme", Stage.HCL, RULES);
    }

    @Override
    public List<Finding> validate(ValidationRequest request) {
        Path file = request.module().directory().resolve("README.md");
        String shown = request.moduleFolder() + "/README.md";
        List<Finding> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            LevelNeeds needs = LevelNeeds.of(request.catalog().maturityModel(), request.module().metadata().maturity());
            Optional<LevelNeeds.Need> need = needs.need("readme");
            String message = "the module has no README.md" + need.map(n -> "; maturity '"
                    + request.module().metadata().maturity() + "' needs one (criterion 'readme' of " + n.promotion()
                    + ")").orElse("");
            Finding.Severity severity = need.isPresent() ? Finding.Severity.ERROR : Finding.Severity.WARNING;
            // the module exists, so scaffold (which writes a README with a new module) is no way out: the tables
            // come from the code, by Alexandria's inspect or by terraform-docs
            out.add(new Finding(severity, MISSING, SourceLocation.of(request.metadataFile(), 1, 1), message,
                    Optional.of("add " + shown + " with a heading, a description and the tables between "
                            + ReadmeDocs.BEGIN + " and " + ReadmeDocs.END + ", which 'alexandria inspect "
                            + request.moduleId() + " --output markdown' prints; every release keeps them current")));
            return ofModule(out, request);
        }
        // The library's modules keep the result in their cached summary, made with the README and the HCL as
        // they are now (an edit to either makes it again): the tables are not read again for them.
        if (request.module() instanceof InterfaceNames.Source known && known.readmeFindings().isPresent()) {
            return ofModule(known.readmeFindings().get(), request);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            out.add(Finding.error(MISSING, SourceLocation.of(shown, 1, 1), "cannot be read: "
                    + (e instanceof IOException io ? IoProblems.reason(io) : e.getMessage()),
                    "check the file's permissions and encoding (UTF-8)"));
            return ofModule(out, request);
        }
        ModuleInterface spec = request.module().interfaceSpec(); // the cells are checked against the whole interface
        InterfaceNames names = request.module() instanceof InterfaceNames.Source known ? known.interfaceNames()
                : InterfaceNames.of(request.root(), spec);
        return ofModule(check(shown, text, names, Optional.of(spec)), request);
    }

    /**
     * The findings of a README that exists: its markers, and its tables against the module's interface.
     *
     * @param shown the README as findings name it (relative to the library root, {@code /}-separated)
     * @param text  its text
     * @param names the module's input variables and outputs, and its first HCL error
     * @param spec  the module's interface, to check the cells of the rows of its variables and outputs against
     *              (Description, Type, Default, Required); empty: only the names are checked
     * @return the findings ({@link #MARKERS}, {@link #TABLES}), without a module
     */
    public static List<Finding> check(String shown, String text, InterfaceNames names,
                                      Optional<ModuleInterface> spec) {
        List<Finding> out = new ArrayList<>();
        int begin = text.indexOf(ReadmeDocs.BEGIN);
        int end = text.indexOf(ReadmeDocs.END);
        if (begin < 0 || end < begin) {
            out.add(Finding.warning(MARKERS, SourceLocation.of(shown, 1, 1), "has no " + ReadmeDocs.BEGIN + " … "
                    + ReadmeDocs.END + " markers, so its inputs and outputs tables are not checked or updated",
                    "put the markers around the generated tables; the release step (or terraform-docs) then keeps "
                            + "them in sync"));
            return out;
        }
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < begin; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        SourceLocation at = SourceLocation.of(shown, line, 1);
        if (names.firstError().isPresent()) {
            // the interface is incomplete, so tables checked against it would be judged wrongly: say so, never pass
            SourceLocation bad = names.firstError().get();
            // an error about a whole file (a dangling or looping link, an unreadable file) has no position: its
            // line is 1 only for the finding's sake, its column stays 0
            String what = bad.column() == 0 ? bad.file() + " was not read (its error says why)"
                    : bad.file() + ":" + bad.line() + " does not parse";
            out.add(Finding.warning(TABLES, at, "the inputs and outputs tables were not checked: " + what
                    + ", so the module's input variables and outputs are not all known",
                    "fix that file (its " + (bad.column() == 0 ? "" : "hcl-valid ") + "error says what is wrong); "
                            + "validate then checks the tables"));
            return out;
        }
        ReadmeTables tables = ReadmeTables.read(text.substring(begin, end));
        Set<String> inputs = new TreeSet<>(names.inputs());
        Set<String> outputs = new TreeSet<>(names.outputs());
        unreadNames(out, shown, line - 1, "input", inputs, tables.inputs(), tables.unread("inputs"));
        unreadNames(out, shown, line - 1, "output", outputs, tables.outputs(), tables.unread("outputs"));
        compare(out, tableAt(tables, "inputs", shown, line, at), "input", inputs, tables.inputs());
        compare(out, tableAt(tables, "outputs", shown, line, at), "output", outputs, tables.outputs());
        if (spec.isPresent()) {
            ReadmeCells.check(out, shown, line - 1, tables, spec.get());
        }
        return out;
    }

    /** The header row of the section's table, else its heading, else (no such section) the BEGIN marker. */
    private static SourceLocation tableAt(ReadmeTables tables, String kind, String shown, int beginLine,
                                          SourceLocation marker) {
        return tables.section(kind).map(s -> SourceLocation.of(shown, beginLine - 1 + (s.header() > 0 ? s.header()
                : s.heading()), 1)).orElse(marker);
    }

    /**
     * A finding at each row whose Name cell names nothing, quoting the cell: an error when the row holds the name of
     * an item the table otherwise lacks, else a warning. A row that holds the name of an item
     * the table otherwise lacks (an unclosed link: {@code [cidr_block](#input_cidr_block}) is that item's row:
     * the item is taken out of {@code code}, so the table is not also said to lack it.
     *
     * @param code the names the code declares; those the rows are for are removed
     */
    private static void unreadNames(List<Finding> out, String shown, int lineShift, String what, Set<String> code,
                                    Set<String> readme, List<ReadmeTables.Unread> rows) {
        for (ReadmeTables.Unread row : rows) {
            Optional<String> meant = Optional.empty();
            for (String word : row.cell().split("[^A-Za-z0-9_-]+")) {
                if (code.contains(word) && !readme.contains(word)) {
                    meant = Optional.of(word);
                    break;
                }
            }
            String cell = row.cell().isEmpty() ? "is empty"
                    : "says " + dev.alexandria.core.internal.text.Echoes.quoted(row.cell());
            SourceLocation at = SourceLocation.of(shown, lineShift + row.line(), 1);
            if (meant.isPresent()) {
                code.remove(meant.get());
                String name = meant.get();
                out.add(Finding.error(TABLES, at, "the " + what + "s table's row for " + what + " " + name
                        + " has a Name cell that cannot be read: it " + cell, "write the Name cell as ["
                        + name + "](#" + what + "_" + name + ") (a link, as terraform-docs writes it) or as " + name
                        + ", or " + ReadmeDocs.regenerate(shown)));
            } else {
                out.add(Finding.warning(TABLES, at, "a row of the " + what + "s table has a Name cell that names no "
                        + what + ": it " + cell, "write the " + what + "'s name in the Name cell, or remove the row"));
            }
        }
    }

    private static void compare(List<Finding> out, SourceLocation at, String what, Set<String> code,
                                Set<String> readme) {
        String shown = at.file();
        Set<String> missing = new TreeSet<>(code);
        missing.removeAll(readme);
        Set<String> extra = new TreeSet<>(readme);
        extra.removeAll(code);
        if (missing.isEmpty() && extra.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("lacks " + what + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
        if (!extra.isEmpty()) {
            parts.add("lists " + what + (extra.size() == 1 ? " " : "s ") + String.join(", ", extra)
                    + ", which the code does not declare");
        }
        out.add(Finding.error(TABLES, at, "the " + what + "s table " + String.join(" and ", parts),
                ReadmeDocs.regenerate(shown)));
    }
}
