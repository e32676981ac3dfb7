package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.TypeConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The files of a scaffolded module that call it (the unit and integration tests, the complete example, the usage
 * of the bundled README), written from its actual variables and outputs when the library's templates give their
 * own {@code variables.tf} or {@code outputs.tf} but not these files: the bundled ones set the bundled variables
 * and assert the bundled outputs, so they would set variables that do not exist and leave required ones unset.
 */
final class InterfaceFiles {

    static final String UNIT = "tests/unit/main.tftest.hcl";
    static final String INTEGRATION = "tests/integration/main.tftest.hcl";
    static final String EXAMPLE = "examples/complete/main.tf";
    private static final List<String> INTERFACE = List.of("variables.tf", "outputs.tf");

    private InterfaceFiles() {
    }

    /**
     * Replaces the bundled test and example files by ones written from the module's interface, when a library
     * template gives {@code variables.tf} or {@code outputs.tf}.
     *
     * @param rendered  the rendered files by path in the module folder; changed in place
     * @param templates where each file came from
     * @param id        the module id
     * @param iface     the interface of the rendered HCL
     * @return the paths replaced, in order; empty when the interface is the bundled one
     */
    static List<String> replaceBundled(Map<String, String> rendered, Map<String, Scaffolder.Template> templates,
            String id, ModuleInterface iface) {
        boolean own = INTERFACE.stream().map(templates::get).anyMatch(t -> t != null && !bundled(t));
        List<String> out = new ArrayList<>();
        if (!own) {
            return out;
        }
        Scaffolder.Template readme = templates.get("README.md");
        String text = rendered.get("README.md");
        if (readme != null && bundled(readme) && text != null && text.contains(BUNDLED_USAGE)) {
            rendered.put("README.md", text.replace(BUNDLED_USAGE, usage(iface)));
            out.add("README.md (its usage)");
        }
        for (String path : List.of(EXAMPLE, INTEGRATION, UNIT)) {
            Scaffolder.Template t = templates.get(path);
            if (t == null || !bundled(t)) {
                continue;
            }
            rendered.put(path, path.equals(UNIT) ? unitTest(id, iface) : path.equals(INTEGRATION)
                    ? integrationTest(id, iface) : example(id, iface));
            out.add(path);
        }
        return out;
    }

    /** The input the bundled README's usage sets, for the bundled variables. */
    private static final String BUNDLED_USAGE = "\n\n  name = \"example\"\n}\n```";

    /** The end of the README's usage block: the required variables set, then the block's end. */
    private static String usage(ModuleInterface iface) {
        List<InputVariable> required = iface.variables().stream().filter(InputVariable::required).toList();
        int width = required.stream().mapToInt(v -> v.name().length()).max().orElse(0);
        return (required.isEmpty() ? "\n" : "\n\n" + required.stream().map(v -> "  " + pad(v.name(), width) + " = "
                + sample(v.type()) + "\n").collect(Collectors.joining())) + "}\n```";
    }

    private static boolean bundled(Scaffolder.Template t) {
        return t.source().startsWith("bundled ");
    }

    /** Plan-only runs that set every variable (a default to itself, a required one to a value of its type). */
    static String unitTest(String id, ModuleInterface iface) {
        StringBuilder sb = new StringBuilder("# Unit tests of ").append(id).append(": plans only, so they create "
                + "nothing. Run them with `alexandria test ").append(id).append("`\n# (terraform test "
                + "-test-directory=tests/unit).\n# Written by scaffold from the module's variables: add an assert for "
                + "each output.\n\n");
        sb.append(variables(iface, false));
        sb.append("run \"plans\" {\n  command = plan\n}\n");
        return sb.toString();
    }

    /** An apply run with the required variables set. */
    static String integrationTest(String id, ModuleInterface iface) {
        StringBuilder sb = new StringBuilder("# Integration tests of ").append(id).append(": they apply the module, "
                + "so they create (and then destroy) real\n# infrastructure. Run them with `alexandria test ")
                .append(id).append(" --integration`.\n# Written by scaffold from the module's variables.\n\n");
        sb.append(variables(iface, true));
        sb.append("run \"applies\" {\n  command = apply\n}\n");
        return sb.toString();
    }

    /** A call of the module with its required variables set, and each output passed on. */
    static String example(String id, ModuleInterface iface) {
        String call = id.replace('-', '_');
        StringBuilder sb = new StringBuilder("# The complete example of ").append(id).append(": `terraform init && "
                + "terraform plan` here shows what the module creates.\n# Written by scaffold from the module's "
                + "variables: set the inputs a typical caller sets.\n\nterraform {\n  required_version = "
                + "\">= 1.7.0\"\n}\n\nmodule \"").append(call).append("\" {\n  source = \"../..\"\n");
        List<InputVariable> required = iface.variables().stream().filter(InputVariable::required).toList();
        if (!required.isEmpty()) {
            sb.append('\n');
            int width = required.stream().mapToInt(v -> v.name().length()).max().orElse(0);
            required.forEach(v -> sb.append("  ").append(pad(v.name(), width)).append(" = ")
                    .append(sample(v.type())).append('\n'));
        }
        sb.append("}\n");
        iface.outputs().forEach(o -> sb.append("\noutput \"").append(o.name()).append("\" {\n  description = ")
                .append(quote(o.description().isBlank() ? "The module's " + o.name() + " output." : o.description()))
                .append("\n  value       = module.").append(call).append('.').append(o.name())
                .append(o.sensitive() ? "\n  sensitive   = true" : "").append("\n}\n"));
        return sb.toString();
    }

    private static String variables(ModuleInterface iface, boolean requiredOnly) {
        List<InputVariable> vars = iface.variables().stream().filter(v -> !requiredOnly || v.required()).toList();
        if (vars.isEmpty()) {
            return "";
        }
        int width = vars.stream().mapToInt(v -> v.name().length()).max().orElse(0);
        return "variables {\n" + vars.stream().map(v -> "  " + pad(v.name(), width) + " = " + (v.required()
                ? sample(v.type()) : v.defaultValue().orElseThrow().hcl())).collect(Collectors.joining("\n"))
                + "\n}\n\n";
    }

    /** A value of the type: "example", 1, true, empty collections, an object with its required attributes. */
    static String sample(TypeConstraint type) {
        if (type instanceof TypeConstraint.Primitive p) {
            switch (p.type()) {
                case NUMBER:
                    return "1";
                case BOOL:
                    return "true";
                default:
                    return "\"example\"";
            }
        }
        if (type instanceof TypeConstraint.Collection c) {
            return c.kind() == TypeConstraint.Collection.Kind.MAP ? "{}" : "[]";
        }
        if (type instanceof TypeConstraint.ObjectType o) {
            List<String> attrs = o.attributes().stream().filter(a -> !a.optional()).map(a -> a.name() + " = "
                    + sample(a.type())).toList();
            return attrs.isEmpty() ? "{}" : "{ " + String.join(", ", attrs) + " }";
        }
        if (type instanceof TypeConstraint.TupleType t) {
            return "[" + t.elements().stream().map(InterfaceFiles::sample).collect(Collectors.joining(", ")) + "]";
        }
        return "\"example\"";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "$${").replace("%{", "%%{") + "\"";
    }
}
