package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.model.Finding;
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

    /** A file's bad entries are all reported at once, in the file's order, each with its fix. */
    @Test
    void everyBadEntry_isReportedAtOnce_withDidYouMeanByEditDistance() {
        List<Finding> found = RecommendConfigCheck.check("weights:\n  relevance: high\n  cots: 0.05\nimplied: []\n"
                + "implies:\n  - words: [login, '-']\n    need: [user pool]\n  - words: [sso]\n    needs: [idp]\n");
        assertEquals(List.of(
                "_catalog/recommend.yaml:2:14: weight 'relevance' is 'high', which is not a number; a weight is a "
                        + "finite number of 0 or more",
                "_catalog/recommend.yaml:3:3: unknown weight 'cots'",
                "_catalog/recommend.yaml:4:1: unknown key 'implied'",
                "_catalog/recommend.yaml:6:5: rule 1 of 'implies' has no 'needs'",
                "_catalog/recommend.yaml:6:20: 'words' of rule 1 of 'implies' has an entry that is not a word ('-')",
                "_catalog/recommend.yaml:7:5: unknown key 'need' in rule 1 of 'implies'"),
                found.stream().map(f -> f.location() + ": " + f.message()).toList());
        assertEquals("use relevance, evidence, maturity, popularity, cost, complexity (did you mean 'cost'?)",
                found.get(1).hint().orElseThrow());
        assertEquals("use weights or implies (did you mean 'implies'?)", found.get(2).hint().orElseThrow());
        assertEquals("use words and needs (did you mean 'needs'?)", found.get(5).hint().orElseThrow());
        // the exception recommend throws says them all, one per line
        String message = error("weights:\n  relevance: high\n  cots: 0.05\n");
        assertEquals(2, message.lines().count(), message);
        assertTrue(message.lines().toList().get(1).startsWith("_catalog/recommend.yaml:3:3: unknown weight 'cots'; "
                + "use relevance"), message);
        // a name too far from every key gets no guess
        assertEquals("use relevance, evidence, maturity, popularity, cost, complexity",
                RecommendConfigCheck.check("weights:\n  speed: 1\n").get(0).hint().orElseThrow());
    }

    @Test
    void badEntries_areErrorsAtFileLineAndColumn_withAFix() {
        assertEquals("_catalog/recommend.yaml:2:1: unknown key 'implied'; use weights or implies (did you mean "
                + "'implies'?)", error("weights: {}\nimplied: []\n"));
        assertEquals("_catalog/recommend.yaml:2:3: unknown weight 'relevanse'; use relevance, evidence, maturity, "
                + "popularity, cost, complexity (did you mean 'relevance'?)", error("weights:\n  relevanse: 0.3\n"));
        assertEquals("_catalog/recommend.yaml:2:9: weight 'cost' is '-1', which is below 0; a weight is a finite "
                + "number of 0 or more; set it to such a number, e.g. 'cost: 0.05' (its default)",
                error("weights:\n  cost: -1\n"));
        assertEquals("_catalog/recommend.yaml:1:10: 'implies' must be a list of rules; write each rule as '- words: "
                + "[sign-in, login]' with 'needs: [user pool]' under it", error("implies: sign-in\n"));
        assertEquals("_catalog/recommend.yaml:2:5: rule 1 of 'implies' has no 'needs'; add e.g. 'needs: "
                + "[user pool]'", error("implies:\n  - words: [login]\n"));
        assertEquals("_catalog/recommend.yaml:3:12: 'needs' of rule 1 of 'implies' must be a list of one or more "
                + "words; write e.g. 'needs: [user pool]'", error("implies:\n  - words: [login]\n    needs: []\n"));
        assertEquals("_catalog/recommend.yaml:2:5: rule 1 of 'implies' has no 'needs'; add e.g. 'needs: [user pool]'"
                + "\n_catalog/recommend.yaml:3:5: unknown key 'need' in rule 1 of 'implies'; use words and needs "
                + "(did you mean 'needs'?)", error("implies:\n  - words: [login]\n    need: [user pool]\n"));
        assertEquals("_catalog/recommend.yaml:2:20: 'words' of rule 1 of 'implies' has an entry that is not a word "
                + "('-'); write words and phrases such as [sign-in, login]",
                error("implies:\n  - words: [login, '-']\n    needs: [user pool]\n"));
        assertEquals("_catalog/recommend.yaml:1:1: must be a mapping with the keys weights and implies; write e.g. "
                + "'weights:' then '  relevance: 0.55' on the next line", error("- weights\n"));
    }

    @Test
    void invalidYaml_isAnErrorAtItsLineInOneLine() {
        // worded as every YAML file of the library is, not in the parser's words ("expected ',' or ']', but got")
        assertEquals("_catalog/recommend.yaml:2:9: is not valid YAML: the flow sequence that starts here is never "
                + "closed (the parser reached the end of the file at line 3, column 1); add the closing ']' where it "
                + "should end", error("weights:\n  cost: [1\n"));
    }

    /**
     * A weight's error quotes the value as written in the file, says what is wrong with it and the allowed range,
     * and has a fix: {@code .inf} is valid YAML (a float to YAML 1.1), not a syntax error, and {@code 1e999} is
     * quoted as written, not as the "Infinity" it overflows to.
     */
    @Test
    void aBadWeight_isQuotedAsWritten_withWhatIsWrongTheRangeAndAFix() {
        String range = "; a weight is a finite number of 0 or more; set it to such a number, e.g. 'relevance: 0.55' "
                + "(its default)";
        assertEquals(FILE + ":2:14: weight 'relevance' is 'high', which is not a number" + range,
                error("weights:\n  relevance: high\n"));
        assertEquals(FILE + ":2:14: weight 'relevance' is '.inf', which YAML reads as infinity, not a finite number"
                + range, error("weights:\n  relevance: .inf\n"));
        assertEquals(FILE + ":2:14: weight 'relevance' is '-.Inf', which YAML reads as infinity, not a finite number"
                + range, error("weights:\n  relevance: -.Inf\n"));
        assertEquals(FILE + ":2:14: weight 'relevance' is '.nan', which YAML reads as not-a-number" + range,
                error("weights:\n  relevance: .nan\n"));
        assertEquals(FILE + ":2:14: weight 'relevance' is '1e999', which is too large to be a number (it would be "
                + "infinite)" + range, error("weights:\n  relevance: 1e999\n"));
        assertEquals(FILE + ":2:14: weight 'relevance' is '0.5' in quotes, which makes it text, not a number" + range,
                error("weights:\n  relevance: '0.5'\n"));
        assertEquals(FILE + ":2:14: weight 'relevance' is a list, not a number" + range,
                error("weights:\n  relevance: [1]\n"));
        assertEquals(FILE + ":2:13: weight 'relevance' has no value" + range, error("weights:\n  relevance:\n"));
        assertEquals(0.0, parse("weights:\n  relevance: 0\n").weights().relevance());
        assertEquals(1e300, parse("weights:\n  relevance: 1e300\n").weights().relevance());
    }

    /** What opening a library reports: the same problem as a finding, its fix on a line of its own. */
    @Test
    void check_givesTheProblemAsAFindingWithItsFix() {
        List<Finding> found = RecommendConfigCheck.check("weights:\n  relevance: high\n");
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(Finding.Severity.ERROR, f.severity());
        assertEquals("invalid-value", f.ruleId());
        assertEquals(FILE + ":2:14", f.location().toString());
        assertEquals("weight 'relevance' is 'high', which is not a number; a weight is a finite number of 0 or more",
                f.message());
        assertEquals(java.util.Optional.of("set it to such a number, e.g. 'relevance: 0.55' (its default)"), f.hint());
        assertEquals(List.of(), RecommendConfigCheck.check("# only a comment\n"));
    }
}
