package dev.alexandria.core.internal.cost;

import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.ProviderException;
import dev.alexandria.spi.cost.ImportSummary;
import dev.alexandria.spi.cost.Price;
import dev.alexandria.spi.cost.PriceImportException;
import dev.alexandria.spi.cost.PriceKey;
import dev.alexandria.spi.cost.PriceListImporter;
import dev.alexandria.spi.cost.PricingSource;
import dev.alexandria.spi.cost.ResourceCost;
import dev.alexandria.spi.cost.ResourceCostModel;
import dev.alexandria.spi.cost.ResourceInstance;
import dev.alexandria.spi.cost.UsageParameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cost providers a library uses: pricing sources, resource cost models and price list importers, found by
 * {@link ServiceLoader} and registered explicitly, checked and ordered once.
 *
 * <p>Rules (STYLE.md, SPI design): a provider that cannot be loaded or describe itself is reported by class name
 * and skipped; a name starting with {@code alexandria-} outside Alexandria's packages is skipped; two providers of
 * one SPI with the same name are an error; a provider named in the configuration wins, otherwise the highest
 * priority, ties broken by name; every call into a provider is guarded, an unexpected exception becoming a
 * {@link ProviderException} naming it.
 *
 * <p>Immutable and thread-safe.
 */
public final class CostProviders {

    private static final Logger LOG = LoggerFactory.getLogger(CostProviders.class);

    /** The configuration key naming the pricing source to use: {@value}. */
    public static final String PRICING_SOURCE_PROPERTY = "alexandria.cost.pricing-source";

    private final List<PricingSource> sources;
    private final List<ResourceCostModel> models;
    private final Map<String, ResourceCostModel> modelByType;
    private final List<PriceListImporter> importers;
    private final List<String> problems;

    private CostProviders(List<PricingSource> sources, List<ResourceCostModel> models,
            List<PriceListImporter> importers, List<String> problems) {
        this.sources = List.copyOf(sources);
        this.models = List.copyOf(models);
        this.importers = List.copyOf(importers);
        this.problems = List.copyOf(problems);
        Map<String, ResourceCostModel> byType = new HashMap<>();
        for (ResourceCostModel m : this.models) {
            for (String type : guard(m.descriptor().name(), "resourceTypes()", m::resourceTypes)) {
                byType.putIfAbsent(type, m);
            }
        }
        this.modelByType = Map.copyOf(byType);
    }

    /**
     * Discovers and registers providers.
     *
     * @param loader            where to discover with {@link ServiceLoader}, or null to discover nothing
     * @param explicitSources   pricing sources registered by a host
     * @param explicitModels    resource cost models registered by a host
     * @param explicitImporters price list importers registered by a host
     * @param pricingSource     the pricing source named in the configuration, or null; when set, it is the only
     *                          pricing source (after the library's price store)
     * @return the providers
     * @throws ProviderException if two providers of one SPI share a name, or the named source is not there
     */
    public static CostProviders of(ClassLoader loader, List<PricingSource> explicitSources,
            List<ResourceCostModel> explicitModels, List<PriceListImporter> explicitImporters, String pricingSource) {
        List<String> problems = new ArrayList<>();
        List<PricingSource> sources = collect(PricingSource.class, loader, explicitSources, PricingSource::descriptor,
                problems);
        List<ResourceCostModel> models = collect(ResourceCostModel.class, loader, explicitModels,
                ResourceCostModel::descriptor, problems);
        models.add(new UtilityResourceModel());
        models.sort(ORDER_MODELS);
        List<PriceListImporter> importers = collect(PriceListImporter.class, loader, explicitImporters,
                PriceListImporter::descriptor, problems);
        String named = pricingSource != null ? pricingSource : System.getProperty(PRICING_SOURCE_PROPERTY);
        if (named != null && !named.isBlank()) {
            Optional<PricingSource> chosen = sources.stream().filter(s -> s.descriptor().name().equals(named))
                    .findFirst();
            if (chosen.isEmpty()) {
                throw new ProviderException(named, "no pricing source has this name (" + PRICING_SOURCE_PROPERTY
                        + "); available: " + names(sources) + "; add its jar to the class path or fix the name");
            }
            LOG.debug("pricing source {} chosen by name", named);
            sources = new ArrayList<>(List.of(chosen.get()));
        }
        List<PricingSource> asked = List.copyOf(sources);
        contested(asked).ifPresentOrElse(LOG::warn, () -> LOG.debug("pricing sources in the order asked: {}",
                names(asked)));
        LOG.debug("cost providers: sources {}, models {}, importers {}", names(sources), names(models),
                names(importers));
        return new CostProviders(sources, models, importers, problems);
    }

