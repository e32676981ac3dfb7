package dev.alexandria.api.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One promotion criterion evaluated against a module's evidence: whether it is met, what was found, and what
 * would meet it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          the criterion id ({@code unit_tests}), one of {@link MaturityModel.Criterion#KNOWN_IDS}
 * @param description the criterion in words ({@code Unit tests pass})
 * @param met         whether the evidence meets it
 * @param found       the evidence found, in words ({@code tests/unit/ has 2 files})
 * @param toMeet      what would meet it, in words ({@code add a test file under tests/unit/})
 * @param source      where the evidence came from: {@code measured} (files and git), {@code .alexandria.yaml}
 *                    (its {@code evidence:} block), the name of the evidence provider that declared it, or
 *                    {@code not evidenced} ({@link #NOT_EVIDENCED}) when no source declares it
 * @param note        a caveat about how the criterion is judged, if any
 * @since 0.3.0
 */
public record CriterionCheck(String id, String description, boolean met, String found, String toMeet,
                             String source, Optional<String> note) {

    /** The source of evidence measured from the module's files and git history. */
    public static final String MEASURED = "measured";

    /**
     * The source of a criterion no evidence source declares anything for: its state is unknown, so it is not
     * met, and no source is credited with it.
     *
     * @since 0.4.0
     */
    public static final String NOT_EVIDENCED = "not evidenced";

    /**
     * Checks the components.
     *
     * @param id          the criterion id
     * @param description the criterion in words
     * @param met         whether the evidence meets it
     * @param found       the evidence found
     * @param toMeet      what would meet it
     * @param source      where the evidence came from
     * @param note        a caveat, if any
     */
    public CriterionCheck {
        Checks.notBlank(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(toMeet, "toMeet");
        Checks.notBlank(source, "source");
        Checks.optional(note, "note");
    }

    /** @return {@code [x] readme: README.md exists (measured)} or {@code [ ] …; to meet it: …} */
    @Override
    public String toString() {
        return (met ? "[x] " : "[ ] ") + id + ": " + found + (met ? "" : "; to meet it: " + toMeet) + " (" + source
                + ")";
    }
}
