package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What messages echo of the user's input is cut to a readable length, in one place for every command. */
class MessagesTest {

    @TempDir
    Path cwd;

    @Test
    void shortLines_areUnchanged() {
        String line = "alexandria: error: no module 'vpc-standrd' in the library";
        assertEquals(line, Messages.shorten(line));
        String exactly = "x".repeat(Messages.MAX_ECHO);
        assertEquals("'" + exactly + "'", Messages.shorten("'" + exactly + "'"));
    }

    @Test
    void aLongQuotedValue_keepsItsStartAndSaysItsLength() {
        String shown = Messages.shorten("alexandria: error: no module '" + "a".repeat(10_000) + "' in the library");
        assertEquals("alexandria: error: no module '" + "a".repeat(Messages.KEPT) + "…' (10000 characters) in the"
                + " library", shown);
    }

    @Test
    void aLongQuotedValueWithSpaces_andALongWord_areShortenedToo() {
        assertEquals("search \"" + "a ".repeat(40) + "…\" (600 characters) found nothing",
                Messages.shorten("search \"" + "a ".repeat(300) + "\" found nothing"));
        assertEquals("warning: x.yaml:1:1: unknown key " + "k".repeat(Messages.KEPT) + "… (300000 characters)",
                Messages.shorten("warning: x.yaml:1:1: unknown key " + "k".repeat(300_000)));
    }

    @Test
    void aLineOfManyShortWords_isCutAsAWhole() {
        String line = "w ".repeat(5_000);
        String shown = Messages.shorten(line);
        assertEquals(line.substring(0, Messages.MAX_LINE) + "… (line of 10000 characters)", shown);
    }

    @Test
    void aSurrogatePairIsNeverCutInHalf() {
        String emoji = "\uD83D\uDE00";
        String shown = Messages.shorten("'" + "a".repeat(Messages.KEPT - 1) + emoji.repeat(200) + "'");
        assertTrue(shown.startsWith("'" + "a".repeat(Messages.KEPT - 1) + "…'"), shown);
    }

    @Test
    void everyCommand_echoesALongArgumentShortened() {
        String huge = "x".repeat(10_000);
        for (List<String> command : List.of(
                List.of("info", huge),
                List.of("inspect", huge),
                List.of("cost", huge),
                List.of("browse", "--layer", huge),
                List.of("search", "vpc", "--sort", huge),
                List.of("browse", "--" + huge),
                List.of(huge))) {
            Cli.Result r = Cli.onSample(cwd).run(command.toArray(String[]::new));
            assertTrue(r.exitCode() != 0, r::toString);
            String err = r.err();
            assertTrue(err.lines().allMatch(l -> l.length() <= Messages.MAX_LINE + 40), () -> command.get(0)
                    + ": a line of " + err.lines().mapToInt(String::length).max().orElse(0) + " characters");
            assertTrue(err.contains("10000 characters") || err.contains("10002 characters"),
                    () -> command.get(0) + ": " + err.substring(0, Math.min(500, err.length())));
        }
    }

    @Test
    void suggestedCommands_nameTheLibraryGiven_onlyTheCLIsCommands_andOnce() {
        try {
            Messages.suggestCommandsFor(Path.of("/tmp/my lib"), () -> List.of("diff", "version", "validate"),
                    () -> true);
            assertEquals("compare it (alexandria --library '/tmp/my lib' diff vpc --from 1.0.0), or alexandria "
                    + "--library '/tmp/my lib' version vpc; alexandria-versioning skipped, alexandria diffs nothing, "
                    + "alexandria --library /x diff vpc",
                    Messages.withLibrary("compare it (alexandria diff vpc --from 1.0.0), or alexandria version vpc; "
                            + "alexandria-versioning skipped, alexandria diffs nothing, alexandria --library /x diff vpc"));
            Messages.suggestCommandsAsWritten();
            assertEquals("(alexandria diff vpc)", Messages.withLibrary("(alexandria diff vpc)"));
        } finally {
            Messages.suggestCommandsAsWritten();
        }
    }
}
