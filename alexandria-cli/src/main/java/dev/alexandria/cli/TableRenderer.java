package dev.alexandria.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Renders aligned plain-text tables: a header row, then one line per row. Column widths are computed from
 * the content (header included) and capped where a maximum is set (never below the header); a longer cell
 * is cut and ends with
 * {@code ...}, so a row is always exactly one line. Line breaks and tabs inside cells become spaces. The
 * last column is not padded, so no line has trailing blanks.
 *
 * <p>Headers are bold only when {@link #ansi(boolean) ansi} is on; the CLI turns it on for a terminal and
 * never when {@code NO_COLOR} is set.
 *
 * <pre>{@code
 * TableRenderer table = TableRenderer.of("ID", "VERSION").maxWidth(0, 30);
 * out.print(table.render(List.of(List.of("vpc-standard", "1.4.2"))));
 * }</pre>
 *
 * <p>Immutable; the configuration methods return a new renderer.
 *
 * @since 0.1.0
 */
public final class TableRenderer {

    private static final String SEPARATOR = "  ";
    private static final String ELLIPSIS = "...";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";
    /**
     * A run of white space, compiled once: {@link String#replaceAll} compiles its expression on every call, and
     * a table cleans every cell twice (for the widths, then for the line).
     */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final List<String> headers;
    private final int[] maxWidths;
    private final boolean ansi;

    private TableRenderer(List<String> headers, int[] maxWidths, boolean ansi) {
        this.headers = headers;
        this.maxWidths = maxWidths;
        this.ansi = ansi;
    }

    /**
     * @param headers the column headers, at least one
     * @return a renderer without width limits
     */
    public static TableRenderer of(String... headers) {
        if (headers.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        int[] max = new int[headers.length];
        Arrays.fill(max, Integer.MAX_VALUE);
        return new TableRenderer(List.of(headers), max, false);
    }

    /**
     * @param column 0-based column index
     * @param width  the widest the column may be, at least 4
     * @return a renderer with that limit
     */
    public TableRenderer maxWidth(int column, int width) {
        Objects.checkIndex(column, headers.size());
        if (width < ELLIPSIS.length() + 1) {
            throw new IllegalArgumentException("width must be at least " + (ELLIPSIS.length() + 1) + ": " + width);
        }
        int[] max = maxWidths.clone();
        max[column] = width;
        return new TableRenderer(headers, max, ansi);
    }

    /**
     * @param enabled whether headers may use ANSI bold
     * @return a renderer with that setting
     */
    public TableRenderer ansi(boolean enabled) {
        return new TableRenderer(headers, maxWidths, enabled);
    }

    /** @return the number of columns */
    public int columns() {
        return headers.size();
    }

    /**
     * The widths the rows need, so several tables can share them and line up.
     *
     * @param rows the rows, each with {@link #columns()} cells
     * @return one width per column
     */
    public int[] widths(List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = length(headers.get(i)); // headers are never cut
        }
        for (List<String> row : rows) {
            check(row);
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], Math.min(maxWidths[i], length(clean(row.get(i)))));
            }
        }
        return widths;
    }

    /**
     * @param rows the rows, each with {@link #columns()} cells; {@code null} cells print empty
     * @return the table, each line ending in a line separator
     */
    public String render(List<List<String>> rows) {
        return render(rows, widths(rows), "");
    }

    /**
     * @param rows   the rows
     * @param widths the column widths, from {@link #widths(List)} of these or more rows
     * @param indent a prefix for every line
     * @return the table, each line ending in {@code \n}
     */
    public String render(List<List<String>> rows, int[] widths, String indent) {
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " widths, got " + widths.length);
        }
        StringBuilder out = new StringBuilder();
        String header = line(headers, widths);
        out.append(indent).append(ansi ? BOLD + header + RESET : header).append('\n');
        for (List<String> row : rows) {
            check(row);
            out.append(indent).append(line(row, widths)).append('\n');
        }
        return out.toString();
    }

    /**
     * The header line alone, for callers that lay out rows themselves.
     *
     * @param widths the column widths
     * @return the header, bold with {@link #ansi(boolean) ansi}, without a line break
     */
    public String header(int[] widths) {
        checkWidths(widths);
        String header = line(headers, widths);
        return ansi ? BOLD + header + RESET : header;
    }

    /**
     * One row alone, for callers that lay out rows themselves.
     *
     * @param cells  the row, with {@link #columns()} cells
     * @param widths the column widths
     * @return the line, without a line break
     */
    public String row(List<String> cells, int[] widths) {
        checkWidths(widths);
        check(cells);
        return line(cells, widths);
    }

    private void checkWidths(int[] widths) {
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " widths, got " + widths.length);
        }
    }

    private String line(List<String> cells, int[] widths) {
        List<String> parts = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String cell = fit(clean(cells.get(i)), widths[i]);
            boolean last = i == cells.size() - 1;
            parts.add(last ? cell : pad(cell, widths[i]));
        }
        return String.join(SEPARATOR, parts).stripTrailing();
    }

    private void check(List<String> row) {
        if (row.size() != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + row.size() + ": " + row);
        }
    }

    static String clean(String cell) {
        return cell == null ? "" : WHITE_SPACE.matcher(cell).replaceAll(" ").strip();
    }

    /**
     * A cell cut to a width: line breaks and tabs become spaces, and a longer text ends with {@code ...}.
     *
     * @param cell  the text; {@code null} is empty
     * @param width at least 4
     * @return the text, at most {@code width} code points
     */
    static String cut(String cell, int width) {
        return fit(clean(cell), width);
    }

    static String fit(String cell, int width) {
        if (length(cell) <= width) {
            return cell;
        }
        int keep = cell.offsetByCodePoints(0, width - ELLIPSIS.length());
        return cell.substring(0, keep).stripTrailing() + ELLIPSIS;
    }

    private static String pad(String cell, int width) {
        return cell + " ".repeat(Math.max(0, width - length(cell)));
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
