package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What wires one module's output into another's input, for the list based on a module ({@code --based-on}), in
 * either direction: the evidence a use case's wiring reads ({@link Wiring#output}, the kind named by the input's
 * own words, {@link Wiring#qualifiers}, and where a one-word noun flows, {@link Flows}), with the maker named for
 * the whole thing its output gives ({@code securitygroup} for {@code additional_security_group_ids}); an output
 * of the input's own name that few modules give and whose value is a resource the maker makes
 * ({@code oidc_provider_arn} of an EKS cluster module, made of its {@code aws_iam_openid_connect_provider}, for the
 * {@code oidc_provider_arn} of a roles module); and an input whose description names the maker by its id ("for
 * example from iam-roles with create_instance_profile").
 */
final class Links {

    /** At most this share of the library's modules give an output of a name for it to tell the maker. */
    private static final double DISTINCT_SHARE = 0.25;
    /** What is not part of a module id. */
    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9-]+");
    /** Hyphens at a word's ends. */
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private final Set<String> allTypes;
    private final Map<String, Integer> makersOfOutput = new HashMap<>();
    private final int distinctLimit;
    private final Flows flows;

    /**
     * @param library  the library
     * @param allTypes the resource types its modules make
     * @param flows    where its modules' outputs and inputs go, the request's own
     */
    Links(Library library, Set<String> allTypes, Flows flows) {
        this.allTypes = allTypes;
        this.flows = flows;
        Collection<LibraryModule> modules = library.modules();
        for (LibraryModule m : modules) {
            Set<String> inputs = new HashSet<>(ModuleFacts.inputNames(m));
            for (String o : new HashSet<>(ModuleFacts.outputNames(m))) {
                if (!inputs.contains(o)) {
                    makersOfOutput.merge(o, 1, Integer::sum);
                }
            }
        }
        this.distinctLimit = Math.max(1, (int) Math.floor(modules.size() * DISTINCT_SHARE));
    }

    /**
     * A link from a maker's output to a taker's input.
     *
     * @param input  the taker's input
     * @param output the maker's output that gives it; empty when the input's description names the maker and no
     *               output is of its name
     * @param named  whether the input's description names the maker by its id
     */
    record Link(String input, Optional<String> output, boolean named) {
    }

    /**
     * @param maker a module
     * @param taker another module
     * @return the first input of the taker, in its order, that the maker's output gives or whose description names
     *         the maker; empty when none does
     */
    Optional<Link> between(LibraryModule maker, LibraryModule taker) {
        if (maker.id().equals(taker.id())) {
            return Optional.empty();
        }
        for (ModuleFacts.Input v : ModuleFacts.inputs(taker)) {
            Optional<String> noun = Wiring.noun(v.name());
            if (noun.isEmpty() || Wiring.ownName(taker, v.name(), noun.get())) {
                continue;
            }
            String description = v.description();
            Set<String> kind = Wiring.qualifiers(description, noun.get(), allTypes);
            Optional<String> out = Wiring.output(maker, v.name(), kind, description)
                    .filter(o -> flows.fits(maker, o, taker, v.name()));
            boolean named = namesId(description, maker);
            if (named || out.isPresent() && namesWhole(maker, Wiring.noun(out.get())
                    .orElse(out.get().replace('_', ' ')))) {
                return Optional.of(new Link(v.name(), out, named));
            }
            if (sameName(maker, v.name(), noun.get(), kind, description)) {
                return Optional.of(new Link(v.name(), Optional.of(v.name()), false));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a maker gives an output of the input's own name that at most {@value #DISTINCT_SHARE} of the library's
     * modules give (not passed through from an input), whose value refers to a resource it makes of the noun's last
     * word ({@code aws_iam_openid_connect_provider} for "oidc provider"), of the kind the input's words name, while
     * the input's description names another service the maker makes ("an IAM OIDC provider (EKS IRSA …)" and
     * {@code aws_eks_cluster}): what the maker is, not only what it makes on the side (a trail module's own KMS key
     * is no key for a database's {@code kms_key_arn}, nor a database's own security group one for a file system).
     */
    private boolean sameName(LibraryModule maker, String input, String noun, Set<String> kind, String description) {
        if (!ModuleFacts.outputNames(maker).contains(input) || ModuleFacts.inputNames(maker).contains(input)
                || makersOfOutput.getOrDefault(input, 0) > distinctLimit) {
            return false;
        }
        for (String q : kind) {
            if (!Wiring.names(maker, q) && ModuleFacts.types(maker).stream().noneMatch(t -> q.equals(
                    Wiring.service(t)))) {
                return false;
            }
        }
        String[] words = noun.split(" ");
        String last = words[words.length - 1];
        Set<String> referred = new HashSet<>();
        flows.madeTypes(maker, input).stream()
                .filter(t -> List.of(t.toLowerCase(Locale.ROOT).split("_")).contains(last))
                .forEach(t -> referred.add(Wiring.service(t)));
        if (referred.isEmpty()) {
            return false;
        }
        Set<String> described = new HashSet<>(Wiring.alnumRuns(description.toLowerCase(Locale.ROOT)));
        return ModuleFacts.types(maker).stream().map(Wiring::service)
                .anyMatch(x -> Makers.longEnough(x) && !referred.contains(x) && described.contains(x));
    }

    /**
     * Whether a module's id or name holds every word of the noun of the output that gives an input
     * ({@code securitygroup} of "security group", from {@code security_group_id}): the module is made for that
     * thing, not one that makes it on the side (every module with its own security group outputs one).
     */
    private static boolean namesWhole(LibraryModule m, String noun) {
        for (String w : noun.split(" ")) {
            if (!Wiring.names(m, w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a description names a module by its id, as a word of its own ("from iam-roles"): an id of several
     * words, or of one followed by "module" (a bare {@code kms} in "ARN of the KMS key" names the service).
     */
    static boolean namesId(String description, LibraryModule m) {
        String id = m.id().value();
        List<String> words = List.of(NOT_ID.split(description.toLowerCase(Locale.ROOT)));
        for (int i = 0; i < words.size(); i++) {
            String w = EDGE_HYPHENS.matcher(words.get(i)).replaceAll("");
            if (w.equals(id) && (id.contains("-") || i + 1 < words.size() && words.get(i + 1).equals("module"))) {
                return true;
            }
        }
        return false;
    }
}
