package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MakersTest {

    private static boolean typeMakes(String type, String kind) {
        String t = Makers.typeText(type);
        List<String> words = Makers.words(kind);
        return !words.isEmpty() && words.stream().allMatch(t::contains);
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
        // The provider's prefix is not a word of the type: "aws" never matches through it.
        assertEquals("cloudwatchmetricalarm", Makers.typeText("aws_cloudwatch_metric_alarm"));
    }

    @Test
    void anUnavailableModulesId_namesTheKindsItsWordsAreWordsOf() {
        assertTrue(Makers.namesFor("sqs", "an sqs queue"));
        assertTrue(Makers.namesFor("rds-postgres", "a postgres database"));
        assertTrue(Makers.namesFor("ecr-registry", "container registry"));
        assertFalse(Makers.namesFor("sqs", "order processing"));
        assertFalse(Makers.namesFor("aws-s3", "managed queue")); // generic and short words name nothing
    }
}
