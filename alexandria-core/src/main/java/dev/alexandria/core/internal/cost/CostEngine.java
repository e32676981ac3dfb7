package dev.alexandria.core.internal.cost;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.ModuleHclException;
import dev.alexandria.api.UnknownRegionException;
import dev.alexandria.api.model.CostLine;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.inspect.DiagnosticTexts;
import dev.alexandria.core.internal.inspect.ModuleConfiguration;
import dev.alexandria.spi.cost.CostComponent;
import dev.alexandria.spi.cost.Origin;
import dev.alexandria.spi.cost.Price;
import dev.alexandria.spi.cost.PriceKey;
import dev.alexandria.spi.cost.PricingSource;
import dev.alexandria.spi.cost.Quantity;
import dev.alexandria.spi.cost.ResourceCost;
import dev.alexandria.spi.cost.ResourceCostModel;
import dev.alexandria.spi.cost.Usage;
import dev.alexandria.spi.cost.UsageParameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Estimates modules: evaluates each module's HCL with its inputs, expands {@code count} and {@code for_each},
 * follows module calls by relative path (with the arguments the caller passes), asks the resource cost model of
 * each resource type for each instance's components, and prices them with the library's price store first, then
 * the pricing sources.
 *
 * <p>Thread-safe: the module configurations it reads are cached and immutable; each estimate has its own state.
 */
public final class CostEngine {

    /** The deepest chain of module calls followed. */
    static final int MAX_DEPTH = 16;
    private static final Set<String> META = Set.of("source", "version", "count", "for_each", "providers",
            "depends_on");

    private final CostProviders providers;
    private final PriceStore store;
    private final Map<Path, ModuleConfiguration> configurations = new ConcurrentHashMap<>();
    /** Folders a module call's source named that were not folders when looked for. */
    private final Set<Path> missing = ConcurrentHashMap.newKeySet();

    /**
     * @param providers the providers
     * @param store     the library's price store
     */
    public CostEngine(CostProviders providers, PriceStore store) {
        this.providers = providers;
        this.store = store;
    }

    /**
     * The folders this engine's estimates depended on: every folder whose configuration it read (the module's and
     * those of the modules it calls by relative path), and every module call's source it found not to be a folder.
     * An estimate depends on nothing else of the file system but the library's price store, so a result kept
     * under these folders' files (and the price store's) is still right while they are unchanged.
     *
     * @return the folders read, and the folders looked for and missing; absolute and normalized, sorted
     */
    public Consulted consulted() {
        return new Consulted(List.copyOf(new TreeSet<>(configurations.keySet())), List.copyOf(new TreeSet<>(missing)));
    }

    /**
     * @param read    the folders whose configuration was read, sorted
     * @param missing the module sources looked for that were not folders, sorted
     */
    public record Consulted(List<Path> read, List<Path> missing) {
    }

    /** @return the providers */
    public CostProviders providers() {
        return providers;
    }

    /**
     * What to estimate.
     *
     * @param module        the name shown (a module id, or the folder)
     * @param folder        the module's folder
     * @param region        the region
     * @param inputs        values for its variables
     * @param varFiles      {@code .tfvars} files
     * @param usage         the usage file
     * @param usageDefaults whether to apply the usage assumptions
     * @param libraryRoot   the root of the library the module is in, which HCL errors name its files from
     *                      ({@code _library/.../main.tf}); empty for a folder outside a library
     */
    public record Request(String module, Path folder, String region, Map<String, HclValue> inputs,
            List<Path> varFiles, UsageFile usage, boolean usageDefaults, Optional<Path> libraryRoot) {
    }

    /**
     * The regions prices exist in.
     *
     * @return the regions, sorted, without {@code global}
     */
    public List<String> regions() {
        Set<String> all = new TreeSet<>(providers.regions("aws"));
        all.addAll(store.regions("aws"));
        all.remove("global");
        return List.copyOf(all);
    }

