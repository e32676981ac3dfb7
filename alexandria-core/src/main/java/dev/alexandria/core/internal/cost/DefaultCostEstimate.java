package dev.alexandria.core.internal.cost;

import dev.alexandria.api.CostEstimate;
import dev.alexandria.api.UnknownRegionException;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.ModuleCost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The built-in {@link CostEstimate}: collects the options, and runs the engine on {@link #estimate()}. */
public final class DefaultCostEstimate implements CostEstimate {

    /** The region priced when none is set: {@value}. */
    public static final String DEFAULT_REGION = "us-east-1";

    private final CostEngine engine;
    private final String module;
    private final Path folder;
    private String region = DEFAULT_REGION;
    private Path usage;
    private final Optional<Path> libraryRoot;
    private final List<Path> varFiles = new ArrayList<>();
    private final Map<String, HclValue> inputs = new LinkedHashMap<>();
    private boolean usageDefaults;

    /**
     * @param engine the engine
     * @param module the name to show
     * @param folder the module's folder
     * @param libraryRoot the root of the library the module is in, which HCL errors name its files from; empty
     *                    for a folder outside a library
     */
    public DefaultCostEstimate(CostEngine engine, String module, Path folder, Optional<Path> libraryRoot) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.module = Objects.requireNonNull(module, "module");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.libraryRoot = Objects.requireNonNull(libraryRoot, "libraryRoot");
    }

    @Override
    public CostEstimate region(String region) {
        Objects.requireNonNull(region, "region");
        if (region.isBlank()) {
            // the same error as any region without prices, listing those that have them
            throw new UnknownRegionException(region, engine.regions());
        }
        this.region = region.strip();
        return this;
    }

    @Override
    public CostEstimate usage(Path usageFile) {
        this.usage = Objects.requireNonNull(usageFile, "usageFile");
        return this;
    }

    @Override
    public CostEstimate inputs(Path... tfvarsFiles) {
        Objects.requireNonNull(tfvarsFiles, "tfvarsFiles");
        return inputs(List.of(tfvarsFiles));
    }

    @Override
    public CostEstimate inputs(List<Path> tfvarsFiles) {
        Objects.requireNonNull(tfvarsFiles, "tfvarsFiles");
        for (Path p : tfvarsFiles) {
            varFiles.add(Objects.requireNonNull(p, "tfvarsFiles element"));
        }
        return this;
    }

    @Override
    public CostEstimate inputs(Map<String, HclValue> values) {
        Objects.requireNonNull(values, "values");
        values.forEach((k, v) -> inputs.put(Objects.requireNonNull(k, "values key"),
                Objects.requireNonNull(v, "values value")));
        return this;
    }

    @Override
    public CostEstimate usageDefaults(boolean on) {
        this.usageDefaults = on;
        return this;
    }

    @Override
    public ModuleCost estimate() {
        UsageFile u = usage == null ? UsageFile.none() : UsageFile.read(usage);
        return engine.estimate(new CostEngine.Request(module, folder, region, Map.copyOf(inputs),
                List.copyOf(varFiles), u, usageDefaults, libraryRoot));
    }

    @Override
    public String toString() {
        List<String> set = new ArrayList<>();
        set.add("module=" + module);
        set.add("region=" + region);
        if (usage != null) {
            set.add("usage=" + usage);
        }
        if (!varFiles.isEmpty()) {
            set.add("inputs=" + varFiles);
        }
        if (!inputs.isEmpty()) {
            set.add("values=" + inputs.keySet());
        }
        if (usageDefaults) {
            set.add("usageDefaults=true");
        }
        return "CostEstimate{" + String.join(", ", set) + "}";
    }
}
