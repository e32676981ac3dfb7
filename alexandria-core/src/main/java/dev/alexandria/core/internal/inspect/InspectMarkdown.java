package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.ProviderRequirement;
import dev.alexandria.api.model.ResourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Renders a {@link ModuleInterface} as the Markdown a module README shows, in the style of terraform-docs:
 * Requirements, Providers, Modules, Resources, Inputs ({@code Name | Description | Type | Default | Required})
 * and Outputs ({@code Name | Description}) tables, rows sorted by name, empty sections left out.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class InspectMarkdown {

    private InspectMarkdown() {
    }

    /**
     * @param module the interface
     * @return the Markdown, ending with a newline
     */
    public static String render(ModuleInterface module) {
        Objects.requireNonNull(module, "module");
        StringBuilder sb = new StringBuilder(2048);
        List<String[]> requirements = new ArrayList<>();
        if (!module.requiredCore().isEmpty()) {
            requirements.add(new String[] {"terraform", String.join(", ", module.requiredCore())});
        }
        List<ProviderRequirement> providers = new ArrayList<>(module.requiredProviders());
        providers.sort(Comparator.comparing(ProviderRequirement::localName));
        for (ProviderRequirement p : providers) {
            if (!p.versionConstraints().isEmpty()) {
                requirements.add(new String[] {p.localName(), String.join(", ", p.versionConstraints())});
            }
        }
        if (!requirements.isEmpty()) {
            sb.append("## Requirements\n\n| Name | Version |\n|------|---------|\n");
            for (String[] r : requirements) {
                sb.append("| ").append(cell(r[0])).append(" | ").append(cell(r[1])).append(" |\n");
            }
            sb.append('\n');
        }
        if (!providers.isEmpty()) {
            sb.append("## Providers\n\n| Name | Source |\n|------|--------|\n");
            for (ProviderRequirement p : providers) {
                sb.append("| ").append(cell(p.localName())).append(" | ").append(cell(p.source().orElse("n/a")))
                        .append(" |\n");
            }
            sb.append('\n');
        }
        if (!module.moduleCalls().isEmpty()) {
            List<ModuleCallRef> calls = new ArrayList<>(module.moduleCalls());
            calls.sort(Comparator.comparing(ModuleCallRef::name));
            sb.append("## Modules\n\n| Name | Source | Version |\n|------|--------|---------|\n");
            for (ModuleCallRef m : calls) {
                sb.append("| ").append(cell(m.name())).append(" | ").append(cell(m.source())).append(" | ")
                        .append(cell(m.version().orElse("n/a"))).append(" |\n");
            }
            sb.append('\n');
        }
        List<ResourceRef> resources = new ArrayList<>(module.managedResources());
        resources.addAll(module.dataResources());
        if (!resources.isEmpty()) {
            resources.sort(Comparator.comparing(ResourceRef::address));
            sb.append("## Resources\n\n| Name | Type |\n|------|------|\n");
            for (ResourceRef r : resources) {
                sb.append("| ").append(cell(r.address())).append(" | ")
                        .append(r.mode() == ResourceRef.Mode.DATA ? "data source" : "resource").append(" |\n");
            }
            sb.append('\n');
        }
        sb.append("## Inputs\n\n");
        if (module.variables().isEmpty()) {
            sb.append("No inputs.\n\n");
        } else {
            List<InputVariable> vars = new ArrayList<>(module.variables());
            vars.sort(Comparator.comparing(InputVariable::name));
            sb.append("| Name | Description | Type | Default | Required |\n"
                    + "|------|-------------|------|---------|:--------:|\n");
            for (InputVariable v : vars) {
                sb.append("| <a name=\"input_").append(v.name()).append("\"></a> [").append(cell(v.name()))
                        .append("](#input_").append(v.name()).append(") | ").append(cell(v.description()))
                        .append(" | ").append(code(v.typeSource().orElse("any"))).append(" | ")
                        .append(v.defaultValue().map(d -> code(d.hcl())).orElse("n/a")).append(" | ")
                        .append(v.required() ? "yes" : "no").append(" |\n");
            }
            sb.append('\n');
        }
        sb.append("## Outputs\n\n");
        if (module.outputs().isEmpty()) {
            sb.append("No outputs.\n");
        } else {
            List<OutputValue> outs = new ArrayList<>(module.outputs());
            outs.sort(Comparator.comparing(OutputValue::name));
            sb.append("| Name | Description |\n|------|-------------|\n");
            for (OutputValue o : outs) {
                sb.append("| <a name=\"output_").append(o.name()).append("\"></a> [").append(cell(o.name()))
                        .append("](#output_").append(o.name()).append(") | ").append(cell(o.description()))
                        .append(" |\n");
            }
        }
        return sb.toString();
    }

    /** Inline code; multi-line text becomes a {@code <pre>} block, as terraform-docs does. */
    private static String code(String s) {
        return code(s, BREAK);
    }

    private static String cell(String s) {
        return cell(s, BREAK);
    }

    /** The line break Alexandria writes in a cell. */
    private static final String BREAK = "<br>";

    /**
     * A code cell: inline code, or a {@code <pre>} block with {@code br} for its line breaks when the text has more
     * than one line (as terraform-docs writes them); line breaks at its end are left out.
     *
     * @param s  the code
     * @param br the line break to write ({@code <br>} or {@code <br/>})
     * @return the cell's text
     */
    public static String code(String s, String br) {
        String t = s.replace("\r", "").stripTrailing();
        if (t.indexOf('\n') >= 0) {
            return "<pre>" + t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("|", "&#124;").replace("\n", br) + "</pre>";
        }
        return "`" + t.replace("|", "\\|") + "`";
    }

    /**
     * A text cell: pipes escaped, line breaks written as {@code br}, never one at its end (a heredoc description
     * ends with a newline).
     *
     * @param s  the text
     * @param br the line break to write ({@code <br>} or {@code <br/>})
     * @return the cell's text
     */
    public static String cell(String s, String br) {
        return s.replace("\r", "").stripTrailing().replace("|", "\\|").replace("\n", br);
    }
}