    /**
     * Estimates a module.
     *
     * @param req what to estimate
     * @return the estimate
     * @throws UnknownRegionException if no source prices the region
     * @throws CatalogException       if a {@code .tfvars} file is malformed or missing
     * @throws ModuleHclException     if the HCL of the module, or of a module it calls, has errors
     */
    public ModuleCost estimate(Request req) {
        List<String> regions = regions();
        if (!regions.contains(req.region())) {
            throw new UnknownRegionException(req.region(), regions);
        }
        ModuleConfiguration cfg = configuration(req.folder());
        HclScope scope = cfg.scope(req.inputs(), req.varFiles());
        List<String> inputWarnings = new ArrayList<>();
        for (Diagnostic d : scope.diagnostics()) {
            for (Path f : req.varFiles()) {
                if (d.location().file().equals(f.toString())) {
                    if (d.isError()) {
                        throw inputsError(d);
                    }
                    inputWarnings.add(d.location() + ": " + d.summary() + ": " + d.detail().replaceAll("\\s+", " ")
                            .strip());
                }
            }
        }
        Set<String> given = new HashSet<>(req.inputs().keySet());
        given.addAll(ModuleConfiguration.assigned(req.varFiles()).keySet());
        Run run = new Run(req);
        run.walk(cfg, scope, "", Inputs.root(given), new ArrayList<>());
        if (!run.hclErrors.isEmpty()) {
            // a module whose HCL does not read has resources nobody can see: no total rather than a silent $0
            List<Diagnostic> errors = List.copyOf(run.hclErrors);
            throw new ModuleHclException(req.module(), req.libraryRoot().isEmpty() ? errors
                    : DiagnosticTexts.namedFrom(req.libraryRoot().get(), errors));
        }
        List<String> warnings = new ArrayList<>(inputWarnings);
        warnings.addAll(req.usage().warnings());
        warnings.addAll(req.usage().textValues(run.usedEntries, this::usageParameters));
        warnings.addAll(req.usage().unused(run.usedEntries, run.instances, run.keysRead));
        warnings.addAll(req.usage().unknownKeys(run.usedEntries, this::usageParameters, run.instances,
                run.keysRead));
        warnings.addAll(providers.problems());
        List<String> disclaimers = new ArrayList<>(run.disclaimers);
        return new ModuleCost(req.module(), req.region(), run.lines, req.usage().isEmpty() && req.usage().display()
                .isEmpty() ? Optional.empty() : Optional.of(req.usage().display()), req.usageDefaults(), disclaimers,
                warnings);
    }

    /** A malformed inputs file: where, what is wrong in plain words, and the fix. */
    private static CatalogException inputsError(Diagnostic d) {
        String detail = d.detail().replaceAll("\\s+", " ").strip();
        boolean json = d.location().file().endsWith(".json");
        if (d.summary().equals("Invalid JSON")) {
            return new CatalogException(d.location(), "not valid JSON: " + ParseMessages.json(detail) + "; correct "
                    + "the JSON there (a .tfvars.json file is one object of variable names and values: "
                    + "{\"az_count\": 3})");
        }
        if (d.summary().equals("Failed to read variables file")) {
            return new CatalogException(d.location(), "no such file, or it cannot be read; check the path (a "
                    + "relative path is read from the working directory) and its permissions");
        }
        String what = d.summary() + (detail.isEmpty() ? "" : ": " + detail.replaceAll("[.;]+$", "").replace("; ",
                ", "));
        return new CatalogException(d.location(), what + "; correct the " + (json ? ".tfvars.json" : ".tfvars")
                + " file there (" + (json ? "one JSON object of variable names and values: {\"az_count\": 3}"
                : "one 'name = value' per line, e.g. az_count = 3") + ")");
    }

    /** The usage parameters of a resource type's model; none for a type no model prices. */
    private List<UsageParameter> usageParameters(String type) {
        return providers.model(type).map(m -> CostProviders.usageParameters(m, type)).orElse(List.of());
    }

    private ModuleConfiguration configuration(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        return configurations.computeIfAbsent(key, ModuleConfiguration::read);
    }

