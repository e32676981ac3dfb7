package dev.alexandria.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scores of one graded query: hit@3, nDCG@5 and the reciprocal rank behind MRR. */
class SearchEvaluationTest {

    private static final SearchEvaluation.Query QUERY = new SearchEvaluation.Query("q1", "private database", "need",
            Map.of("rds-postgres", 3, "rds-aurora", 3, "rds-mysql", 1));

    @Test
    void reciprocalRank_isOneOverTheRankOfTheFirstGradeThreeModule() {
        assertEquals(1.0, SearchEvaluation.score(QUERY, List.of("rds-aurora", "x")).reciprocalRank());
        assertEquals(0.25, SearchEvaluation.score(QUERY, List.of("a", "rds-mysql", "b", "rds-postgres")).reciprocalRank(),
                "a grade-1 module does not count");
        SearchEvaluation.Score tenth = SearchEvaluation.score(QUERY,
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "rds-postgres"));
        assertEquals(0.1, tenth.reciprocalRank());
        assertFalse(tenth.hit());
        assertEquals(0.0, tenth.ndcg(), "below the fifth hit: no gain at 5");
        assertEquals(0.0, SearchEvaluation.score(QUERY,
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "rds-postgres")).reciprocalRank());
    }

    @Test
    void hitAndNdcg_lookAtTheFirstThreeAndFiveHitsOnly() {
        SearchEvaluation.Score ideal = SearchEvaluation.score(QUERY, List.of("rds-postgres", "rds-aurora", "rds-mysql",
                "a", "b", "c", "d"));
        assertTrue(ideal.hit());
        assertEquals(1.0, ideal.ndcg(), 1e-9);
        assertEquals(List.of("rds-postgres", "rds-aurora", "rds-mysql", "a", "b"), ideal.top());
        assertFalse(SearchEvaluation.score(QUERY, List.of("a", "b", "c", "rds-postgres")).hit());
    }

    @Test
    void mrr_isTheMeanOverQueries() {
        assertEquals(0.75, SearchEvaluation.mrr(List.of(SearchEvaluation.score(QUERY, List.of("rds-aurora")),
                SearchEvaluation.score(QUERY, List.of("a", "rds-aurora")))), 1e-9);
    }
}
