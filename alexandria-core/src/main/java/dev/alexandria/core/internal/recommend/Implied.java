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
 * credentials …). General knowledge of cloud architecture, not of any library: each implied need is searched in
 * the library like a need the use case names. Pure, so that it can be tested alone.
 */
final class Implied {

    /** One rule: words of a use case (a regular expression matched at word boundaries) and the needs they imply. */
    record Rule(Pattern words, List<String> needs) {
    }

    /** The rules, in order; a need implied by several is taken once, at its first rule. */
    static final List<Rule> RULES = List.of(
            rule("sign[- ]?in|sign[- ]?up|log[- ]?in|login|user accounts?|end users?|customer accounts?",
                    "user pool"),
            rule("public|internet[- ]facing|https|custom domain", "tls certificate"),
            rule("public|internet[- ]facing", "web application firewall"),
            rule("custom domain|domain name", "dns zone"),
            rule("web applications?|web apps?|three[- ]tier|n[- ]tier", "load balancer"),
            rule("virtual machines?|vms?|ec2 instances?|servers", "autoscaling group"),
            rule("containers?|containeri[sz]ed|docker|kubernetes|microservices", "container registry"),
            rule("kubernetes|eks", "kubernetes add-ons"),
            rule("databases?|postgres(?:ql)?|mysql|mariadb|aurora|rds", "credentials"),
            rule("logging|audit", "log group"));

    private Implied() {
    }

    private static Rule rule(String words, String... needs) {
        return new Rule(Pattern.compile("\\b(?:" + words + ")\\b"), List.of(needs));
    }

    /** A need a use case implies, with the words that imply it. */
    record Need(String need, String because) {
    }

    /**
     * @param useCase a use case
     * @return the needs its words imply, each once, in the order of {@link #RULES}
     */
    static List<Need> of(String useCase) {
        String text = useCase.toLowerCase(Locale.ROOT);
        List<Need> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.words().matcher(text);
            if (!m.find()) {
                continue;
            }
            for (String n : r.needs()) {
                if (!seen.contains(n) && !text.contains(n)) {
                    seen.add(n);
                    out.add(new Need(n, m.group()));
                }
            }
        }
        return out;
    }
}
