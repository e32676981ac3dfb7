package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.model.Evidence;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.ProviderException;
import dev.alexandria.spi.evidence.EvidenceRequest;
import dev.alexandria.spi.evidence.EvidenceSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence sources of a lifecycle: the built-in one (the {@code evidence:} block), those a host registered
 * with {@code Alexandria.builder().evidenceSource(…)} and those found with {@link ServiceLoader} (unless discovery
 * is off), by descending priority, ties by name. A provider that fails to load, has no usable
 * descriptor, or uses the reserved {@code alexandria-} prefix is skipped and logged; two with one name are an
 * error. Every call into a provider is guarded: an exception becomes a {@link ProviderException} naming it.
 * Immutable once built.
 */
public final class EvidenceSources {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceSources.class);

    /** The built-in source, {@code alexandria-evidence-block}: the {@code evidence:} block of the module. */
    static final ProviderDescriptor BLOCK = new ProviderDescriptor("alexandria-evidence-block", 0,
            EvidenceSource.SPI_VERSION);

    /** How the checklist names the built-in source. */
    static final String BLOCK_LABEL = ".alexandria.yaml";

    private static volatile EvidenceSources discovered;

    private final List<EvidenceSource> providers;

    EvidenceSources(List<EvidenceSource> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The sources found on Alexandria's class loader, once per process (the class path does not change). */
    static EvidenceSources discovered() {
        EvidenceSources d = discovered;
        if (d == null) {
            d = new EvidenceSources(discover(EvidenceSource.class.getClassLoader()));
            discovered = d;
        }
        return d;
    }

    /**
     * The sources a host registered, with those found on a class loader.
     *
     * @param loader     where to discover providers; empty: discovery is off
     * @param registered the host's sources; a registered source replaces a discovered one of the same class
     * @return the sources
     * @throws ProviderException if two sources of different classes have one name
     */
    public static EvidenceSources of(java.util.Optional<ClassLoader> loader, List<EvidenceSource> registered) {
        Objects.requireNonNull(loader, "loader");
        List<EvidenceSource> all = new ArrayList<>(List.copyOf(registered));
        if (loader.isPresent()) {
            for (EvidenceSource found : loaded(loader.get())) {
                if (all.stream().noneMatch(r -> r.getClass().equals(found.getClass()))) {
                    all.add(found);
                }
            }
        }
        return new EvidenceSources(checked(all));
    }

    static List<EvidenceSource> discover(ClassLoader loader) {
        return checked(loaded(loader));
    }

    /** The providers ServiceLoader finds; one that fails to load is skipped and logged. */
    private static List<EvidenceSource> loaded(ClassLoader loader) {
        List<EvidenceSource> all = new ArrayList<>();
        Iterator<ServiceLoader.Provider<EvidenceSource>> it = ServiceLoader.load(EvidenceSource.class, loader)
                .stream().iterator();
        while (true) {
            ServiceLoader.Provider<EvidenceSource> p;
            try {
                if (!it.hasNext()) {
                    break;
                }
                p = it.next();
            } catch (ServiceConfigurationError e) {
                LOG.warn("EvidenceSource provider skipped: {}", e.getMessage());
                continue;
            }
            try {
                all.add(p.get());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                LOG.warn("EvidenceSource provider {} skipped: it failed to load ({})", p.type().getName(), e.toString());
            }
        }
        return all;
    }

    /** The usable sources by precedence: without a descriptor or with a reserved name skipped, names unique. */
    private static List<EvidenceSource> checked(List<EvidenceSource> all) {
        Map<String, EvidenceSource> byName = new HashMap<>();
        List<EvidenceSource> ok = new ArrayList<>();
        for (EvidenceSource s : all) {
            ProviderDescriptor d;
            try {
                d = Objects.requireNonNull(s.descriptor(), "descriptor()");
            } catch (RuntimeException e) {
                LOG.warn("EvidenceSource provider {} skipped: descriptor() failed ({})", s.getClass().getName(),
                        e.toString());
                continue;
            }
            if (d.isReserved() && !s.getClass().getName().startsWith("dev.alexandria.")) {
                LOG.warn("EvidenceSource provider {} skipped: the name '{}' uses the prefix reserved for "
                        + "Alexandria's own providers", s.getClass().getName(), d.name());
                continue;
            }
            EvidenceSource other = byName.putIfAbsent(d.name(), s);
            if (other != null) {
                throw new ProviderException(d.name(), "two EvidenceSource providers have this name: "
                        + other.getClass().getName() + " and " + s.getClass().getName() + "; names must be unique");
            }
            ok.add(s);
        }
        // Highest priority first, then by name; not a Comparator.comparing chain, whose serializable lambdas JDK 17's
        // start-up archive cannot hold (made at run time by every info).
        ok.sort((a, b) -> {
            int byPriority = Integer.compare(-a.descriptor().priority(), -b.descriptor().priority());
            return byPriority != 0 ? byPriority : a.descriptor().name().compareTo(b.descriptor().name());
        });
        LOG.debug("evidence sources: {}", ok.stream().map(s -> s.descriptor().toString()).toList());
        return ok;
    }

    /**
     * The declared evidence of a module, in precedence order: every provider by descending priority, the
     * built-in {@code evidence:} block placed among them by its priority (0).
     */
    List<CriteriaEvaluator.Declared> declared(LibraryModule module, LocalDate asOf) {
        List<CriteriaEvaluator.Declared> out = new ArrayList<>();
        boolean blockAdded = false;
        EvidenceRequest request = new EvidenceRequest(module.metadata(), module.directory(), asOf);
        for (EvidenceSource s : providers) {
            ProviderDescriptor d = s.descriptor();
            if (!blockAdded && (d.priority() < BLOCK.priority() || d.priority() == BLOCK.priority()
                    && d.name().compareTo(BLOCK.name()) > 0)) {
                out.add(new CriteriaEvaluator.Declared(BLOCK_LABEL, module.metadata().evidence()));
                blockAdded = true;
            }
            Evidence e;
            try {
                e = s.evidence(request);
            } catch (RuntimeException ex) {
                throw new ProviderException(d.name(), "evidence(" + request.moduleId() + ") failed: " + ex
                        + "; fix the provider or remove it from the class path", ex);
            }
            if (e == null) {
                throw new ProviderException(d.name(), "evidence(" + request.moduleId() + ") returned null; a source "
                        + "MUST return Evidence.none() for a module it knows nothing of");
            }
            out.add(new CriteriaEvaluator.Declared(d.name(), e));
        }
        if (!blockAdded) {
            out.add(new CriteriaEvaluator.Declared(BLOCK_LABEL, module.metadata().evidence()));
        }
        return out;
    }
}
