package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.model.LibraryModule;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resources that attach to another kind of resource by an argument of a generic name, so that neither the input
 * names nor the output names of the modules say what goes with what: a WAF web ACL association protects whatever
 * ARN its {@code resource_arn} takes, a module's input feeding it is {@code associate_resource_arns}, and no word of
 * it names the load balancer or API stage it protects (a trial finding of issue 12: {@code --based-on waf} never
 * suggested the API Gateway a WAF protects). {@link Wiring} reads what an input's name refers to; this reads what a
 * resource type attaches to.
 *
 * <p>A small vocabulary, each entry with its source: the argument's documentation in the Terraform AWS provider
 * (registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/&lt;type without aws_&gt;), which lists the
 * kinds of resource whose ARN the argument takes. Only attachments by a generic argument are here; one whose input
 * names its target ({@code kms_key_arn}, {@code vpc_id}) is {@link Wiring}'s.
 */
final class Attachments {

    /**
     * A resource type whose argument takes the ARN of another kind of resource.
     *
     * @param from     the attaching resource type
     * @param argument its argument that takes the other's ARN
     * @param verb     what the attaching resource does to the other, as a verb ("protects")
     * @param to       the resource types whose ARN the argument takes, as the provider's documentation lists them
     */
    record Attach(String from, String argument, String verb, List<String> to) {
    }

    /**
     * The vocabulary. Sources (Terraform AWS provider documentation, argument reference):
     * <ul>
     * <li>{@code wafv2_web_acl_association}: "resource_arn - ARN of the resource to associate with the web ACL. This
     * must be an ARN of an Application Load Balancer, an Amazon API Gateway stage (unsupported for HTTP APIs), an
     * Amazon Cognito User Pool, an Amazon AppSync GraphQL API, an Amazon App Runner service, or an Amazon Verified
     * Access instance."</li>
     * <li>{@code wafregional_web_acl_association}: "resource_arn - ARN of the resource to associate with. For example,
     * an Application Load Balancer or API Gateway Stage."</li>
     * <li>{@code shield_protection}: "resource_arn - The ARN (Amazon Resource Name) of the resource to be protected"
     * (Shield Advanced protects CloudFront distributions, Elastic Load Balancers, Global Accelerator accelerators,
     * Elastic IP addresses and Route 53 hosted zones).</li>
     * <li>{@code cloudfront_distribution}: "web_acl_id - Unique identifier that specifies the AWS WAF web ACL, if
     * any, to associate with this distribution. To specify a web ACL created using the latest version of AWS WAF
     * (WAFv2), use the ACL ARN".</li>
     * </ul>
     */
    static final List<Attach> VOCABULARY = List.of(
            new Attach("aws_wafv2_web_acl_association", "resource_arn", "protects", List.of("aws_lb", "aws_alb",
                    "aws_api_gateway_stage", "aws_cognito_user_pool", "aws_appsync_graphql_api",
                    "aws_apprunner_service", "aws_verifiedaccess_instance")),
            new Attach("aws_wafregional_web_acl_association", "resource_arn", "protects", List.of("aws_lb",
                    "aws_alb", "aws_api_gateway_stage")),
            new Attach("aws_shield_protection", "resource_arn", "protects", List.of("aws_cloudfront_distribution",
                    "aws_lb", "aws_alb", "aws_elb", "aws_globalaccelerator_accelerator", "aws_eip",
                    "aws_route53_zone")),
            new Attach("aws_cloudfront_distribution", "web_acl_id", "is protected by", List.of("aws_wafv2_web_acl",
                    "aws_waf_web_acl")));

    private Attachments() {
    }

    /**
     * What attaches the two modules, in either direction: one makes an attaching resource type and the other a
     * type its argument takes, which the first does not make itself (an API module that protects its own stage
     * with its own association attaches nothing of another's).
     *
     * @param base  the module recommendations are based on
     * @param types the resource types of the base
     * @param other another module
     * @param otherTypes its resource types
     * @return the evidence, naming both resource types, the argument and the module making each; empty when
     *         nothing attaches them
     */
    static Optional<String> between(LibraryModule base, Set<String> types, LibraryModule other,
                                    Set<String> otherTypes) {
        return one(base, types, other, otherTypes, true).or(() -> one(other, otherTypes, base, types, false));
    }

    private static Optional<String> one(LibraryModule a, Set<String> aTypes, LibraryModule b, Set<String> bTypes,
                                        boolean aIsBase) {
        for (Attach x : VOCABULARY) {
            if (!aTypes.contains(x.from())) {
                continue;
            }
            for (String t : x.to()) {
                if (bTypes.contains(t) && !aTypes.contains(t)) {
                    String owner = aIsBase ? "its " : a.id().value() + "'s ";
                    return Optional.of(owner + x.from() + " " + x.verb() + " what its " + x.argument()
                            + " takes the ARN of: " + b.id().value() + " makes " + t);
                }
            }
        }
        return Optional.empty();
    }
}
