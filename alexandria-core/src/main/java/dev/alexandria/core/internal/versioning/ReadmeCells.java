package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cells of the README's Inputs and Outputs tables against the code: for each row of a variable or output the
 * code declares, the cells terraform-docs writes ({@code Description | Type | Default | Required} for inputs,
 * {@code Description} for outputs) say what the code says. Only the columns a table has are compared, and cells
 * are compared as text that means the same: line breaks ({@code <br>}), {@code <pre>} and other tags, HTML entities,
 * backticks, backslash escapes and whitespace (all of it in Type and Default, runs of it in Description) do not
 * count, nor does a trailing comma in a list or type; a missing description is {@code n/a} or empty. A default that
 * is an object or map, or a heredoc, is not compared (terraform-docs writes it as JSON, the code as HCL), nor is a
 * number written another way ({@code 1.0} and {@code 1}). A stale cell is a warning at its row's line. Stateless.
 */
public final class ReadmeCells {

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    /** The tags terraform-docs and the release step put in cells; other {@code <…>} text is the cell's own. */
    private static final Pattern TAG = Pattern.compile("(?i)</?(pre|code|a|br|p|span|em|strong|b|i)(\\s[^>]*)?/?>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",([\\])}])");

    private ReadmeCells() {
    }

    /**
     * Adds a warning ({@code readme-tables}) for every stale cell.
     *
     * @param out       where the findings go
     * @param shown     the README as findings name it
     * @param lineShift the README line of the text's first line, less one
     * @param tables    the tables read from the README's generated part
     * @param spec      the module's interface
     */
    public static void check(List<Finding> out, String shown, int lineShift, ReadmeTables tables, ModuleInterface spec) {
        for (InputVariable v : spec.variables()) {
            ReadmeTables.Row row = tables.inputRows().get(v.name());
            if (row != null) { // a missing row is the names' finding
                for (Cell c : expected(v)) {
                    report(out, shown, lineShift, row, "input '" + v.name() + "'", c);
                }
            }
        }
        for (OutputValue o : spec.outputs()) {
            ReadmeTables.Row row = tables.outputRows().get(o.name());
            if (row != null) {
                report(out, shown, lineShift, row, "output '" + o.name() + "'", expected(o));
            }
        }
    }

    /**
     * @param row a row of the Inputs table
     * @param v   the variable it lists
     * @return the titles (lower case) of the row's cells that disagree with the code
     */
    public static Set<String> stale(ReadmeTables.Row row, InputVariable v) {
        Set<String> out = new LinkedHashSet<>();
        for (Cell c : expected(v)) {
            if (isStale(row, c)) {
                out.add(c.column());
            }
        }
        return out;
    }

    /**
     * @param row a row of the Outputs table
     * @param o   the output it lists
     * @return the titles (lower case) of the row's cells that disagree with the code
     */
    public static Set<String> stale(ReadmeTables.Row row, OutputValue o) {
        return isStale(row, expected(o)) ? Set.of("description") : Set.of();
    }

    /** A cell as the code has it: its column's title in lower case, the code's text and whether that is code. */
    private record Cell(String column, String code, boolean isCode) {
    }

    private static List<Cell> expected(InputVariable v) {
        List<Cell> out = new ArrayList<>(4);
        out.add(new Cell("description", v.description(), false));
        out.add(new Cell("type", v.typeSource().orElse("any"), true));
        if (comparable(v)) {
            out.add(new Cell("default", v.defaultValue().map(LiteralValue::hcl).orElse("n/a"), true));
        }
        out.add(new Cell("required", v.required() ? "yes" : "no", false));
        return out;
    }

    private static Cell expected(OutputValue o) {
        return new Cell("description", o.description(), false);
    }

    /** Whether a variable's Default cell can be compared as text: not an object, map or heredoc. */
    private static boolean comparable(InputVariable v) {
        String d = v.defaultValue().map(LiteralValue::hcl).orElse("");
        return d.indexOf('{') < 0 && !d.contains("<<");
    }

    private static boolean isStale(ReadmeTables.Row row, Cell c) {
        String cell = row.cells().get(c.column());
        if (cell == null) {
            return false; // the table has no such column
        }
        String readme = normalize(cell, c.isCode());
        // as in the cell, backticks and backslashes before punctuation do not count (a README may show either form)
        String expected = whitespace(ESCAPE.matcher(c.code().replace("`", "")).replaceAll("$1"), c.isCode());
        return !same(c.column(), readme, expected);
    }

    private static void report(List<Finding> out, String shown, int lineShift, ReadmeTables.Row row, String what,
                               Cell c) {
        if (!isStale(row, c)) {
            return;
        }
        String cell = row.cells().get(c.column());
        String title = Character.toUpperCase(c.column().charAt(0)) + c.column().substring(1);
        String says = cell.isBlank() ? "(empty)" : quote(normalize(cell, false));
        String wanted = c.code().isBlank() ? "n/a" : quote(c.code());
        out.add(Finding.warning(ReadmeDocs.TABLES_RULE, SourceLocation.of(shown, lineShift + row.line(), 1), what
                + ": the " + title + " cell says " + says + ", but the code says " + wanted,
                ReadmeDocs.regenerate(shown) + ", or edit the cell to say " + wanted));
    }

    private static boolean same(String column, String readme, String expected) {
        if (readme.equals(expected)) {
            return true;
        }
        switch (column) {
            case "description":
                return expected.isEmpty() && readme.equalsIgnoreCase("n/a");
            case "required":
                return readme.equalsIgnoreCase(expected);
            case "default":
                if (readme.indexOf('{') >= 0) {
                    return true; // written as JSON by terraform-docs: not compared
                }
                try {
                    return new BigDecimal(readme).compareTo(new BigDecimal(expected)) == 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            default:
                return false;
        }
    }

    /** A cell's text with what does not change its meaning taken out (its markup, then {@link #whitespace}). */
    public static String normalize(String cell, boolean code) {
        String s = BREAK.matcher(cell).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#124;", "|")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
        s = s.replace("`", "");
        s = ESCAPE.matcher(s).replaceAll("$1");
        return whitespace(s, code);
    }

    /**
     * Text without the whitespace that does not count: all of it, and a comma before a closing bracket, in code;
     * runs of it made one space, in prose.
     */
    public static String whitespace(String text, boolean code) {
        if (code) {
            return TRAILING_COMMA.matcher(SPACE.matcher(text).replaceAll("")).replaceAll("$1");
        }
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * A value as a message shows it, the way it names inputs: in single quotes, its runs of whitespace made one
     * space, shortened by the rule of every message ({@link dev.alexandria.core.internal.text.Echoes}).
     */
    private static String quote(String s) {
        return dev.alexandria.core.internal.text.Echoes.quoted(SPACE.matcher(s).replaceAll(" ").strip());
    }
}
