package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.Recommendation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Words saying where the needs apply ("across all accounts", "in different accounts", "every region"), restricting
 * a thing to itself ("private subnets only") or acting on the provider's own services ("reach aws services") are
 * no need: they are neither searched nor reported uncovered, and the thing beside them is the need.
 */
class NeedScopeTest {

    private static Library library;

    @BeforeAll
    static void open() {
        library = RecommendFixture.sample();
    }

    private static Recommend run(String useCase) {
        Recommend r = library.recommend().forUseCase(useCase);
        r.run();
        return r;
    }

    @Test
    void aScope_isNoNeed() {
        assertEquals(List.of("threat detection", "compliance checks"),
                Recommender.needs("threat detection and compliance checks across all accounts"));
        assertEquals(List.of("connect several vpcs together"),
                Recommender.needs("connect several vpcs together across accounts"));
        assertEquals(List.of("peer two vpcs"), Recommender.needs("peer two vpcs in different accounts"));
        assertEquals(List.of("log archive"), Recommender.needs("log archive for every region"));
        assertEquals(List.of("replicated database"), Recommender.needs("replicated database in another region"));
        // a thing of its own stays a need
        assertEquals(List.of("account factory"), Recommender.needs("account factory"));
    }

    @Test
    void aRestrictingWordOrAnActionOnTheProvidersServices_isNoPartOfTheNeed() {
        assertEquals(List.of("private subnets", "no internet access", "endpoints"),
                Recommender.needs("private subnets only, no internet access, reach aws services through endpoints"));
        assertEquals(List.of("private subnets", "a nat gateway"),
                Recommender.needs("only private subnets and a nat gateway"));
    }

    @Test
    void aScopeIsNeitherMatchedNorReportedUncovered() {
        Recommend r = run("threat detection and compliance checks across all accounts");
        List<Recommendation> rs = r.run();
        assertTrue(rs.stream().flatMap(x -> x.evidence().stream()).noneMatch(e -> e.contains("accounts")),
                rs.toString());
        assertTrue(r.uncovered().stream().noneMatch(u -> u.contains("account")), r.uncovered().toString());
        Recommend subnets = run("private subnets only, reach aws services through endpoints");
        assertFalse(subnets.uncovered().stream().anyMatch(u -> u.contains("subnet") || u.contains("reach")),
                subnets.uncovered().toString());
        assertEquals("vpc-standard", subnets.run().get(0).module().id().value(), subnets.run().toString());
    }
}
