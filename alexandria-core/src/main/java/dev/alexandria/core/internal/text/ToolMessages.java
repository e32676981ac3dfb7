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
     * The first {@code Error:} diagnostic in the outputs, in the order given.
     *
     * @param outputs a program's outputs (e.g. stderr, then stdout), each possibly empty
     * @return {@code "Error: <summary> [(on <file> line <n>)] <detail paragraph joined on one line>"}, if any
     *         output has an {@code Error:} line
     */
    public static Optional<String> firstError(String... outputs) {
        for (String text : outputs) {
            List<String> lines = text.lines().map(l -> l.replaceFirst("^[│╷╵\\s]+", "").strip()).toList();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith("Error:")) {
                    continue;
                }
                List<String> parts = new ArrayList<>(List.of(lines.get(i)));
                int j = skipBlank(lines, i + 1);
                if (j < lines.size() && lines.get(j).startsWith("on ") && lines.get(j).contains(" line ")) {
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
