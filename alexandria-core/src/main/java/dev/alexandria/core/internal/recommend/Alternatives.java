package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import java.util.Optional;
import java.util.Set;

/**
 * The rule of what an alternative is in the list based on a module ({@code --based-on}): a module that could take
 * another's place. A use case's plan ({@code --for}) keeps its own rule ({@link Recommender#alternative}), which looks
 * only at what both make. Two modules are alternatives when they are
 * of the same category, make the same kind of thing — a resource type of a cloud service that both ids or names name
 * ({@code aws_vpc} of {@code vpc-basic} and {@code vpc-standard}), or, both making resources, a specific service
 * as the same thing ({@link Services#shareSpecific}, {@link #sameThing}: {@code rds-postgres} and
 * {@code rds-aurora}) — and neither goes with the other
 * ({@link #companion}). A module that
 * takes what another makes — one uses the other, an input of one takes what the other is named for, a resource of
 * one attaches to a resource of the other, or one is an add-on of the other ({@link AddOns}) — is never its
 * alternative, however much of the same service both make
 * (the EKS add-ons module next to the EKS cluster whose name and endpoint it takes).
 */
final class Alternatives {

    private final Services services;
    private final Relations relations;
    private final Attachments attachments;

    /**
     * @param services    the library's services
     * @param relations   the library's module relations (dependencies and dependents)
     * @param attachments what the library's attaching resources are given
     */
    Alternatives(Services services, Relations relations, Attachments attachments) {
        this.services = services;
        this.relations = relations;
        this.attachments = attachments;
    }

    /**
     * @param library the library
     * @return the rule over its modules
     */
    static Alternatives in(Library library) {
        return new Alternatives(Services.of(library), Relations.of(library), Attachments.in(library));
    }

    /** @return what the library's attaching resources are given, read once for this rule and its list */
    Attachments attachments() {
        return attachments;
    }

    /**
     * Whether two modules could take each other's place.
     *
     * @param a a module
     * @param b another module
     * @return true when they are of the same category, make the same kind of thing and neither goes with the other
     */
    boolean of(LibraryModule a, LibraryModule b) {
        return !a.id().equals(b.id()) && a.category().equals(b.category())
                && (sameKind(a, b) || makesAService(a) && makesAService(b) && services.shareSpecific(a, b)
                && sameThing(a, b) && ownServicesMet(a, b) && ownServicesMet(b, a))
                && companion(a, b).isEmpty();
    }

    /**
     * Whether two modules listed around a third ({@code --based-on} it) could take each other's place: as
     * {@link #of(LibraryModule, LibraryModule)}, and when neither is the third, of the same kind
     * ({@link #sameKind}), or, neither being an add-on of the third ({@link AddOns}), sharing a specific service the
     * third does not make. Two modules that both take an EKS cluster (a node group, an add-ons module) make EKS
     * resources, or nothing that tells them apart, because each goes with the cluster; that does not make one
     * stand in for the other, while the VPC tiers (the same {@code aws_vpc}) or two database modules around a VPC
     * do. Before, the add-ons modules of an EKS cluster were named as alternatives of its node group.
     *
     * @param a      a module
     * @param b      another module
     * @param around the module the list is based on
     * @return whether they are alternatives in that list
     */
    boolean of(LibraryModule a, LibraryModule b, LibraryModule around) {
        if (a.id().equals(around.id()) || b.id().equals(around.id())) {
            return of(a, b);
        }
        if (!of(a, b)) {
            return false;
        }
        return sameKind(a, b) || AddOns.input(a, services, around).isEmpty()
                && AddOns.input(b, services, around).isEmpty() && services.shareSpecific(a, b, around);
    }

    /**
     * Whether a module makes or names each service another is named for and makes ({@code cloudfront} of a
     * CloudFront CDN module, {@code rds} of an Aurora module): sharing a service one makes on the side (the CDN's
     * origin bucket, a table's autoscaling next to a database cluster's) is no sign that one could take the other's
     * place. Before, the bucket modules were called alternatives of a CDN, and a DynamoDB table one of an RDS
     * cluster. A module naming the service without making it ({@code rds-postgres}, whose {@code aws_db_instance}
     * the provider does not spell "rds") meets it.
     */
    private static boolean ownServicesMet(LibraryModule a, LibraryModule b) {
        Set<String> made = new java.util.HashSet<>();
        ModuleFacts.types(b).forEach(t -> Services.service(t).ifPresent(made::add));
        return ModuleFacts.types(a).stream().map(Services::service).flatMap(Optional::stream).distinct()
                .filter(x -> Wiring.names(a, x)).allMatch(x -> made.contains(x) || Wiring.names(b, x));
    }

