package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.ProviderRequirement;
import dev.alexandria.api.model.ResourceRef;
import dev.alexandria.api.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules over a module's interface alone, after tflint's Terraform ruleset: names in snake_case
 * ({@code terraform_naming_convention}), variables typed and described ({@code terraform_typed_variables},
 * {@code terraform_documented_variables}), outputs described ({@code terraform_documented_outputs}),
 * {@code required_version} set ({@code terraform_required_version}), every provider declared with a source and a
 * version constraint ({@code terraform_required_providers}). They run when a module's HCL is read, and their
 * findings are cached with its interface, so validating an unchanged library reads no HCL.
 *
 * <p>Stateless and thread-safe.
 */
public final class HclRules {

    /** {@code terraform_naming_convention}. */
    public static final String NAMING = "naming-convention";
    /** {@code terraform_documented_variables}. */
    public static final String VARIABLE_DOCUMENTED = "variable-documented";
    /** {@code terraform_typed_variables}. */
    public static final String VARIABLE_TYPED = "variable-typed";
    /** {@code terraform_documented_outputs}. */
    public static final String OUTPUT_DOCUMENTED = "output-documented";
    /** {@code terraform_required_version}. */
    public static final String REQUIRED_VERSION = "required-version";
    /** {@code terraform_required_providers}. */
    public static final String PROVIDER_PINNED = "provider-pinned";
    /** {@code terraform validate}'s "Reference to undeclared input variable" (and local value, module). */
    public static final String REFERENCE_DECLARED = "reference-declared";

    /**
     * Terraform's built-in provider ({@code terraform.io/builtin/terraform}: {@code terraform_data},
     * {@code terraform_remote_state}), which is never declared in {@code required_providers}.
     */
    private static final String BUILT_IN_PROVIDER = "terraform";

    /** tflint's snake_case format. */
    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*([A-Za-z0-9_-]+)\\s*=");

    private static final Pattern TERRAFORM_BLOCK = Pattern.compile("^\\s*terraform\\s*\\{");

    private HclRules() {
    }

