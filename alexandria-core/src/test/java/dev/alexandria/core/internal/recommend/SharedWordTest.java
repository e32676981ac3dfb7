package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A need the user typed is answered by a module that makes the thing, not by one whose name, description or
 * resource types merely share one of its words (issue 12, a first-time user's trial on the sample library): a word
 * many modules share, or one a module uses in another sense, must not claim the need ({@code Recommender#tells}).
 */
class SharedWordTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");
    /** The steps that add a module for the words of a need or of the use case. */
    private static final Set<String> WORD_STEPS = Set.of("need", "category");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(SAMPLE).noCache().open();
    }

    private static List<String> ids(List<Recommendation> rs) {
        return rs.stream().map(r -> r.module().id().value()).toList();
    }

    @Test
    void aNeedOnlyOneOfWhoseCommonWordsAModuleShares_isUncovered() {
        // 'file' of the EFS file system, 'host' of the Route 53 hosted zone and Cognito's hosted UI, 'cluster' of
        // the Aurora cluster: before, each was the need's best match (or its runner-up, or its category's module).
        for (String useCase : List.of("sftp file transfer", "bastion host")) {
            Recommend r = library.recommend().forUseCase(useCase);
            List<Recommendation> rs = r.run();
            for (Recommendation x : rs) {
                assertFalse(WORD_STEPS.contains(x.step()), useCase + ": " + x.module().id() + " " + x.explanation());
            }
            assertTrue(r.uncovered().contains(useCase), useCase + ": " + r.uncovered());
        }
        Recommend ml = library.recommend().forUseCase("machine learning training cluster with gpus");
        List<String> mlIds = ids(ml.run());
        assertFalse(mlIds.contains("eks-standard"), mlIds.toString());
        assertTrue(ml.run().stream().noneMatch(x -> x.step().equals("need")), mlIds.toString());
    }

    @Test
    void aQualifierSharedWithOtherModules_leavesTheNeedToTheModuleMakingItsSubject() {
        // "session storage": S3 and EFS are storage, EC2's Session Manager a session; none stores sessions.
        Recommend redis = library.recommend().forUseCase("redis cache for session storage");
        List<String> ids = ids(redis.run());
        assertEquals("elasticache-redis", ids.get(0), ids.toString());
        for (String other : List.of("s3-basic", "s3-advanced", "efs")) {
            assertFalse(ids.contains(other), ids.toString());
        }
        assertTrue(redis.uncovered().contains("session storage"), redis.uncovered().toString());
        // "private postgres": the subject is postgres; a module private in other ways is no answer to it.
        List<Recommendation> pg = library.recommend().forUseCase("private postgres").run();
        assertEquals("rds-postgres", ids(pg).get(0), ids(pg).toString());
    }

    @Test
    void aWordSayingHowMany_isNoTellingWord() {
        // "several": no module of the library has it, so it weighed most and left the VPC no answer.
        for (String useCase : List.of("several vpcs", "three vpcs", "multiple vpcs")) {
            Recommend r = library.recommend().forUseCase(useCase);
            List<Recommendation> rs = r.run();
            assertTrue(rs.stream().anyMatch(x -> x.step().equals("need")
                    && x.module().id().value().startsWith("vpc-")), useCase + ": " + rs);
            assertFalse(r.uncovered().contains(useCase), useCase + ": " + r.uncovered());
        }
    }

    @Test
    void aWordTheLibraryDoesNotKnow_nextToOneItShares_neverLetsAModuleClaimTheNeed() {
        // The word the library does not know tells more than the one many modules share, so no module answering
        // only the shared word answers the need, whatever the shared word.
        Gen<String> unknown = SourceDSL.strings().betweenCodePoints('q', 'z').ofLengthBetween(9, 12)
                .map(s -> "q" + s.replaceAll("[aeiouy]", "x"));
        Gen<String> shared = Generate.pick(List.of("cluster", "file", "host", "storage", "gateway", "table",
                "function", "group", "key", "bucket"));
        qt().withExamples(25).withFixedSeed(7).forAll(unknown, shared).checkAssert((u, s) -> {
            String useCase = u + " " + s;
            Recommend r = library.recommend().forUseCase(useCase);
            List<Recommendation> rs = r.run();
            for (Recommendation x : rs) {
                assertFalse(x.step().equals("need"), useCase + ": " + x.module().id() + " " + x.explanation());
            }
            assertTrue(r.uncovered().contains(useCase), useCase + ": " + r.uncovered());
        });
    }
}