    /**
     * Whether both make a resource of a specific service ({@link Services#specific}) that is the same thing, the
     * last word of its type: the {@code instance} of {@code aws_db_instance} and {@code aws_rds_cluster_instance}
     * (two databases). Sharing a service is not enough: an EKS node group and an EKS add-ons module
     * ({@code aws_eks_node_group}, {@code aws_eks_addon}), or an ECS cluster and an ECS service, make different
     * things of it, and a module whose resources are all of other services (one that calls other modules) makes
     * none of its things. Where one makes no resource at all, nothing tells them apart.
     */
    private boolean sameThing(LibraryModule a, LibraryModule b) {
        if (ModuleFacts.types(a).isEmpty() || ModuleFacts.types(b).isEmpty()) {
            return true;
        }
        Set<String> things = new java.util.HashSet<>();
        for (String t : ModuleFacts.types(b)) {
            if (Services.service(t).filter(services::specific).isPresent()) {
                things.add(t.substring(t.lastIndexOf('_') + 1));
            }
        }
        return ModuleFacts.types(a).stream().filter(t -> Services.service(t).filter(services::specific).isPresent())
                .anyMatch(t -> things.contains(t.substring(t.lastIndexOf('_') + 1)));
    }

    /**
     * Whether a module makes a resource of a cloud service itself, or is no pattern: a pattern making none (it
     * composes others) shares no kind with another by making nothing (two patterns of one category, one for batch
     * jobs, one for a web application, are none).
     */
    private static boolean makesAService(LibraryModule m) {
        return m.layer() != dev.alexandria.api.model.Layer.PATTERNS
                || ModuleFacts.types(m).stream().anyMatch(t -> Services.service(t).isPresent());
    }

    /**
     * Whether both make a resource type of a cloud service that both ids or names name ({@code aws_vpc} of
     * {@code vpc-basic} and {@code vpc-standard}). An add-on of the same service makes other types of it
     * ({@code aws_eks_node_group} next to {@code aws_eks_cluster}), so it is of another kind.
     */
    static boolean sameKind(LibraryModule a, LibraryModule b) {
        Set<String> bTypes = Set.copyOf(ModuleFacts.types(b));
        return ModuleFacts.types(a).stream().anyMatch(t -> bTypes.contains(t) && Services.service(t)
                .filter(x -> Wiring.names(a, x) && Wiring.names(b, x)).isPresent());
    }

    /**
     * Why one module goes with the other rather than in its place, said of {@code b} next to {@code a}: one uses
     * the other (declared {@code requires} or a module call), an input of one takes what the other is named for
     * ({@link Recommender#takenInput}), one is an add-on of the other ({@link AddOns}), or a resource of one
     * attaches to a resource the other makes ({@link Attachments}).
     *
     * @param a a module
     * @param b another module
     * @return the reason ("it uses eks-standard", "it takes cluster_name, which eks-standard makes"), empty when
     *         neither goes with the other
     */
    Optional<String> companion(LibraryModule a, LibraryModule b) {
        String aId = a.id().value();
        String bId = b.id().value();
        if (relations.dependencies(aId).contains(bId)) {
            return Optional.of(aId + " uses it");
        }
        if (relations.dependencies(bId).contains(aId)) {
            return Optional.of("it uses " + aId);
        }
        // An input taking a bare noun of several services' kinds ("cluster_name") takes the kind its description
        // names ("Name of the EKS cluster"): an EKS add-on is no companion of an ECS cluster (Recommender#ofKind).
        Set<String> all = services.allTypes();
        return Recommender.takenInput(b, services, a).filter(in -> Recommender.ofKind(b, in, a, all))
                .map(in -> "it takes " + in + ", which " + aId + " makes")
                .or(() -> Recommender.takenInput(a, services, b).filter(in -> Recommender.ofKind(a, in, b, all))
                        .map(in -> aId + " takes " + in + ", which " + bId + " makes"))
                .or(() -> AddOns.input(b, services, a).map(in -> "an add-on of " + aId + ": takes " + in))
                .or(() -> AddOns.input(a, services, b).map(in -> aId + " is an add-on of it: takes " + in))
                .or(() -> attachments.between(a, Set.copyOf(ModuleFacts.types(a)), b,
                        Set.copyOf(ModuleFacts.types(b))));
    }
}
