package dev.alexandria.core.internal.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Needs a use case implies without naming them, from the words of infrastructure it uses: what a platform engineer
 * adds to any such system (a public endpoint gets a TLS certificate and a web application firewall, users who sign
 * in need a user directory, containers need an image registry, a managed database needs a place for its
 * credentials …). General knowledge of cloud architecture, not of any library's modules: each implied need is
 * searched in the library like a need the use case names. The rules are configuration ({@code implies} of
 * {@code _catalog/recommend.yaml}, bundled defaults in {@code recommend-defaults.yaml}, {@link RecommendConfig}).
 * Pure, so that it can be tested alone.
 */
final class Implied {

    /**
     * One rule: words of a use case (a regular expression matched at word boundaries) and the needs they imply.
     *
     * @param words the words, as a regular expression
     * @param needs the needs they imply, in order
     */
    record Rule(Pattern words, List<String> needs) {
        Rule {
            java.util.Objects.requireNonNull(words, "words");
            needs = List.copyOf(needs);
        }
    }

    private Implied() {
    }

    /**
     * @param words words and phrases as {@code _catalog/recommend.yaml} writes them (docs/recommend.md)
     * @param needs the needs they imply
     * @return the rule
     */
    static Rule rule(List<String> words, List<String> needs) {
        return new Rule(RecommendConfig.wordsPattern(words), needs);
    }

    /** A need a use case implies, with the words that imply it. */
    record Need(String need, String because) {
    }

    /**
     * @param useCase a use case
     * @return the needs its words imply by the bundled rules, each once, in their order
     */
    static List<Need> of(String useCase) {
        return of(useCase, RecommendConfig.defaults().implies());
    }

    /**
     * @param useCase a use case
     * @param rules the rules, in order
     * @return the needs its words imply, each once, in the order of the rules
     */
    static List<Need> of(String useCase, List<Rule> rules) {
        return of(useCase, rules, false);
    }

    /**
     * @param useCase a use case, or one need of it
     * @param rules   the rules, in order
     * @param named   true to keep the needs the text names itself too ("an autoscaling group" implies the kind
     *                "autoscaling group", so that the module made for it is looked for)
     * @return the needs its words imply, each once, in the order of the rules
     */
    static List<Need> of(String useCase, List<Rule> rules, boolean named) {
        String text = useCase.toLowerCase(Locale.ROOT);
        List<Need> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Rule r : rules) {
            Matcher m = r.words().matcher(text);
            if (!m.find()) {
                continue;
            }
            for (String n : r.needs()) {
                if (!seen.contains(n) && (named || !text.contains(n))) {
                    seen.add(n);
                    out.add(new Need(n, m.group()));
                }
            }
        }
        return out;
    }
}
