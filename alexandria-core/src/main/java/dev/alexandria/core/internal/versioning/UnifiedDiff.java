package dev.alexandria.core.internal.versioning;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that differ between two texts, in unified diff form with three lines of context, for dry runs.
 * The common start and end are set aside first, so the usual change (a few lines in a long file) costs little;
 * the rest is aligned on a longest common subsequence, or replaced whole when it is too large to align.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final long MAX_CELLS = 4_000_000;

    private UnifiedDiff() {
    }

    /** One line of the diff: ' ', '-' or '+', and the line. */
    private record Line(char op, String text, int oldNo, int newNo) {
    }

    /**
     * @param path   the file, for the headers
     * @param before the old text, or null when the file is new
     * @param after  the new text
     * @return the diff ({@code --- a/path}, {@code +++ b/path}, hunks), empty when the texts are equal
     */
    public static String of(String path, String before, String after) {
        if (after.equals(before)) {
            return "";
        }
        List<String> a = before == null ? List.of() : lines(before);
        List<String> b = lines(after);
        List<Line> all = align(a, b);
        StringBuilder sb = new StringBuilder();
        sb.append("--- ").append(before == null ? "/dev/null" : "a/" + path).append('\n');
        sb.append("+++ b/").append(path).append('\n');
        int i = 0;
        while (i < all.size()) {
            if (all.get(i).op() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < all.size() && end - lastChange <= 2 * CONTEXT) {
                if (all.get(end).op() != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(all.size(), lastChange + CONTEXT + 1);
            hunk(sb, all.subList(start, end));
            i = end;
        }
        return sb.toString();
    }

    private static void hunk(StringBuilder sb, List<Line> lines) {
        int oldStart = 0;
        int newStart = 0;
        int oldCount = 0;
        int newCount = 0;
        for (Line l : lines) {
            if (l.op() != '+') {
                if (oldCount == 0) {
                    oldStart = l.oldNo();
                }
                oldCount++;
            }
            if (l.op() != '-') {
                if (newCount == 0) {
                    newStart = l.newNo();
                }
                newCount++;
            }
        }
        sb.append("@@ -").append(oldCount == 0 ? oldStartFor(lines) : oldStart).append(',').append(oldCount)
                .append(" +").append(newStart).append(',').append(newCount).append(" @@\n");
        for (Line l : lines) {
            sb.append(l.op()).append(l.text()).append('\n');
        }
    }

    private static int oldStartFor(List<Line> lines) {
        return Math.max(0, lines.get(0).oldNo() - 1);
    }

    private static List<Line> align(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(new Line(' ', a.get(i), i + 1, i + 1));
        }
        List<String> ma = a.subList(prefix, a.size() - suffix);
        List<String> mb = b.subList(prefix, b.size() - suffix);
        middle(ma, mb, prefix, out);
        for (int k = suffix; k > 0; k--) {
            int ia = a.size() - k;
            int ib = b.size() - k;
            out.add(new Line(' ', a.get(ia), ia + 1, ib + 1));
        }
        return out;
    }

    private static void middle(List<String> a, List<String> b, int offset, List<Line> out) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                out.add(new Line('-', a.get(i), offset + i + 1, offset + 1));
            }
            for (int j = 0; j < m; j++) {
                out.add(new Line('+', b.get(j), offset + n + 1, offset + j + 1));
            }
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Line(' ', a.get(i), offset + i + 1, offset + j + 1));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line('-', a.get(i), offset + i + 1, offset + j + 1));
                i++;
            } else {
                out.add(new Line('+', b.get(j), offset + i + 1, offset + j + 1));
                j++;
            }
        }
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
