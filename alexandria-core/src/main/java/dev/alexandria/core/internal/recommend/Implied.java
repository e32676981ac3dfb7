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
     * One rule: words of a use case and the needs they imply. The words match as {@link RecommendConfig#wordsPattern}
     * says (whole words, a hyphen, a space or nothing between their parts, a plural {@code s}); the regular
     * expression is compiled only for a text that holds the first part of one of the words, as any match does: of
     * the ~60 bundled rules a use case meets a few, and compiling all of them cost a short-lived JVM ~15 ms of CPU in
     * every recommendation.
     */
    static final class Rule {

        private final List<String> words;
        private final List<String> needs;
        /** The first part of each word ({@code sign} of {@code sign-in}), lower case. */
        private final List<String> firstParts;
        private volatile Pattern pattern;

        /**
         * @param words the words and phrases, lower case, as {@code _catalog/recommend.yaml} writes them
         * @param needs the needs they imply, in order
         */
        Rule(List<String> words, List<String> needs) {
            this.words = List.copyOf(words);
            this.needs = List.copyOf(needs);
            List<String> firsts = new ArrayList<>();
            for (String w : this.words) {
                for (String part : RecommendConfig.WORD_PARTS.split(w)) {
                    if (!part.isEmpty()) {
                        firsts.add(part);
                        break;
                    }
                }
            }
            this.firstParts = List.copyOf(firsts);
        }

        /** @return the words and phrases */
        List<String> words() {
            return words;
        }

        /** @return the needs they imply, in order */
        List<String> needs() {
            return needs;
        }

        /** @return the words as one regular expression, compiled on first use */
        Pattern pattern() {
            Pattern p = pattern;
            if (p == null) {
                p = RecommendConfig.wordsPattern(words);
                pattern = p;
            }
            return p;
        }

        /**
         * @param text a lower-case text
         * @return every match of the words in it, in their order
         */
        List<String> findAll(String text) {
            List<String> out = new ArrayList<>();
            if (firstParts.stream().anyMatch(text::contains)) {
                Matcher m = pattern().matcher(text);
                while (m.find()) {
                    out.add(m.group());
                }
            }
            return out;
        }

        /**
         * @param text a lower-case text
         * @return the first match of the words in it, or null
         */
        String find(String text) {
            for (String first : firstParts) {
                if (text.contains(first)) {
                    Matcher m = pattern().matcher(text);
                    return m.find() ? m.group() : null;
                }
            }
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rule r && words.equals(r.words) && needs.equals(r.needs);
        }

        @Override
        public int hashCode() {
            return 31 * words.hashCode() + needs.hashCode();
        }

        @Override
        public String toString() {
            return words + " -> " + needs;
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
        return new Rule(words, needs);
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
     * @param rules   the rules, in order
     * @return every word and phrase of the rules found in it (a {@link Need#because()} is only the first of its
     *         rule), in the order of the rules
     */
    static List<String> phrases(String useCase, List<Rule> rules) {
        String text = useCase.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        rules.forEach(r -> out.addAll(r.findAll(text)));
        return out;
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
            String found = r.find(text);
            if (found == null) {
                continue;
            }
            for (String n : r.needs()) {
                if (!seen.contains(n) && (named || !text.contains(n))) {
                    seen.add(n);
                    out.add(new Need(n, found));
                }
            }
        }
        return out;
    }
}
