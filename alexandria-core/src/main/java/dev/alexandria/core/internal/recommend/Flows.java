package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.internal.inspect.ModuleConfiguration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * parse) does not tell them apart, and fits.
 */
final class Flows {

    private static final Logger LOG = LoggerFactory.getLogger(Flows.class);
    /** Roots of a reference that are no managed resource. */
    private static final Set<String> NOT_RESOURCES = Set.of("var", "local", "module", "data", "path", "count",
            "each", "self", "terraform");

    private final Set<String> types;
    private final Map<String, ModuleConfiguration> read = new HashMap<>();

    /** @param types the resource types the library's modules make */
    Flows(Collection<String> types) {
        this.types = Set.copyOf(types);
    }

    /**
     * @param maker  the module whose output would be wired
     * @param output the output's name
     * @param taker  the module taking it
     * @param input  the input's name
     * @return false when an argument the input flows into takes another kind of the name the output's resource is
     *         of; true otherwise
     */
    boolean fits(LibraryModule maker, String output, LibraryModule taker, String input) {
        Set<String> made = madeTypes(maker, output);
        if (made.isEmpty()) {
            return true;
        }
        List<List<String>> arguments = new ArrayList<>();
        ModuleConfiguration c = config(taker);
        if (c == null) {
            return true;
        }
        for (ModuleConfiguration.Block r : c.resources()) {
            if (!r.labels().isEmpty()) {
                arguments(r, words(r.labels().get(0), true), input, arguments);
            }
        }
        for (List<String> context : arguments) {
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

    /** Each argument of a block and of its nested blocks whose expression reads the input, as its words in context. */
    private static void arguments(ModuleConfiguration.Block b, List<String> resource, String input,
                                  List<List<String>> out) {
        for (String a : b.attributeNames()) {
            if (b.attribute(a).map(e -> e.variables().contains(input)).orElse(false)) {
                List<String> context = new ArrayList<>(resource);
                context.addAll(words(a, false));
                out.add(context);
            }
        }
        for (ModuleConfiguration.Block nested : b.blocks()) {
            arguments(nested, resource, input, out);
        }
    }

    /** The managed resource types an output's value refers to; empty when it refers to none or cannot be read. */
    Set<String> madeTypes(LibraryModule maker, String output) {
        ModuleConfiguration c = config(maker);
        Set<String> out = new HashSet<>();
        if (c == null) {
            return out;
        }
        for (ModuleConfiguration.Block o : c.outputs()) {
            if (o.labels().equals(List.of(output))) {
                o.attribute("value").ifPresent(e -> e.references().stream()
                        .filter(s -> !NOT_RESOURCES.contains(s.root()) && s.root().contains("_"))
                        .forEach(s -> out.add(s.root())));
            }
        }
        return out;
    }

    private ModuleConfiguration config(LibraryModule m) {
        return read.computeIfAbsent(m.id().value(), k -> {
            try {
                return ModuleConfiguration.read(m.directory());
            } catch (RuntimeException e) {
                LOG.debug("configuration of {} not read for wiring: {}", m.id(), e.getMessage());
                return null;
            }
        });
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