    /**
     * Checks a module's interface.
     *
     * @param root the library root (locations are shown relative to it)
     * @param spec       the module's interface; its path is the module folder
     * @param undeclared the references to undeclared input variables, local values and module calls, from
     *                   {@code ModuleInspector.Inspection#undeclaredReferences()} and {@code NestedRoots#check}
     * @param nestedErrors the HCL errors of the module's examples and tests folders ({@code NestedRoots#check}),
     *                   reported as {@code hcl-valid} errors
     * @return the findings, in rule order
     */
    public static List<Finding> check(Path root, ModuleInterface spec, List<Diagnostic> undeclared,
                                      List<Diagnostic> nestedErrors) {
        Path dir = Path.of(spec.path());
        String folder = relative(root, dir.toString());
        List<Finding> out = new ArrayList<>();
        for (Diagnostic d : nestedErrors) {
            // an example or test folder is a root module of its own: terraform init/test there parse it
            SourceLocation at = at(root, d.location());
            String nested = at.file().contains("/") ? at.file().substring(0, at.file().lastIndexOf('/')) : ".";
            String why = dev.alexandria.core.internal.inspect.TestFileReader.reads(Path.of(at.file()).getFileName()
                    .toString()) ? "terraform test reads every test file in " + nested + ", so it must parse (alexandria "
                    + "test --coverage-only reads it too)" : nested + " is a root module of its own (terraform init "
                    + "and terraform test read it), so its HCL must parse like the module's";
            out.add(Finding.error(ConventionsValidator.HCL_VALID, at, d.message(), "fix the file at that line and "
                    + "column: " + why));
        }
        for (Diagnostic d : undeclared) {
            // a reference in examples/… or tests/…, a root module of its own (NestedRoots)
            Path parent = Path.of(d.location().file()).getParent();
            String nested = parent == null || parent.equals(dir) ? "" : relative(root, parent.toString());
            out.add(Finding.error(REFERENCE_DECLARED, at(root, d.location()), d.summary() + ": " + d.detail().strip()
                    .replaceAll("\\.$", ""),
                    nested.isEmpty() ? undeclaredFix(d) : nested + " is a root module of its own, so it must declare "
                            + "the name itself: " + undeclaredFix(d).replace(" in variables.tf", " there")
                            + " (or use a literal value)"));
        }
        for (InputVariable v : spec.variables()) {
            SourceLocation at = at(root, v.location());
            naming(out, at, "variable", v.name());
            if (v.typeSource().isEmpty()) {
                out.add(Finding.warning(VARIABLE_TYPED, at, "variable '" + v.name() + "' has no type",
                        "add a type constraint such as type = string"));
            }
            if (v.description().isBlank()) {
                out.add(Finding.warning(VARIABLE_DOCUMENTED, at, "variable '" + v.name() + "' has no description",
                        "add description = \"…\" saying what it is for"));
            }
        }
        for (OutputValue o : spec.outputs()) {
            SourceLocation at = at(root, o.location());
            naming(out, at, "output", o.name());
            if (o.description().isBlank()) {
                out.add(Finding.warning(OUTPUT_DOCUMENTED, at, "output '" + o.name() + "' has no description",
                        "add description = \"…\" saying what it gives"));
            }
        }
        for (ResourceRef r : spec.managedResources()) {
            naming(out, at(root, r.location()), "resource", r.name());
        }
        for (ResourceRef r : spec.dataResources()) {
            naming(out, at(root, r.location()), "data source", r.name());
        }
        for (ModuleCallRef c : spec.moduleCalls()) {
            naming(out, at(root, c.location()), "module call", c.name());
        }
        if (spec.hasErrors()) {
            return out; // the terraform block may be in the part in error; the HCL error is reported anyway
        }
        Blocks blocks = Blocks.of(dir, folder);
        if (spec.requiredCore().isEmpty()) {
            out.add(Finding.warning(REQUIRED_VERSION, blocks.terraformBlock(), "no required_version is set",
                    "add terraform { required_version = \">= 1.5.0\" } (in versions.tf)"));
        }
        Map<String, SourceLocation> firstUse = new TreeMap<>();
        for (List<ResourceRef> list : List.of(spec.managedResources(), spec.dataResources())) {
            for (ResourceRef r : list) {
                firstUse.putIfAbsent(r.provider().name(), at(root, r.location()));
            }
        }
        Set<String> declared = new TreeSet<>();
        for (ProviderRequirement p : spec.requiredProviders()) {
            declared.add(p.localName());
            Optional<SourceLocation> at = blocks.provider(p.localName());
            if (at.isEmpty()) { // implied by a resource type, as Terraform does: neither source nor version
                if (!p.localName().equals(BUILT_IN_PROVIDER)) {
                    undeclared(out, p.localName(), firstUse.getOrDefault(p.localName(), blocks.terraformBlock()));
                }
                continue;
            }
            if (p.source().isEmpty()) {
                out.add(Finding.warning(PROVIDER_PINNED, at.get(), "provider '" + p.localName() + "' has no source",
                        "set source = \"hashicorp/" + p.localName() + "\" (or its namespace) in required_providers"));
            }
            if (p.versionConstraints().isEmpty()) {
                out.add(Finding.warning(PROVIDER_PINNED, at.get(), "provider '" + p.localName()
                        + "' has no version constraint", "set version = \"~> X.Y\" in required_providers"));
            }
        }
        firstUse.forEach((name, at) -> {
            if (!name.equals(BUILT_IN_PROVIDER) && !declared.contains(name)) {
                undeclared(out, name, at);
            }
        });
        return out;
    }

    private static String undeclaredFix(Diagnostic d) {
        java.util.regex.Matcher named = UNDECLARED_NAME.matcher(d.detail());
        String name = named.find() ? named.group(1) : "name";
        if (d.summary().endsWith("input variable")) {
            return "declare the variable in variables.tf (variable \"" + name + "\" { type = …, description = \"…\" "
                    + "}) or refer to one that is declared";
        }
        if (d.summary().endsWith("local value")) {
            return "define it in a locals { } block (locals { " + name + " = … }) or refer to one that is defined";
        }
        return "add the module block it names (module \"" + name + "\" { source = \"…\" }) or refer to one that is "
                + "declared";
    }

    /** The name in the detail of an undeclared reference's diagnostic (References, Evaluator): name "x", named "x". */
    private static final java.util.regex.Pattern UNDECLARED_NAME = java.util.regex.Pattern.compile(
            "(?:with the name|named) \"([^\"]+)\"");

