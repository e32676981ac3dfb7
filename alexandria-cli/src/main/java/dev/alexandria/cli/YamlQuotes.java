package dev.alexandria.cli;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Quotes a string in {@code --output yaml} whenever a YAML reader would not read its plain text back as a
 * string. Jackson's own check leaves {@code 93169e6} (a short commit id), {@code 1e3}, {@code 0x1F},
 * {@code 1_000} and {@code .5} plain, which SnakeYAML, Jackson and YAML 1.2 tools such as yq read as numbers,
 * and a leading NEL or byte-order mark, which readers drop. Here a string stays plain only when SnakeYAML's
 * resolver reads it as a string, it starts with no YAML indicator ({@code !}, {@code &}, {@code *}, {@code -},
 * {@code #}, …), it has no spaces at either end and no control character, NEL, no-break
 * space, line or paragraph separator or byte-order mark;
 * anything else is double-quoted (quoting more than needed is harmless in output).
 *
 * <p>A string with a line break is written by {@link StructuredOutput} as a literal block ({@code |}) only when
 * {@link #literalBlockCarries} says the block reads back as the same string; otherwise it is double-quoted with
 * escapes. A reader turns every line break inside a block (CR, CR LF, NEL, LS, PS) into {@code \n}, so such
 * a string would come back changed.
 */
final class YamlQuotes extends StringQuotingChecker.Default {

    private static final long serialVersionUID = 1L;
    static final YamlQuotes INSTANCE = new YamlQuotes();
    private static final Resolver RESOLVER = new Resolver();

    private YamlQuotes() {
    }

    @Override
    public boolean needToQuoteName(String name) {
        return super.needToQuoteName(name) || !readsBackAsString(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || !readsBackAsString(value);
    }

    /**
     * Whether a literal block scalar ({@code |}) reads back as exactly this string: its only line break is
     * {@code \n}, it holds no other control character, no NEL, LS, PS or byte-order mark, and no line ends
     * in a space or tab (SnakeYAML's emitter would not keep those as a block), and it neither starts with a
     * space or a line break (which need an indentation indicator). Conservative: any other string is
     * double-quoted, which always reads back unchanged.
     *
     * @param text a string that holds a {@code \n}
     * @return whether it may be written as a literal block
     */
    static boolean literalBlockCarries(String text) {
        if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(0) == '\n') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                    return false;
                }
            } else if (c < 0x20 || c >= 0x7F && c <= 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                return false;
            }
        }
        char last = text.charAt(text.length() - 1);
        return last != ' ' && last != '\t';
    }

    /** Characters a plain scalar may not start with (YAML's indicators), or only in some places: quoted. */
    private static final String INDICATORS = "!&*%@`|>'\"{}[],#?-:";

    private static boolean readsBackAsString(String plain) {
        if (plain.isEmpty() || plain.charAt(0) == ' ' || plain.charAt(plain.length() - 1) == ' '
                || INDICATORS.indexOf(plain.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c < 0x20 || c >= 0x7F && c <= 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                return false;
            }
        }
        return RESOLVER.resolve(NodeId.scalar, plain, true).equals(Tag.STR);
    }
}
