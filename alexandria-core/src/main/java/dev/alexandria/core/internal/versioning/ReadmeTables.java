package dev.alexandria.core.internal.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names listed in the Inputs and Outputs tables of a README's generated part, read the way terraform-docs
 * (with or without {@code anchor}) and Alexandria's release step write them.
 *
 * <p>A table is a Markdown pipe table: its header is the row directly followed by the delimiter row
 * ({@code |------|:---:|}), and every following row that starts with {@code |} is a data row. So a data row whose
 * first cell happens to read {@code name} (an input variable called {@code name}) is a name like any other, never
 * a header. The name is taken from the row's {@code <a name="input_x">}/{@code <a name="output_x">} anchor when it
 * has one, otherwise from the header's {@code Name} column (the first column when no header cell says
 * {@code Name}), with terraform-docs' escapes ({@code \_}), links ({@code [x](#input\_x)}), code spans and HTML
 * tags removed. Only the tables under a heading {@code Inputs} or {@code Outputs} (any level) count; the
 * Requirements, Providers, Modules and Resources tables are skipped. Not thread-confined; stateless.
 */
public final class ReadmeTables {

    private static final Pattern ANCHOR = Pattern.compile("<a name=\"(input|output)_([^\"]+)\"");

    /** A GitHub-flavoured Markdown delimiter row: cells of dashes, optionally with colons. */
    private static final Pattern DELIMITER_ROW = Pattern.compile("^\\|?(\\s*:?-+:?\\s*\\|)+\\s*(:?-+:?\\s*)?$");

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private final Set<String> inputs;
    private final Set<String> outputs;
    private final java.util.Map<String, Row> inputRows;
    private final java.util.Map<String, Row> outputRows;

    /**
     * A data row of an Inputs or Outputs table.
     *
     * @param line  its line in the text read, 1-based
     * @param cells its cells by the header's column title in lower case ({@code description}, {@code type}, …), as
     *              written (escaped pipes made plain); only the columns the table has
     */
    public record Row(int line, java.util.Map<String, String> cells) {
    }

    private final java.util.Map<String, Section> sections;

    /**
     * Where an Inputs or Outputs section is, by 1-based line of the text read.
     *
     * @param heading its heading's line
     * @param header  its table's header row, 0 when it has no table (terraform-docs then writes {@code No inputs.})
     * @param titles  the header's column titles in lower case, as {@link Row#cells} keys them; empty without a table
     * @param end     the line after its last data row (after its heading, without a table)
     */
    public record Section(int heading, int header, List<String> titles, int end) {
    }

    /**
     * A row of the Inputs or Outputs table whose Name cell names nothing: no anchor, and no name at its start (an
     * unclosed link such as {@code [cidr_block](#input_cidr_block}, a stray character).
     *
     * @param line the row's line in the text read, from 1
     * @param cell the Name cell as written, stripped
     */
    public record Unread(int line, String cell) {
    }

    private final java.util.Map<String, List<Unread>> unread;

    /**
     * @param kind {@code inputs} or {@code outputs}
     * @return the rows of that section's tables whose Name cell names nothing, in order
     */
    public List<Unread> unread(String kind) {
        return unread.getOrDefault(kind, List.of());
    }

    private ReadmeTables(Set<String> inputs, Set<String> outputs, java.util.Map<String, Row> inputRows,
                         java.util.Map<String, Row> outputRows, java.util.Map<String, Section> sections,
                         java.util.Map<String, List<Unread>> unread) {
        this.unread = unread;
        this.inputs = inputs;
        this.outputs = outputs;
        this.inputRows = inputRows;
        this.outputRows = outputRows;
        this.sections = sections;
    }

    /**
     * @param kind {@code inputs} or {@code outputs}
     * @return where that section is (its first table, or its heading when it has none); empty when there is none
     */
    public java.util.Optional<Section> section(String kind) {
        return java.util.Optional.ofNullable(sections.get(kind));
    }

    /** @return the Inputs table's rows by input variable name (the first row of a name listed twice) */
    public java.util.Map<String, Row> inputRows() {
        return inputRows;
    }

    /** @return the Outputs table's rows by output name (the first row of a name listed twice) */
    public java.util.Map<String, Row> outputRows() {
        return outputRows;
    }

    /** @return the input variable names the Inputs table lists, sorted */
    public Set<String> inputs() {
        return inputs;
    }

    /** @return the output names the Outputs table lists, sorted */
    public Set<String> outputs() {
        return outputs;
    }

