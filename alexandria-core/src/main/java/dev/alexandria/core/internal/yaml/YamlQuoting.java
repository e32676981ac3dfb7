package dev.alexandria.core.internal.yaml;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quoting for YAML files written from a Jackson tree (files other than the catalog's, which the catalog's emitter
 * writes): Jackson's own {@code MINIMIZE_QUOTES} check leaves strings such as {@code 93169e6} (a short commit
 * id), {@code 1e3}, {@code 0x1F}, {@code 1_000} or {@code .5} plain, and every YAML reader — ours included —
 * then reads them back as numbers; it also leaves a leading NEL or byte-order mark plain, which a reader
 * drops. This checker quotes a string whenever the catalog's own scalar path ({@link YamlScalars}: SnakeYAML's
 * resolver and emitter) would not write it plain, on top of Jackson's own rules.
 *
 * <p>Thread-safe: stateless.
 */
public final class YamlQuoting extends StringQuotingChecker.Default {

    private static final long serialVersionUID = 1L;
    private static final YamlQuoting INSTANCE = new YamlQuoting();

    private YamlQuoting() {
    }

    /**
     * A factory builder for writing YAML files from Jackson trees: no document start marker, every string value
     * double-quoted (Jackson's minimal quoting writes a multi-line string as a literal block, where a carriage
     * return, NEL or line separator reads back as a plain line break), keys plain unless this checker says
     * otherwise; callers add layout features.
     *
     * @return a new builder
     */
    public static YAMLFactoryBuilder writer() {
        return YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .stringQuotingChecker(INSTANCE);
    }

    @Override
    public boolean needToQuoteName(String name) {
        return super.needToQuoteName(name) || !plain(name, YamlScalars.Place.BLOCK_KEY);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || !plain(value, YamlScalars.Place.BLOCK_VALUE);
    }

    /** Whether the catalog's own scalar path writes the text plain (it reads back as the same string). */
    private static boolean plain(String text, YamlScalars.Place place) {
        try {
            return YamlScalars.string(text, place).equals(text);
        } catch (IllegalArgumentException notWritable) {
            return false; // Jackson's emitter quotes it (or refuses it) then
        }
    }
}
