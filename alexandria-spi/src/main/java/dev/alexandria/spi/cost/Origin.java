package dev.alexandria.spi.cost;

import java.util.Objects;

/**
 * Where a number of an estimate came from: an argument of the resource (written in the HCL, a variable's
 * default, or an input), the provider's default for an argument that is not set, the usage file, an assumption
 * of {@code --usage-defaults}, or a constant of the model (730 hours a month).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind   the kind of origin
 * @param detail what exactly, for people: {@code instance_type = "t3.micro"},
 *               {@code instance_type = var.instance_type (variable default)},
 *               {@code monthly_requests = 1000000 (usage file infracost-usage.yml:4)}
 * @since 0.1.0
 */
public record Origin(Kind kind, String detail) {

    /**
     * The kinds of origin.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** a value written in the resource's HCL */
        ATTRIBUTE,
        /** a value that comes from an input variable's default */
        VARIABLE_DEFAULT,
        /** a value that comes from the inputs given for the estimate ({@code --inputs}, a module call) */
        INPUT,
        /** the provider's default for an argument that is not set */
        PROVIDER_DEFAULT,
        /** a value from the usage file */
        USAGE_FILE,
        /** an assumption applied by {@code --usage-defaults} */
        ASSUMPTION,
        /** a constant of the model, such as 730 hours a month */
        CONSTANT
    }

    /**
     * Checks the components.
     *
     * @param kind   the kind
     * @param detail what exactly, not blank
     * @throws IllegalArgumentException if the detail is blank
     */
    public Origin {
        Objects.requireNonNull(kind, "kind");
        PriceKey.notBlank(detail, "detail");
    }

    /**
     * The origin of the 730 hours of a month.
     *
     * @return a {@link Kind#CONSTANT} origin saying so
     */
    public static Origin hoursPerMonth() {
        return new Origin(Kind.CONSTANT, "730 hours a month");
    }

    /**
     * An origin of the given kind.
     *
     * @param kind   the kind
     * @param detail what exactly
     * @return the origin
     */
    public static Origin of(Kind kind, String detail) {
        return new Origin(kind, detail);
    }

    /** @return true for the usage file and assumptions: numbers about usage, not about configuration */
    public boolean isUsage() {
        return kind == Kind.USAGE_FILE || kind == Kind.ASSUMPTION;
    }

    /** @return the detail */
    @Override
    public String toString() {
        return detail;
    }
}
