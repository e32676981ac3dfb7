package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.model.LibraryModule;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one rule of what an add-on of a module is, for a use case's plan ({@code --for}: "an add-on of X") and for the
 * list based on a module ({@code --based-on X}): a module that attaches to what the other is made for — named for a
 * specific service the other makes and names too (or makes, when it names none of its services), or sharing a word
 * of its id past the first — one of whose required inputs takes a resource of such a service the other makes and it
 * does not (joined by a named service alone, a resource of that service: no launch template for an ECS cluster named
 * "on AutoScaling Group" next to an Auto Scaling group module) ({@code db_instance_id} of an RDS alarms module next to an RDS cluster, {@code cluster_name} of a node
 * group next to an EKS cluster). A module placed in what the other makes on the side is none: a security group or an
 * instance taking a VPC's {@code vpc_id} or {@code subnet_id} runs in the network, though the VPC module makes a
 * default security group and an EC2 transit gateway attachment, and is no add-on of it.
 */
final class AddOns {

    private AddOns() {
    }

    /**
     * @param m        a module
     * @param services the library's services
     * @param x        another module
     * @return the input of {@code m} by which it is an add-on of {@code x}, as "name (a required input)"; empty when
     *         it is none
     */
    static Optional<String> input(LibraryModule m, Services services, LibraryModule x) {
        return exceptKinds(m, services, x, Set.of());
    }

    /**
     * {@link #input(LibraryModule, Services, LibraryModule)} where a shared word of the ids that names a kind of
     * resource of many services ({@link Wiring#kindWords}: {@code cluster} of a Kafka and a DocumentDB cluster
     * module) does not count: the list based on a module asks it of every module of the library, and such a word
     * made a database module "an add-on" of a Kafka cluster by the KMS key both take.
     *
     * @param kindWords the words that do not count
     */
    static Optional<String> exceptKinds(LibraryModule m, Services services, LibraryModule x, Set<String> kindWords) {
        Set<String> specific = new TreeSet<>();
        services.types(x).forEach(t -> Services.service(t).filter(services::specific).ifPresent(specific::add));
        if (specific.stream().noneMatch(svc -> named(m, x, svc)) && Wiring.sharedWords(m, x, kindWords) == 0) {
            return Optional.empty();
        }
        return input(m, services, x, specific);
    }

    /**
     * {@link #input(LibraryModule, Services, LibraryModule)} with the specific services {@code x} makes already known.
     *
     * @param specific the specific services {@code x} makes
     */
    static Optional<String> input(LibraryModule m, Services services, LibraryModule x, Set<String> specific) {
        if (m.id().equals(x.id())) {
            return Optional.empty();
        }
        // Joined only by a service the module is named for, it takes a resource of that service: an ECS cluster
        // "on AutoScaling Group" that takes a launch template is no add-on of an Auto Scaling group module.
        Set<String> of = Wiring.sharedWords(m, x) > 0 ? specific
                : specific.stream().filter(svc -> named(m, x, svc)).collect(java.util.stream.Collectors.toSet());
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Set<String> own = services.types(m);
        List<String> texts = services.types(x).stream().filter(t -> !own.contains(t))
                .filter(t -> Services.service(t).filter(of::contains).isPresent())
                .map(Makers::typeText).toList();
        for (ModuleFacts.Input v : ModuleFacts.inputs(m)) {
            Optional<String> noun = v.required() ? Wiring.noun(v.name()) : Optional.empty();
            if (noun.isEmpty() || Wiring.ownName(m, v.name(), noun.get())
                    || !Recommender.ofKind(m, v.name(), x, services.allTypes())) {
                continue; // of another kind than x makes: "Name of the EKS cluster" next to an ECS cluster
            }
            List<String> words = Makers.words(noun.get());
            if (!words.isEmpty() && texts.stream().anyMatch(t -> Makers.isThing(t, words))) {
                return Optional.of(v.name() + " (a required input)");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a module is named for a service ({@link Wiring#names}) that the other is made for: the other names it
     * too, or names none of the services it makes ({@code nosql-table} making {@code aws_dynamodb_table}).
     */
    private static boolean named(LibraryModule m, LibraryModule x, String service) {
        if (!Makers.longEnough(service) || !Wiring.names(m, service)) {
            return false;
        }
        return Wiring.names(x, service) || ModuleFacts.types(x).stream().map(Services::service)
                .flatMap(Optional::stream).noneMatch(s -> Wiring.names(x, s));
    }
}
