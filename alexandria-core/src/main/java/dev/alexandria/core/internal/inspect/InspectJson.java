package dev.alexandria.core.internal.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.ProviderConfigRef;
import dev.alexandria.api.model.ProviderRequirement;
import dev.alexandria.api.model.ResourceRef;
import dev.alexandria.api.model.SourceLocation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Renders a {@link ModuleInterface} in the JSON shape of {@code terraform-config-inspect --json}: the same
 * keys ({@code path}, {@code variables}, {@code outputs}, {@code required_core}, {@code required_providers},
 * {@code provider_configs}, {@code managed_resources}, {@code data_resources}, {@code module_calls},
 * {@code diagnostics}), the same omitted-when-empty fields, map keys sorted and positions as
 * {@code {"filename", "line"}}. {@link #render} also prints it the way Go's {@code json.MarshalIndent} does
 * (two-space indent, {@code <}, {@code >} and {@code &} escaped).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class InspectJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private InspectJson() {
    }

    /**
     * Package-private so that no Jackson type appears in a public signature; {@link #render} is the way in.
     *
     * @param module the interface
     * @return the JSON document as a Jackson tree (keys in reference order)
     */
    static ObjectNode tree(ModuleInterface module) {
        Objects.requireNonNull(module, "module");
        ObjectNode root = F.objectNode();
        root.put("path", module.path());

        TreeMap<String, ObjectNode> vars = new TreeMap<>();
        for (InputVariable v : module.variables()) {
            ObjectNode o = F.objectNode();
            o.put("name", v.name());
            v.typeSource().filter(t -> !t.isEmpty()).ifPresent(t -> o.put("type", t));
            if (!v.description().isEmpty()) {
                o.put("description", v.description());
            }
            o.set("default", v.defaultValue().map(InspectJson::value).orElse(F.nullNode()));
            o.put("required", v.required());
            if (v.sensitive()) {
                o.put("sensitive", true);
            }
            v.deprecated().filter(d -> !d.isEmpty()).ifPresent(d -> o.put("deprecated", d));
            o.set("pos", pos(v.location()));
            vars.put(v.name(), o);
        }
        root.set("variables", object(vars));

        TreeMap<String, ObjectNode> outs = new TreeMap<>();
        for (OutputValue v : module.outputs()) {
            ObjectNode o = F.objectNode();
            o.put("name", v.name());
            if (!v.description().isEmpty()) {
                o.put("description", v.description());
            }
            if (v.sensitive()) {
                o.put("sensitive", true);
            }
            v.deprecated().filter(d -> !d.isEmpty()).ifPresent(d -> o.put("deprecated", d));
            o.set("pos", pos(v.location()));
            outs.put(v.name(), o);
        }
        root.set("outputs", object(outs));

        if (!module.requiredCore().isEmpty()) {
            ArrayNode core = root.putArray("required_core");
            module.requiredCore().forEach(core::add);
        }

        TreeMap<String, ObjectNode> reqs = new TreeMap<>();
        for (ProviderRequirement r : module.requiredProviders()) {
            ObjectNode o = F.objectNode();
            r.source().filter(s -> !s.isEmpty()).ifPresent(s -> o.put("source", s));
            if (!r.versionConstraints().isEmpty()) {
                ArrayNode vc = o.putArray("version_constraints");
                r.versionConstraints().forEach(vc::add);
            }
            if (!r.configurationAliases().isEmpty()) {
                ArrayNode aliases = o.putArray("aliases");
                r.configurationAliases().forEach(a -> aliases.add(providerRef(a)));
            }
            reqs.put(r.localName(), o);
        }
        root.set("required_providers", object(reqs));

        if (!module.providerConfigs().isEmpty()) {
            TreeMap<String, ObjectNode> pcs = new TreeMap<>();
            for (ProviderConfigRef p : module.providerConfigs()) {
                pcs.put(p.key(), providerRef(p));
            }
            root.set("provider_configs", object(pcs));
        }

        root.set("managed_resources", resources(module.managedResources().iterator()));
        root.set("data_resources", resources(module.dataResources().iterator()));

        TreeMap<String, ObjectNode> calls = new TreeMap<>();
        for (ModuleCallRef m : module.moduleCalls()) {
            ObjectNode o = F.objectNode();
            o.put("name", m.name());
            o.put("source", m.source());
            m.version().filter(s -> !s.isEmpty()).ifPresent(s -> o.put("version", s));
            o.set("pos", pos(m.location()));
            calls.put(m.name(), o);
        }
        root.set("module_calls", object(calls));

        if (!module.diagnostics().isEmpty()) {
            ArrayNode ds = root.putArray("diagnostics");
            for (Diagnostic d : module.diagnostics()) {
                ObjectNode o = ds.addObject();
                o.put("severity", d.severity() == Diagnostic.Severity.ERROR ? "error" : "warning");
                o.put("summary", d.summary());
                if (!d.detail().isEmpty()) {
                    o.put("detail", d.detail());
                }
                if (d.location().line() > 0) {
                    o.set("pos", pos(d.location()));
                }
            }
        }
        return root;
    }

    /**
     * @param module the interface
     * @return the JSON text, printed like Go's {@code json.MarshalIndent(module, "", "  ")}, ending without
     *         a newline
     */
    public static String render(ModuleInterface module) {
        StringBuilder sb = new StringBuilder(1024);
        write(tree(module), sb, 0);
        return sb.toString();
    }

    private static ObjectNode object(TreeMap<String, ObjectNode> entries) {
        ObjectNode o = F.objectNode();
        entries.forEach(o::set);
        return o;
    }

    private static ObjectNode resources(Iterator<ResourceRef> it) {
        TreeMap<String, ObjectNode> map = new TreeMap<>();
        while (it.hasNext()) {
            ResourceRef r = it.next();
            ObjectNode o = F.objectNode();
            o.put("mode", r.mode() == ResourceRef.Mode.DATA ? "data" : "managed");
            o.put("type", r.type());
            o.put("name", r.name());
            o.set("provider", providerRef(r.provider()));
            o.set("pos", pos(r.location()));
            map.put(r.address(), o);
        }
        return object(map);
    }

    private static ObjectNode providerRef(ProviderConfigRef p) {
        ObjectNode o = F.objectNode();
        o.put("name", p.name());
        p.alias().filter(a -> !a.isEmpty()).ifPresent(a -> o.put("alias", a));
        return o;
    }

    private static ObjectNode pos(SourceLocation l) {
        ObjectNode o = F.objectNode();
        o.put("filename", l.file());
        o.put("line", l.line());
        return o;
    }

    /** A literal as JSON; a non-literal has no JSON value, as in the reference (null). */
    static JsonNode value(LiteralValue v) {
        switch (v.kind()) {
            case STRING:
                return F.textNode(((LiteralValue.StringValue) v).value());
            case NUMBER:
                return F.numberNode(((LiteralValue.NumberValue) v).value());
            case BOOL:
                return F.booleanNode(((LiteralValue.BoolValue) v).value());
            case LIST: {
                ArrayNode a = F.arrayNode();
                ((LiteralValue.ListValue) v).elements().forEach(e -> a.add(value(e)));
                return a;
            }
            case MAP: {
                ObjectNode o = F.objectNode();
                new TreeMap<>(((LiteralValue.MapValue) v).entries()).forEach((k, e) -> o.set(k, value(e)));
                return o;
            }
            default:
                return F.nullNode();
        }
    }

    // ------------------------------------------------------------------ Go-style printing

    private static void write(JsonNode n, StringBuilder sb, int indent) {
        if (n.isObject()) {
            if (n.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                indent(sb, indent + 1);
                string(e.getKey(), sb);
                sb.append(": ");
                write(e.getValue(), sb, indent + 1);
                sb.append(it.hasNext() ? ",\n" : "\n");
            }
            indent(sb, indent);
            sb.append('}');
        } else if (n.isArray()) {
            if (n.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < n.size(); i++) {
                indent(sb, indent + 1);
                write(n.get(i), sb, indent + 1);
                sb.append(i + 1 < n.size() ? ",\n" : "\n");
            }
            indent(sb, indent);
            sb.append(']');
        } else if (n.isTextual()) {
            string(n.textValue(), sb);
        } else if (n.isNumber()) {
            sb.append(number(n.decimalValue()));
        } else if (n.isBoolean()) {
            sb.append(n.booleanValue());
        } else {
            sb.append("null");
        }
    }

    private static void indent(StringBuilder sb, int level) {
        for (int i = 0; i < level; i++) {
            sb.append("  ");
        }
    }

    /** Formats a number the way Go's encoding/json formats a float64. */
    static String number(BigDecimal d) {
        double f = d.doubleValue();
        if (f == 0) {
            return "0";
        }
        if (!Double.isFinite(f)) {
            // beyond float64; Go would have failed earlier, so keep the exact number in scientific form
            return d.stripTrailingZeros().toString().replace("E", "e");
        }
        double abs = Math.abs(f);
        BigDecimal exact = new BigDecimal(Double.toString(f));
        if (abs >= 1e-6 && abs < 1e21) {
            return exact.stripTrailingZeros().toPlainString();
        }
        BigDecimal stripped = exact.stripTrailingZeros();
        int exp = stripped.precision() - stripped.scale() - 1;
        BigDecimal mantissa = stripped.movePointLeft(exp).setScale(Math.max(0, stripped.precision() - 1),
                RoundingMode.UNNECESSARY).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d",
                Math.abs(exp));
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '<':
                case '>':
                case '&':
                case '\u2028':
                case '\u2029':
                    sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
