package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A module made for another service's own use (a bucket for CloudTrail logs) answers a generic need for the thing it
 * makes ("s3 bucket", or the bucket that "uploads" imply) only when no module dedicated to that thing does, and
 * never ahead of one; a use case naming that service still gets it. An implied Auto Scaling group is met by the one
 * chosen for "autoscaling", and "shared file storage" implies an EFS file system.
 */
class OwnUseTest {

    private static final Path ROOT = Path.of("src/test/resources/libraries/recommend-own-use");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(ROOT).noCache().open();
    }

    private static List<String> ids(String useCase) {
        return RecommendFixture.ids(library.recommend().forUseCase(useCase).run());
    }

    @Test
    void anImpliedBucket_isTheDedicatedBucket_notTheOneMadeForCloudTrailLogs() {
        List<String> ids = ids("user uploads");
        assertEquals("acme-s3-bucket", ids.get(0), ids.toString());
        assertFalse(ids.contains("acme-cloudtrail-s3-bucket"), ids.toString());
    }

    @Test
    void aUseCaseNamingTheService_stillGetsTheBucketMadeForIt() {
        assertTrue(ids("cloudtrail with an s3 bucket").contains("acme-cloudtrail-s3-bucket"));
    }

    @Test
    void madeForAnother_readsTheIdPastItsFirstWord() {
        Set<String> types = Set.of("aws_s3_bucket", "aws_cloudtrail", "aws_efs_file_system");
        assertTrue(Flows.madeForAnother(library.requireModule("acme-cloudtrail-s3-bucket"), "s3 bucket",
                "file storage", types));
        assertFalse(Flows.madeForAnother(library.requireModule("acme-cloudtrail-s3-bucket"), "s3 bucket",
                "buckets for cloudtrail logs", types));
        assertFalse(Flows.madeForAnother(library.requireModule("acme-s3-bucket"), "s3 bucket", "", types));
        assertFalse(Flows.madeForAnother(library.requireModule("acme-cloudtrail"), "cloudtrail", "", types));
    }

    @Test
    void anImpliedAutoscalingGroup_isMetByTheOneChosenForAutoscaling_notASecondOne() {
        List<String> ids = ids("web application on ec2 instances with autoscaling");
        assertTrue(ids.contains("acme-ec2-autoscaling"), ids.toString());
        assertFalse(ids.contains("other-ec2-autoscale-group"), ids.toString());
    }

    @Test
    void sharedFileStorage_impliesAnEfsFileSystem() {
        assertTrue(ids("shared file storage for a fleet of application servers").contains("acme-efs"));
        assertTrue(Implied.of("shared file storage for the app servers",
                RecommendConfig.defaults().implies()).stream().anyMatch(n -> n.need().equals("efs file system")));
    }
}
