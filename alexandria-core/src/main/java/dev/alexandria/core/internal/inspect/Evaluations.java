package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Evaluation;
import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TypeConstraint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The evaluator's entry points for {@code dev.alexandria.core.Alexandria}: evaluating an expression in a scope,
 * and building a module's scope from its variables, the values given for them ({@code .tfvars} files and a map)
 * and its local values, as Terraform v1.15 prepares them for a plan.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class Evaluations {

    /** The file name diagnostics of {@link #evaluate(String, HclScope)} name. */
    public static final String EXPRESSION_FILE = "<expression>";

    private Evaluations() {
    }

    /**
     * Evaluates an expression in the HCL native syntax.
     *
     * @param expression the expression, for example {@code var.count * 2}
     * @param scope      what it may refer to
     * @return the value and the problems met (syntax errors included); never throws for bad input
     */
    public static Evaluation evaluate(String expression, HclScope scope) {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(scope, "scope");
        char[] src = expression.toCharArray();
        List<Diagnostic> diags = new ArrayList<>();
        Expr e = new HclParser(src, EXPRESSION_FILE, diags).parseWholeExpression();
        if (e == null) {
            return new Evaluation(HclValue.UNKNOWN, diags);
        }
        HclValue v = new Evaluator(scope, Evaluator.locator(src, EXPRESSION_FILE, 1), diags).eval(e);
        return new Evaluation(v, diags);
    }

    /**
     * Builds the scope of a module: {@code var.*} from the values given, else the variables' defaults, each
     * converted to its variable's type; {@code local.*} evaluated in dependency order; {@code path.module} is
     * {@code "."}. The files are read in order, later files winning, then {@code inputs} win over them all.
     *
     * @param module   the module folder
     * @param inputs   values given for input variables, by name
     * @param varFiles {@code .tfvars} or {@code .tfvars.json} files, in order
     * @return the scope; its {@link HclScope#diagnostics()} hold the problems met
     */
    public static HclScope moduleScope(Path module, Map<String, HclValue> inputs, List<Path> varFiles) {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(varFiles, "varFiles");
        ModuleBuilder builder = new ModuleInspector().read(module, InspectOptions.defaults());
        return scope(builder, inputs, varFiles);
    }

    /** Like {@link #moduleScope(Path, Map, List)} for files held in memory; for tests and hosts with sources. */
    static HclScope scopeOfSources(String path, Map<String, String> files, Map<String, HclValue> inputs) {
        return scope(new ModuleInspector().readSources(path, files, InspectOptions.defaults()), inputs, List.of());
    }

    private static HclScope scope(ModuleBuilder builder, Map<String, HclValue> inputs, List<Path> varFiles) {
        return scope(builder, builder.build(), inputs, varFiles);
    }

    /** Like the scope of a module read once and built already ({@code mi}), so it can be scoped many times. */
    static HclScope scope(ModuleBuilder builder, ModuleInterface mi, Map<String, HclValue> inputs,
            List<Path> varFiles) {
        List<Diagnostic> diags = new ArrayList<>();
        for (Diagnostic d : mi.diagnostics()) {
            if (d.isError()) {
                diags.add(d);
            }
        }
        Map<String, InputVariable> declared = new LinkedHashMap<>();
        for (InputVariable v : mi.variables()) {
            declared.put(v.name(), v);
        }
        Map<String, HclValue> given = new LinkedHashMap<>();
        Map<String, SourceLocation> givenAt = new HashMap<>();
        for (Path f : varFiles) {
            readVarFile(f, given, givenAt, diags);
        }
        inputs.forEach((k, v) -> {
            given.put(Objects.requireNonNull(k, "input name"), Objects.requireNonNull(v, "input value"));
            givenAt.remove(k);
        });
        HclScope.Builder scope = HclScope.builder();
        for (Map.Entry<String, HclValue> g : given.entrySet()) {
            if (!declared.containsKey(g.getKey())) {
                SourceLocation at = givenAt.getOrDefault(g.getKey(), SourceLocation.of(mi.path()));
                diags.add(Diagnostic.warning("Value for undeclared variable", "The module does not declare a variable "
                        + "named " + Convert.quote(g.getKey()) + " but a value was given for it. To use this value, "
                        + "add a \"variable\" block to the configuration.", at));
            }
        }
        for (InputVariable v : declared.values()) {
            scope.variable(v.name(), variableValue(v, given.get(v.name()), givenAt.get(v.name()), diags));
        }
        locals(builder.locals(diags), scope, diags);
        diags.forEach(scope::diagnostic);
        return scope.build();
    }

    /** Terraform's {@code prepareFinalInputVariableValue}: the value given, converted, or the default. */
    private static HclValue variableValue(InputVariable v, HclValue given, SourceLocation givenAt,
            List<Diagnostic> diags) {
        TypeConstraint type = v.type();
        boolean typed = v.typeSource().isPresent();
        if (given == null) {
            if (v.typedDefault().isPresent()) {
                return v.typedDefault().get();
            }
            diags.add(Diagnostic.error("No value for required variable", "The module input variable "
                    + Convert.quote(v.name()) + " is not set, and has no default value. Give it a value in the inputs "
                    + "or in a .tfvars file.", v.location()));
            return Values.unknown(Types.canonical(type));
        }
        if (given.isNull()) {
            if (!v.nullable()) {
                if (v.typedDefault().isPresent()) {
                    return v.typedDefault().get();
                }
                diags.add(Diagnostic.error("Required variable not set", "Unsuitable value for var." + v.name()
                        + ": required variable may not be set to null.", givenAt != null ? givenAt : v.location()));
                return Values.unknown(Types.canonical(type));
            }
            return HclValue.nullOf(typed ? Types.canonical(type) : Types.DYNAMIC);
        }
        if (!typed) {
            return given;
        }
        try {
            return TypeDefaults.applyAndConvert(type, given);
        } catch (Convert.Failure f) {
            diags.add(Diagnostic.error("Invalid value for input variable", "The given value is not suitable for var."
                    + v.name() + " declared at " + v.location().file() + ":" + v.location().line() + ","
                    + v.location().column() + ": " + f.withPath() + ".", givenAt != null ? givenAt : v.location()));
            return Values.unknown(Types.canonical(type));
        }
    }

    /** Reads a {@code .tfvars} file: each attribute evaluated with nothing in scope. */
    static void readVarFile(Path file, Map<String, HclValue> out, Map<String, SourceLocation> at,
            List<Diagnostic> diags) {
        String display = file.toString();
        char[] chars;
        try {
            long size = Files.size(file);
            if (size > ModuleInspector.MAX_FILE_BYTES) {
                diags.add(Diagnostic.error("File too large", "The variable definitions file \"" + display + "\" has "
                        + size + " bytes, more than " + ModuleInspector.MAX_FILE_BYTES + ", which it passes here.",
                        SizeLimit.wherePassed(file, display, ModuleInspector.MAX_FILE_BYTES)));
                return;
            }
            chars = ModuleInspector.decode(Files.readAllBytes(file), display, diags);
        } catch (IOException | RuntimeException e) {
            diags.add(Diagnostic.error("Failed to read variables file", "The variable definitions file \"" + display
                    + "\" does not exist or cannot be read.", SourceLocation.of(display)));
            return;
        }
        readVarSource(display, chars, out, at, diags);
    }

    static void readVarSource(String display, char[] chars, Map<String, HclValue> out, Map<String, SourceLocation> at,
            List<Diagnostic> diags) {
        Syntax.Body body = display.endsWith(".json") ? JsonSyntaxReader.read(chars, display, diags)
                : new HclParser(chars, display, diags).parseFile();
        for (Syntax.Block b : body.blocks) {
            diags.add(Diagnostic.error("Unexpected \"" + b.type + "\" block", "Blocks are not allowed here; a "
                    + "variable definitions file assigns values to variables, like name = \"value\".",
                    SourceLocation.of(display, b.line, b.column)));
        }
        for (Syntax.Attribute a : body.attributes) {
            HclValue v = new Evaluator(HclScope.none(), Literals.locator(a, display), diags).eval(a.expr);
            out.put(a.name, v);
            at.put(a.name, SourceLocation.of(display, a.line, a.column));
        }
    }

    /**
     * Evaluates local values in dependency order into the scope; the members of a cycle are unknown and the
     * cycle is a diagnostic naming them.
     */
    private static void locals(Map<String, ModuleBuilder.Local> defs, HclScope.Builder scope,
            List<Diagnostic> diags) {
        Map<String, Set<String>> deps = new LinkedHashMap<>();
        for (Map.Entry<String, ModuleBuilder.Local> e : defs.entrySet()) {
            Set<String> refs = new LinkedHashSet<>();
            localRefs(e.getValue().attribute().expr, refs);
            refs.retainAll(defs.keySet());
            deps.put(e.getKey(), refs);
        }
        List<String> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> inCycle = new LinkedHashSet<>();
        Map<String, Integer> state = new HashMap<>();
        for (String name : deps.keySet()) {
            visit(name, deps, state, new ArrayDeque<>(), order, inCycle, defs, diags);
        }
        for (String name : order) {
            if (inCycle.contains(name) || done.contains(name)) {
                continue;
            }
            boolean blocked = false;
            for (String d : deps.get(name)) {
                blocked |= inCycle.contains(d);
            }
            ModuleBuilder.Local l = defs.get(name);
            HclValue v;
            if (blocked) {
                v = HclValue.UNKNOWN;
            } else {
                HclScope current = scope.build();
                v = new Evaluator(current, Literals.locator(l.attribute(), l.file()), diags).eval(l.attribute().expr);
            }
            scope.local(name, v);
            done.add(name);
        }
        for (String name : inCycle) {
            scope.local(name, HclValue.UNKNOWN);
        }
    }

    private static void visit(String name, Map<String, Set<String>> deps, Map<String, Integer> state,
            Deque<String> path, List<String> order, Set<String> inCycle, Map<String, ModuleBuilder.Local> defs,
            List<Diagnostic> diags) {
        Integer s = state.get(name);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>();
            boolean on = false;
            for (java.util.Iterator<String> it = path.descendingIterator(); it.hasNext();) {
                String p = it.next();
                on |= p.equals(name);
                if (on) {
                    cycle.add(p);
                }
            }
            if (!inCycle.containsAll(cycle)) {
                inCycle.addAll(cycle);
                StringBuilder sb = new StringBuilder();
                for (String c : cycle) {
                    sb.append("local.").append(c).append(" refers to ");
                }
                sb.append("local.").append(name);
                ModuleBuilder.Local l = defs.get(name);
                diags.add(Diagnostic.error("Cycle in local values", "Local values cannot refer to each other in a "
                        + "cycle: " + sb + ". Remove one of these references.", SourceLocation.of(l.file(),
                                l.attribute().line, l.attribute().column)));
            }
            return;
        }
        state.put(name, 1);
        path.push(name);
        for (String d : deps.get(name)) {
            visit(d, deps, state, path, order, inCycle, defs, diags);
        }
        path.pop();
        state.put(name, 2);
        order.add(name);
    }

    /** Collects the names {@code x} of every {@code local.x} in an expression. */
    static void localRefs(Object node, Set<String> out) {
        References.forEachStep(node, Set.of("local"), g -> out.add(g.name));
    }
}