    /**
     * A warning when the order of the pricing sources is an accident: the two asked first share a priority, so
     * their names decide which prices win. Sources of different priorities (a host's own source above the
     * bundled snapshot, registered or discovered) are the documented chain and need no warning.
     *
     * @param sources the sources in the order they are asked
     * @return the warning, or empty
     */
    static Optional<String> contested(List<PricingSource> sources) {
        if (sources.size() < 2 || sources.get(0).descriptor().priority() != sources.get(1).descriptor().priority()) {
            return Optional.empty();
        }
        int priority = sources.get(0).descriptor().priority();
        List<PricingSource> tied = sources.stream().filter(s -> s.descriptor().priority() == priority).toList();
        return Optional.of(tied.size() + " pricing sources share priority " + priority + ": " + names(tied) + "; "
                + sources.get(0).descriptor().name() + " is asked first only because its name sorts first; give one "
                + "a higher priority, or set " + PRICING_SOURCE_PROPERTY + " to use one");
    }

    private static final Comparator<ResourceCostModel> ORDER_MODELS = Comparator
            .comparing((ResourceCostModel m) -> -m.descriptor().priority())
            .thenComparing(m -> m.descriptor().name());

    private static <T> List<T> collect(Class<T> spi, ClassLoader loader, List<T> explicit,
            java.util.function.Function<T, ProviderDescriptor> describe, List<String> problems) {
        List<T> all = new ArrayList<>(explicit);
        if (loader != null) {
            ServiceLoader<T> sl = ServiceLoader.load(spi, loader);
            java.util.Iterator<ServiceLoader.Provider<T>> it = sl.stream().iterator();
            while (true) {
                ServiceLoader.Provider<T> p;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    p = it.next();
                } catch (ServiceConfigurationError e) {
                    problems.add(spi.getSimpleName() + " provider skipped: " + e.getMessage());
                    LOG.warn("{} provider skipped: {}", spi.getSimpleName(), e.getMessage());
                    continue;
                }
                try {
                    all.add(p.get());
                } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                    String msg = spi.getSimpleName() + " provider " + p.type().getName() + " skipped: it failed to load ("
                            + e + ")";
                    problems.add(msg);
                    LOG.warn(msg);
                }
            }
        }
        List<T> ok = new ArrayList<>();
        Map<String, T> byName = new HashMap<>();
        for (T t : all) {
            ProviderDescriptor d;
            try {
                d = Objects.requireNonNull(describe.apply(t), "descriptor()");
            } catch (RuntimeException e) {
                String msg = spi.getSimpleName() + " provider " + t.getClass().getName() + " skipped: descriptor() "
                        + "failed (" + e + ")";
                problems.add(msg);
                LOG.warn(msg);
                continue;
            }
            if (d.isReserved() && !t.getClass().getName().startsWith("dev.alexandria.")) {
                String msg = spi.getSimpleName() + " provider " + t.getClass().getName() + " skipped: the name '"
                        + d.name() + "' uses the prefix reserved for Alexandria's own providers";
                problems.add(msg);
                LOG.warn(msg);
                continue;
            }
            T other = byName.putIfAbsent(d.name(), t);
            if (other != null) {
                if (other.getClass().equals(t.getClass())) {
                    continue; // registered explicitly and also discovered
                }
                throw new ProviderException(d.name(), "two " + spi.getSimpleName() + " providers have this name: "
                        + other.getClass().getName() + " and " + t.getClass().getName() + "; names must be unique");
            }
            ok.add(t);
        }
        ok.sort(Comparator.comparing((T t) -> -describe.apply(t).priority()).thenComparing(t -> describe.apply(t)
                .name()));
        return ok;
    }

    private static String names(List<?> providers) {
        List<String> out = new ArrayList<>();
        for (Object p : providers) {
            if (p instanceof PricingSource s) {
                out.add(s.descriptor().name());
            } else if (p instanceof ResourceCostModel m) {
                out.add(m.descriptor().name());
            } else if (p instanceof PriceListImporter i) {
                out.add(i.descriptor().name());
            }
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    /** @return the pricing sources in the order they are asked */
    public List<PricingSource> sources() {
        return sources;
    }

    /** @return the problems met discovering providers (skipped providers) */
    public List<String> problems() {
        return problems;
    }

    /**
     * The model for a resource type: the highest-priority one that lists it.
     *
     * @param type a resource type
     * @return the model, if any lists the type
     */
    public Optional<ResourceCostModel> model(String type) {
        return Optional.ofNullable(modelByType.get(type));
    }

    /** A price and the source that gave it. */
    public record Found(Price price, String provider) {
    }

    /**
     * Asks the sources in order.
     *
     * @param key the key
     * @return the first price, with the source's name
     */
    public Optional<Found> price(PriceKey key) {
        for (PricingSource s : sources) {
            Optional<Price> p = guard(s.descriptor().name(), "price(" + key + ")", () -> s.price(key));
            if (p == null) {
                throw new ProviderException(s.descriptor().name(), "price(" + key + ") returned null instead of an "
                        + "Optional");
            }
            if (p.isPresent()) {
                return Optional.of(new Found(p.get(), s.descriptor().name()));
            }
        }
        return Optional.empty();
    }

    /**
     * The regions any source prices for a cloud provider.
     *
     * @param provider e.g. {@code aws}
     * @return the regions, sorted
     */
    public Set<String> regions(String provider) {
        Set<String> out = new TreeSet<>();
        for (PricingSource s : sources) {
            out.addAll(guard(s.descriptor().name(), "regions(" + provider + ")", () -> s.regions(provider)));
        }
        return out;
    }

    /** @return the cloud providers whose regions are known: those of the models' price keys ("aws") */
    public Set<String> clouds() {
        Set<String> out = new HashSet<>();
        out.add("aws");
        return out;
    }

    /**
     * Estimates one instance with a model, guarded.
     *
     * @param model    the model
     * @param instance the instance
     * @return its cost
     */
    public static ResourceCost estimate(ResourceCostModel model, ResourceInstance instance) {
        ResourceCost c = guard(model.descriptor().name(), "estimate(" + instance.address() + ")",
                () -> model.estimate(instance));
        if (c == null) {
            throw new ProviderException(model.descriptor().name(), "estimate(" + instance.address() + ") returned "
                    + "null");
        }
        return c;
    }

    /**
     * The usage parameters of a type, guarded.
     *
     * @param model the model
     * @param type  the type
     * @return the parameters
     */
    public static List<UsageParameter> usageParameters(ResourceCostModel model, String type) {
        return guard(model.descriptor().name(), "usageParameters(" + type + ")", () -> model.usageParameters(type));
    }

    /**
     * Imports a price file with the first importer that accepts it.
     *
     * @param file the file
     * @param sink receives the prices
     * @return what was imported
     * @throws PriceImportException if no importer accepts the file, or the importer refuses it
     */
    public ImportSummary importPrices(Path file, Consumer<Price> sink) {
        for (PriceListImporter i : importers) {
            Boolean accepts = guard(i.descriptor().name(), "accepts(" + file + ")", () -> i.accepts(file));
            if (Boolean.TRUE.equals(accepts)) {
                return guard(i.descriptor().name(), "importFile(" + file + ")", () -> i.importFile(file, sink));
            }
        }
        throw notAnOffer(file, names(importers));
    }

    /**
     * Why no importer reads a file, in plain words: empty, not valid JSON (at its line:column), JSON without an
     * offer's keys, or neither JSON nor a CSV offer file (its first line quoted).
     */
    static PriceImportException notAnOffer(Path file, String importers) {
        String fix = "; give an AWS Price List offer file (.json or .csv) as downloaded from the AWS Price List bulk"
                + " API (importers: " + importers + ")";
        dev.alexandria.api.model.SourceLocation at = dev.alexandria.api.model.SourceLocation.of(file.toString());
        String first;
        try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(file,
                java.nio.charset.StandardCharsets.UTF_8)) {
            String line;
            first = null;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    first = line.strip();
                    break;
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return new PriceImportException(at, "cannot be read as UTF-8 text ("
                    + (e instanceof java.io.IOException io ? dev.alexandria.core.internal.text.IoProblems.reason(io)
                    : "not UTF-8") + ")" + fix);
        }
        if (first == null) {
            return new PriceImportException(at, "the file is empty" + fix);
        }
        if (first.startsWith("{") || first.startsWith("[")) {
            try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory()
                    .createParser(file.toFile())) {
                while (p.nextToken() != null) {
                    p.skipChildren();
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                com.fasterxml.jackson.core.JsonLocation l = e.getLocation();
                dev.alexandria.api.model.SourceLocation where = l == null || l.getLineNr() < 1 ? at
                        : dev.alexandria.api.model.SourceLocation.of(file.toString(), l.getLineNr(),
                        Math.max(1, l.getColumnNr()));
                return new PriceImportException(where, "not valid JSON: " + ParseMessages.json(
                        e.getOriginalMessage()) + "; the download may be cut short: download the offer file again"
                        + fix);
            } catch (java.io.IOException e) {
                return new PriceImportException(at, "cannot be read ("
                        + dev.alexandria.core.internal.text.IoProblems.reason(e) + ")" + fix);
            }
            return new PriceImportException(at, "is JSON but not an AWS Price List offer file: it has no offerCode,"
                    + " products or product key" + fix);
        }
        String shown = first.length() > 60 ? first.substring(0, 60) + "..." : first;
        return new PriceImportException(dev.alexandria.api.model.SourceLocation.of(file.toString(), 1, 1),
                "is neither JSON nor a CSV offer file (those start with \"FormatVersion\"): it starts with '" + shown
                + "'" + fix);
    }

    /** Runs a provider call; an unexpected exception becomes a ProviderException naming the provider. */
    static <R> R guard(String provider, String call, Supplier<R> body) {
        try {
            return body.get();
        } catch (ProviderException | PriceImportException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            if (call.startsWith("estimate(")) {
                throw new ProviderException(provider, call + " refused the resource: " + e.getMessage(), e);
            }
            throw new ProviderException(provider, call + " failed: " + e, e);
        } catch (RuntimeException | LinkageError e) {
            throw new ProviderException(provider, call + " failed: " + e
                    + "; this is a fault of the provider, report it to its authors", e);
        }
    }
}
