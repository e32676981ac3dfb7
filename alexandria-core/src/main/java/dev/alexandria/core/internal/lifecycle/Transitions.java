package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.model.MaturityLevel;
import java.util.Optional;

/**
 * Explains the state machine's refusals ({@link MaturityLevel#canTransitionTo} decides; this only says why and
 * what to do instead); the version a new level needs is {@code DefaultModuleVersions.smallestRelease}'s.
 */
final class Transitions {

    private Transitions() {
    }

    /**
     * The refusal of a write to an archived module, naming its replacement when its deprecation gives one.
     *
     * @param module the archived module
     * @param verb   what was asked, such as {@code register}
     * @return the reason, ending in what to do instead
     */
    static String archivedRefusal(dev.alexandria.api.model.LibraryModule module, String verb) {
        String id = module.id().value();
        return id + " is archived, and archived modules are read-only; " + module.metadata().deprecation()
                .flatMap(d -> d.replacement()).map(r -> verb + " its replacement " + r.value() + " instead")
                .orElse(verb + " the module that replaces it instead");
    }

    /**
     * @return why {@code from → to} is refused, with what to do instead; empty if
     *         {@link MaturityLevel#canTransitionTo} allows it
     */
    static Optional<String> refusal(String id, MaturityLevel from, MaturityLevel to) {
        if (from.canTransitionTo(to)) {
            return Optional.empty();
        }
        if (from == MaturityLevel.ARCHIVED) {
            return Optional.of(id + " is archived, and archived modules are read-only; nothing leaves archived");
        }
        // every refusal ends in "; <what to do>", which the CLI prints as its fix: line
        if (from == to && to == MaturityLevel.DEPRECATED) {
            return Optional.of(id + " is already deprecated; archive it to retire it (alexandria archive " + id
                    + "), or edit the deprecation: block of its .alexandria.yaml to change its reason, replacement or"
                    + " removal date");
        }
        if (from == to) {
            return Optional.of(id + " is already " + to + "; nothing to do (alexandria status " + id + " shows what"
                    + " the next level needs)");
        }
        if (from == MaturityLevel.DEPRECATED) {
            return Optional.of(id + " is deprecated, and a deprecated module can only be archived; archive it"
                    + " (alexandria archive " + id + "), or move its callers to a module that is not deprecated");
        }
        if (to == MaturityLevel.ARCHIVED) {
            return Optional.of(id + " is " + from + ", and only a deprecated module can be archived; deprecate it "
                    + "first (alexandria deprecate " + id + ")");
        }
        if (to.ordinal() > from.ordinal()) {
            return Optional.of(from + " → " + to + " skips a level; promote one level at a time, next to "
                    + from.next().orElseThrow());
        }
        return Optional.of(from + " → " + to + " demotes below stable, and once stable a module's API is locked"
                + (from == MaturityLevel.MATURE ? " (mature can only go back to stable)" : "") + "; deprecate it "
                + "instead if it should no longer be used");
    }
}
