package dev.alexandria.core.internal.migrate;

import dev.alexandria.api.MigrationApply;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.MigrationResult;
import dev.alexandria.api.model.MigrationStep;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/** The {@link MigrationApply} of core: collects the options and hands them to {@link PlanApplier}. */
final class DefaultMigrationApply implements MigrationApply {

    private static final Consumer<MigrationStep> NONE = step -> { };

    private final MigrationPlan plan;
    private boolean rewriteSources;
    private boolean acceptDefaults;
    private Consumer<MigrationStep> progress = NONE;
    private Clock clock = Clock.systemUTC();

    DefaultMigrationApply(MigrationPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    @Override
    public MigrationApply rewriteSources(boolean rewrite) {
        this.rewriteSources = rewrite;
        return this;
    }

    @Override
    public MigrationApply acceptDefaults(boolean accept) {
        this.acceptDefaults = accept;
        return this;
    }

    @Override
    public MigrationApply progress(Consumer<MigrationStep> listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    @Override
    public MigrationApply clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    @Override
    public MigrationResult run() {
        return PlanApplier.apply(plan, new PlanApplier.Options(rewriteSources, acceptDefaults, false, progress, clock));
    }

    @Override
    public MigrationResult dryRun() {
        return PlanApplier.apply(plan, new PlanApplier.Options(rewriteSources, acceptDefaults, true, progress, clock));
    }

    @Override
    public String toString() {
        return "MigrationApply[" + Plurals.count(plan.modules().size(), "module") + (rewriteSources ? ", rewriteSources" : "")
                + (acceptDefaults ? ", acceptDefaults" : "") + (progress != NONE ? ", progress" : "") + "]";
    }
}
