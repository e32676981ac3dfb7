package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ImpliedTest {

    private static List<String> needs(String useCase) {
        return Implied.of(useCase).stream().map(Implied.Need::need).toList();
    }

    @Test
    void publicApiWithSignIn_impliesAUserPoolACertificateAWebFirewallAndAnApiGateway() {
        assertEquals(List.of("user pool", "tls certificate", "web application firewall", "api gateway"),
                needs("public rest api backed by lambda with user sign-in"));
        assertEquals(new Implied.Need("user pool", "sign-in"),
                Implied.of("public rest api backed by lambda with user sign-in").get(0));
    }

    @Test
    void wordsInsideOtherWords_implyNothing() {
        // "rds" inside "records", "vms" nowhere, "public" not a word of "publication": whole words only.
        assertEquals(List.of(), needs("dns records for the publication service"));
    }

    @Test
    void aNeedTheUseCaseNamesItself_isNotImpliedAgain() {
        assertEquals(List.of("tls certificate", "web application firewall", "container registry"),
                needs("public docker service with a load balancer"));
    }

    @Test
    void aNeedImpliedBySeveralRules_comesOnceAtItsFirstRule() {
        assertEquals(List.of("load balancer", "tls certificate", "autoscaling group", "credentials"),
                needs("three-tier web application on virtual machines with a mysql database"));
    }

    @Test
    void peoplesWordsForInfrastructure_implyTheManagedService() {
        assertEquals(List.of("client vpn"), needs("private connectivity for remote employees into the network"));
        assertEquals(List.of("bastion host"), needs("reach private machines through a jump box"));
        assertEquals(List.of("documentdb cluster"), needs("a mongodb compatible store"));
        assertEquals(List.of("image builder pipeline", "autoscaling group"), needs("bake golden images for a fleet"));
    }

    @Test
    void aNeedTheTextNames_isKeptWhenAskedFor() {
        // Each need of a use case names its kind of resource, so that the module made for it is looked for.
        assertEquals(List.of(), Implied.of("launch them in an autoscaling group",
                RecommendConfig.defaults().implies()).stream().map(Implied.Need::need).toList());
        assertEquals(List.of("autoscaling group"), Implied.of("launch them in an autoscaling group",
                RecommendConfig.defaults().implies(), true).stream().map(Implied.Need::need).toList());
    }

    /**
     * A rule compiles its expression only for a text holding the first part of one of its words; it finds exactly
     * what the whole expression finds in any text, over a small alphabet so that words and near-misses meet often.
     */
    @Test
    void rule_findsWhatItsWholeExpressionFinds() {
        Gen<String> word = strings().betweenCodePoints('a', 'e').ofLengthBetween(1, 3)
                .zip(integers().between(0, 2), strings().betweenCodePoints('a', 'e').ofLengthBetween(1, 3),
                        (a, sep, b) -> sep == 0 ? a : a + (sep == 1 ? "-" : " ") + b);
        Gen<String> text = strings().betweenCodePoints(' ', 'f').ofLengthBetween(0, 24);
        qt().withExamples(3000).forAll(lists().of(word).ofSizeBetween(1, 3), text).checkAssert((words, t) -> {
            Implied.Rule rule = Implied.rule(words, List.of("need"));
            Matcher m = RecommendConfig.wordsPattern(words).matcher(t);
            assertEquals(m.find() ? m.group() : null, rule.find(t), words + " in '" + t + "'");
        });
    }

    @Test
    void rulesOfTheSameWordsAndNeeds_areEqual() {
        assertEquals(Implied.rule(List.of("sign-in", "login"), List.of("user pool")),
                Implied.rule(List.of("sign-in", "login"), List.of("user pool")));
        assertEquals(RecommendConfig.defaults().implies(), RecommendConfig.defaults().implies().stream()
                .map(r -> Implied.rule(r.words(), r.needs())).toList());
    }
}
