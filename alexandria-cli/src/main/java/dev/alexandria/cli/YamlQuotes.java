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
 * resolver reads it as a string, it has no spaces at either end and no control character, NEL, no-break
 * space, line or paragraph separator or byte-order mark;
 * anything else is double-quoted (quoting more than needed is harmless in output).
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

    private static boolean readsBackAsString(String plain) {
        if (plain.isEmpty() || plain.charAt(0) == ' ' || plain.charAt(plain.length() - 1) == ' ') {
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
