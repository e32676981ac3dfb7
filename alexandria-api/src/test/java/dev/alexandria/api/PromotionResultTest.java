package dev.alexandria.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionResultTest {

    @Test
    void refused_toStringCountsItsReasonsInGoodEnglish() {
        PromotionResult.Refused one = new PromotionResult.Refused(ModuleId.of("vpc-standard"), MaturityLevel.BETA,
                MaturityLevel.STABLE, List.of(), List.of("unmet production_teams"));
        PromotionResult.Refused two = new PromotionResult.Refused(ModuleId.of("vpc-standard"), MaturityLevel.BETA,
                MaturityLevel.STABLE, List.of(), List.of("unmet production_teams", "unmet case_studies"));
        assertEquals("Refused{vpc-standard beta → stable, 1 reason}", one.toString());
        assertEquals("Refused{vpc-standard beta → stable, 2 reasons}", two.toString());
    }
}
