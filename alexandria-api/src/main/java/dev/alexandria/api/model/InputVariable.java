package dev.alexandria.api.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code variable} block: one input of a module.
 *
 * <p>The default comes in two forms. {@link #defaultValue()} is the default as written, evaluated with nothing
 * in scope but not converted: what terraform-config-inspect and terraform-docs show ({@code ["a"]} for a
 * {@code list(string)}). {@link #typedDefault()} is the value Terraform uses: converted to the variable's type,
 * with the defaults of {@code optional()} object attributes filled in ({@code tolist(["a"])}); when the default
 * does not fit the type, the module's diagnostics hold "Invalid default value for variable" and the typed
 * default is unknown, as in Terraform.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(String, SourceLocation)}:
 *
 * <pre>{@code
 * InputVariable v = InputVariable.builder("zones", SourceLocation.of("variables.tf", 1, 1))
 *         .type(new TypeConstraint.Collection(TypeConstraint.Collection.Kind.LIST, TypeConstraint.STRING))
 *         .defaultValue(new LiteralValue.ListValue(List.of(LiteralValue.of("a"))),
 *                 HclValue.listOf(TypeConstraint.STRING, List.of(HclValue.of("a"))))
 *         .description("Availability zones.")
 *         .build();
 * }</pre>
 *
 * @param name            the variable's name
 * @param typeSource      the {@code type} argument exactly as written, if given
 * @param type            the parsed type constraint; {@link TypeConstraint#ANY} when no type is given or it
 *                        could not be understood (then a diagnostic says so)
 * @param defaultValue    the default as written (evaluated with nothing in scope, not converted), if given;
 *                        a {@link LiteralValue.NonLiteral} with its source text when it cannot be evaluated so
 * @param typedDefault    the default Terraform uses (converted to {@code type}, optional attribute defaults
 *                        applied), present exactly when {@code defaultValue} is
 * @param description     the description, empty when none
 * @param sensitive       {@code sensitive = true}
 * @param nullable        {@code nullable}, which defaults to true
 * @param ephemeral       {@code ephemeral = true}
 * @param deprecated      the deprecation message, if deprecated
 * @param validationCount the number of {@code validation} blocks
 * @param location        where the block starts
 * @since 0.1.0
 */
public record InputVariable(String name, Optional<String> typeSource, TypeConstraint type,
        Optional<LiteralValue> defaultValue, Optional<HclValue> typedDefault, String description, boolean sensitive,
        boolean nullable, boolean ephemeral, Optional<String> deprecated, int validationCount,
        SourceLocation location) {

    /**
     * Creates a variable after checking its components. Prefer {@link #builder(String, SourceLocation)}.
     *
     * @param name            the variable's name; not null
     * @param typeSource      the {@code type} argument as written, or empty when not given; not null
     * @param type            the parsed type constraint, {@link TypeConstraint#ANY} when unknown; not null
     * @param defaultValue    the default as written, or empty when the variable has none (and so is required);
     *                        not null
     * @param typedDefault    the default converted to the type; present exactly when {@code defaultValue} is;
     *                        not null
     * @param description     the description, empty when none; not null
     * @param sensitive       whether {@code sensitive = true} was given
     * @param nullable        the {@code nullable} argument; Terraform's default is true
     * @param ephemeral       whether {@code ephemeral = true} was given
     * @param deprecated      the deprecation message, or empty when not deprecated; not null
     * @param validationCount the number of {@code validation} blocks; zero or more
     * @param location        where the block starts; not null
     * @throws NullPointerException     if a reference component is null
     * @throws IllegalArgumentException if {@code validationCount} is negative, or only one of the two defaults
     *                                  is present
     * @since 0.2.0
     */
    public InputVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(typeSource, "typeSource");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(typedDefault, "typedDefault");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(deprecated, "deprecated");
        Objects.requireNonNull(location, "location");
        if (validationCount < 0) {
            throw new IllegalArgumentException("validationCount must not be negative: " + validationCount);
        }
        if (defaultValue.isPresent() != typedDefault.isPresent()) {
            throw new IllegalArgumentException("defaultValue and typedDefault must both be present or both be empty:"
                    + " variable " + name);
        }
    }

    /**
     * Starts a variable with no type ({@code any}), no default (so required), no description, nullable, not
     * sensitive, not ephemeral, not deprecated, without validations.
     *
     * @param name     the variable's name
     * @param location where its block starts
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder(String name, SourceLocation location) {
        return new Builder(name, location);
    }

    /**
     * @return a builder holding this variable's components
     * @since 0.2.0
     */
    public Builder toBuilder() {
        Builder b = new Builder(name, location);
        b.typeSource = typeSource;
        b.type = type;
        b.defaultValue = defaultValue;
        b.typedDefault = typedDefault;
        b.description = description;
        b.sensitive = sensitive;
        b.nullable = nullable;
        b.ephemeral = ephemeral;
        b.deprecated = deprecated;
        b.validationCount = validationCount;
        return b;
    }

    /** @return whether a caller must set it (it has no default) */
    public boolean required() {
        return defaultValue.isEmpty();
    }

    /**
     * Builds an {@link InputVariable}. Mutable and meant for one thread; {@link #build()} leaves it unchanged.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private final String name;
        private final SourceLocation location;
        private Optional<String> typeSource = Optional.empty();
        private TypeConstraint type = TypeConstraint.ANY;
        private Optional<LiteralValue> defaultValue = Optional.empty();
        private Optional<HclValue> typedDefault = Optional.empty();
        private String description = "";
        private boolean sensitive;
        private boolean nullable = true;
        private boolean ephemeral;
        private Optional<String> deprecated = Optional.empty();
        private int validationCount;

        private Builder(String name, SourceLocation location) {
            this.name = Objects.requireNonNull(name, "name");
            this.location = Objects.requireNonNull(location, "location");
        }

        /**
         * The type constraint, with its source text its canonical spelling. Defaults to {@code any}, not
         * written.
         *
         * @param type the type constraint
         * @return this builder
         */
        public Builder type(TypeConstraint type) {
            return type(type, Objects.requireNonNull(type, "type").render());
        }

        /**
         * The type constraint and its text as written.
         *
         * @param type   the type constraint
         * @param source the {@code type} argument as written
         * @return this builder
         */
        public Builder type(TypeConstraint type, String source) {
            this.type = Objects.requireNonNull(type, "type");
            this.typeSource = Optional.of(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * The default, as written and as Terraform uses it. Defaults to none (a required variable).
         *
         * @param written the default as written
         * @param typed   the default converted to the variable's type
         * @return this builder
         */
        public Builder defaultValue(LiteralValue written, HclValue typed) {
            this.defaultValue = Optional.of(Objects.requireNonNull(written, "written"));
            this.typedDefault = Optional.of(Objects.requireNonNull(typed, "typed"));
            return this;
        }

        /**
         * The description. Defaults to empty.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * {@code sensitive}. Defaults to false.
         *
         * @param sensitive whether the variable is sensitive
         * @return this builder
         */
        public Builder sensitive(boolean sensitive) {
            this.sensitive = sensitive;
            return this;
        }

        /**
         * {@code nullable}. Defaults to true, as in Terraform.
         *
         * @param nullable whether null may be given
         * @return this builder
         */
        public Builder nullable(boolean nullable) {
            this.nullable = nullable;
            return this;
        }

        /**
         * {@code ephemeral}. Defaults to false.
         *
         * @param ephemeral whether the variable is ephemeral
         * @return this builder
         */
        public Builder ephemeral(boolean ephemeral) {
            this.ephemeral = ephemeral;
            return this;
        }

        /**
         * The deprecation message. Defaults to none.
         *
         * @param message why the variable is deprecated and what to use instead
         * @return this builder
         */
        public Builder deprecated(String message) {
            this.deprecated = Optional.of(Objects.requireNonNull(message, "message"));
            return this;
        }

        /**
         * The number of {@code validation} blocks. Defaults to 0.
         *
         * @param count the number; not negative
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is negative
         */
        public Builder validationCount(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("validationCount must not be negative: " + count);
            }
            this.validationCount = count;
            return this;
        }

        /** @return the variable */
        public InputVariable build() {
            return new InputVariable(name, typeSource, type, defaultValue, typedDefault, description, sensitive,
                    nullable, ephemeral, deprecated, validationCount, location);
        }

        /** @return the components that were set, for example {@code InputVariable.Builder{name=zones, type=list(string)}} */
        @Override
        public String toString() {
            List<String> set = new ArrayList<>();
            set.add("name=" + name);
            typeSource.ifPresent(t -> set.add("type=" + t));
            defaultValue.ifPresent(d -> set.add("default=" + d.hcl()));
            if (!description.isEmpty()) {
                set.add("description=" + description);
            }
            if (sensitive) {
                set.add("sensitive");
            }
            if (!nullable) {
                set.add("nullable=false");
            }
            if (ephemeral) {
                set.add("ephemeral");
            }
            deprecated.ifPresent(d -> set.add("deprecated=" + d));
            if (validationCount > 0) {
                set.add("validations=" + validationCount);
            }
            return "InputVariable.Builder{" + String.join(", ", set) + "}";
        }
    }
}
