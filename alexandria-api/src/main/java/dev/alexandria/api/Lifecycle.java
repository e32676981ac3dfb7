package dev.alexandria.api;

import dev.alexandria.api.model.DeprecationRequest;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityStatus;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.RegisterRequest;
import java.time.LocalDate;

/**
 * The maturity lifecycle of one module: where it stands, and plans to promote, demote, deprecate or archive it.
 * Obtained from {@link Library#lifecycle(String)}. The state machine is {@link MaturityLevel#canTransitionTo}
 * and the version rule {@link MaturityLevel#allowsVersion}; the criteria of each promotion come from
 * {@code _catalog/maturity-levels.yaml} (or the defaults of the library format where it declares none) and
 * are judged from evidence: what the module's files and git history show, and its {@code evidence:} block.
 *
 * <pre>{@code
 * Lifecycle vpc = lib.lifecycle("vpc-standard");
 * MaturityStatus status = vpc.status();               // level, days in level, next level's checklist
 * PromotionResult r = vpc.promote(MaturityLevel.STABLE);
 * r.plan().ifPresent(LifecyclePlan::apply);
 * LifecyclePlan dep = vpc.deprecate(DeprecationRequest.replacedBy(ModuleId.of("vpc-next")));
 * }</pre>
 *
 * <p>Planning reads only; {@link LifecyclePlan#apply()} writes. Thread-safe like the {@link Library} it comes
 * from; dates are judged as of {@link #asOf()} (today unless {@link #asOf(LocalDate)} says otherwise).
 *
 * @since 0.3.0
 */
public interface Lifecycle {

    /** @return the module */
    ModuleId module();

    /** @return the day against which days in level and removal dates are judged */
    LocalDate asOf();

    /**
     * The same lifecycle judged on another day (for reports and tests).
     *
     * @param date the day
     * @return a lifecycle judging dates as of {@code date}
     */
    Lifecycle asOf(LocalDate date);

    /**
     * Where the module stands: its level, since when, and the next promotion's checklist.
     *
     * @return the status
     */
    MaturityStatus status();

    /**
     * Plans a change of level within the ladder: a promotion (one step up, every criterion met) or a
     * demotion (where {@link MaturityLevel#canTransitionTo} allows it; no criteria). When the module's version
     * does not fit the new level, the plan includes the release that makes it fit: to beta,
     * {@code 1.0.0-beta.1} (or the next major's {@code -beta.1}); to stable, the same version without its
     * pre-release.
     *
     * @param target the level to move to: an active level ({@code deprecated} and {@code archived} have their
     *               own methods)
     * @return a ready result with the plan, or a refusal listing every reason
     * @throws IllegalArgumentException if {@code target} is {@code deprecated} or {@code archived}
     */
    PromotionResult promote(MaturityLevel target);

    /**
     * Plans the deprecation: {@code maturity: deprecated} with the deprecation block, the registry entry
     * marked, a banner at the top of the README (never twice) and, with a replacement, {@code MIGRATION.md}
     * from the interface diff between the module and its replacement.
     *
     * @param request the reason, replacement and removal date
     * @return the plan
     * @throws LifecycleRefusedException if the module is already deprecated or archived, the replacement does not
     *                                   exist or is deprecated itself, or the removal date is not in the future
     */
    LifecyclePlan deprecate(DeprecationRequest request);

    /**
     * Plans the archiving: only from {@code deprecated}, and before the removal date only when forced. The
     * registry entry moves to the registry's {@code archived:} list; the module's files are kept for history.
     *
     * @param force archive before the removal date
     * @return the plan
     * @throws LifecycleRefusedException if the module is not deprecated, or its removal date has not come and
     *                                   {@code force} is false
     */
    LifecyclePlan archive(boolean force);

    /**
     * Plans the registration of a version: validates the module (errors refuse), then makes the release step
     * of that version (the module's files, README tables, changelog, one commit, the tag on it) and records it
     * in {@code module-registry.yaml} with the date, the git tag, the module folder's git tree hash and its
     * interface fingerprint, the cost estimate and the tags; applying it also brings the search index up to
     * date. A maturity other than the current one goes through {@link #promote}'s check (one step, criteria,
     * version fit). Registering a version again whose folder is unchanged is a plan that writes nothing.
     *
     * @param request the version, maturity and tags
     * @return the plan
     * @throws RefusedException if validation finds errors, the promotion's criteria are unmet, the module is
     *                          archived, the release is refused, or the version is registered with another
     *                          folder tree (registered versions never change)
     * @since 0.4.0
     */
    ChangePlan register(RegisterRequest request);

    /**
     * Plans the publication of the module's highest registered version: edits no module file, runs the final
     * validation (errors refuse), marks the version {@code published: <date>} in the registry (immutable from
     * then on) and, once applied, notifies through every {@code Notifier}; a failed notification is listed in
     * the result, never lost.
     *
     * @return the plan
     * @throws RefusedException if the module has no registered version, it is published already, validation finds
     *                          errors, or the module folder differs from the registered tree
     * @since 0.4.0
     */
    ChangePlan publish();
}
