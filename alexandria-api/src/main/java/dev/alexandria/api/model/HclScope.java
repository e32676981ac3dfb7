package dev.alexandria.api.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an HCL expression can refer to while it is evaluated: the module's input variables ({@code var.*}),
 * local values ({@code local.*}), {@code path.module}, {@code path.root}, {@code path.cwd},
 * {@code terraform.workspace}, and per instance {@code count.index} or {@code each.key}/{@code each.value}.
 * Everything Terraform only knows during apply - {@code data.*}, {@code module.*}, resource attributes,
 * {@code self} - evaluates to an unknown value. Terraform's built-in functions are available.
 *
 * <p>{@link #none()} is the empty scope Terraform uses for constants (a variable's {@code default}, a module's
 * {@code source} and {@code version}, the values of a {@code .tfvars} file): there any reference is the error
 * "Variables not allowed" and any function call "Function calls not allowed".
 *
 * <p>A module's scope, built from its variables' defaults, the values given for them and its locals, comes
 * from {@code Alexandria.moduleScope}; the problems met building it are its {@link #diagnostics()}.
 *
 * <pre>{@code
 * HclScope scope = HclScope.builder()
 *         .variable("instance_count", HclValue.of(3))
 *         .local("name", HclValue.of("web"))
 *         .build();
 * Evaluation e = Alexandria.evaluate("var.instance_count * 2", scope);   // 6
 * HclScope second = scope.toBuilder().countIndex(1).build();             // count.index = 1
 * }</pre>
 *
 * <p>Immutable and thread-safe; a {@link Builder} is mutable and meant for one thread.
 *
 * @since 0.2.0
 */
public final class HclScope {

    private static final HclScope NONE = new HclScope(new Builder(), false);

    private final boolean referencesAllowed;
    private final Map<String, HclValue> variables;
    private final Map<String, HclValue> locals;
    private final String pathModule;
    private final String pathRoot;
    private final String pathCwd;
    private final String workspace;
    private final HclValue countIndex;
    private final HclValue eachKey;
    private final HclValue eachValue;
    private final List<Diagnostic> diagnostics;

    private HclScope(Builder b, boolean referencesAllowed) {
        this.referencesAllowed = referencesAllowed;
        this.variables = Collections.unmodifiableMap(new TreeMap<>(b.variables));
        this.locals = Collections.unmodifiableMap(new TreeMap<>(b.locals));
        this.pathModule = b.pathModule;
        this.pathRoot = b.pathRoot;
        this.pathCwd = b.pathCwd;
        this.workspace = b.workspace;
        this.countIndex = b.countIndex;
        this.eachKey = b.eachKey;
        this.eachValue = b.eachValue;
        this.diagnostics = List.copyOf(b.diagnostics);
    }

    /**
     * The empty scope of constants: no references, no function calls.
     *
     * @return the empty scope
     */
    public static HclScope none() {
        return NONE;
    }

    /** @return a builder of a scope in which references and function calls are allowed */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this scope's values, to derive another (per instance, say) */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.variables.putAll(variables);
        b.locals.putAll(locals);
        b.pathModule = pathModule;
        b.pathRoot = pathRoot;
        b.pathCwd = pathCwd;
        b.workspace = workspace;
        b.countIndex = countIndex;
        b.eachKey = eachKey;
        b.eachValue = eachValue;
        b.diagnostics.addAll(diagnostics);
        return b;
    }

    /** @return false for {@link #none()}, where references and function calls are errors; true otherwise */
    public boolean referencesAllowed() {
        return referencesAllowed;
    }

    /** @return the input variables, {@code var.<name>}, by name */
    public Map<String, HclValue> variables() {
        return variables;
    }

    /** @return the local values, {@code local.<name>}, by name */
    public Map<String, HclValue> locals() {
        return locals;
    }

    /** @return {@code path.module} */
    public String pathModule() {
        return pathModule;
    }

    /** @return {@code path.root} */
    public String pathRoot() {
        return pathRoot;
    }

    /** @return {@code path.cwd} */
    public String pathCwd() {
        return pathCwd;
    }

    /** @return {@code terraform.workspace} */
    public String workspace() {
        return workspace;
    }

    /** @return {@code count.index}, if evaluating an instance of a resource or module with {@code count} */
    public Optional<HclValue> countIndex() {
        return Optional.ofNullable(countIndex);
    }

    /** @return {@code each.key}, if evaluating an instance of a resource or module with {@code for_each} */
    public Optional<HclValue> eachKey() {
        return Optional.ofNullable(eachKey);
    }

    /** @return {@code each.value}, if evaluating an instance of a resource or module with {@code for_each} */
    public Optional<HclValue> eachValue() {
        return Optional.ofNullable(eachValue);
    }

    /**
     * The problems met while building this scope (a required variable without a value, a value of the wrong
     * type, a cycle between local values ...); the values concerned are unknown.
     *
     * @return the diagnostics, empty for a scope built by hand
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** @return for example {@code HclScope{variables=[a, b], locals=[name], count.index=1}} */
    @Override
    public String toString() {
        if (!referencesAllowed) {
            return "HclScope.none()";
        }
        List<String> parts = new ArrayList<>();
        parts.add("variables=" + variables.keySet());
        parts.add("locals=" + locals.keySet());
        if (countIndex != null) {
            parts.add("count.index=" + countIndex.hcl());
        }
        if (eachKey != null) {
            parts.add("each.key=" + eachKey.hcl());
        }
        if (!diagnostics.isEmpty()) {
            parts.add("diagnostics=" + diagnostics.size());
        }
        return "HclScope{" + String.join(", ", parts) + "}";
    }

    /**
     * Builds an {@link HclScope}.
     *
     * <p>Mutable and meant for one thread; {@link #build()} leaves it unchanged.
     *
     * @since 0.2.0
     */
    public static final class Builder {

        private final Map<String, HclValue> variables = new TreeMap<>();
        private final Map<String, HclValue> locals = new TreeMap<>();
        private String pathModule = ".";
        private String pathRoot = ".";
        private String pathCwd = ".";
        private String workspace = "default";
        private HclValue countIndex;
        private HclValue eachKey;
        private HclValue eachValue;
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets an input variable, {@code var.<name>}; replaces an earlier value.
         *
         * @param name  the variable's name
         * @param value its value
         * @return this builder
         */
        public Builder variable(String name, HclValue value) {
            variables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets input variables; replaces earlier values of the same names.
         *
         * @param values name to value
         * @return this builder
         */
        public Builder variables(Map<String, ? extends HclValue> values) {
            Objects.requireNonNull(values, "values").forEach(this::variable);
            return this;
        }

        /**
         * Sets a local value, {@code local.<name>}; replaces an earlier value.
         *
         * @param name  the local value's name
         * @param value its value
         * @return this builder
         */
        public Builder local(String name, HclValue value) {
            locals.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets local values; replaces earlier values of the same names.
         *
         * @param values name to value
         * @return this builder
         */
        public Builder locals(Map<String, ? extends HclValue> values) {
            Objects.requireNonNull(values, "values").forEach(this::local);
            return this;
        }

        /**
         * {@code path.module}. Defaults to {@code "."}.
         *
         * @param path the module's path
         * @return this builder
         */
        public Builder pathModule(String path) {
            this.pathModule = Objects.requireNonNull(path, "path");
            return this;
        }

        /**
         * {@code path.root}. Defaults to {@code "."}.
         *
         * @param path the root module's path
         * @return this builder
         */
        public Builder pathRoot(String path) {
            this.pathRoot = Objects.requireNonNull(path, "path");
            return this;
        }

        /**
         * {@code path.cwd}. Defaults to {@code "."}.
         *
         * @param path the working directory
         * @return this builder
         */
        public Builder pathCwd(String path) {
            this.pathCwd = Objects.requireNonNull(path, "path");
            return this;
        }

        /**
         * {@code terraform.workspace}. Defaults to {@code "default"}.
         *
         * @param name the workspace name
         * @return this builder
         */
        public Builder workspace(String name) {
            this.workspace = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * {@code count.index} of the instance being evaluated; clears {@code each}. Not set by default, when a
         * reference to {@code count} is an error.
         *
         * @param index the instance's index; not negative
         * @return this builder
         * @throws IllegalArgumentException if {@code index} is negative
         */
        public Builder countIndex(long index) {
            if (index < 0) {
                throw new IllegalArgumentException("count.index must not be negative: " + index);
            }
            this.countIndex = HclValue.of(index);
            this.eachKey = null;
            this.eachValue = null;
            return this;
        }

        /**
         * {@code each.key} and {@code each.value} of the instance being evaluated; clears {@code count.index}.
         * Not set by default, when a reference to {@code each} is an error.
         *
         * @param key   the instance key (a string, or for a set the element itself)
         * @param value the instance value
         * @return this builder
         */
        public Builder each(HclValue key, HclValue value) {
            this.eachKey = Objects.requireNonNull(key, "key");
            this.eachValue = Objects.requireNonNull(value, "value");
            this.countIndex = null;
            return this;
        }

        /**
         * Adds a problem met while working out the scope's values.
         *
         * @param diagnostic the problem
         * @return this builder
         */
        public Builder diagnostic(Diagnostic diagnostic) {
            diagnostics.add(Objects.requireNonNull(diagnostic, "diagnostic"));
            return this;
        }

        /** @return the scope; references and function calls are allowed in it */
        public HclScope build() {
            return new HclScope(this, true);
        }

        /** @return the options that were set, for example {@code HclScope.Builder{variables=[a], count.index=1}} */
        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            if (!variables.isEmpty()) {
                parts.add("variables=" + variables.keySet());
            }
            if (!locals.isEmpty()) {
                parts.add("locals=" + locals.keySet());
            }
            if (countIndex != null) {
                parts.add("count.index=" + countIndex.hcl());
            }
            if (eachKey != null) {
                parts.add("each.key=" + eachKey.hcl());
            }
            return "HclScope.Builder{" + String.join(", ", parts) + "}";
        }
    }
}
