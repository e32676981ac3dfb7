package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
