package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a Terraform test file ({@code *.tftest.hcl}) for the interface coverage of {@code alexandria test}: the
 * input variables it sets (the file's {@code variables} block and each {@code run}'s) and the outputs its
 * {@code assert} conditions reference ({@code output.<name>}). Runs with a {@code module} block test another
 * module (a helper or an example), so they count for neither.
 */
public final class TestFileReader {

    /**
     * What a test file exercises.
     *
     * @param variablesSet    the input variables it sets, sorted
     * @param outputsAsserted the outputs its assertions reference, sorted
     * @param diagnostics     its syntax errors, if any
     */
    public record Exercised(Set<String> variablesSet, Set<String> outputsAsserted, List<Diagnostic> diagnostics) {

        /**
         * Copies the components.
         *
         * @param variablesSet    the variables set
         * @param outputsAsserted the outputs asserted
         * @param diagnostics     its syntax errors
         */
        public Exercised {
            variablesSet = Set.copyOf(variablesSet);
            outputsAsserted = Set.copyOf(outputsAsserted);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private TestFileReader() {
    }

    /**
     * @param name a file name
     * @return whether it is a test file this reader reads: {@code *.tftest.hcl} (a {@code *.tftest.json} is
     *     Terraform's JSON form, which this reader does not read)
     */
    public static boolean reads(String name) {
        return name.endsWith(".tftest.hcl") && !name.startsWith(".");
    }

    /**
     * @param display the file as messages name it
     * @param text    its content
     * @return what it exercises
     */
    public static Exercised read(String display, String text) {
        List<Diagnostic> diags = new ArrayList<>();
        Syntax.Body body = new HclParser(text.toCharArray(), display, diags).parseFile();
        Set<String> variables = new TreeSet<>();
        Set<String> outputs = new TreeSet<>();
        for (Syntax.Block b : body.blocks) {
            if (b.type.equals("variables")) {
                b.body.attributes.forEach(a -> variables.add(a.name));
            } else if (b.type.equals("run")) {
                boolean otherModule = b.body.blocks.stream().anyMatch(x -> x.type.equals("module"));
                if (otherModule) {
                    continue;
                }
                for (Syntax.Block inner : b.body.blocks) {
                    if (inner.type.equals("variables")) {
                        inner.body.attributes.forEach(a -> variables.add(a.name));
                    } else if (inner.type.equals("assert")) {
                        Syntax.Attribute condition = inner.body.attribute("condition");
                        if (condition != null) {
                            outputsIn(condition.expr, outputs);
                        }
                    }
                }
            }
        }
        return new Exercised(variables, outputs, diags);
    }

    /** Adds the names of every {@code output.<name>} reference in an expression. */
    static void outputsIn(Object node, Set<String> out) {
        if (node == null) {
            return;
        }
        if (node instanceof Expr.GetAttr g) {
            if (g.object instanceof Expr.Variable v && v.name.equals("output")) {
                out.add(g.name);
            } else {
                outputsIn(g.object, out);
            }
        } else if (node instanceof Expr.Index i) {
            outputsIn(i.collection, out);
            outputsIn(i.key, out);
        } else if (node instanceof Expr.Splat s) {
            outputsIn(s.source, out);
        } else if (node instanceof Expr.Call c) {
            c.args.forEach(a -> outputsIn(a, out));
        } else if (node instanceof Expr.Conditional c) {
            outputsIn(c.condition, out);
            outputsIn(c.whenTrue, out);
            outputsIn(c.whenFalse, out);
        } else if (node instanceof Expr.Binary b) {
            outputsIn(b.left, out);
            outputsIn(b.right, out);
        } else if (node instanceof Expr.Unary u) {
            outputsIn(u.operand, out);
        } else if (node instanceof Expr.Parens p) {
            outputsIn(p.inner, out);
        } else if (node instanceof Expr.Tuple t) {
            t.items.forEach(x -> outputsIn(x, out));
        } else if (node instanceof Expr.ObjectCons o) {
            o.keys.forEach(x -> outputsIn(x, out));
            o.values.forEach(x -> outputsIn(x, out));
        } else if (node instanceof Expr.ForExpr f) {
            outputsIn(f.collection, out);
            outputsIn(f.keyExpr, out);
            outputsIn(f.valueExpr, out);
            outputsIn(f.condition, out);
        } else if (node instanceof Expr.Template t) {
            t.parts.forEach(p -> outputsIn(p, out));
        } else if (node instanceof Expr.If i) {
            outputsIn(i.condition, out);
            i.whenTrue.forEach(p -> outputsIn(p, out));
            i.whenFalse.forEach(p -> outputsIn(p, out));
        } else if (node instanceof Expr.For f) {
            outputsIn(f.collection, out);
            f.body.forEach(p -> outputsIn(p, out));
        }
    }
}
