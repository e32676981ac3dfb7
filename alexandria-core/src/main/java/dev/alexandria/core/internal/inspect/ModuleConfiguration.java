package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Evaluation;
import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A module's configuration read once, for the domains that evaluate more than its interface (cost estimation):
 * its managed resources and module calls with their arguments and nested blocks, and its scope for any inputs.
 * Not API; may change without notice.
 *
 * <p>Immutable after {@link #read(Path)}; safe to share between threads (each evaluation builds its own state).
 */
public final class ModuleConfiguration {

    private static final Set<String> NOT_RESOURCES = Set.of("var", "local", "module", "data", "path", "count",
            "each", "self", "terraform");

    private final Path folder;
    private final ModuleBuilder builder;
    private final ModuleInterface spec;
    private final List<Block> resources = new ArrayList<>();
    private final List<Block> moduleCalls = new ArrayList<>();
    private final List<Block> outputs = new ArrayList<>();
    private final Map<String, Syntax.Attribute> locals = new HashMap<>();

    private ModuleConfiguration(Path folder, ModuleBuilder builder) {
        this.folder = folder;
        this.builder = builder;
        this.spec = builder.build();
        for (Syntax.Block b : builder.mergedBlocks()) {
            if (b.type.equals("resource")) {
                resources.add(new Block(this, b, b.file));
            } else if (b.type.equals("module")) {
                moduleCalls.add(new Block(this, b, b.file));
            } else if (b.type.equals("output")) {
                outputs.add(new Block(this, b, b.file));
            }
        }
        builder.locals(new ArrayList<>()).forEach((name, l) -> locals.put(name, l.attribute()));
    }

    /**
     * Reads a module folder.
     *
     * @param folder the module's folder
     * @return the configuration; problems are in {@link #interfaceSpec()}'s diagnostics
     */
    public static ModuleConfiguration read(Path folder) {
        return new ModuleConfiguration(folder, new ModuleInspector().read(folder, InspectOptions.defaults()));
    }

    /** @return the folder it was read from */
    public Path folder() {
        return folder;
    }

    /** @return the module's interface */
    public ModuleInterface interfaceSpec() {
        return spec;
    }

    /**
     * The module's scope: {@code var.*} from the inputs, then the {@code .tfvars} files, then the defaults;
     * {@code local.*}; {@code path.module}.
     *
     * @param inputs   values by variable name
     * @param varFiles {@code .tfvars} files in order
     * @return the scope, with the problems met in its diagnostics
     */
    public HclScope scope(Map<String, HclValue> inputs, List<Path> varFiles) {
        return Evaluations.scope(builder, spec, inputs, varFiles);
    }

    /**
     * The names a {@code .tfvars} file assigns, with where.
     *
     * @param varFiles the files
     * @return names and locations; problems reading them are ignored here (the scope reports them)
     */
    public static Map<String, SourceLocation> assigned(List<Path> varFiles) {
        Map<String, HclValue> values = new HashMap<>();
        Map<String, SourceLocation> at = new HashMap<>();
        for (Path f : varFiles) {
            Evaluations.readVarFile(f, values, at, new ArrayList<>());
        }
        return at;
    }

    /** @return the managed {@code resource} blocks, in file order */
    public List<Block> resources() {
        return resources;
    }

    /** @return the {@code module} blocks, in file order */
    public List<Block> moduleCalls() {
        return moduleCalls;
    }

    /** @return the {@code output} blocks, in file order */
    public List<Block> outputs() {
        return outputs;
    }

    /** A block: a resource, a module call, or a nested block of one. */
    public static final class Block {
        private final ModuleConfiguration module;
        private final Syntax.Block block;
        private final String file;

        private Block(ModuleConfiguration module, Syntax.Block block, String file) {
            this.module = module;
            this.block = block;
            this.file = file;
        }

        /** @return the block type, e.g. {@code resource} or {@code root_block_device} */
        public String type() {
            return block.type;
        }

        /** @return the labels, e.g. {@code [aws_instance, web]} */
        public List<String> labels() {
            return block.labels;
        }

        /** @return where the block starts */
        public SourceLocation location() {
            return SourceLocation.of(file, block.line, block.column);
        }

        /**
         * An argument.
         *
         * @param name its name
         * @return its expression, if set
         */
        public Optional<Expression> attribute(String name) {
            Syntax.Attribute a = block.body.attribute(name);
            return a == null ? Optional.empty() : Optional.of(new Expression(module, a, file));
        }

        /** @return the names of the arguments set, in order */
        public List<String> attributeNames() {
            List<String> out = new ArrayList<>();
            block.body.attributes.forEach(a -> out.add(a.name));
            return out;
        }

        /** @return the nested blocks, in order ({@code dynamic} blocks as written) */
        public List<Block> blocks() {
            List<Block> out = new ArrayList<>();
            block.body.blocks.forEach(b -> out.add(new Block(module, b, file)));
            return out;
        }
    }

    /** An argument's expression. */
    public static final class Expression {
        private final ModuleConfiguration module;
        private final Syntax.Attribute attribute;
        private final String file;

        private Expression(ModuleConfiguration module, Syntax.Attribute attribute, String file) {
            this.module = module;
            this.attribute = attribute;
            this.file = file;
        }

        /** @return the source text, e.g. {@code var.instance_type} */
        public String text() {
            return attribute.text().strip();
        }

        /** @return where the argument starts */
        public SourceLocation location() {
            return SourceLocation.of(file, attribute.line, attribute.column);
        }

        /**
         * Where the expression's text starts in its file, for editing the file in place without reformatting it
         * (migration rewrites a module call's {@code source} this way). The offset counts characters of the file
         * as UTF-8 decodes it; a caller checks the text it finds there before it edits.
         *
         * @return the offset of the expression's first character
         */
        public int startOffset() {
            return attribute.expr.start;
        }

        /** @return the offset just past the expression's last character; see {@link #startOffset()} */
        public int endOffset() {
            return attribute.expr.end;
        }

        /** @return the file the expression was read from, as the folder it was read from names it */
        public String file() {
            return file;
        }

        /**
         * Evaluates the expression.
         *
         * @param scope what it may refer to
         * @return the value and the problems met
         */
        public Evaluation evaluate(HclScope scope) {
            List<Diagnostic> diags = new ArrayList<>();
            HclValue v = new Evaluator(scope, Literals.locator(attribute, file), diags).eval(attribute.expr);
            return new Evaluation(v, diags);
        }

        /**
         * The managed resource the expression refers to, when it is a reference such as
         * {@code aws_launch_template.web.id}, {@code aws_launch_template.web[0].id} or
         * {@code aws_ecs_task_definition.app.arn}.
         *
         * @param scope the scope to evaluate an index in
         * @return the reference, if the expression is one
         */
        public Optional<Reference> resourceReference(HclScope scope) {
            Expr e = attribute.expr;
            while (e instanceof Expr.Parens p) {
                e = p.inner;
            }
            if (!(e instanceof Expr.GetAttr outer)) {
                return Optional.empty();
            }
            Expr inner = outer.object;
            Optional<HclValue> key = Optional.empty();
            if (inner instanceof Expr.Index i) {
                List<Diagnostic> ignored = new ArrayList<>();
                key = Optional.of(new Evaluator(scope, Literals.locator(attribute, file), ignored).eval(i.key));
                inner = i.collection;
            } else if (inner instanceof Expr.GetAttr g && g.legacyIndex) {
                key = Optional.of(HclValue.of(new java.math.BigDecimal(g.name)));
                inner = g.object;
            }
            if (inner instanceof Expr.GetAttr named && !named.legacyIndex && named.object instanceof Expr.Variable v
                    && !NOT_RESOURCES.contains(v.name)) {
                return Optional.of(new Reference(v.name, named.name, key, outer.name));
            }
            return Optional.empty();
        }

        /**
         * Evaluates a plain traversal of a {@code dynamic} block's iterator ({@code override.value},
         * {@code override.value.instance_type}, {@code setting.key}) with the iterator bound.
         *
         * @param iterator the iterator's name (the dynamic block's label, or its {@code iterator} argument)
         * @param key      the element's key (or index)
         * @param value    the element
         * @return the value, if the expression is such a traversal
         */
        public Optional<HclValue> iteratorTraversal(String iterator, HclValue key, HclValue value) {
            List<Object> steps = new ArrayList<>();
            Expr e = attribute.expr;
            while (e instanceof Expr.Parens p) {
                e = p.inner;
            }
            while (true) {
                if (e instanceof Expr.GetAttr g) {
                    steps.add(0, g.name);
                    e = g.object;
                } else if (e instanceof Expr.Index i && i.key instanceof Expr.Literal) {
                    HclValue k = new Evaluator(HclScope.none(), Literals.locator(attribute, file), new ArrayList<>())
                            .eval(i.key);
                    steps.add(0, k);
                    e = i.collection;
                } else {
                    break;
                }
            }
            if (!(e instanceof Expr.Variable v) || !v.name.equals(iterator) || steps.isEmpty()) {
                return Optional.empty();
            }
            Object first = steps.remove(0);
            HclValue current;
            if ("value".equals(first)) {
                current = value;
            } else if ("key".equals(first)) {
                current = key;
            } else {
                return Optional.empty();
            }
            for (Object step : steps) {
                if (!current.isKnown()) {
                    return Optional.of(current);
                }
                if (step instanceof String name) {
                    current = current.attributes().get(name);
                } else {
                    HclValue k = (HclValue) step;
                    if (k.asNumber().isPresent() && !current.elements().isEmpty()) {
                        int index = k.asNumber().get().intValue();
                        current = index >= 0 && index < current.elements().size() ? current.elements().get(index) : null;
                    } else {
                        current = k.asString().map(current.attributes()::get).orElse(null);
                    }
                }
                if (current == null) {
                    return Optional.empty();
                }
            }
            return Optional.of(current);
        }

        /**
         * The input variables the expression depends on: its {@code var.x} references, and those of the local
         * values it refers to, transitively.
         *
         * @return the variable names
         */
        public Set<String> variables() {
            Set<String> out = new LinkedHashSet<>();
            collect(attribute.expr, out, new LinkedHashSet<>());
            return out;
        }

        private void collect(Expr e, Set<String> vars, Set<String> seenLocals) {
            Set<String> localNames = new LinkedHashSet<>();
            Evaluations.localRefs(e, localNames);
            References.forEachStep(e, Set.of("var"), g -> vars.add(g.name));
            for (String l : localNames) {
                Syntax.Attribute def = module.locals.get(l);
                if (def != null && seenLocals.add(l)) {
                    collect(def.expr, vars, seenLocals);
                }
            }
        }

        /**
         * What the expression refers to, each reference as its root and first step ({@code var.alb_arn},
         * {@code data.aws_lb}, {@code aws_lb.this}, {@code module.queue}, {@code each.value},
         * {@code count.index}), in source order; a local value it refers to ({@code local.arns}) stands for the
         * references of the local's own expression, followed transitively (a local naming a local), and is not
         * itself listed. The references are read from the parsed expression, so that a string's or a heredoc's
         * literal text is no reference while its interpolations are, in native and JSON syntax alike. An
         * undeclared local adds nothing.
         *
         * @return the references, without duplicates
         */
        public Set<Step> references() {
            Set<Step> out = new LinkedHashSet<>();
            references(attribute.expr, out, new LinkedHashSet<>());
            return out;
        }

        private void references(Expr e, Set<Step> out, Set<String> seenLocals) {
            List<String> localNames = new ArrayList<>();
            References.forEachStep(e, root -> true, g -> {
                String root = ((Expr.Variable) g.object).name;
                if (root.equals("local")) {
                    localNames.add(g.name);
                } else {
                    out.add(new Step(root, g.name));
                }
            });
            for (String l : localNames) {
                Syntax.Attribute def = module.locals.get(l);
                if (def != null && seenLocals.add(l)) {
                    references(def.expr, out, seenLocals);
                }
            }
        }

        /** @return true if the expression is a literal: no reference, no function call */
        public boolean isLiteral() {
            return Literals.literal(attribute.expr) != null
                    && !(Literals.literal(attribute.expr) instanceof dev.alexandria.api.model.LiteralValue.NonLiteral);
        }
    }

    /**
     * One step of a reference: {@code var.alb_arn} is root {@code var} and name {@code alb_arn};
     * {@code data.aws_lb.this.arn} is root {@code data} and name {@code aws_lb}; {@code aws_lb.this.arn} is root
     * {@code aws_lb} and name {@code this}.
     *
     * @param root the name the reference starts with
     * @param name the attribute of it the reference names first
     */
    public record Step(String root, String name) {
    }

    /**
     * A reference to a managed resource.
     *
     * @param type      the resource type
     * @param name      the resource name
     * @param key       the instance key or index, when the reference has one
     * @param attribute the attribute referred to, e.g. {@code id} or {@code engine}
     */
    public record Reference(String type, String name, Optional<HclValue> key, String attribute) {
    }
}