    /** The state of one estimate. */
    private final class Run {
        final Request req;
        final List<CostLine> lines = new ArrayList<>();
        /** The resource types each usage file entry matched, by the entry's address. */
        final Map<String, Set<String>> usedEntries = new ConcurrentHashMap<>();
        /** Every resource instance of the estimate: its type, by address. */
        final Map<String, String> instances = new ConcurrentHashMap<>();
        /** The usage keys the cost model read for each instance, by address. */
        final Map<String, Set<String>> keysRead = new ConcurrentHashMap<>();
        final Set<String> disclaimers = new LinkedHashSet<>();
        final Set<Diagnostic> hclErrors = new LinkedHashSet<>();

        Run(Request req) {
            this.req = req;
        }

        void walk(ModuleConfiguration cfg, HclScope scope, String prefix, Inputs inputs, List<Path> stack) {
            stack.add(cfg.folder().toAbsolutePath().normalize());
            cfg.interfaceSpec().diagnostics().stream().filter(Diagnostic::isError).forEach(hclErrors::add);
            ResourceView.Context ctx = new ResourceView.Context(cfg, scope, req.region(), prefix, inputs,
                    this::usageOf);
            for (ModuleConfiguration.Block b : cfg.resources()) {
                resource(ctx, b, scope, prefix, inputs);
            }
            for (ModuleConfiguration.Block call : cfg.moduleCalls()) {
                moduleCall(cfg, call, scope, prefix, inputs, stack);
            }
            stack.remove(stack.size() - 1);
        }

        private void resource(ResourceView.Context ctx, ModuleConfiguration.Block b, HclScope scope, String prefix,
                Inputs inputs) {
            String type = b.labels().get(0);
            String base = prefix + type + "." + b.labels().get(1);
            Instances.Expansion x = Instances.expand(b, scope, inputs);
            Optional<ResourceCostModel> model = providers.model(type);
            if (x.known()) {
                x.instances().forEach(i -> instances.put(base + i.suffix(), type));
            } else {
                instances.put(base, type);
            }
            if (!x.known()) {
                // a type that is free is free however many instances there are
                if (model.isPresent() && CostProviders.estimate(model.get(), new ResourceView(ctx, b, base, scope))
                        instanceof ResourceCost.Free f) {
                    lines.add(new CostLine(base, type, "", CostLine.Status.FREE, Optional.empty(), Optional.empty(),
                            Optional.empty(), false, java.math.BigDecimal.ZERO, false, Optional.empty(), List.of(),
                            List.of("how many is not known (" + x.problem() + "), but each is free"), f.reason()));
                } else {
                    lines.add(notPriced(base, type, "", x.problem(), false));
                }
                return;
            }
            if (x.instances().isEmpty()) {
                lines.add(zeroInstances(base, type, Instances.zero(b, scope, inputs)));
                return;
            }
            for (Instances.Instance i : x.instances()) {
                String address = base + i.suffix();
                if (model.isEmpty()) {
                    lines.add(notPriced(address, type, "", "no resource cost model prices " + type, false));
                    continue;
                }
                ResourceView view = new ResourceView(ctx, b, address, i.scope());
                ResourceCost cost = CostProviders.estimate(model.get(), view);
                lines.addAll(lines(address, type, cost));
            }
        }