    private static void undeclared(List<Finding> out, String name, SourceLocation at) {
        out.add(Finding.warning(PROVIDER_PINNED, at, "provider '" + name + "' is used but not declared in "
                + "required_providers", "declare it in terraform { required_providers { " + name + " = { source = "
                + "\"hashicorp/" + name + "\", version = \"~> X.Y\" } } }"));
    }

    private static void naming(List<Finding> out, SourceLocation at, String what, String name) {
        if (!SNAKE.matcher(name).matches()) {
            out.add(Finding.warning(NAMING, at, what + " name '" + name + "' is not snake_case",
                    "rename it to " + snake(name)));
        }
    }

    /** A name in snake_case: lower case, words joined by single underscores. */
    static String snake(String name) {
        String s = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            return "a_snake_case_name";
        }
        return Character.isDigit(s.charAt(0)) ? "n_" + s : s;
    }

    static SourceLocation at(Path root, SourceLocation location) {
        String file = relative(root, location.file());
        return new SourceLocation(file, Math.max(1, location.line()), location.column());
    }

    static String relative(Path root, String file) {
        try {
            Path p = Path.of(file);
            if (p.isAbsolute() && p.normalize().startsWith(root)) {
                return root.relativize(p.normalize()).toString().replace('\\', '/');
            }
        } catch (InvalidPathException e) {
            // not a path of this file system: shown as reported
        }
        return file.replace('\\', '/');
    }

    /** Where the {@code terraform} block and the provider requirements are, found by a scan of the files. */
    private record Blocks(SourceLocation terraformBlock, Map<String, SourceLocation> providers) {

        Optional<SourceLocation> provider(String name) {
            return Optional.ofNullable(providers.get(name));
        }

        static Blocks of(Path dir, String folder) {
            TreeMap<String, Path> files = new TreeMap<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.tf")) {
                s.forEach(f -> files.put(f.getFileName().toString(), f));
            } catch (IOException | RuntimeException e) {
                // no files to scan: anchored at the module's metadata
            }
            SourceLocation fallback = files.isEmpty() ? SourceLocation.of(folder + "/.alexandria.yaml", 1, 1)
                    : SourceLocation.of(folder + "/" + preferred(files), 1, 1);
            SourceLocation block = null;
            Map<String, SourceLocation> providers = new TreeMap<>();
            for (Map.Entry<String, Path> f : files.entrySet()) {
                List<String> lines;
                try {
                    lines = Files.readAllLines(f.getValue(), StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                    continue;
                }
                int depth = -1; // inside required_providers: the brace depth below it; -1 outside
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (block == null && TERRAFORM_BLOCK.matcher(line).find()) {
                        block = SourceLocation.of(folder + "/" + f.getKey(), i + 1, 1);
                    }
                    if (depth < 0) {
                        if (line.contains("required_providers")) {
                            depth = braces(line);
                        }
                        continue;
                    }
                    if (depth == 1) {
                        Matcher m = ASSIGNMENT.matcher(line);
                        if (m.find()) {
                            providers.putIfAbsent(m.group(1), SourceLocation.of(folder + "/" + f.getKey(), i + 1,
                                    m.start(1) + 1));
                        }
                    }
                    depth += braces(line);
                    if (depth <= 0) {
                        depth = -1;
                    }
                }
            }
            return new Blocks(block != null ? block : fallback, providers);
        }

        private static int braces(String line) {
            int n = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '{') {
                    n++;
                } else if (c == '}') {
                    n--;
                } else if (c == '#') {
                    break;
                }
            }
            return n;
        }

        private static String preferred(TreeMap<String, Path> files) {
            for (String name : List.of("versions.tf", "provider.tf", "providers.tf", "terraform.tf", "main.tf")) {
                if (files.containsKey(name)) {
                    return name;
                }
            }
            return files.firstKey();
        }
    }

    /** @return the tflint rule each rule id corresponds to */
    static Optional<String> tflintEquivalent(String ruleId) {
        return Optional.ofNullable(Map.of(NAMING, "terraform_naming_convention",
                VARIABLE_DOCUMENTED, "terraform_documented_variables", VARIABLE_TYPED, "terraform_typed_variables",
                OUTPUT_DOCUMENTED, "terraform_documented_outputs", REQUIRED_VERSION, "terraform_required_version",
                PROVIDER_PINNED, "terraform_required_providers").get(ruleId));
    }
}