    /**
     * Reads the tables of a README's generated part.
     *
     * @param generated the text between the markers (or a whole README)
     * @return the names its Inputs and Outputs tables list
     */
    public static ReadmeTables read(String generated) {
        Set<String> inputs = new TreeSet<>();
        Set<String> outputs = new TreeSet<>();
        java.util.Map<String, Row> inputRows = new java.util.HashMap<>();
        java.util.Map<String, Row> outputRows = new java.util.HashMap<>();
        String[] lines = generated.split("\r?\n", -1);
        java.util.Map<String, Section> sections = new java.util.HashMap<>();
        java.util.Map<String, List<Unread>> unread = new java.util.HashMap<>();
        Set<String> current = null;
        java.util.Map<String, Row> rows = null;
        String kind = null;
        int i = 0;
        while (i < lines.length) {
            String l = lines[i].strip();
            if (l.startsWith("#")) {
                String title = l.replaceFirst("^#+", "").strip().toLowerCase(Locale.ROOT);
                current = title.equals("inputs") ? inputs : title.equals("outputs") ? outputs : null;
                rows = title.equals("inputs") ? inputRows : title.equals("outputs") ? outputRows : null;
                kind = current == null ? null : title;
                if (kind != null) {
                    sections.putIfAbsent(kind, new Section(i + 1, 0, List.of(), i + 2));
                }
                i++;
                continue;
            }
            boolean header = l.startsWith("|") && i + 1 < lines.length
                    && DELIMITER_ROW.matcher(lines[i + 1].strip()).matches();
            if (!header) {
                i++;
                continue;
            }
            List<String> titles = cells(l);
            int nameColumn = nameColumn(titles);
            int headerLine = i + 1;
            i += 2;
            while (i < lines.length && lines[i].strip().startsWith("|")) {
                if (current != null) {
                    java.util.Optional<String> name = name(lines[i].strip(), nameColumn);
                    if (name.isPresent()) {
                        current.add(name.get());
                        rows.putIfAbsent(name.get(), row(i + 1, titles, cells(lines[i].strip())));
                    } else {
                        List<String> cells = cells(lines[i].strip());
                        unread.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Unread(i + 1,
                                nameColumn < cells.size() ? cells.get(nameColumn).strip() : ""));
                    }
                }
                i++;
            }
            if (kind != null && sections.get(kind).header() == 0) {
                sections.put(kind, new Section(sections.get(kind).heading(), headerLine,
                        titles.stream().map(t -> plain(t).toLowerCase(Locale.ROOT)).toList(), i + 1));
            }
        }
        return new ReadmeTables(inputs, outputs, inputRows, outputRows, sections, unread);
    }

    private static Row row(int line, List<String> header, List<String> cells) {
        java.util.Map<String, String> byTitle = new java.util.HashMap<>();
        for (int c = 0; c < header.size() && c < cells.size(); c++) {
            byTitle.putIfAbsent(plain(header.get(c)).toLowerCase(Locale.ROOT), cells.get(c).strip());
        }
        return new Row(line, byTitle);
    }

    private static int nameColumn(List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            if (plain(header.get(c)).equalsIgnoreCase("name")) {
                return c;
            }
        }
        return 0;
    }

    private static java.util.Optional<String> name(String row, int column) {
        Matcher anchor = ANCHOR.matcher(row);
        if (anchor.find()) {
            return java.util.Optional.of(anchor.group(2).replace("\\_", "_"));
        }
        List<String> cells = cells(row);
        if (column >= cells.size()) {
            return java.util.Optional.empty();
        }
        Matcher id = IDENTIFIER.matcher(plain(cells.get(column)));
        return id.lookingAt() ? java.util.Optional.of(id.group()) : java.util.Optional.empty();
    }

    /** A cell's text without Markdown links, HTML tags, code-span backticks and backslash escapes. */
    private static String plain(String cell) {
        String s = LINK.matcher(cell).replaceAll("$1");
        s = TAG.matcher(s).replaceAll("");
        return s.replace("`", "").replace("\\", "").strip();
    }

    /** The cells of a pipe-table row, split at every {@code |} not escaped as {@code \|}. */
    static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        String s = row.strip();
        int from = s.startsWith("|") ? 1 : 0;
        StringBuilder cell = new StringBuilder();
        for (int k = from; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch == '\\' && k + 1 < s.length() && s.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (ch == '|') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (!cell.toString().isBlank()) {
            out.add(cell.toString());
        }
        return out;
    }
}
