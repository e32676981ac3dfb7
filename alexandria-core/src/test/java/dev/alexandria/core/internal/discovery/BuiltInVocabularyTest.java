package dev.alexandria.core.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The built-in vocabulary knows the standard AWS names people search with: a first-time user's searches over
 * real public modules found nothing or a wrong module first for each of these (issue 11). Each document is
 * written as such modules describe themselves, next to a decoy that shares a word of the query.
 */
class BuiltInVocabularyTest {

    private static SearchIndex index() {
        SearchIndex index = new InMemorySearchIndex(new IndexSpec(Optional.empty(),
                List.of(FieldSpec.text("name", 3.0), FieldSpec.text("description", 1.5)), SearchVocabulary.forLibrary(TagTaxonomy.empty())));
        List<SearchDocument> docs = List.of(
                doc("documentdb", "documentdb-cluster", "Terraform module to provision an Amazon DocumentDB cluster."),
                doc("mq", "mq-broker", "Terraform module to provision AmazonMQ resources on AWS"),
                doc("efs", "efs", "Terraform module to provision an AWS EFS Network File System."),
                doc("key-pair", "key-pair", "Import an SSH public key file into AWS; share it with your team."),
                doc("endpoints", "vpc-endpoints", "Interface and gateway VPC endpoints for AWS services."),
                doc("private-bucket", "s3-private-bucket", "A private S3 bucket with a link to its logs bucket."),
                doc("waf", "waf", "Web ACL with managed rule groups (WAFv2)."),
                doc("web-app", "web-app-ecs", "A web app on ECS behind a load balancer, with a firewall of its own."),
                doc("s3", "s3-website", "An S3 bucket served through CloudFront."),
                doc("blog", "blog-engine", "A blog engine on EC2 for the site's static pages."),
                doc("cognito", "cognito", "Cognito user pool with a hosted UI and app clients."),
                doc("params", "ssm-parameter-store", "SSM Parameter Store hierarchy for application settings."),
                doc("roles", "iam-roles", "IAM roles for users and services, with a permissions boundary."));
        index.sync(docs.stream().map(d -> new IndexEntry(d.id(), "1", () -> d)).toList());
        return index;
    }

    private static SearchDocument doc(String id, String name, String description) {
        return SearchDocument.builder(id).text("name", name).text("description", description).build();
    }

    private static String first(SearchIndex index, String text) {
        return index.search(SearchQuery.builder().text(text).limit(3).build()).hits().stream().findFirst()
                .map(h -> h.id()).orElse("nothing");
    }

    /**
     * "ml training" is where models are trained (SageMaker, Kubeflow, KubeRay, Trainium), not any text that mentions
     * machine learning as the technique of a service; a GPU is also named by its vendor, NVIDIA.
     */
    @Test
    void mlTrainingAndGpus_findWhereModelsAreTrained_notAServiceThatUsesMachineLearning() {
        SearchIndex index = new InMemorySearchIndex(new IndexSpec(Optional.empty(),
                List.of(FieldSpec.text("name", 3.0), FieldSpec.text("description", 1.5)),
                SearchVocabulary.forLibrary(TagTaxonomy.empty())));
        List<SearchDocument> docs = List.of(
                doc("macie", "macie", "A data privacy service that uses machine learning to discover sensitive data."),
                doc("data-addons", "eks-data-addons", "Kubeflow and KubeRay operators; the NVIDIA device plugin."));
        index.sync(docs.stream().map(d -> new IndexEntry(d.id(), "1", () -> d)).toList());
        assertEquals(List.of("data-addons"), ids(index, "ml training"));
        assertEquals(List.of("data-addons"), ids(index, "gpus"));
    }

    private static List<String> ids(SearchIndex index, String text) {
        return index.search(SearchQuery.builder().text(text).limit(3).build()).hits().stream().map(h -> h.id())
                .toList();
    }

    @Test
    void standardAwsNames_findTheirModuleFirst() {
        SearchIndex index = index();
        assertEquals("documentdb", first(index, "mongodb"));
        assertEquals("documentdb", first(index, "mongo"));
        assertEquals("mq", first(index, "message broker"));
        assertEquals("efs", first(index, "file share"));
        assertEquals("endpoints", first(index, "private link"));
        assertEquals("waf", first(index, "web app firewall"));
        assertEquals("s3", first(index, "static website"));
        assertEquals("s3", first(index, "host a website"));
    }

    /**
     * An application's "auth" is a Cognito user pool's job (one way: a search for Cognito is no search for
     * authentication), and files users upload are objects in S3, not a parameter store's values. "sso" is left to
     * single sign-on's own names (Identity Center): a workforce's sign-in to AWS accounts is no user pool.
     */
    @Test
    void needsNamedByWhatTheyDo_findTheServiceThatDoesIt() {
        SearchIndex index = index();
        assertEquals("cognito", first(index, "auth"));
        assertEquals("private-bucket", first(index, "user uploads"));
        assertEquals("private-bucket", first(index, "file uploads"));
    }
}
