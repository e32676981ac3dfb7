package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import java.util.List;

/**
 * The check of a library's {@code _catalog/recommend.yaml} that opening a library runs with its other catalog
 * files, so that a bad file is an error of {@code validate}, {@code browse --findings}, {@code graph --check} and
 * every command, not only of {@code recommend}, which reads the file for its weights and rules (docs/recommend.md,
 * "Configuration"). The text is checked as {@code recommend} reads it, so both say the same.
 */
public final class RecommendConfigCheck {

    /** Where the file is, relative to the library root. */
    public static final String FILE = RecommendConfig.FILE;

    private RecommendConfigCheck() {
    }

    /**
     * @param text the file's text (UTF-8 decoded)
     * @return its first error (the file is read up to its first bad entry, as {@code recommend} reads it), at
     *         {@code _catalog/recommend.yaml:line:column} with its fix, or an error at its {@code weights:} line
     *         when every weight is 0; empty for a good file, one with only comments included (every default then
     *         applies)
     */
    public static List<Finding> check(String text) {
        RecommendConfig config;
        try {
            config = RecommendConfig.parseUncounted(text, FILE, RecommendConfig.defaults());
        } catch (RecommendConfig.Problem e) {
            return List.of(e.finding());
        }
        // Each weight alone may be 0 (that part of the score is switched off); all of them 0 make every score 0,
        // so recommendations would come in no order that means anything: the file is wrong, not the library.
        if (config.weights().asMap().values().stream().allMatch(w -> w == 0)) {
            return List.of(Finding.error("invalid-value", weightsAt(text), "every weight is 0, so every module's "
                    + "score would be 0 and recommendations would be in no useful order", "give at least one weight"
                    + " above 0 (e.g. '  relevance: 0.55'), or remove 'weights:' to use the defaults"));
        }
        return List.of();
    }

    /** The line of the top-level {@code weights:} key (every weight is written, so there is one). */
    private static SourceLocation weightsAt(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("weights\\s*:.*")) {
                return SourceLocation.of(FILE, i + 1, 1);
            }
        }
        return SourceLocation.of(FILE);
    }
}
