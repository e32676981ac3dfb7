package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRendererTest {

    @Test
    void render_alignsColumnsWithoutTrailingBlanks() {
        String table = TableRenderer.of("ID", "NOTE").render(List.of(
                List.of("a", "x"),
                Arrays.asList("longer-id", null)));
        assertEquals("ID         NOTE\na          x\nlonger-id\n", table);
    }

    @Test
    void render_cutsLongCellsAndFlattensLineBreaks() {
        String table = TableRenderer.of("ID", "DESCRIPTION").maxWidth(1, 10)
                .render(List.of(List.of("a", "one\ntwo\tthree four")));
        assertEquals("ID  DESCRIPTION\na   one two...\n", table);
    }

    @Test
    void render_boldHeadersOnlyWithAnsi() {
        assertEquals("\u001b[1mID\u001b[0m\nx\n", TableRenderer.of("ID").ansi(true).render(List.of(List.of("x"))));
    }

    @Test
    void headerAndRow_renderOneLineEachWithTheGivenWidths() {
        TableRenderer table = TableRenderer.of("ID", "NOTE");
        int[] widths = {6, 7};
        assertEquals("ID      NOTE", table.header(widths));
        assertEquals("abc     a lo...", table.row(List.of("abc", "a long note"), widths));
        assertEquals("\u001b[1mID      NOTE\u001b[0m", table.ansi(true).header(widths));
    }

    @Test
    void render_rejectsRowsOfTheWrongSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TableRenderer.of("A", "B").render(List.of(List.of("only one"))));
        assertEquals("expected 2 cells, got 1: [only one]", e.getMessage());
    }

    @Test
    void maxWidth_mustLeaveRoomForTheEllipsis() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TableRenderer.of("A").maxWidth(0, 3));
        assertEquals("width must be at least 4: 3", e.getMessage());
    }
}
