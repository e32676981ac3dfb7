package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a plan says of its modules is what they are and have: a late line (another category, another match) is not
 * justified by a general word or one the need's other words outweigh; a feature asked with a need is claimed on the
 * module only when the module has it; an implied need is met by a chosen module itself or by the module added for
 * it, not both.
 */
class GenericWordTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");

    private static final Library sample = Alexandria.open(SAMPLE);

    private static List<Recommendation> plan(String useCase) {
        return sample.recommend().forUseCase(useCase).run();
    }

    private static boolean says(List<Recommendation> rs, String text) {
        return rs.stream().anyMatch(r -> r.evidence().stream().anyMatch(e -> e.contains(text)));
    }

    @Test
    void aGeneralWord_justifiesNoLateLine() {
        // 'application' of "application secrets" matched a web-application pattern
        List<Recommendation> rs = plan("store application secrets and configuration encrypted");
        assertTrue(!says(rs, "it matches 'application'"), rs::toString);
        assertTrue(rs.stream().anyMatch(r -> r.module().id().value().equals("secretsmanager")), rs::toString);
    }

    @Test
    void aWordTheNeedsOtherWordsOutweigh_justifiesNoLateLine() {
        // 'event' (in "event bus") of "clickstream events": the need is the clickstream, which a bus is not
        List<Recommendation> rs = plan("ingest clickstream events in real time and archive them to s3");
        assertTrue(!says(rs, "it matches 'event bu'"), rs::toString);
        assertTrue(rs.stream().anyMatch(r -> r.module().id().value().equals("kinesis")), rs::toString);
    }

    @Test
    void aFeatureTheModuleLacks_isSaidUncovered_whateverTheSubjectsWords() {
        for (String useCase : List.of("pg db with read replicas", "postgres with read replicas and backups")) {
            List<Recommendation> rs = plan(useCase);
            Recommendation db = rs.get(0);
            assertEquals("rds-postgres", db.module().id().value(), rs::toString);
            assertTrue(db.evidence().stream().anyMatch(e -> e.startsWith("lacks 'read replicas'")), rs::toString);
            assertTrue(db.evidence().stream().noneMatch(e -> e.contains("'read replicas', a feature")),
                    rs::toString);
        }
    }

    @Test
    void anImpliedNeed_isMetItselfOrByTheModuleAdded_notBoth() {
        for (String useCase : List.of("serverless api with logging", "account audit logging and threat detection")) {
            List<Recommendation> rs = plan(useCase);
            assertTrue(rs.stream().anyMatch(r -> r.module().id().value().equals("cloudwatch-logs")), rs::toString);
            assertTrue(!says(rs, "meets a log group"), rs::toString);
        }
    }
}
