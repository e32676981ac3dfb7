package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A module an implied need brings says what it is wired to, as one the wiring step brings does: the KMS key of
 * "encrypted sqs queue" provides the queue's {@code kms_key_arn} (before, it said only "'encrypted' implies a kms
 * key", and nothing tied it to the queue).
 */
class ImpliedWiringTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(SAMPLE).noCache().open();
    }

    private static Recommendation of(List<Recommendation> rs, String id) {
        return rs.stream().filter(r -> r.module().id().value().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError(id + " not in " + rs));
    }

    @Test
    void anImpliedKey_saysWhichInputOfTheQueueItProvides() {
        Recommendation kms = of(library.recommend().forUseCase("encrypted sqs queue").run(), "kms");
        assertEquals("implied", kms.step());
        assertTrue(kms.evidence().contains("provides key_arn for kms_key_arn, an optional input of sqs"),
                kms.evidence().toString());
    }

    @Test
    void everyImpliedModuleProvidingAnInputOfAChosenOne_saysSoOnce() {
        for (String useCase : List.of("encrypted sqs queue", "encrypted s3 bucket", "encrypted dynamodb table",
                "encrypted sns topic with a queue")) {
            List<Recommendation> rs = library.recommend().forUseCase(useCase).limit(50).run();
            for (Recommendation r : rs) {
                List<String> provides = r.evidence().stream().filter(e -> e.startsWith("provides ")).toList();
                assertEquals(provides.stream().distinct().count(), provides.size(), useCase + ": " + r.evidence());
                provides.forEach(e -> assertTrue(rs.stream().anyMatch(c -> e.endsWith(" of "
                        + c.module().id().value())), useCase + ": " + e + " names a module of the plan"));
            }
        }
    }
}
