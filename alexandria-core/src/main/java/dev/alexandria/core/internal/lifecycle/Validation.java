package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.internal.versioning.ReadmeDocs;
import java.util.ArrayList;
import java.util.List;

/**
 * The validation gate of {@code register} and {@code publish}: {@link Library#validate} of the one module (for
 * {@code publish}, in a copy of the library as the release's tag holds it); its errors refuse the write, each
 * listed with its location and fix. {@code register} judges the README as its
 * release step leaves it: that step updates the stale rows of the tables between terraform-docs' markers from the
 * code, so tables out of date there are not a reason to refuse but a note of the plan. Likewise the version-bump
 * rule ({@value ModuleVersions#VERSION_BUMP_RULE}), which judges the version {@code .alexandria.yaml} declares: the
 * release step sets the version being registered and refuses it itself when it falls short of the bump the
 * interface changes since the last registered version require, so the gate leaves that rule to it. {@code version}
 * releases through the same gate ({@link #releaseRefusals}, handed to the module's versions by
 * {@link Lifecycles#releaseGate}).
 */
final class Validation {

    private Validation() {
    }

    /** @return the reasons of a refusal: one line per error, with its location and fix; empty when none */
    static List<String> errors(Library library, LibraryModule module) {
        return errors(library, module, false, new ArrayList<>());
    }

    /**
     * @param library         the library
     * @param module          the module
     * @param releaseRewrites whether a release step comes with the write and rewrites the README's tables
     * @param notes           receives what the release step will mend instead of refusing
     * @return the reasons of a refusal: one line per error, with its location and fix; empty when none
     */
    static List<String> errors(Library library, LibraryModule module, boolean releaseRewrites, List<String> notes) {
        ValidationReport report = library.validate(List.of(module.id().value()));
        boolean tablesMended = releaseRewrites && ReadmeDocs.rewritesTables(module.directory().resolve("README.md"));
        List<String> out = new ArrayList<>();
        for (Finding f : report.errors()) {
            if (releaseRewrites && f.ruleId().equals(ModuleVersions.VERSION_BUMP_RULE)) {
                continue; // judged by the release step for the version being released, not the one declared now
            }
            if (tablesMended && f.ruleId().equals(ReadmeDocs.TABLES_RULE)) {
                notes.add("README.md: " + f.message() + " now; the release step updates the stale rows between "
                        + "the markers, so validation judged the README as the release leaves it");
            } else {
                out.add(line(f));
            }
        }
        return out;
    }

    /**
     * The gate of a write that releases the module ({@code register}, and {@code version} through
     * {@link Lifecycles#releaseGate}): {@link #errors(Library, LibraryModule, boolean, List)} as the release step
     * leaves the module, headed by how many errors there are and the command that lists them, so every refusal for
     * failing validation reads the same whichever command releases.
     *
     * @param library the library, whose validators judge the module
     * @param module  the module
     * @param notes   receives what the release step will mend instead of refusing
     * @return the reasons of a refusal, each {@code reason; fix}; empty when validation finds no error
     */
    static List<String> releaseRefusals(Library library, LibraryModule module, List<String> notes) {
        List<String> reasons = new ArrayList<>(errors(library, module, true, notes));
        if (!reasons.isEmpty()) {
            reasons.add(0, "validation found " + Plurals.count(reasons.size(), "error") + " (alexandria validate "
                    + module.id().value() + "), listed below; fix them first");
        }
        return reasons;
    }

    static String line(Finding f) {
        return f.location() + ": " + f.message() + " [" + f.ruleId() + "]" + f.hint().map(h -> "; " + h).orElse("");
    }
}
