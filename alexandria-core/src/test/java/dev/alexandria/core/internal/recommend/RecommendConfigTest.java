package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alexandria.api.CatalogException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code _catalog/recommend.yaml}: defaults, what a library overrides, and every bad entry with its place. */
class RecommendConfigTest {

    private static final String FILE = "_catalog/recommend.yaml";

    private static RecommendConfig parse(String text) {
        return RecommendConfig.parse(text, FILE, RecommendConfig.defaults());
    }

    private static String error(String text) {
        return assertThrows(CatalogException.class, () -> parse(text)).getMessage();
    }

    @Test
    void bundledDefaults_haveTheDocumentedWeightsAndRules() {
        RecommendConfig d = RecommendConfig.defaults();
        assertEquals(Weights.DEFAULTS, d.weights());
        assertEquals(62, d.implies().size());
        assertEquals(List.of("user pool"), d.implies().get(0).needs());
    }

    @Test
    void anEmptyFile_isEveryDefault() {
        assertEquals(RecommendConfig.defaults(), parse(""));
    }

    @Test
    void impliesOfALibrary_replacesTheDefaultRules_andWeightsLeftOutKeepTheirDefaults() {
        RecommendConfig c = parse("weights:\n  cost: 0.2\nimplies:\n  - words: [data lake, analytics]\n"
                + "    needs: [object storage, query engine]\n");
        assertEquals(0.2, c.weights().cost());
        assertEquals(0.55, c.weights().relevance());
        assertEquals(List.of(new Implied.Need("object storage", "data-lake"), new Implied.Need("query engine",
                "data-lake")), Implied.of("a Data-Lake for reports", c.implies()));
        assertEquals(List.of(), Implied.of("user sign-in", c.implies()));
    }

    @Test
    void words_matchWholeWords_hyphenSpaceOrNothing_andAPluralS() {
        List<Implied.Rule> rules = parse("implies:\n  - words: [sign-in, virtual machine]\n    needs: [x]\n")
                .implies();
        for (String text : List.of("sign-in", "sign in", "signin", "virtual machines", "two virtual-machines")) {
            assertEquals(1, Implied.of(text, rules).size(), text);
        }
        for (String text : List.of("designing", "signing", "virtual machinery")) {
            assertEquals(0, Implied.of(text, rules).size(), text);
        }
    }

    @Test
    void badEntries_areErrorsAtFileLineAndColumn_withAFix() {
        assertEquals("_catalog/recommend.yaml:2:1: unknown key 'implied'; use weights or implies (did you mean "
                + "'implies'?)", error("weights: {}\nimplied: []\n"));
        assertEquals("_catalog/recommend.yaml:2:3: unknown weight 'relevanse'; use relevance, evidence, maturity, "
                + "popularity, cost, complexity (did you mean 'relevance'?)", error("weights:\n  relevanse: 0.3\n"));
        assertEquals("_catalog/recommend.yaml:2:9: weight 'cost' must be a number of 0 or more, not '-1'",
                error("weights:\n  cost: -1\n"));
        assertEquals("_catalog/recommend.yaml:1:10: 'implies' must be a list of rules, each '- words: [sign-in, "
                + "login]' with 'needs: [user pool]' under it", error("implies: sign-in\n"));
        assertEquals("_catalog/recommend.yaml:2:5: rule 1 of 'implies' has no 'needs'; add e.g. 'needs: "
                + "[user pool]'", error("implies:\n  - words: [login]\n"));
        assertEquals("_catalog/recommend.yaml:3:12: 'needs' of rule 1 of 'implies' must be a list of one or more "
                + "words, e.g. [user pool]", error("implies:\n  - words: [login]\n    needs: []\n"));
        assertEquals("_catalog/recommend.yaml:3:5: unknown key 'need' in rule 1 of 'implies'; use words and needs "
                + "(did you mean 'needs'?)", error("implies:\n  - words: [login]\n    need: [user pool]\n"));
        assertEquals("_catalog/recommend.yaml:2:20: 'words' of rule 1 of 'implies' has an entry that is not a word "
                + "('-'); write words and phrases such as [sign-in, login]",
                error("implies:\n  - words: [login, '-']\n    needs: [user pool]\n"));
        assertEquals("_catalog/recommend.yaml:1:1: must be a mapping with the keys weights and implies, e.g. "
                + "'weights:' then '  relevance: 0.55'", error("- weights\n"));
    }

    @Test
    void invalidYaml_isAnErrorAtItsLineInOneLine() {
        assertEquals("_catalog/recommend.yaml:2:11: is not valid YAML: while parsing a flow sequence expected ',' or "
                + "']', but got <stream end>; fix the syntax", error("weights:\n  cost: [1\n"));
    }
}
