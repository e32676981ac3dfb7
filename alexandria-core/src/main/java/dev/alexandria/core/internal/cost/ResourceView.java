package dev.alexandria.core.internal.cost;

import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.core.internal.inspect.ModuleConfiguration;
import dev.alexandria.spi.cost.AttributeValue;
import dev.alexandria.spi.cost.Origin;
import dev.alexandria.spi.cost.ResourceAttributes;
import dev.alexandria.spi.cost.ResourceInstance;
import dev.alexandria.spi.cost.Usage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource instance of a module as the cost models see it: its arguments evaluated in the instance's scope, its
 * nested blocks (dynamic ones expanded when their for_each is known), the resources its arguments refer to, and
 * its usage. Values are evaluated on demand; each argument says where its value came from.
 */
final class ResourceView implements ResourceInstance {

    /** What every instance of one module shares. */
    record Context(ModuleConfiguration module, HclScope moduleScope, String region, String prefix, Inputs inputs,
            java.util.function.BiFunction<String, String, Usage> usage) {
    }

    private final Context ctx;
    private final ModuleConfiguration.Block block;
    private final String address;
    private final HclScope scope;
    private final Attributes attributes;

    ResourceView(Context ctx, ModuleConfiguration.Block block, String address, HclScope scope) {
        this.ctx = ctx;
        this.block = block;
        this.address = address;
        this.scope = scope;
        this.attributes = new Attributes(block, null, null);
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public String type() {
        return block.labels().get(0);
    }

    @Override
    public String region() {
        return ctx.region();
    }

    @Override
    public ResourceAttributes attributes() {
        return attributes;
    }

    @Override
    public Usage usage() {
        return ctx.usage().apply(address, type());
    }

    @Override
    public String toString() {
        return address;
    }

    /** The element a block made by a {@code dynamic} block stands for: its iterator's name, key and value. */
    private record Iteration(String iterator, HclValue key, HclValue value, ModuleConfiguration.Expression forEach,
            String blockType) {
    }

    /** The arguments and blocks of the resource or of one nested block. */
    private final class Attributes implements ResourceAttributes {
        private final ModuleConfiguration.Block body;
        private final String path;
        private final Iteration iteration;
        /** Models read an argument several times; each is evaluated once. */
        private final Map<String, AttributeValue> evaluated = new java.util.concurrent.ConcurrentHashMap<>();

        Attributes(ModuleConfiguration.Block body, String path, Iteration iteration) {
            this.body = body;
            this.path = path;
            this.iteration = iteration;
        }

        @Override
        public AttributeValue get(String name) {
            java.util.Objects.requireNonNull(name, "name");
            AttributeValue v = evaluated.get(name);
            if (v == null) {
                v = evaluate(name);
                evaluated.put(name, v);
            }
            return v;
        }

        private AttributeValue evaluate(String name) {
            Optional<ModuleConfiguration.Expression> e = body.attribute(name);
            if (e.isEmpty()) {
                return AttributeValue.absent();
            }
            ModuleConfiguration.Expression x = e.get();
            HclValue v = x.evaluate(scope).value();
            String label = (path == null ? "" : path + ".") + name;
            if (v.isNull()) {
                return AttributeValue.absent();
            }
            if (!v.isKnown()) {
                Optional<AttributeValue> resolved = fromIterator(label, x).or(() -> fromReference(label, x));
                if (resolved.isPresent()) {
                    return resolved.get();
                }
                return AttributeValue.unknown(x.text(), Instances.why(x, scope, ctx.inputs())
                        .substring(2));
            }
            return convert(v, origin(label, x, v), x.text());
        }

        /** {@code override.value} in a block made by a dynamic block: the element it stands for. */
        private Optional<AttributeValue> fromIterator(String label, ModuleConfiguration.Expression x) {
            if (iteration == null) {
                return Optional.empty();
            }
            Optional<HclValue> v = x.iteratorTraversal(iteration.iterator(), iteration.key(), iteration.value());
            if (v.isEmpty() || !v.get().isKnown() || v.get().isNull()) {
                return Optional.empty();
            }
            Origin from = origin(label, iteration.forEach(), v.get());
            return Optional.of(convert(v.get(), Origin.of(from.kind(), label + " = " + x.text() + " = " + v.get().hcl()
                    + " (dynamic \"" + iteration.blockType() + "\" for_each = " + iteration.forEach().text() + ")"),
                    x.text()));
        }

        /**
         * {@code aws_rds_cluster.this.engine}: an argument another resource of the module sets, which Terraform
         * knows when it plans.
         */
        private Optional<AttributeValue> fromReference(String label, ModuleConfiguration.Expression x) {
            Optional<ModuleConfiguration.Reference> ref = x.resourceReference(scope);
            if (ref.isEmpty()) {
                return Optional.empty();
            }
            Optional<ResourceInstance> target = instance(ref.get());
            if (target.isEmpty()) {
                return Optional.empty();
            }
            AttributeValue v = target.get().attributes().get(ref.get().attribute());
            if (!v.isKnown()) {
                return Optional.empty();
            }
            Origin o = v.origin().orElseThrow();
            return Optional.of(v.withOrigin(Origin.of(o.kind(), label + " = " + x.text() + " (" + o.detail() + " in "
                    + target.get().address() + ")")));
        }

        private Origin origin(String label, ModuleConfiguration.Expression x, HclValue v) {
            if (x.isLiteral()) {
                return Origin.of(Origin.Kind.ATTRIBUTE, label + " = " + x.text());
            }
            java.util.Set<String> vars = x.variables();
            String value = v.hcl();
            if (vars.isEmpty()) {
                return Origin.of(Origin.Kind.ATTRIBUTE, label + " = " + x.text() + " = " + value);
            }
            List<String> fromInputs = new ArrayList<>();
            for (String var : vars) {
                if (ctx.inputs().given().contains(var)) {
                    fromInputs.add("var." + var);
                }
            }
            if (!fromInputs.isEmpty()) {
                return Origin.of(Origin.Kind.INPUT, label + " = " + x.text() + " = " + value + " ("
                        + String.join(", ", fromInputs) + " " + ctx.inputs().source() + ")");
            }
            return Origin.of(Origin.Kind.VARIABLE_DEFAULT, label + " = " + x.text() + " = " + value + " (default of "
                    + vars.stream().map(n -> "var." + n).reduce((a, b) -> a + ", " + b).orElse("") + ")");
        }

        @Override
        public List<ResourceAttributes> blocks(String type) {
            List<ResourceAttributes> out = new ArrayList<>();
            for (ModuleConfiguration.Block b : body.blocks()) {
                String sub = (path == null ? "" : path + ".") + type;
                if (b.type().equals(type)) {
                    out.add(new Attributes(b, sub, null));
                } else if (b.type().equals("dynamic") && !b.labels().isEmpty() && b.labels().get(0).equals(type)) {
                    Optional<ModuleConfiguration.Block> content = b.blocks().stream()
                            .filter(c -> c.type().equals("content")).findFirst();
                    Optional<ModuleConfiguration.Expression> fe = b.attribute("for_each");
                    if (content.isEmpty() || fe.isEmpty()) {
                        continue;
                    }
                    String iterator = b.attribute("iterator").map(ModuleConfiguration.Expression::text).orElse(type);
                    HclValue coll = fe.get().evaluate(scope).value();
                    if (!coll.isKnown()) {
                        continue;
                    }
                    switch (coll.kind()) {
                        case MAP, OBJECT -> new java.util.TreeMap<>(coll.attributes()).forEach((k, v) -> out.add(
                                new Attributes(content.get(), sub, new Iteration(iterator, HclValue.of(k), v, fe.get(),
                                        type))));
                        case LIST, TUPLE, SET -> {
                            for (int i = 0; i < coll.elements().size(); i++) {
                                HclValue el = coll.elements().get(i);
                                HclValue key = coll.kind() == HclValue.Kind.SET ? el : HclValue.of(i);
                                out.add(new Attributes(content.get(), sub, new Iteration(iterator, key, el, fe.get(),
                                        type)));
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
            return out;
        }

        /** The number of blocks a dynamic block makes, or -1 when its for_each is not known. */
        private int dynamicCount(ModuleConfiguration.Block dynamic) {
            Optional<ModuleConfiguration.Expression> fe = dynamic.attribute("for_each");
            if (fe.isEmpty()) {
                return -1;
            }
            HclValue v = fe.get().evaluate(scope).value();
            if (!v.isKnown()) {
                return -1;
            }
            return switch (v.kind()) {
                case MAP, OBJECT -> v.attributes().size();
                case LIST, SET, TUPLE -> v.elements().size();
                case NULL -> 0;
                default -> -1;
            };
        }

        @Override
        public boolean blocksKnown(String type) {
            for (ModuleConfiguration.Block b : body.blocks()) {
                if (b.type().equals("dynamic") && !b.labels().isEmpty() && b.labels().get(0).equals(type)
                        && dynamicCount(b) < 0) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Optional<ResourceInstance> referencedResource(String name) {
            Optional<ModuleConfiguration.Expression> e = body.attribute(name);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            return e.get().resourceReference(scope).flatMap(this::instance);
        }

        private Optional<ResourceInstance> instance(ModuleConfiguration.Reference ref) {
            for (ModuleConfiguration.Block r : ctx.module().resources()) {
                if (r.labels().get(0).equals(ref.type()) && r.labels().get(1).equals(ref.name())) {
                    return instanceOf(r, ref.key());
                }
            }
            return Optional.empty();
        }

        private Optional<ResourceInstance> instanceOf(ModuleConfiguration.Block r, Optional<HclValue> key) {
            Instances.Expansion x = Instances.expand(r, ctx.moduleScope(), ctx.inputs());
            if (!x.known() || x.instances().isEmpty()) {
                return Optional.empty();
            }
            Instances.Instance chosen = x.instances().get(0);
            if (key.isPresent() && key.get().isKnown()) {
                for (Instances.Instance i : x.instances()) {
                    if (i.key().isPresent() && i.key().get().hcl().equals(key.get().hcl())) {
                        chosen = i;
                    }
                }
            }
            String addr = ctx.prefix() + r.labels().get(0) + "." + r.labels().get(1) + chosen.suffix();
            return Optional.of(new ResourceView(ctx, r, addr, chosen.scope()));
        }

        @Override
        public String toString() {
            return (path == null ? address : address + "." + path) + " " + body.attributeNames();
        }
    }

    /** Converts a known value, its unknown parts becoming unknown attribute values. */
    static AttributeValue convert(HclValue v, Origin origin, String expression) {
        if (!v.isKnown()) {
            return AttributeValue.unknown(expression, "part of the value is known only after apply");
        }
        switch (v.kind()) {
            case STRING:
                return AttributeValue.known(v.asString().orElseThrow(), origin);
            case NUMBER:
                return AttributeValue.known(v.asNumber().orElseThrow(), origin);
            case BOOL:
                return AttributeValue.known(v.asBool().orElseThrow(), origin);
            case TUPLE:
            case LIST:
            case SET: {
                List<AttributeValue> out = new ArrayList<>();
                for (HclValue el : v.elements()) {
                    out.add(el.isNull() ? AttributeValue.absent() : convert(el, origin, expression));
                }
                return AttributeValue.known(out, origin);
            }
            case OBJECT:
            case MAP: {
                Map<String, AttributeValue> out = new LinkedHashMap<>();
                v.attributes().forEach((k, el) -> out.put(k, el.isNull() ? AttributeValue.absent()
                        : convert(el, origin, expression)));
                return AttributeValue.known(out, origin);
            }
            default:
                return AttributeValue.absent();
        }
    }
}
