package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.ComplexityTier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "'static website' implies an s3 bucket": the article goes by how the need's first word is said, and there is none
 * before a plural or a mass noun.
 */
class NeedArticleTest {

    private static String said(String need) {
        return Recommender.article(need) + need;
    }

    @Test
    void abbreviationsAreSaidLetterByLetter_wordsByTheirFirstSound() {
        assertEquals(List.of("an s3 bucket", "an sqs queue", "an sns topic", "an rds instance", "an msk kafka cluster",
                "a kms key", "a tls certificate", "a dns zone", "a vpn", "an api gateway", "an eks cluster",
                "an iam role", "a waf", "a user pool", "a utility", "an umbrella", "an unmanaged key",
                "a load balancer", "an autoscaling group", "a container registry", "credentials",
                "container orchestration", "aws config rules", "central logging", "a business process", "a "),
                List.of("s3 bucket", "sqs queue", "sns topic", "rds instance", "msk kafka cluster", "kms key",
                        "tls certificate", "dns zone", "vpn", "api gateway", "eks cluster", "iam role", "waf",
                        "user pool", "utility", "umbrella", "unmanaged key", "load balancer", "autoscaling group",
                        "container registry", "credentials", "container orchestration", "aws config rules",
                        "central logging", "business process", "").stream().map(NeedArticleTest::said).toList());
    }

    @Test
    void aReasonQuotesTheNeedWithoutItsLeadingArticle() {
        assertEquals(List.of("database", "sqs queue", "cdn", "user pool", "a", "the", "another queue", "theme"),
                List.of("a database", "an sqs queue", "The cdn", " a  user pool ", "a", "the ", "another queue",
                        "theme").stream().map(Recommender::quoted).toList());
    }

    @Test
    void theLevelAskedIsSaidWithItsArticle() {
        assertEquals("advanced for an advanced level", Parts.complexityReason(ComplexityTier.ADVANCED,
                Optional.of(ComplexityTier.ADVANCED)));
        assertEquals("basic for a standard level", Parts.complexityReason(ComplexityTier.BASIC,
                Optional.of(ComplexityTier.STANDARD)));
        assertEquals("basic (no level asked)", Parts.complexityReason(ComplexityTier.BASIC, Optional.empty()));
    }
}
