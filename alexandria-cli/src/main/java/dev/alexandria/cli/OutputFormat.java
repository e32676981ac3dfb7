package dev.alexandria.cli;


/**
 * How a command prints its result: a table for people, JSON or YAML (the full data, snake_case keys) for
 * machines.
 *
 * @since 0.1.0
 */
public enum OutputFormat {
    /** Aligned plain-text tables. */
    TABLE,
    /** Pretty-printed JSON. */
    JSON,
    /** YAML. */
    YAML;

    /** @return the lower-case name used on the command line */
    public String id() {
        return EnumChoice.id(this);
    }

    /** Parses {@code --output} values, case-insensitively, and offers them for completion. */
    static final class Choice extends EnumChoice<OutputFormat> {
        Choice() {
            super(OutputFormat.class);
        }
    }
}
