package dev.alexandria.core.internal.migrate;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.Migration;
import dev.alexandria.api.MigrationApply;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.PlannedModule;
import dev.alexandria.core.internal.catalog.CatalogStore;
import dev.alexandria.core.internal.catalog.YamlAccess;
import dev.alexandria.core.internal.yaml.YamlLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** The {@link Migration} of core: plans with {@link Planner}, reads and writes plans with {@link PlanYaml}. */
public final class DefaultMigration implements Migration {

    private final Path folder;
    private final Consumer<Path> openLibrary;
    private Path into;

    /**
     * A migration of a folder into itself.
     *
     * @param folder      the folder whose sub-folders are modules
     * @param openLibrary opens the library at a root (absolute, normalized), throwing the {@code CatalogException}
     *                    of a library that does not open; {@link #check()} calls it first, so a broken library is
     *                    reported as every command reports it rather than by its legacy links alone. A migration
     *                    started from an open library gives one that does nothing for that library's root
     */
    public DefaultMigration(Path folder, Consumer<Path> openLibrary) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
        this.openLibrary = Objects.requireNonNull(openLibrary, "openLibrary");
        this.into = this.folder;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public Migration into(Path libraryRoot) {
        this.into = Objects.requireNonNull(libraryRoot, "libraryRoot").toAbsolutePath().normalize();
        return this;
    }

    @Override
    public MigrationPlan plan() {
        if (!Files.isDirectory(folder)) {
            throw new AlexandriaException(folder + ": is not a folder; name the folder that holds the modules");
        }
        return withCallReview(new Planner(folder, into, TargetTaxonomy.of(into), ResourceTable.load(into)).plan());
    }

    /**
     * The plan with the call checks of {@link PlanApplier#callReview} added to each calling module's review, so
     * the plan reports what its dry run and application report about the calls between its modules.
     */
    static MigrationPlan withCallReview(MigrationPlan plan) {
        Map<String, List<String>> calls = PlanApplier.callReview(plan);
        if (calls.isEmpty()) {
            return plan;
        }
        List<PlannedModule> modules = new ArrayList<>();
        for (PlannedModule m : plan.modules()) {
            List<String> more = calls.getOrDefault(m.source(), List.of());
            if (more.isEmpty()) {
                modules.add(m);
            } else {
                List<String> review = new ArrayList<>(m.review());
                review.addAll(more);
                modules.add(m.toBuilder().review(review).build());
            }
        }
        // a plan made here has no file or locations to keep
        return MigrationPlan.builder(plan.folder(), plan.into()).modules(modules).skipped(plan.skipped()).build();
    }

    @Override
    public String planYaml(MigrationPlan plan, Path planFile) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(planFile, "planFile");
        return PlanYaml.write(plan, planFile);
    }

    @Override
    public void writePlan(MigrationPlan plan, Path planFile) {
        YamlAccess.writeAtomically(planFile, planYaml(plan, planFile), planFile.toString());
    }

    @Override
    public MigrationPlan readPlan(Path planFile) {
        Objects.requireNonNull(planFile, "planFile");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(
                    YamlLimits.readBytes(planFile, YamlLimits.Kind.MIGRATION_PLAN))).toString();
        } catch (CharacterCodingException e) {
            throw new AlexandriaException(planFile + ": is not UTF-8; save the plan as UTF-8", e);
        } catch (YamlLimits.TooLarge e) {
            throw new AlexandriaException(planFile + ": " + e.getMessage(), e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new AlexandriaException(planFile + ": no such file; write the plan first (alexandria migrate"
                    + " <folder> --write-plan " + planFile.getFileName() + ") or name an existing one", e);
        } catch (IOException e) {
            throw new AlexandriaException(planFile + ": cannot be read: " + e.getMessage(), e);
        }
        return parsePlan(text, planFile);
    }

    @Override
    public MigrationPlan parsePlan(String text, Path planFile) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(planFile, "planFile");
        return PlanYaml.read(text, planFile, planFile.toString(), root -> TargetTaxonomy.of(root).categoryNames());
    }

    @Override
    public MigrationApply apply(MigrationPlan plan) {
        return new DefaultMigrationApply(plan);
    }

    @Override
    public List<Finding> check() {
        if (!Files.isDirectory(into)) {
            throw new AlexandriaException(into + ": is not a folder; name the library root to check");
        }
        openLibrary.accept(into);
        int months = CatalogStore.forNewLibrary(into).readSettings().migrate().legacyLinkMonths();
        return MigrationCheck.check(into, months, Clock.systemUTC());
    }

    @Override
    public String toString() {
        return "Migration[" + folder + (into.equals(folder) ? "" : " into " + into) + "]";
    }
}
