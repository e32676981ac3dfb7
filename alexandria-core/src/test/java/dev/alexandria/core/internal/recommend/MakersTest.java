package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MakersTest {

    private static boolean typeMakes(String type, String kind) {
        List<String> words = Makers.words(kind);
        return !words.isEmpty() && words.stream().allMatch(w -> Makers.holds(type, w, words));
    }

    @Test
    void aKindsWords_areSingularWithoutGenericOrShortWords() {
        assertEquals(List.of("client", "vpn"), Makers.words("AWS Client VPN"));
        // A service's abbreviation of a letter and a digit is its most telling word; two letters alone are not.
        assertEquals(List.of("s3", "bucket"), Makers.words("s3 buckets"));
        assertEquals(List.of("s3"), Makers.words("the managed s3"));
        assertEquals(List.of("ec2", "k8s"), Makers.words("ec2 or k8s"));
        assertEquals(List.of(), Makers.words("to an db of 42"));
    }

    @Test
    void aResourceType_makesTheKindsWhoseWordsItHolds_evenInsideACompound() {
        assertTrue(typeMakes("aws_ec2_client_vpn_endpoint", "client vpn"));
        assertFalse(typeMakes("aws_vpn_connection", "client vpn"));
        assertTrue(typeMakes("aws_imagebuilder_image_pipeline", "image builder pipeline"));
        assertTrue(typeMakes("aws_autoscaling_group", "autoscaling groups"));
        assertTrue(typeMakes("aws_secretsmanager_secret", "secrets manager secret"));
        assertTrue(typeMakes("aws_wafv2_web_acl", "waf"));
        assertTrue(typeMakes("aws_apigatewayv2_api", "api gateway"));
        assertTrue(typeMakes("aws_route53_zone", "route"));
        // The provider's prefix is not a word of the type: "aws" never matches through it.
        assertEquals("cloudwatchmetricalarm", Makers.typeText("aws_cloudwatch_metric_alarm"));
    }

    /** A word is held as a word: not as the start of a longer one ("replica" of "replication"). */
    @Test
    void aResourceType_holdsAWordOnlyAsAWord_notAsTheStartOfAnother() {
        assertFalse(typeMakes("aws_s3_bucket_replication_configuration", "read replicas"));
        assertFalse(typeMakes("aws_s3_bucket_replication_configuration", "replica"));
        assertFalse(typeMakes("aws_s3_bucket_server_side_encryption_configuration", "aws config"));
        assertFalse(typeMakes("aws_vpclattice_service", "vpc"));
        assertTrue(typeMakes("aws_db_instance_automated_backups_replication", "replication"));
        assertTrue(typeMakes("aws_config_config_rule", "config rules"));
        assertTrue(typeMakes("aws_dynamodb_table_replica", "table replicas"));
    }

    /**
     * A need spelling out a phrase of the vocabulary is made for by a module named for its one-word name: "a content
     * delivery network" by a CDN module, "a virtual private cloud" by a VPC. Before, none of the phrase's words was in
     * such a module's id, name or resource types, and the plan said no module of the library makes it.
     */
    @Test
    void aNeedSpellingOutAVocabularyPhrase_isMadeForByAModuleNamedForItsOneWordName() {
        assertEquals(List.of("cdn", "cloudfront"), Makers.oneWordNames("a content delivery network"));
        assertEquals(List.of("addon"), Makers.oneWordNames("cluster add-ons"));
        // a group without a one-word term, or no phrase of the vocabulary at all
        assertEquals(List.of(), Makers.oneWordNames("postgres with read replicas"));
        assertEquals(List.of(), Makers.oneWordNames("content network"));
        dev.alexandria.api.Library library = RecommendFixture.sample();
        assertTrue(Makers.makesAWord(library.requireModule("vpc-basic"), "a virtual private cloud"));
        assertEquals(Set.of("virtual", "private", "cloud"),
                Makers.spelledOut(library.requireModule("vpc-basic"), "a virtual private cloud for tests"));
        assertFalse(Makers.makesAWord(library.requireModule("kms"), "a virtual private cloud"));
        assertEquals(Set.of(), Makers.spelledOut(library.requireModule("kms"), "a virtual private cloud"));
    }

    @Test
    void anUnavailableModulesId_namesTheKindsItsWordsAreWordsOf() {
        assertTrue(Makers.namesFor("sqs", "an sqs queue"));
        assertTrue(Makers.namesFor("rds-postgres", "a postgres database"));
        assertTrue(Makers.namesFor("ecr-registry", "container registry"));
        assertFalse(Makers.namesFor("sqs", "order processing"));
        assertFalse(Makers.namesFor("aws-s3", "managed queue")); // generic and short words name nothing
    }

    /**
     * A module named for a service makes a kind of it whose other words are in one of its resource types, which may
     * use an older name of the service ({@code aws_cloudwatch_event_rule} of an EventBridge module).
     */
    @Test
    void aModuleNamedForAService_makesItsKindsWhoseOtherWordsAreInOneOfItsTypes() {
        dev.alexandria.api.Library library = RecommendFixture.sample();
        assertTrue(Makers.makes(library.requireModule("eventbridge-bus"), "eventbridge rule"));
        assertTrue(Makers.makes(library.requireModule("eventbridge-bus"), "eventbridge event bus"));
        // its id names the service, not the kind's other words; nor does a module named for no word of the kind
        assertFalse(Makers.makes(library.requireModule("eventbridge-bus"), "eventbridge pipe"));
        assertFalse(Makers.makes(library.requireModule("kms"), "eventbridge rule"));
        assertFalse(Makers.makes(library.requireModule("cognito"), "iam identity center"));
    }
}