        private void moduleCall(ModuleConfiguration cfg, ModuleConfiguration.Block call, HclScope scope,
                String prefix, Inputs inputs, List<Path> stack) {
            String name = call.labels().get(0);
            String base = prefix + "module." + name;
            Optional<ModuleConfiguration.Expression> src = call.attribute("source");
            String source = src.flatMap(s -> s.evaluate(HclScope.none()).value().asString()).orElse("");
            if (!(source.startsWith("./") || source.startsWith("../"))) {
                lines.add(notPriced(base, "module", "", "module source \"" + source + "\" is not in the library or "
                        + "a relative path: the modules it deploys are not priced", false));
                return;
            }
            Path folder = cfg.folder().resolve(source).normalize();
            if (!Files.isDirectory(folder)) {
                missing.add(folder.toAbsolutePath().normalize());
                lines.add(notPriced(base, "module", "", "module source \"" + source + "\" is not a folder ("
                        + folder + ")", false));
                return;
            }
            if (stack.contains(folder.toAbsolutePath().normalize()) || stack.size() >= MAX_DEPTH) {
                lines.add(notPriced(base, "module", "", "module source \"" + source + "\" calls itself, directly or "
                        + "through other modules: not followed", false));
                return;
            }
            Instances.Expansion x = Instances.expand(call, scope, inputs);
            if (!x.known()) {
                lines.add(notPriced(base, "module", "", x.problem(), false));
                return;
            }
            if (x.instances().isEmpty()) {
                lines.add(zeroInstances(base, "module", Instances.zero(call, scope, inputs)));
                return;
            }
            ModuleConfiguration child = configuration(folder);
            for (Instances.Instance i : x.instances()) {
                Map<String, HclValue> args = new HashMap<>();
                Map<String, String> unknownWhy = new HashMap<>();
                for (String arg : call.attributeNames()) {
                    if (!META.contains(arg)) {
                        ModuleConfiguration.Expression e = call.attribute(arg).orElseThrow();
                        HclValue v = e.evaluate(i.scope()).value();
                        args.put(arg, v);
                        if (!v.isWhollyKnown()) {
                            unknownWhy.put(arg, arg + " = " + e.text() + Instances.why(e, i.scope(), inputs));
                        }
                    }
                }
                HclScope childScope = child.scope(args, List.of());
                walk(child, childScope, base + i.suffix() + ".", new Inputs(args.keySet(), unknownWhy, "passed by "
                        + base + i.suffix(), false), stack);
            }
        }

        /** The usage of an instance: the usage file's values, and with --usage-defaults the type's assumptions. */
        private Usage usageOf(String address, String type) {
            Map<String, Usage.Value> values = req.usage().valuesFor(address, type, usedEntries);
            Set<String> read = keysRead.computeIfAbsent(address, a -> ConcurrentHashMap.newKeySet());
            Usage fromFile = key -> {
                read.add(key);
                return Optional.ofNullable(values.get(key));
            };
            Optional<ResourceCostModel> model = providers.model(type);
            if (!req.usageDefaults() || model.isEmpty()) {
                return fromFile;
            }
            Map<String, UsageParameter> params = new HashMap<>();
            for (UsageParameter p : CostProviders.usageParameters(model.get(), type)) {
                params.put(p.key(), p);
            }
            return key -> {
                Optional<Usage.Value> v = fromFile.get(key);
                if (v.isPresent()) {
                    return v;
                }
                UsageParameter p = params.get(key);
                return p == null ? Optional.empty() : Optional.of(new Usage.Value(p.assumption(), Origin.of(
                        Origin.Kind.ASSUMPTION, key + " = " + p.assumption().toPlainString() + " " + p.unit()
                                + " (assumed by --usage-defaults: " + p.rationale() + ")")));
            };
        }

        private List<CostLine> lines(String address, String type, ResourceCost cost) {
            if (cost instanceof ResourceCost.Free f) {
                return List.of(new CostLine(address, type, "", CostLine.Status.FREE, Optional.empty(),
                        Optional.empty(), Optional.empty(), false, java.math.BigDecimal.ZERO, false, Optional.empty(),
                        List.of(), List.of(), f.reason()));
            }
            if (cost instanceof ResourceCost.NotPriced n) {
                return List.of(notPriced(address, type, "", n.reason(), false));
            }
            List<CostLine> out = new ArrayList<>();
            for (CostComponent c : cost.components()) {
                out.add(line(address, type, c));
            }
            return out;
        }

