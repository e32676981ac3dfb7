package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.internal.cache.CacheInput;
import dev.alexandria.core.internal.cache.CacheOutput;
import dev.alexandria.core.internal.cache.FileStamp;
import dev.alexandria.core.internal.cache.LibraryCache;
import dev.alexandria.core.internal.inspect.ModuleConfiguration;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resources that attach to another kind of resource by an argument of a generic name, so that neither the input
 * names nor the output names of the modules say what goes with what: a WAF web ACL association protects whatever
 * ARN its {@code resource_arn} takes, a module's input feeding it is {@code associate_resource_arns}, and no word of
 * it names the load balancer or API stage it protects (issue 12: {@code --based-on waf} never
 * suggested the API Gateway a WAF protects). {@link Wiring} reads what an input's name refers to; this reads what a
 * resource type attaches to.
 *
 * <p>A small vocabulary, each entry with its source: the argument's documentation in the Terraform AWS provider
 * (registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/&lt;type without aws_&gt;), which lists the
 * kinds of resource whose ARN the argument takes. Only attachments by a generic argument are here; one whose input
 * names its target ({@code kms_key_arn}, {@code vpc_id}) is {@link Wiring}'s.
 *
 * <p>Making an attaching resource is not enough: what its argument is given ({@link #targets}) says whether it
 * attaches to a resource made elsewhere. An API module whose association's {@code resource_arn} is its own stage
 * ({@code aws_api_gateway_stage.this.arn}) protects nothing of another's, whatever else the provider lets the
 * argument take; a WAF module whose {@code resource_arn} is {@code var.associate_resource_arns[count.index]} may
 * protect any of them. The argument is read with the project's HCL reader ({@link ModuleConfiguration}), as
 * Terraform reads it; one instance reads each module's files once, and with the library's cache folder what a
 * module's attaching arguments are given is kept in one module entry of kind {@value #KIND} ({@link LibraryCache}),
 * valid while the module's configuration files are the same (names, and size and times, else content) and the
 * vocabulary is, so that a request parses only the attaching modules changed since the last. The same entry keeps
 * what {@link Flows} reads of the module's files ({@link Facts#outputTypes}, {@link Facts#inputArguments}), so that
 * wiring parses no unchanged module either.
 */
final class Attachments {

    private static final Logger LOG = LoggerFactory.getLogger(Attachments.class);

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
     * <li>{@code lambda_event_source_mapping}: "event_source_arn - Event source ARN - can be a Kinesis stream,
     * DynamoDB stream, SQS queue, MQ broker, MSK cluster or DocumentDB change stream."</li>
     * <li>{@code sns_topic_subscription}: "endpoint - Endpoint to send data to", by protocol: "sqs - Delivery of
     * JSON-encoded message to an Amazon SQS queue", "lambda - Delivery of JSON-encoded message to an AWS Lambda
     * function", "firehose - Delivery of message to an Amazon Kinesis Data Firehose delivery stream".</li>
     * </ul>
     * <p>Not here: {@code cloudwatch_event_target}'s {@code arn}, which takes almost any kind of target, so that
     * every module routing its own findings (GuardDuty, Security Hub, cluster add-ons) would go with every queue,
     * topic, function and log group.
     */
    static final List<Attach> VOCABULARY = List.of(
            new Attach("aws_lambda_event_source_mapping", "event_source_arn", "reads from", List.of("aws_sqs_queue",
                    "aws_kinesis_stream", "aws_dynamodb_table", "aws_mq_broker", "aws_msk_cluster",
                    "aws_docdb_cluster")),
            new Attach("aws_sns_topic_subscription", "endpoint", "delivers to", List.of("aws_sqs_queue",
                    "aws_lambda_function", "aws_kinesis_firehose_delivery_stream")),
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

    /** The kind of the module cache entries. */
    static final String KIND = "attachments";

    /** Raised when the payload changes; the vocabulary itself is in the entry's context. */
    static final int FORMAT = 2;

    /** How many modules' files were parsed in this JVM: what the cache saves, for tests. */
    static final AtomicInteger READS = new AtomicInteger();

    /** What each module's configuration says, by module id: read once. */
    private final Map<String, Facts> read = new HashMap<>();

    private final LibraryCache cache;
    private final Path root;

    /**
     * What the module reads of the modules it is asked about: each one's own {@code .tf} and {@code .tf.json}
     * files, once; nothing is kept.
     */
    Attachments() {
        this(LibraryCache.disabled(), null);
    }

    private Attachments(LibraryCache cache, Path root) {
        this.cache = cache;
        this.root = root;
    }

    /**
     * @param library the library; its cache folder, when it has one, keeps what each module's attaching arguments
     *                are given
     * @return the reader
     */
    static Attachments in(Library library) {
        Optional<Path> directory = library.cacheDirectory();
        if (directory.isEmpty()) {
            return new Attachments();
        }
        Path root = library.root().toAbsolutePath().normalize();
        return new Attachments(LibraryCache.in(directory.get(), root), root);
    }

    /**
     * What attaches the two modules, in either direction: one makes an attaching resource type whose argument is
     * given a resource made elsewhere ({@link #targets}: an input, or a data source of that type), and the other
     * makes a type the argument takes, which the first does not make itself.
     *
     * @param base  the module recommendations are based on
     * @param types the resource types of the base
     * @param other another module
     * @param otherTypes its resource types
     * @return the evidence, naming both resource types, the argument and the module making each; empty when
     *         nothing attaches them
     */
    Optional<String> between(LibraryModule base, Set<String> types, LibraryModule other, Set<String> otherTypes) {
        return one(base, types, other, otherTypes, true).or(() -> one(other, otherTypes, base, types, false));
    }

    private Optional<String> one(LibraryModule a, Set<String> aTypes, LibraryModule b, Set<String> bTypes,
                                 boolean aIsBase) {
        for (Attach x : VOCABULARY) {
            if (!aTypes.contains(x.from())) {
                continue;
            }
            Set<String> free = null;
            for (String t : x.to()) {
                if (bTypes.contains(t) && !aTypes.contains(t)) {
                    if (free == null) {
                        free = targets(a, x);
                    }
                    if (free.contains(t)) {
                        String owner = aIsBase ? "its " : a.id().value() + "'s ";
                        return Optional.of(owner + x.from() + " " + x.verb() + " what its " + x.argument()
                                + " takes the ARN of: " + b.id().value() + " makes " + t);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The resource types made elsewhere that a module's attaching resources may be given: every type the argument
     * takes when its value reads an input ({@code var.alb_arn}, {@code var.arns[count.index]}, {@code each.value}
     * of a {@code for_each} over an input, a local that does), the type of a data source it reads
     * ({@code data.aws_lb.this.arn}); none when it is given one of the module's own resources
     * ({@code aws_api_gateway_stage.this.arn}), a module call's output, a literal, or when it cannot be read.
     *
     * @param m an attaching module
     * @param x the attachment
     * @return the types, a subset of {@code x.to()}
     */
    Set<String> targets(LibraryModule m, Attach x) {
        return facts(m).attached().getOrDefault(x.from() + " " + x.argument(), Set.of());
    }

    /**
     * What a module's configuration says, as its HCL reader parses it; empty maps when it cannot be read.
     *
     * @param attached       what the module's attaching arguments are given ({@link #targets}), by attaching type
     *                       and argument ({@code "aws_wafv2_web_acl_association resource_arn"})
     * @param outputTypes    the managed resource types each output's value refers to, by output name: only outputs
     *                       that refer to one
     * @param inputArguments the arguments each input flows into, by input name, each as the words of its resource
     *                       type (without the provider's prefix) and of its name, in the singular: only inputs that
     *                       flow into a resource's argument
     */
    record Facts(Map<String, Set<String>> attached, Map<String, Set<String>> outputTypes,
                 Map<String, List<List<String>>> inputArguments) {
    }

    /**
     * @param m a module
     * @return what its configuration says: kept in the library's cache, else parsed, once per instance
     */
    Facts facts(LibraryModule m) {
        return read.computeIfAbsent(m.id().value(), k -> all(m));
    }

    /** What the module's configuration says: kept, else parsed. */
    private Facts all(LibraryModule m) {
        Path dir = m.directory();
        Optional<ConfigListing> listing = cache.enabled() && root != null ? ConfigListing.of(root, List.of(dir))
                : Optional.empty();
        // The entry's context: its format and the vocabulary, then the module's files.
        String context = KIND + " " + FORMAT + " " + VOCABULARY + "\n"
                + listing.map(ConfigListing::context).orElse("");
        if (listing.isPresent()) {
            ConfigListing current = listing.get();
            Optional<CacheInput> hit = cache.lookupModule(m.path(), KIND,
                    stored -> stored.equals(context) ? Optional.of(current.files()) : Optional.empty());
            if (hit.isPresent()) {
                try {
                    CacheInput in = hit.get();
                    Map<String, Set<String>> attached = new HashMap<>();
                    for (Attach x : VOCABULARY) {
                        attached.put(x.from() + " " + x.argument(), Set.copyOf(in.readStrings()));
                    }
                    Map<String, Set<String>> outputs = named(in, i -> Set.copyOf(i.readStrings()));
                    Map<String, List<List<String>>> inputs = named(in, i -> i.readList(CacheInput::readStrings));
                    if (in.atEnd()) {
                        return new Facts(attached, outputs, inputs);
                    }
                } catch (RuntimeException e) {
                    LOG.debug("ignoring the attachments entry of module {}", m.path(), e);
                }
            }
        }
        // Stamped before the files are read, so a file changed meanwhile makes the next lookup miss.
        Optional<List<FileStamp>> stamps = listing.flatMap(ConfigListing::stamps);
        READS.incrementAndGet();
        Optional<ModuleConfiguration> config = Given.read(dir);
        Given given = new Given(config.map(ModuleConfiguration::resources).orElse(List.of()));
        Map<String, Set<String>> attached = new HashMap<>();
        CacheOutput entry = CacheOutput.create();
        for (Attach x : VOCABULARY) {
            Set<String> free = given.free(x);
            attached.put(x.from() + " " + x.argument(), free);
            entry.writeStrings(List.copyOf(new TreeSet<>(free)));
        }
        Map<String, Set<String>> outputs = config.map(Flows::outputTypes).orElse(Map.of());
        Map<String, List<List<String>>> inputs = config.map(Flows::inputArguments).orElse(Map.of());
        entry.writeList(List.copyOf(new TreeSet<>(outputs.keySet())),
                (o, name) -> o.writeString(name).writeStrings(List.copyOf(new TreeSet<>(outputs.get(name)))));
        entry.writeList(List.copyOf(new TreeSet<>(inputs.keySet())),
                (o, name) -> o.writeString(name).writeList(inputs.get(name), CacheOutput::writeStrings));
        if (stamps.isPresent()) {
            cache.storeModule(m.path(), KIND, context, stamps.get(), entry);
        }
        return new Facts(attached, outputs, inputs);
    }

    /** A list of names, each with its value, as {@link #all} writes them. */
    private static <V> Map<String, V> named(CacheInput in, Function<CacheInput, V> value) {
        Map<String, V> out = new HashMap<>();
        in.readList(i -> out.put(i.readString(), value.apply(i)));
        return out;
    }

    /**
     * What a module's own configuration says, as the project's HCL reader parses it ({@link ModuleConfiguration}):
     * its resource blocks, their arguments' expressions and the references of those, with the module's locals
     * followed. Native and JSON syntax ({@code .tf.json}) alike; a comment, a string's or a heredoc's literal text is
     * no reference, while an interpolation in it is.
     */
    private record Given(List<ModuleConfiguration.Block> resources) {

        /** The module's configuration; empty when its folder does not parse. */
        static Optional<ModuleConfiguration> read(Path dir) {
            try {
                return Optional.of(ModuleConfiguration.read(dir));
            } catch (RuntimeException e) {
                LOG.debug("configuration of {} not read: {}", dir, e.getMessage());
                return Optional.empty();
            }
        }

        Set<String> free(Attach x) {
            Set<String> out = new HashSet<>();
            for (ModuleConfiguration.Block r : resources) {
                if (r.labels().isEmpty() || !r.labels().get(0).equals(x.from())) {
                    continue;
                }
                Optional<ModuleConfiguration.Expression> value = r.attribute(x.argument());
                if (value.isEmpty()) {
                    continue;
                }
                Set<ModuleConfiguration.Step> refs = new LinkedHashSet<>(value.get().references());
                if (refs.stream().anyMatch(s -> s.root().equals("each") || s.root().equals("count"))) {
                    r.attribute("for_each").ifPresent(e -> refs.addAll(e.references()));
                    r.attribute("count").ifPresent(e -> refs.addAll(e.references()));
                }
                for (ModuleConfiguration.Step step : refs) {
                    switch (step.root()) {
                        case "var" -> out.addAll(x.to());
                        case "data" -> {
                            if (x.to().contains(step.name())) {
                                out.add(step.name());
                            }
                        }
                        default -> {
                            // each/count are read with the block's for_each and count; a module call's output and
                            // the module's own resources are none made elsewhere.
                        }
                    }
                }
            }
            return Set.copyOf(out);
        }
    }
}
