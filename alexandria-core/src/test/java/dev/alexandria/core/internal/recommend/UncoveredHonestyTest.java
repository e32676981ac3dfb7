package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.Recommendation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An uncovered line names a real gap: no need is said to have no module when the search finds the module made
 * for its words first, and no single word is listed that the plan answers as part of a phrase, that names no
 * service (a verb saying what is done with the rest) or that the user did not type (its singular).
 */
class UncoveredHonestyTest {

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

    private static List<String> ids(Recommend r) {
        return r.run().stream().map(Recommendation::module).map(m -> m.id().value()).toList();
    }

    @Test
    void countWordsBetweenTheWordsOfAVocabularyPhrase_doNotHideIt() {
        // "connect vpc" means a transit gateway or VPC peering; "several" and "together" between its words made
        // the need uncovered and put an event bus first.
        Recommend r = run("connect several vpcs together across accounts");
        // (the in-memory search of these tests ranks the transit gateway and the VPC with a transit gateway
        // attachment close; the Lucene backend puts the transit gateway first)
        Set<String> networks = Set.of("transit-gateway", "vpc-advanced");
        assertTrue(networks.contains(ids(r).get(0)), ids(r).toString());
        assertFalse(ids(r).contains("eventbridge-bus"), ids(r).toString());
        assertFalse(r.uncovered().contains("connect several vpcs together"), r.uncovered().toString());
        Recommend multiple = run("connect multiple vpcs");
        assertTrue(networks.contains(ids(multiple).get(0)), ids(multiple).toString());
        assertFalse(multiple.uncovered().contains("connect multiple vpcs"), multiple.uncovered().toString());
    }

    @Test
    void suspiciousActivity_isThreatDetection() {
        Recommend detect = run("detect suspicious activity");
        assertEquals("guardduty", ids(detect).get(0), ids(detect).toString());
        Recommend audit = run("audit every api call in the organization and alert on suspicious activity");
        assertTrue(ids(audit).contains("guardduty"), ids(audit).toString());
        assertTrue(ids(audit).contains("cloudtrail"), ids(audit).toString());
        assertFalse(audit.uncovered().contains("suspicious activity"), audit.uncovered().toString());
    }

    @Test
    void aWordIsShownAsTyped_notInTheSingular() {
        Recommend r = run("real-time clickstream ingestion and analytics");
        assertEquals(List.of("analytics"), List.copyOf(r.uncoveredWords().keySet()));
    }

    @Test
    void theWordsOfEveryPhraseImplyingNeeds_areAnswered() {
        // "multi-account" and "landing zone" are words of one rule: its needs are named uncovered on their own lines,
        // so neither 'landing' nor 'zone' is a gap of its own.
        Recommend r = run("multi-account landing zone with centralized logging and threat detection");
        assertFalse(r.uncoveredWords().containsKey("landing"), r.uncoveredWords().toString());
        assertFalse(r.uncoveredWords().containsKey("zone"), r.uncoveredWords().toString());
        // "lift and shift" is moving servers onto virtual machines: one phrase, not the needs 'lift' and 'shift'.
        Recommend lift = run("lift and shift a legacy app onto virtual machines behind a load balancer");
        assertFalse(lift.uncoveredWords().containsKey("lift"), lift.uncoveredWords().toString());
        assertTrue(ids(lift).contains("ec2-autoscaling"), ids(lift).toString());
    }

    @Test
    void theVerbOfAClauseWhoseOtherWordsAreAnswered_isNoGap() {
        Set<String> answered = Set.of("private", "database", "image", "uploaded");
        assertEquals("reach", Recommender.actionWord("reach private databases",
                Recommender.orderedWords("reach private databases"), "to", answered::contains));
        assertEquals("resize", Recommender.actionWord("a function that resizes images",
                Recommender.orderedWords("a function that resizes images"), "", answered::contains));
        // not after another separator, nor when another word of the clause is a gap too
        assertNull(Recommender.actionWord("reach private databases",
                Recommender.orderedWords("reach private databases"), "and", answered::contains));
        assertNull(Recommender.actionWord("reach karpenter nodes",
                Recommender.orderedWords("reach karpenter nodes"), "to", answered::contains));
        // a one-word need after "to" is a thing ("ship logs to opensearch")
        assertNull(Recommender.actionWord("opensearch", List.of("opensearch"), "to", answered::contains));
    }

    /** A hyphenated or two-word term is one uncovered term, not a line for each of its words. */
    @Test
    void aTermOfTwoWords_isOneUncoveredTerm() {
        assertEquals("dead-letter", Recommender.oneTerm("queues and dead-letter handling", "dead", "letter"));
        assertEquals("load balancers", Recommender.oneTerm("behind two load balancers", "load", "balancer"));
        assertNull(Recommender.oneTerm("load the balancer", "load", "balancer"));
        assertNull(Recommender.oneTerm("nightly batch job", "nightly", "batch"));
        Recommend r = run("lift and shift a legacy app onto virtual machines behind a load balancer");
        assertFalse(r.uncoveredWords().containsKey("load") || r.uncoveredWords().containsKey("balancer"),
                r.uncoveredWords().toString());
    }
}
