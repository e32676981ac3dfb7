package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The provider chosen for a required input: the one the consumer's own examples use with it (the sample library's
 * eks-standard and vpc-standard), else, with a level asked, the tier that fits it ({@code libraries/recommend-provider-level}:
 * a basic and an advanced VPC, and a consumer without examples).
 */
class ProviderChoiceTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");
    private static final Path LEVELS = Path.of("src/test/resources/libraries/recommend-provider-level");

    private static List<String> ids(List<Recommendation> rs) {
        return rs.stream().map(r -> r.module().id().value()).toList();
    }

    @Test
    void provider_isTheOneTheConsumersExamplesUse_atAnyLevel() {
        Library library = Alexandria.builder().root(SAMPLE).noCache().open();
        for (ComplexityTier level : ComplexityTier.values()) {
            List<Recommendation> rs = library.recommend().forUseCase("k8s cluster").level(level).run();
            List<String> ids = ids(rs);
            assertEquals("eks-standard", ids.get(0), rs.toString());
            assertTrue(ids.contains("vpc-standard"), level + ": " + ids);
            assertFalse(ids.contains("vpc-basic"), level + ": " + ids);
            Recommendation vpc = rs.get(ids.indexOf("vpc-standard"));
            assertEquals("provides vpc_id, a required input of eks-standard", vpc.evidence().get(0));
            assertTrue(vpc.evidence().get(1).startsWith("used together with eks-standard in 2 examples"),
                    vpc.evidence().toString());
        }
    }

    @Test
    void provider_withoutExamples_isOfTheTierTheLevelAsks() {
        Library library = Alexandria.open(LEVELS);
        List<String> basic = ids(library.recommend().forUseCase("batch job runner").level(ComplexityTier.BASIC).run());
        assertEquals("job-runner", basic.get(0), basic.toString());
        assertTrue(basic.contains("vpc-lite") && !basic.contains("vpc-full"), basic.toString());
        List<String> advanced = ids(library.recommend().forUseCase("batch job runner")
                .level(ComplexityTier.ADVANCED).run());
        assertTrue(advanced.contains("vpc-full") && !advanced.contains("vpc-lite"), advanced.toString());
    }
}
