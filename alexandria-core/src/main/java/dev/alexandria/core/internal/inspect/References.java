package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleInterface;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Finds the references to input variables ({@code var.x}), local values ({@code local.x}) and module calls
 * ({@code module.x}) that the module does not declare, as {@code terraform validate} reports them ("Reference to
 * undeclared input variable"), at the reference's file, line and column. Walks every expression of the merged
 * blocks, nested blocks included; the addresses of {@code moved}, {@code removed} and {@code import} blocks
 * name objects, not values, and are not references.
 *
 * <p>Stateless; each call builds its own state.
 */
final class References {

    private References() {
    }

    /**
     * @param builder a builder after {@link ModuleBuilder#build()}
     * @param spec    the interface it built
     * @return one error per undeclared reference, in file order
     */
    static List<Diagnostic> undeclared(ModuleBuilder builder, ModuleInterface spec) {
        Set<String> vars = new LinkedHashSet<>();
        spec.variables().forEach(v -> vars.add(v.name()));
        Set<String> locals = builder.locals(new ArrayList<>()).keySet();
        Set<String> modules = new LinkedHashSet<>();
        for (ModuleCallRef c : spec.moduleCalls()) {
            modules.add(c.name());
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Syntax.Block b : builder.mergedBlocks()) {
            if (b.type.equals("moved") || b.type.equals("removed") || b.type.equals("terraform")) {
                continue;
            }
            body(b.body, b.file, b.type.equals("import"), vars, locals, modules, out);
        }
        return out;
    }

    private static void body(Syntax.Body body, String file, boolean importBlock, Set<String> vars,
                             Set<String> locals, Set<String> modules, List<Diagnostic> out) {
        for (Syntax.Attribute a : body.attributes) {
            if (importBlock && a.name.equals("to")) {
                continue;
            }
            List<Expr.GetAttr> refs = new ArrayList<>();
            forEachStep(a.expr, DECLARED_ROOTS, refs::add);
            if (refs.isEmpty()) {
                continue;
            }
            Evaluator.Locator at = Literals.locator(a, file);
            for (Expr.GetAttr g : refs) {
                String root = ((Expr.Variable) g.object).name;
                String name = g.name;
                if (root.equals("var") && !vars.contains(name)) {
                    String suggestion = Messages.suggestion(name, vars);
                    out.add(Diagnostic.error("Reference to undeclared input variable", "An input variable with the "
                            + "name " + Convert.quote(name) + " has not been declared." + (suggestion.isEmpty()
                                    ? " This variable can be declared with a variable " + Convert.quote(name)
                                            + " {} block." : suggestion), at.at(g.object.start)));
                } else if (root.equals("local") && !locals.contains(name)) {
                    out.add(Diagnostic.error("Reference to undeclared local value", "A local value with the name "
                            + Convert.quote(name) + " has not been declared." + Messages.suggestion(name, locals),
                            at.at(g.object.start)));
                } else if (root.equals("module") && !modules.contains(name)) {
                    out.add(Diagnostic.error("Reference to undeclared module", "No module call named "
                            + Convert.quote(name) + " is declared in the root module." + Messages.suggestion(name,
                                    modules), at.at(g.object.start)));
                }
            }
        }
        for (Syntax.Block nested : body.blocks) {
            body(nested.body, file, false, vars, locals, modules, out);
        }
    }

    /** The roots whose steps name something a module declares: {@code var.x}, {@code local.x}, {@code module.x}. */
    private static final Set<String> DECLARED_ROOTS = Set.of("var", "local", "module");

    /**
     * Hands every step {@code root.x} of an expression whose root is one of {@code roots} to {@code sink}, in
     * source order; the one walk over expressions that finds references (a JSON string is read as the template
     * Terraform reads it as; its syntax errors are reported when it is evaluated, not here).
     *
     * @param node  an expression node
     * @param roots the root names to report, e.g. {@code var}
     * @param sink  receives each step
     */
    static void forEachStep(Object node, Set<String> roots, Consumer<Expr.GetAttr> sink) {
        forEachStep(node, (Predicate<String>) roots::contains, sink);
    }

    /**
     * Hands every step {@code root.x} of an expression whose root {@code roots} accepts to {@code sink}, in source
     * order; as {@link #forEachStep(Object, Set, Consumer)}, for a caller that wants every root.
     *
     * @param node  an expression node
     * @param roots which root names to report
     * @param sink  receives each step
     */
    static void forEachStep(Object node, Predicate<String> roots, Consumer<Expr.GetAttr> sink) {
        if (node instanceof Expr.GetAttr g) {
            if (g.object instanceof Expr.Variable v && !g.legacyIndex && roots.test(v.name)) {
                sink.accept(g);
            } else {
                forEachStep(g.object, roots, sink);
            }
        } else if (node instanceof Expr.Index i) {
            forEachStep(i.collection, roots, sink);
            forEachStep(i.key, roots, sink);
        } else if (node instanceof Expr.Splat s) {
            forEachStep(s.source, roots, sink);
        } else if (node instanceof Expr.Template t) {
            t.parts.forEach(p -> forEachStep(p, roots, sink));
        } else if (node instanceof Expr.JsonString j) {
            Expr.Template t = j.template(new ArrayList<>());
            if (t != null) {
                forEachStep(t, roots, sink);
            }
        } else if (node instanceof Expr.If i) {
            forEachStep(i.condition, roots, sink);
            i.whenTrue.forEach(p -> forEachStep(p, roots, sink));
            i.whenFalse.forEach(p -> forEachStep(p, roots, sink));
        } else if (node instanceof Expr.For f) {
            forEachStep(f.collection, roots, sink);
            f.body.forEach(p -> forEachStep(p, roots, sink));
        } else if (node instanceof Expr.Call c) {
            c.args.forEach(a -> forEachStep(a, roots, sink));
        } else if (node instanceof Expr.Conditional c) {
            forEachStep(c.condition, roots, sink);
            forEachStep(c.whenTrue, roots, sink);
            forEachStep(c.whenFalse, roots, sink);
        } else if (node instanceof Expr.Binary b) {
            forEachStep(b.left, roots, sink);
            forEachStep(b.right, roots, sink);
        } else if (node instanceof Expr.Unary u) {
            forEachStep(u.operand, roots, sink);
        } else if (node instanceof Expr.Parens p) {
            forEachStep(p.inner, roots, sink);
        } else if (node instanceof Expr.Tuple t) {
            t.items.forEach(x -> forEachStep(x, roots, sink));
        } else if (node instanceof Expr.ObjectCons o) {
            o.keys.forEach(x -> forEachStep(x, roots, sink));
            o.values.forEach(x -> forEachStep(x, roots, sink));
        } else if (node instanceof Expr.ForExpr f) {
            forEachStep(f.collection, roots, sink);
            if (f.keyExpr != null) {
                forEachStep(f.keyExpr, roots, sink);
            }
            forEachStep(f.valueExpr, roots, sink);
            if (f.condition != null) {
                forEachStep(f.condition, roots, sink);
            }
        }
    }
}
