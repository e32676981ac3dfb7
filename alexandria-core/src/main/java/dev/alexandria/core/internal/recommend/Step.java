package dev.alexandria.core.internal.recommend;

/**
 * The step of a use case's plan that added a module ({@code Recommendation#step}, {@code step} of {@code recommend
 * --output json}). The plan is in steps, not by score (docs/recommend.md, "For a use case"), so a module may score
 * below one after it; the step says why it comes where it does, in a word a program can read where the first
 * evidence line says it in words.
 */
enum Step {
    /** The pattern matching the use case. */
    PATTERN("pattern"),
    /** A module the pattern composes. */
    COMPOSED("composed"),
    /** A module standing in for a module call of the pattern outside the library. */
    STAND_IN("stand-in"),
    /** The best module for a need the use case names. */
    NEED("need"),
    /** The module for a need the use case implies. */
    IMPLIED("implied"),
    /** A module making a service the pattern declares itself. */
    PATTERN_SERVICE("pattern-service"),
    /** A dependency of a chosen module. */
    DEPENDENCY("dependency"),
    /** A module providing a required input of a chosen module. */
    REQUIRED_INPUT("required-input"),
    /** An add-on or companion of a module the use case asked for. */
    COMPANION("companion"),
    /** A module providing an optional input of a chosen module. */
    OPTIONAL_INPUT("optional-input"),
    /** A need's runner-up, making a service no chosen module makes. */
    RUNNER_UP("runner-up"),
    /** The best match of a category not covered, answering a word of the use case no module above answers. */
    CATEGORY("category"),
    /** Another match for the use case, answering a word of it no module above answers. */
    OTHER("other");

    private final String id;

    Step(String id) {
        this.id = id;
    }

    /** @return the step's name in the output: {@code pattern}, {@code required-input} … */
    String id() {
        return id;
    }
}