        private CostLine line(String address, String type, CostComponent c) {
            if (c.quantity() instanceof Quantity.NotKnown n) {
                return notPriced(address, type, c.name(), n.reason(), c.usageBased());
            }
            Optional<CostProviders.Found> found = Optional.empty();
            int index = 0;
            for (PriceKey k : c.priceKeys()) {
                found = price(k);
                if (found.isPresent()) {
                    break;
                }
                index++;
            }
            if (found.isEmpty()) {
                return notPriced(address, type, c.name(), "no price for " + c.priceKeys().get(0)
                        + (c.priceKeys().size() > 1 ? " (nor " + c.priceKeys().subList(1, c.priceKeys().size())
                                + ")" : ""), c.usageBased());
            }
            Price p = found.get().price();
            List<String> notes = new ArrayList<>(c.notes());
            if (index > 0) {
                notes.add("priced with " + p.key() + ": no source has " + c.priceKeys().get(0));
            }
            CostLine.PriceReference ref = new CostLine.PriceReference(found.get().provider(), p.source(),
                    p.effectiveDate(), p.key().toString());
            if (c.quantity() instanceof Quantity.Known k) {
                List<String> origins = new ArrayList<>();
                for (Origin o : k.origins()) {
                    origins.add(kind(o.kind()) + ": " + o.detail());
                }
                if (k.fromAssumption()) {
                    notes.add("usage assumed by --usage-defaults");
                }
                return new CostLine(address, type, c.name(), CostLine.Status.PRICED, Optional.of(k.monthly()),
                        Optional.of(p.unit()), Optional.of(p.firstUnitPrice()), p.isTiered(), p.costOf(k.monthly()),
                        c.usageBased(), Optional.of(ref), origins, notes, "");
            }
            Quantity.DependsOnUsage d = (Quantity.DependsOnUsage) c.quantity();
            notes.add("depends on usage: set " + String.join(", ", d.usageKeys()) + " for " + address
                    + " in the usage file");
            return new CostLine(address, type, c.name(), CostLine.Status.DEPENDS_ON_USAGE, Optional.empty(),
                    Optional.of(p.unit()), Optional.of(p.firstUnitPrice()), p.isTiered(), java.math.BigDecimal.ZERO,
                    c.usageBased(), Optional.of(ref), List.of(), notes, "");
        }

        private Optional<CostProviders.Found> price(PriceKey key) {
            Optional<Price> stored = store.price(key);
            if (stored.isPresent()) {
                disclaimers.add("Prices from the library's price store (_catalog/prices/) come from AWS Price List "
                        + "offer files, which AWS publishes for informational purposes only.");
                return Optional.of(new CostProviders.Found(stored.get(), PriceStore.NAME));
            }
            Optional<CostProviders.Found> f = providers.price(key);
            f.ifPresent(found -> providers.sources().stream()
                    .filter(s -> s.descriptor().name().equals(found.provider())).findFirst()
                    .flatMap(PricingSource::disclaimer).ifPresent(disclaimers::add));
            return f;
        }
    }

    static CostLine notPriced(String address, String type, String component, String reason, boolean usageBased) {
        return new CostLine(address, type, component, CostLine.Status.NOT_PRICED, Optional.empty(), Optional.empty(),
                Optional.empty(), false, java.math.BigDecimal.ZERO, usageBased, Optional.empty(), List.of(),
                List.of(), reason);
    }

    /** A resource or module call with no instances: $0, listed so a reader sees it was considered. */
    static CostLine zeroInstances(String address, String type, String reason) {
        return new CostLine(address, type, "", CostLine.Status.ZERO_INSTANCES, Optional.empty(),
                Optional.empty(), Optional.empty(), false, java.math.BigDecimal.ZERO, false, Optional.empty(),
                List.of(), List.of(), reason);
    }

    private static String kind(Origin.Kind k) {
        return switch (k) {
            case ATTRIBUTE -> "attribute";
            case VARIABLE_DEFAULT -> "variable default";
            case INPUT -> "input";
            case PROVIDER_DEFAULT -> "provider default";
            case USAGE_FILE -> "usage file";
            case ASSUMPTION -> "assumption";
            case CONSTANT -> "constant";
        };
    }
}
