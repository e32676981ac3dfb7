package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleInterface;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
            walk(a.expr, refs);
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

    /** Collects {@code var.x}, {@code local.x} and {@code module.x} steps. */
    private static void walk(Object node, List<Expr.GetAttr> out) {
        if (node instanceof Expr.GetAttr g) {
            if (g.object instanceof Expr.Variable v && !g.legacyIndex && (v.name.equals("var")
                    || v.name.equals("local") || v.name.equals("module"))) {
                out.add(g);
            } else {
                walk(g.object, out);
            }
        } else if (node instanceof Expr.Index i) {
            walk(i.collection, out);
            walk(i.key, out);
        } else if (node instanceof Expr.Splat s) {
            walk(s.source, out);
        } else if (node instanceof Expr.Template t) {
            t.parts.forEach(p -> walk(p, out));
        } else if (node instanceof Expr.JsonString j) {
            Expr.Template t = j.template(new ArrayList<>());
            if (t != null) {
                walk(t, out);
            }
        } else if (node instanceof Expr.If i) {
            walk(i.condition, out);
            i.whenTrue.forEach(p -> walk(p, out));
            i.whenFalse.forEach(p -> walk(p, out));
        } else if (node instanceof Expr.For f) {
            walk(f.collection, out);
            f.body.forEach(p -> walk(p, out));
        } else if (node instanceof Expr.Call c) {
            c.args.forEach(a -> walk(a, out));
        } else if (node instanceof Expr.Conditional c) {
            walk(c.condition, out);
            walk(c.whenTrue, out);
            walk(c.whenFalse, out);
        } else if (node instanceof Expr.Binary b) {
            walk(b.left, out);
            walk(b.right, out);
        } else if (node instanceof Expr.Unary u) {
            walk(u.operand, out);
        } else if (node instanceof Expr.Parens p) {
            walk(p.inner, out);
        } else if (node instanceof Expr.Tuple t) {
            t.items.forEach(x -> walk(x, out));
        } else if (node instanceof Expr.ObjectCons o) {
            o.keys.forEach(x -> walk(x, out));
            o.values.forEach(x -> walk(x, out));
        } else if (node instanceof Expr.ForExpr f) {
            walk(f.collection, out);
            if (f.keyExpr != null) {
                walk(f.keyExpr, out);
            }
            walk(f.valueExpr, out);
            if (f.condition != null) {
                walk(f.condition, out);
            }
        }
    }
}
