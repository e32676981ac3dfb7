package dev.alexandria.core.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reason an external program (terraform, tofu, tflint) gives for a failure, read from its human-readable
 * output, for one-line messages. Terraform prints each diagnostic as {@code Error: <summary>}, a blank line, then
 * a detail paragraph wrapped over several lines (inside a {@code ╷ │ ╵} box on a terminal), and often hint lines
 * after it ("To see which modules … run the following command: terraform providers"); the reason is the first
 * {@code Error:} diagnostic's summary, where it is ({@code on main.tf line 3}, when given; the source excerpt
 * under it is left out) and its whole first detail paragraph, never the hint. Stateless.
 */
public final class ToolMessages {

    private ToolMessages() {
    }

    /**
     * The first {@code Error:} diagnostic in the outputs that names a file and line, else the first one, in the
     * order given.
     *
     * @param outputs a program's outputs (e.g. stderr, then stdout), each possibly empty
     * @return {@code "Error: <summary> [(on <file> line <n>)] <detail paragraph joined on one line>"}, if any
     *         output has an {@code Error:} line
     */
    public static Optional<String> firstError(String... outputs) {
        // an error at a file and line first: terraform init puts a wrapper before it that names none ("Terraform
        // encountered problems during initialisation, including problems with the configuration, described below.")
        return firstError(true, outputs).or(() -> firstError(false, outputs));
    }

    private static Optional<String> firstError(boolean located, String... outputs) {
        for (String text : outputs) {
            List<String> lines = text.lines().map(l -> l.replaceFirst("^[│╷╵\\s]+", "").strip()).toList();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith("Error:")) {
                    continue;
                }
                List<String> parts = new ArrayList<>(List.of(lines.get(i)));
                int j = skipBlank(lines, i + 1);
                boolean at = j < lines.size() && lines.get(j).startsWith("on ") && lines.get(j).contains(" line ");
                if (located && !at) {
                    continue;
                }
                if (at) {
                    parts.add("(" + lines.get(j).replaceFirst(":$", "") + ")"); // where; its source excerpt follows
                    j = skipBlank(lines, paragraphEnd(lines, j));
                }
                int end = paragraphEnd(lines, j);
                parts.addAll(lines.subList(j, end));
                return Optional.of(String.join(" ", parts));
            }
        }
        return Optional.empty();
    }

    /**
     * One {@code Error:} diagnostic of a program's human-readable output: its summary (joined when it wraps), the
     * file and line it names ({@code on main.tf line 12}, empty when it names none) and its whole detail, every
     * paragraph up to the next diagnostic joined on one line (the source excerpt under the location left out).
     *
     * @param summary the summary, without {@code Error:}
     * @param file    the file named, as the program gave it (relative to its working folder)
     * @param line    the line named; 0 when no file is
     * @param detail  the detail; empty when there is none
     */
    public record Diagnostic(String summary, Optional<String> file, int line, String detail) {
    }

    private static final java.util.regex.Pattern ON = java.util.regex.Pattern.compile(
            "^on (.+?) line ([0-9]{1,9})(?:,.*)?:?$");

    /**
     * Every {@code Error:} diagnostic of the outputs, in order ({@link Diagnostic}).
     *
     * @param outputs a program's outputs (e.g. stderr, then stdout), each possibly empty
     * @return the diagnostics; empty when no output has an {@code Error:} line
     */
    public static List<Diagnostic> errors(String... outputs) {
        List<Diagnostic> out = new ArrayList<>();
        for (String text : outputs) {
            List<String> lines = text.lines().map(l -> l.replaceFirst("^[│╷╵\\s]+", "").strip()).toList();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith("Error:")) {
                    continue;
                }
                int j = paragraphEnd(lines, i + 1);
                String summary = String.join(" ", lines.subList(i, j)).substring("Error:".length()).strip();
                j = skipBlank(lines, j);
                Optional<String> file = Optional.empty();
                int line = 0;
                java.util.regex.Matcher on = j < lines.size() ? ON.matcher(lines.get(j)) : null;
                if (on != null && on.matches()) {
                    file = Optional.of(on.group(1));
                    line = Integer.parseInt(on.group(2));
                    j = skipBlank(lines, paragraphEnd(lines, j)); // the source excerpt
                }
                List<String> detail = new ArrayList<>();
                while (j < lines.size() && !lines.get(j).startsWith("Error:") && !lines.get(j).startsWith("Warning:")) {
                    if (!lines.get(j).isEmpty()) {
                        detail.add(lines.get(j));
                    }
                    j++;
                }
                out.add(new Diagnostic(summary, file, line, String.join(" ", detail)));
                i = j - 1;
            }
        }
        return out;
    }

    private static int skipBlank(List<String> lines, int from) {
        int j = from;
        while (j < lines.size() && lines.get(j).isEmpty()) {
            j++;
        }
        return j;
    }

    private static int paragraphEnd(List<String> lines, int from) {
        int j = from;
        while (j < lines.size() && !lines.get(j).isEmpty() && !lines.get(j).startsWith("Error:")
                && !lines.get(j).startsWith("Warning:")) {
            j++;
        }
        return j;
    }

    /**
     * The first {@code Error:} diagnostic ({@link #firstError}), else the last non-blank line of the first output
     * that has one.
     *
     * @param outputs a program's outputs (e.g. stderr, then stdout)
     * @return the reason, or {@code "no output"}
     */
    public static String reason(String... outputs) {
        Optional<String> error = firstError(outputs);
        if (error.isPresent()) {
            return error.get();
        }
        for (String text : outputs) {
            List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (!lines.isEmpty()) {
                return lines.get(lines.size() - 1);
            }
        }
        return "no output";
    }
}
