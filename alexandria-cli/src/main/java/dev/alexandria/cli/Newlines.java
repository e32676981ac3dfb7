package dev.alexandria.cli;

/** Text typed or pasted on a command line, as the files it goes into are written: with line feeds only. */
final class Newlines {

    private Newlines() {
    }

    /**
     * @param text text, perhaps from a file with Windows line endings ({@code --changelog "$(cat notes.md)"})
     * @return the text with each CR LF made a LF; a carriage return alone stays (and is refused as a control
     *     character where the text is checked)
     */
    static String unix(String text) {
        return text.replace("\r\n", "\n");
    }
}
