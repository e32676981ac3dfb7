package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cloud services each module makes resources of ({@code aws_ecs_service} is of service {@code ecs}), to find
 * modules of the library that make what a pattern declares itself, in its own files or in its own submodules
 * ({@code ./modules/…}).
 *
 * <p>A service counts only when it is specific: made by at most a quarter of the library's modules
 * ({@value #SPECIFIC_SHARE}), so IAM roles, security groups and log groups, which most modules make on the side,
 * do not count. For a service the pattern declares, the stand-ins are, while a declared type of it is not made
 * yet, of the modules whose id or name names the service and make such a type, the one making most of them, then
 * the one making the fewest resource types in all (the most focused), then by id (an ECS cluster module, then an
 * ECS service module); when no module names it, the most focused module making every declared type of it. Services are taken in the order of how many resources
 * of each the pattern declares, most first, then by name.
 */
final class Services {

    private static final Logger LOG = LoggerFactory.getLogger(Services.class);
    /** The largest share of the library's modules that may make a service for it to be specific. */
    static final double SPECIFIC_SHARE = 0.25;

    private final List<LibraryModule> modules;
    private final Map<String, Set<String>> typesOf = new HashMap<>();
    private final Map<String, Integer> modulesPerService = new HashMap<>();
    /** The union of {@link #typesOf}, made on first use ({@link #allTypes}). */
    private Set<String> allTypes;
    /** The services a module of the library is made for ({@link #made}), made on first use. */
    private Set<String> namedServices;

    private Services(Library library) {
        this.modules = library.modules().stream().filter(m -> m.layer() != Layer.PATTERNS).toList();
        for (LibraryModule m : modules) {
            Set<String> types = new TreeSet<>();
            types.addAll(ModuleFacts.types(m));
            typesOf.put(m.id().value(), types);
            types.stream().map(Services::service).flatMap(Optional::stream).distinct()
                    .forEach(s -> modulesPerService.merge(s, 1, Integer::sum));
        }
        if (library instanceof ModuleFacts.Keeper k) {
            k.keepOwnFacts(); // the next run reads every module's resource types and calls from a stat per file
        }
    }

    /**
     * @param a a module
     * @param b another
     * @return whether both make a service that is specific (at most {@value #SPECIFIC_SHARE} of the library's
     *         modules make it) or that both ids or names name ({@code vpc} of two VPC modules): an alternative of the
     *         same kind, not just of the same category; true as well when either makes no resource (nothing tells
     *         them apart)
     */
    boolean shareSpecific(LibraryModule a, LibraryModule b) {
        return shareSpecific(a, b, Set.of());
    }

    /**
     * {@link #shareSpecific(LibraryModule, LibraryModule)} but for the services of a third module: two modules that
     * both go with an EKS cluster share EKS because each takes the cluster, not because one could take the other's
     * place.
     *
     * @param except a module whose services do not count
     */
    boolean shareSpecific(LibraryModule a, LibraryModule b, LibraryModule except) {
        return shareSpecific(a, b, servicesOf(except));
    }

    private boolean shareSpecific(LibraryModule a, LibraryModule b, Set<String> except) {
        int limit = (int) Math.floor(modules.size() * SPECIFIC_SHARE);
        Set<String> sa = servicesOf(a);
        Set<String> sb = servicesOf(b);
        if (sa.isEmpty() || sb.isEmpty()) {
            return true;
        }
        return sb.stream().filter(sa::contains).filter(x -> !except.contains(x))
                .anyMatch(x -> modulesPerService.getOrDefault(x, 0) <= limit
                        || Wiring.names(a, x) && Wiring.names(b, x));
    }

    /**
     * @param service a word
     * @return whether a module of the library (patterns aside) is made for the cloud service it names: makes a
     *         resource of it and names it in its id or name ({@link Wiring#names}: {@code dynamodb} of a DynamoDB
     *         table module), not only a word after a provider's ({@code cluster} of {@code kubernetes_cluster_role})
     */
    boolean made(String service) {
        if (namedServices == null) {
            Set<String> named = new java.util.HashSet<>();
            for (LibraryModule m : modules) {
                typesOf.get(m.id().value()).stream().map(Services::service).flatMap(Optional::stream)
                        .filter(x -> !named.contains(x) && Wiring.names(m, x)).forEach(named::add);
            }
            namedServices = Set.copyOf(named);
        }
        return namedServices.contains(service);
    }

    /**
     * @param service a cloud service ({@link #service})
     * @return whether at most {@value #SPECIFIC_SHARE} of the library's modules (patterns aside) make it
     */
    boolean specific(String service) {
        int n = modulesPerService.getOrDefault(service, 0);
        return n > 0 && n <= (int) Math.floor(modules.size() * SPECIFIC_SHARE);
    }

    /** @return the resource types the library's modules (not patterns) manage */
    Set<String> allTypes() {
        if (allTypes == null) {
            Set<String> all = new java.util.HashSet<>();
            typesOf.values().forEach(all::addAll);
            allTypes = Set.copyOf(all);
        }
        return allTypes;
    }

    /** @return the resource types a module of the library (not a pattern) manages, sorted */
    Set<String> types(LibraryModule m) {
        return typesOf.getOrDefault(m.id().value(), Set.of());
    }

    private static Set<String> servicesOf(LibraryModule m) {
        Set<String> out = new TreeSet<>();
        for (String t : ModuleFacts.types(m)) {
            service(t).ifPresent(out::add);
        }
        return out;
    }

    static Services of(Library library) {
        return new Services(library);
    }

    /**
     * Terraform's own utility providers: their resources ({@code random_string}, {@code null_resource},
     * {@code tls_private_key}, {@code time_sleep}, {@code terraform_data} …) are helpers inside a configuration,
     * not infrastructure of a cloud service, so no module stands in for them and no module makes a service by them.
     */
    private static final Set<String> UTILITY_PROVIDERS = Set.of("random", "null", "time", "tls", "local",
            "archive", "template", "external", "http", "terraform", "cloudinit");

    /**
     * @return the service of a resource type: the word after the provider's ({@code ecs} of aws_ecs_service); none
     *         for a resource of a utility provider ({@code random_string})
     */
    static Optional<String> service(String type) {
        String[] p = type.split("_");
        return p.length >= 2 && !UTILITY_PROVIDERS.contains(p[0]) ? Optional.of(p[1]) : Optional.empty();
    }

    /**
     * @param pattern a pattern
     * @param chosen  modules already chosen, whose services count as made
     * @return one stand-in per specific service the pattern declares resources of that no chosen module makes
     */
    List<Recommender.StandIn> standIns(LibraryModule pattern, Collection<LibraryModule> chosen) {
        Map<String, List<String>> declared = new TreeMap<>();
        for (String type : declaredTypes(pattern)) {
            service(type).ifPresent(s -> declared.computeIfAbsent(s, k -> new ArrayList<>()).add(type));
        }
        Set<String> made = new TreeSet<>();
        for (LibraryModule m : chosen) {
            typesOf.getOrDefault(m.id().value(), Set.of()).stream().map(Services::service)
                    .flatMap(Optional::stream).forEach(made::add);
        }
        int limit = (int) Math.floor(modules.size() * SPECIFIC_SHARE);
        List<String> services = declared.keySet().stream()
                .filter(s -> !made.contains(s) && modulesPerService.getOrDefault(s, 0) <= limit)
                .sorted(Comparator.comparingInt((String s) -> -declared.get(s).size()).thenComparing(s -> s))
                .toList();
        List<Recommender.StandIn> out = new ArrayList<>();
        Set<String> madeTypes = new TreeSet<>();
        for (LibraryModule m : chosen) {
            madeTypes.addAll(typesOf.getOrDefault(m.id().value(), Set.of()));
        }
        for (String service : services) {
            Set<String> wanted = new TreeSet<>(declared.get(service));
            wanted.removeAll(madeTypes);
            // One module after another while one that names the service makes a declared type not made yet (an
            // ECS cluster, then the ECS service and task definition).
            while (!wanted.isEmpty()) {
                Optional<LibraryModule> next = modules.stream()
                        .filter(m -> Wiring.names(m, service))
                        .filter(m -> typesOf.get(m.id().value()).stream().anyMatch(wanted::contains))
                        .min((a, b) -> {
                            // Most wanted types made, then fewest types, then by id; written out: comparingLong's
                            // serializable lambda is one JDK 17's start-up archive cannot hold.
                            int byWanted = Long.compare(
                                    -typesOf.get(a.id().value()).stream().filter(wanted::contains).count(),
                                    -typesOf.get(b.id().value()).stream().filter(wanted::contains).count());
                            if (byWanted != 0) {
                                return byWanted;
                            }
                            int bySize = Integer.compare(typesOf.get(a.id().value()).size(),
                                    typesOf.get(b.id().value()).size());
                            return bySize != 0 ? bySize : a.id().value().compareTo(b.id().value());
                        });
                if (next.isEmpty() && out.stream().noneMatch(x -> x.call().equals(service))) {
                    // No module names the service: one that makes every declared type of it alone, the most
                    // focused (a key-value table module for the pattern's DynamoDB table); a module making one
                    // type of it on the side (a route of a WAN module, the Elastic IP of a bastion) does not.
                    Set<String> all = wanted;
                    next = modules.stream().filter(m -> typesOf.get(m.id().value()).containsAll(all))
                            .min(Comparator.comparingInt((LibraryModule m) -> typesOf.get(m.id().value()).size())
                                    .thenComparing(m -> m.id().value()));
                }
                if (next.isEmpty()) {
                    break;
                }
                out.add(new Recommender.StandIn(service, next.get()));
                wanted.removeAll(typesOf.get(next.get().id().value()));
            }
        }
        return out;
    }

    /** The resource types a pattern declares in its own files and in its own submodules (relative calls inside it). */
    static Set<String> declaredTypes(LibraryModule pattern) {
        Set<String> types = new TreeSet<>();
        types.addAll(ModuleFacts.types(pattern));
        Path dir = pattern.directory().toAbsolutePath().normalize();
        Set<Path> seen = new TreeSet<>();
        ModuleInspector inspector = new ModuleInspector();
        List<ModuleCallRef> calls = new ArrayList<>(ModuleFacts.calls(pattern));
        // The folder each call was read from, by index: not a map keyed by the calls, whose record hashCode is bound
        // through invokedynamic (ObjectMethods) on first use and generated ~10 classes at run time per recommendation.
        List<Path> from = new ArrayList<>(Collections.nCopies(calls.size(), dir));
        for (int i = 0; i < calls.size() && seen.size() < 50; i++) {
            ModuleCallRef c = calls.get(i);
            String s = c.source().strip();
            if (!s.startsWith("./") && !s.startsWith("../")) {
                continue;
            }
            Path sub = from.get(i).resolve(s).normalize();
            if (!sub.startsWith(dir) || sub.equals(dir) || !Files.isDirectory(sub) || !seen.add(sub)) {
                continue;
            }
            try {
                ModuleInterface spec = inspector.inspect(sub);
                spec.managedResources().forEach(r -> types.add(r.type()));
                for (ModuleCallRef inner : spec.moduleCalls()) {
                    calls.add(inner);
                    from.add(sub);
                }
            } catch (RuntimeException e) {
                LOG.debug("submodule {} of {} not read for recommendations: {}", sub, pattern.id(), e.getMessage());
            }
        }
        return types;
    }
}
