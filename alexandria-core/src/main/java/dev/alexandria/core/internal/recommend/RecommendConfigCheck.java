package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.model.Finding;
import java.util.List;

/**
 * The check of a library's {@code _catalog/recommend.yaml} that opening a library runs with its other catalog
 * files, so that {@code validate} and {@code browse --findings} report a bad file's errors with the library's
 * findings; only {@code recommend}, which reads the file for its weights and rules, fails on them
 * (docs/recommend.md, "Configuration"). The text is checked as {@code recommend} reads it, so both say the same.
 */
public final class RecommendConfigCheck {

    /** Where the file is, relative to the library root. */
    public static final String FILE = RecommendConfig.FILE;

    private RecommendConfigCheck() {
    }

    /**
     * @param text the file's text (UTF-8 decoded)
     * @return its errors (every bad entry, as {@code recommend} reports them), each at
     *         {@code _catalog/recommend.yaml:line:column} with its fix, or an error at its {@code weights:} line
     *         when every weight is 0; empty for a good file, one with only comments included (every default then
     *         applies)
     */
    public static List<Finding> check(String text) {
        try {
            RecommendConfig.parseUncounted(text, FILE, RecommendConfig.defaults());
            return List.of();
        } catch (RecommendConfig.Problem e) {
            return e.findings();
        }
    }
}
