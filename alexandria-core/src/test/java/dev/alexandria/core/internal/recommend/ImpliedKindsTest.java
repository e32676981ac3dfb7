package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

/**
 * An implied need names a kind of resource, and only a module that makes that kind answers it: not one that shares
 * one of its words ("cluster" of an Aurora cluster for an MSK Kafka cluster), nor one that makes a resource of the
 * kind's service on the side of what it is made for (a Glue schema registry of a Kafka module for "glue"); and the
 * module of the need that implies it meets it when it manages the thing itself (a bucket chosen for a data lake is
 * the bucket the data lake implies).
 */
class ImpliedKindsTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");
    private static Library sample;

    @TempDir
    Path temp;

    @BeforeAll
    static void open() {
        sample = Alexandria.open(SAMPLE);
    }

    private static List<String> ids(List<Recommendation> rs) {
        return rs.stream().map(r -> r.module().id().value()).toList();
    }

    private static boolean saysImplied(List<Recommendation> rs, String need) {
        return rs.stream().anyMatch(r -> r.evidence().stream().anyMatch(e -> e.endsWith("implies " + need)));
    }

    @Test
    void kafka_isNoAuroraCluster_andTheKafkaClusterIsUncovered() {
        Recommend r = sample.recommend().forUseCase("kafka streaming");
        List<Recommendation> rs = r.run();
        assertFalse(ids(rs).contains("rds-aurora"), rs::toString);
        assertFalse(saysImplied(rs, "an msk kafka cluster"), rs::toString);
        assertTrue(r.uncovered().contains("msk kafka cluster (implied by 'kafka')"), r.uncovered()::toString);
    }

    @Test
    void sso_isNoIamRole_andIdentityCenterIsUncovered() {
        Recommend r = sample.recommend().forUseCase("sso for aws accounts");
        List<Recommendation> rs = r.run();
        assertFalse(saysImplied(rs, "an iam identity center"), rs::toString);
        assertTrue(r.uncovered().contains("iam identity center (implied by 'sso')"), r.uncovered()::toString);
    }

    private static void module(Path lib, String category, String id, String description, String tf)
            throws IOException {
        Path dir = lib.resolve("_library/" + category + "/" + id);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(".alexandria.yaml"), """
                id: %s
                name: %s
                description: "%s"
                version: 1.0.0
                layer: %s
                category: %s
                maturity: stable
                tags: [storage]
                maintainer: team-platform
                """.formatted(id, id, description, category.substring(0, category.indexOf('/')), category));
        Files.writeString(dir.resolve("main.tf"), tf);
    }

    /**
     * A fixture with a general bucket module, a bucket made for audit-trail logs (its bucket made by a module it
     * calls) and a Kafka module that makes a Glue schema registry on the side; "lakehouse" implies an s3 bucket and
     * glue.
     */
    private Library lake() throws IOException {
        Path lib = RecommendFixture.copy(temp.resolve("lib"));
        module(lib, "data/databases", "lake-s3", "Lakehouse storage: an S3 bucket for analytics data.",
                "resource \"aws_s3_bucket\" \"this\" {\n}\nresource \"aws_s3_bucket_versioning\" \"this\" {\n}\n");
        module(lib, "observability/logging", "audittrail-s3-bucket",
                "S3 bucket with a policy that lets the audit trail write its logs.",
                "module \"bucket\" {\n  source = \"../../data/storage/lake-s3\"\n}\n"
                        + "resource \"aws_s3_bucket_policy\" \"this\" {\n}\n");
        module(lib, "compute/containers", "stream-msk",
                "Apache Kafka cluster for event ingestion, with a schema registry for its topics.",
                "resource \"aws_msk_cluster\" \"this\" {\n}\nresource \"aws_glue_schema_registry\" \"this\" {\n}\n");
        Files.writeString(lib.resolve("_catalog/recommend.yaml"), """
                implies:
                  - words: [lakehouse]
                    needs: [s3 bucket, glue]
                """);
        return Alexandria.open(lib);
    }

    @Test
    void theBucketChosenForTheNeed_meetsTheBucketItImplies_andNoOnePurposeBucketComes() throws IOException {
        Library own = lake();
        Recommend r = own.recommend().forUseCase("lakehouse");
        List<Recommendation> rs = r.run();
        assertTrue(ids(rs).contains("lake-s3"), rs::toString);
        assertFalse(ids(rs).contains("audittrail-s3-bucket"), rs::toString);
    }

    @Test
    void aModuleMakingTheServiceOnTheSide_isNoAnswer_andTheNeedIsUncovered() throws IOException {
        Library own = lake();
        LibraryModule msk = own.requireModule("stream-msk");
        assertTrue(Recommender.onTheSide(msk, "glue"));
        assertFalse(Recommender.onTheSide(msk, "msk cluster"));
        assertFalse(Recommender.onTheSide(own.requireModule("lake-s3"), "s3 bucket"));
        Recommend r = own.recommend().forUseCase("lakehouse");
        List<Recommendation> rs = r.run();
        assertFalse(saysImplied(rs, "a glue"), rs::toString);
        assertTrue(r.uncovered().contains("glue (implied by 'lakehouse')"), r.uncovered()::toString);
    }

    /** A module is never on the side of a kind named by a word of its own id: it is made for that. */
    @Test
    void aModule_isNeverOnTheSideOfAKindItsIdNames() {
        List<LibraryModule> modules = sample.modules().stream().toList();
        List<String> others = List.of("bucket", "cluster", "key", "queue", "topic", "group", "glue", "registry");
        qt().withExamples(300).forAll(SourceDSL.integers().between(0, modules.size() - 1),
                SourceDSL.integers().between(0, others.size() - 1)).checkAssert((i, j) -> {
                    LibraryModule m = modules.get(i);
                    for (String w : Makers.words(m.id().value().replace('-', ' '))) {
                        assertFalse(Recommender.onTheSide(m, w + " " + others.get(j)), m.id() + " / " + w);
                    }
                });
    }
}
