package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.internal.inspect.ModuleConfiguration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether what an output gives is what an input takes, read from where each goes, not from their names alone: the
 * resource types the output's value refers to ({@code aws_ecs_service} of an ECS service module's
 * {@code service_name}) and the resource arguments the input flows into ({@code service_name} of an
 * {@code aws_vpc_endpoint}), both as the project's HCL reader parses them ({@link ModuleConfiguration}). An argument
 * takes another kind of the same name when a resource type of the library is named by that argument's resource and
 * name together and ends as the output's type does ({@code aws_vpc_endpoint_service} for a VPC endpoint's
 * {@code service_name}), while the output's type is not ({@code aws_ecs_service}: no "ecs" there). Before, an ECS
 * service module was wired to an API Gateway module's {@code service_name}, the VPC endpoint service it connects to.
 * What cannot be read (a value from a module call, an input passed on to a module call, a folder that does not
 * parse) does not tell them apart, and fits. Only an input whose noun is one generic word is asked ({@link #asked});
 * one of several words names its kind. What each module's files say is read through {@link Attachments}, which
 * parses them once per run and keeps it in the library's cache, so that a module unchanged since an earlier run is
 * not parsed again; one instance serves a whole request, the use case's wiring and {@link Links} alike.
 */
final class Flows {

    /** Roots of a reference that are no managed resource. */
    private static final Set<String> NOT_RESOURCES = Set.of("var", "local", "module", "data", "path", "count",
            "each", "self", "terraform");

    private final Set<String> types;
    private final Attachments configs;
    /** The services making things of a noun of their own, by noun ({@link #makersOf}), made on first use. */
    private Map<String, Set<String>> makersOf;

    /**
     * @param types   the resource types the library's modules make
     * @param configs what the library's modules' files say, read once
     */
    Flows(Collection<String> types, Attachments configs) {
        this.types = Set.copyOf(types);
        this.configs = configs;
    }

    /**
     * @param input an input's name
     * @return whether where it flows is read to tell what it takes: its noun is one generic word
     *         ({@code service_name}); a noun of several words names its kind
     */
    static boolean asked(String input) {
        return Wiring.noun(input).map(n -> !n.contains(" ")).orElse(false);
    }

    /**
     * @param maker  the module whose output would be wired
     * @param output the output's name
     * @param taker  the module taking it
     * @param input  the input's name
     * @return false when the input is {@link #asked} and an argument it flows into takes another kind of the name
     *         the output's resource is of; true otherwise
     */
    boolean fits(LibraryModule maker, String output, LibraryModule taker, String input) {
        if (!asked(input)) {
            return true;
        }
        Set<String> made = madeTypes(maker, output);
        if (!ofTakersKind(made.isEmpty() ? ModuleFacts.types(maker) : made, taker, input)) {
            return false;
        }
        if (made.isEmpty()) {
            return true;
        }
        for (List<String> context : configs.facts(taker).inputArguments().getOrDefault(input, List.of())) {
            for (String t : made) {
                List<String> tw = words(t, true);
                String last = tw.get(tw.size() - 1);
                if (context.containsAll(tw)) {
                    continue;
                }
                boolean other = types.stream().filter(x -> !made.contains(x)).map(x -> words(x, true))
                        .anyMatch(xw -> xw.get(xw.size() - 1).equals(last) && context.containsAll(xw));
                if (other) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a thing of a generic noun is of a service the taking module works with, when services of the library
     * make things of that noun of their own ({@code aws_ecs_cluster}, {@code aws_eks_cluster}, {@code aws_msk_cluster}
     * for "cluster"; {@code aws_ecs_service} and {@code aws_vpclattice_service} for "service") and the input's own
     * words name no kind ({@link Wiring#qualifiers}): the maker's types holding the noun past their service word are
     * of a service the taker makes resources of, its id or name names, or the input's description names. An EKS
     * teams module's {@code cluster_arn} ("The ARN of the cluster") takes no Kafka cluster, nor an API's
     * {@code service_name} (the AWS service of its VPC endpoint) an ECS service; an ECS service module's
     * {@code cluster_arn} takes an ECS cluster. A noun that one service alone makes things of names its kind (an
     * ACM certificate for a load balancer's {@code certificate_arn}).
     *
     * @param made the maker's resource types the output refers to (all it makes when that cannot be read)
     */
    private boolean ofTakersKind(Collection<String> made, LibraryModule taker, String input) {
        if (makersOf == null) {
            makersOf = makersOf(types);
        }
        return ofTakersKind(made, taker, input, types, makersOf);
    }

    /**
     * {@link #ofTakersKind(Collection, LibraryModule, String)} for an input of one generic word ({@link #asked}),
     * true for another.
     *
     * @param types    the resource types the library's modules make
     * @param makersOf {@link #makersOf(Collection)} of them; null to make it when needed
     */
    static boolean ofTakersKind(Collection<String> made, LibraryModule taker, String input, Collection<String> types,
                                Map<String, Set<String>> makersOf) {
        if (!asked(input)) {
            return true;
        }
        String noun = Wiring.noun(input).orElse("");
        Set<String> services = new HashSet<>();
        for (String t : made) {
            List<String> w = words(t, true);
            if (w.size() > 1 && w.subList(1, w.size()).contains(noun)) {
                services.add(w.get(0));
            }
        }
        if (services.isEmpty() || (makersOf == null ? makersOf(types) : makersOf).getOrDefault(noun, Set.of())
                .size() < 2) {
            return true;
        }
        String description = ModuleFacts.inputs(taker).stream().filter(v -> v.name().equals(input))
                .map(ModuleFacts.Input::description).filter(java.util.Objects::nonNull).findFirst().orElse("");
        if (!Wiring.qualifiers(description, noun, types).isEmpty()) {
            return true;
        }
        Set<String> worksWith = new HashSet<>(Wiring.alnumRuns(description.toLowerCase(Locale.ROOT)));
        ModuleFacts.types(taker).forEach(t -> Services.service(t).ifPresent(worksWith::add));
        return services.stream().anyMatch(s -> worksWith.contains(s) || Makers.longEnough(s) && Wiring.names(taker,
                s));
    }

    /**
     * @param types resource types
     * @return by noun of one word, the services of the types that are the service and the noun alone
     *         ({@code ecs} of {@code aws_ecs_cluster} for "cluster")
     */
    static Map<String, Set<String>> makersOf(Collection<String> types) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String t : types) {
            List<String> w = words(t, true);
            if (w.size() == 2) {
                out.computeIfAbsent(w.get(1), k -> new HashSet<>()).add(w.get(0));
            }
        }
        return out;
    }

    /**
     * Whether what a module makes of the kind an input takes is made for the module's own purpose rather than to be
     * given to others: past its first word, the module's id names a cloud service of the library other than the one
     * of what the input takes ({@code cloudfront} of {@code cloudposse-cloudfront-s3-cdn}, whose bucket is the
     * distribution's origin; {@code cloudtrail} and {@code vpc} of buckets made for CloudTrail or VPC flow logs),
     * and neither the input's name and description nor the taking module's id name any of those services (the
     * {@code source_bucket_arn} of an Airflow environment, its DAGs; the {@code s3_bucket_name} an audit trail
     * writes to). A bucket made for CloudTrail logs still fits an input described as "the bucket for CloudTrail
     * logs", and a module named for nothing more than what it makes ({@code cloudposse-s3-bucket}) fits any.
     *
     * @param maker    the module that makes what the input takes
     * @param taker    the module the input is of
     * @param input    the input's name
     * @param types    the resource types the library's modules make
     * @return true when the link would give away what the maker makes for itself
     */
    static boolean madeForItself(LibraryModule maker, LibraryModule taker, String input, Set<String> types) {
        java.util.Optional<String> noun = Wiring.noun(input);
        if (noun.isEmpty()) {
            return false;
        }
        Set<String> purposes = purposes(maker, List.of(noun.get().split(" ")), types);
        if (purposes.isEmpty()) {
            return false;
        }
        String description = ModuleFacts.inputs(taker).stream().filter(v -> v.name().equals(input))
                .map(ModuleFacts.Input::description).filter(java.util.Objects::nonNull).findFirst().orElse("");
        Set<String> said = new HashSet<>(words(input, false));
        said.addAll(words(taker.id().value().replace('-', '_'), false));
        said.addAll(words(description.replaceAll("[^A-Za-z0-9]+", "_"), false));
        return purposes.stream().noneMatch(said::contains);
    }

    /**
     * Whether a module is made for another service's own use than a generic need for the thing it makes: past its
     * first word, its id names a cloud service of the library that neither the need's words nor the thing the need
     * ends on name ({@code cloudtrail} of {@code cloudposse-cloudtrail-s3-bucket} for "s3 bucket", "data lake" or
     * "file storage"), as {@link #madeForItself} reads it for an input. Such a module answers the need only behind
     * one named for nothing more than what it makes ({@code cloudposse-s3-bucket}).
     *
     * @param m     a module answering the need
     * @param need  the need, in words ("s3 bucket")
     * @param said  other words said with the need (those implying it): a service they name is the need's too
     * @param types the resource types the library's modules make
     * @return true when the module's id names a service the need does not
     */
    static boolean madeForAnother(LibraryModule m, String need, String said, Set<String> types) {
        List<String> needWords = words(need.replaceAll("[^A-Za-z0-9]+", "_"), false);
        if (needWords.isEmpty()) {
            return false;
        }
        Set<String> purposes = purposes(m, needWords, types);
        purposes.removeAll(words(said.replaceAll("[^A-Za-z0-9]+", "_"), false));
        return !purposes.isEmpty();
    }

    /**
     * The services a module's id names past its first word other than those of a thing (the thing's words, and the
     * services of the library's resource types holding its last word: s3 of a bucket, whether the module makes it
     * or a module it calls).
     */
    private static Set<String> purposes(LibraryModule maker, List<String> thingWords, Set<String> types) {
        String thing = thingWords.get(thingWords.size() - 1);
        Set<String> own = new HashSet<>(thingWords);
        Set<String> services = new HashSet<>();
        for (String t : types) {
            Services.service(t).ifPresent(services::add);
            if (words(t, true).contains(thing)) {
                Services.service(t).ifPresent(own::add);
            }
        }
        List<String> id = words(maker.id().value().replace('-', '_'), false);
        Set<String> purposes = new HashSet<>();
        for (int i = 1; i < id.size(); i++) {
            if (services.contains(id.get(i)) && !own.contains(id.get(i))) {
                purposes.add(id.get(i));
            }
        }
        return purposes;
    }

    /** The managed resource types an output's value refers to; empty when it refers to none or cannot be read. */
    Set<String> madeTypes(LibraryModule maker, String output) {
        return configs.facts(maker).outputTypes().getOrDefault(output, Set.of());
    }

    /**
     * @param c a module's configuration
     * @return the managed resource types each output's value refers to, by output name (outputs that refer to one)
     */
    static Map<String, Set<String>> outputTypes(ModuleConfiguration c) {
        Map<String, Set<String>> out = new HashMap<>();
        for (ModuleConfiguration.Block o : c.outputs()) {
            if (o.labels().size() == 1) {
                o.attribute("value").ifPresent(e -> e.references().stream()
                        .filter(s -> !NOT_RESOURCES.contains(s.root()) && s.root().contains("_"))
                        .forEach(s -> out.computeIfAbsent(o.labels().get(0), k -> new HashSet<>()).add(s.root())));
            }
        }
        return out;
    }

    /**
     * @param c a module's configuration
     * @return each argument of a resource (and of its nested blocks) whose expression reads an input, by input name,
     *         as the words of the resource's type and of the argument's name, in the configuration's order
     */
    static Map<String, List<List<String>>> inputArguments(ModuleConfiguration c) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (ModuleConfiguration.Block r : c.resources()) {
            if (!r.labels().isEmpty()) {
                arguments(r, words(r.labels().get(0), true), out);
            }
        }
        return out;
    }

    private static void arguments(ModuleConfiguration.Block b, List<String> resource,
                                  Map<String, List<List<String>>> out) {
        for (String a : b.attributeNames()) {
            b.attribute(a).ifPresent(e -> {
                for (String input : e.variables()) {
                    List<String> context = new ArrayList<>(resource);
                    context.addAll(words(a, false));
                    out.computeIfAbsent(input, k -> new ArrayList<>()).add(context);
                }
            });
        }
        for (ModuleConfiguration.Block nested : b.blocks()) {
            arguments(nested, resource, out);
        }
    }

    /** The words of a name in the singular; of a resource type, without its provider's prefix. */
    private static List<String> words(String name, boolean type) {
        String[] p = name.toLowerCase(Locale.ROOT).split("_");
        List<String> out = new ArrayList<>();
        for (int i = type && p.length > 1 ? 1 : 0; i < p.length; i++) {
            if (!p[i].isEmpty()) {
                out.add(Wiring.singular(p[i]));
            }
        }
        return out;
    }
}
