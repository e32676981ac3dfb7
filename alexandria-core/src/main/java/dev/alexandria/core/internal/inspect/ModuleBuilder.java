package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.ProviderConfigRef;
import dev.alexandria.api.model.ProviderRequirement;
import dev.alexandria.api.model.ResourceRef;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.VersionConstraint;
import dev.alexandria.api.model.TypeConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the parsed files of one module into its {@link ModuleInterface}: validates block labels, merges
 * override files into the primary blocks (Terraform's "Override Files" rules: arguments replace arguments
 * of the same name, nested blocks of a type present in the override replace all of that type), then
 * extracts inputs, outputs, requirements, providers, resources and module calls. Single use, not
 * thread-safe.
 */
final class ModuleBuilder {

    private static final Map<String, Integer> LABELS = Map.of("variable", 1, "output", 1, "provider", 1,
            "module", 1, "resource", 2, "data", 2, "terraform", 0, "locals", 0);
    private static final Map<String, String> LABEL_NAMES = Map.of("variable", "name", "output", "name",
            "provider", "name", "module", "name", "resource", "type, name", "data", "type, name", "terraform", "",
            "locals", "");

    private final String path;
    private final InspectOptions options;
    private final List<Diagnostic> diags;
    private final List<Syntax.Block> primary = new ArrayList<>();
    private final List<Syntax.Block> overrides = new ArrayList<>();
    private final Set<String> boilerplate = new TreeSet<>();

    ModuleBuilder(String path, InspectOptions options, List<Diagnostic> diags) {
        this.path = path;
        this.options = options;
        this.diags = diags;
    }

    void addFile(String name, String display, char[] chars) {
        addBody(name, name.endsWith(".json") ? JsonSyntaxReader.read(chars, display, diags)
                : new HclParser(chars, display, diags).parseFile());
    }

    /** Where the diagnostics go (for a caller that parses the files itself). */
    List<Diagnostic> diagnostics() {
        return diags;
    }

    /** Adds a file parsed by the caller (its diagnostics already in {@link #diagnostics()}); never modifies it. */
    void addBody(String name, Syntax.Body body) {
        if (options.boilerplateFiles().contains(name)) {
            boilerplate.add(name);
        }
        List<Syntax.Block> target = ModuleInspector.isOverrideFile(name) ? overrides : primary;
        for (Syntax.Block b : body.blocks) {
            Integer want = LABELS.get(b.type);
            if (want == null) {
                continue; // locals, moved, import, check ... are not part of the interface
            }
            Optional<Diagnostic> bad = headerError(b, at(b));
            if (bad.isPresent()) {
                diags.add(bad.get());
                continue;
            }
            target.add(b);
        }
    }

    /**
     * The error Terraform gives for an interface block's header ({@code variable}, {@code output},
     * {@code resource} …) with a label missing, an extra label or an empty one, in Terraform's words.
     *
     * @param b  a top-level block
     * @param at where the block is
     * @return the error; empty for a block that is not an interface block or whose header is right
     */
    static Optional<Diagnostic> headerError(Syntax.Block b, SourceLocation at) {
        Integer want = LABELS.get(b.type);
        if (want == null) {
            return Optional.empty();
        }
        if (b.labels.size() < want) {
            String names = LABEL_NAMES.get(b.type);
            String missing = names.split(", ")[b.labels.size()];
            return Optional.of(Diagnostic.error("Missing " + missing + " for " + b.type, "All " + b.type
                    + " blocks must have " + want + " labels (" + names + ").", at));
        }
        if (b.labels.size() > want) {
            return Optional.of(Diagnostic.error("Extraneous label for " + b.type, want == 0 ? "No labels are "
                    + "expected for " + b.type + " blocks." : "Only " + want + " labels (" + LABEL_NAMES.get(b.type)
                            + ") are expected for " + b.type + " blocks.", at));
        }
        if (anyBlank(b.labels)) {
            return Optional.of(Diagnostic.error("Invalid block label", "The labels of a " + b.type + " block must "
                    + "not be empty.", at));
        }
        return Optional.empty();
    }

    /**
     * The labels that name the declaration of a block {@link #addBody} drops for its header
     * ({@link #headerError}): the expected number of leading labels, fewer when one is missing or empty ({@code variable "a" "b"} declares {@code a}; a {@code resource
     * "aws_instance"} declares some {@code aws_instance}).
     *
     * @param b a top-level block
     * @return the leading labels that name the declaration
     */
    static List<String> declaredLabels(Syntax.Block b) {
        int want = LABELS.getOrDefault(b.type, 0);
        List<String> out = new ArrayList<>();
        for (String label : b.labels) {
            if (out.size() == want || label.isBlank()) {
                break;
            }
            out.add(label);
        }
        return out;
    }

    private static boolean anyBlank(List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static SourceLocation at(Syntax.Block b) {
        return SourceLocation.of(b.file, b.line, b.column);
    }

    private static SourceLocation at(Syntax.Block b, Syntax.Attribute a) {
        return SourceLocation.of(b.file, a.line, a.column);
    }

    /**
     * Where an expression inside an attribute's value starts (the line of {@code version} inside a
     * {@code required_providers} object), or the attribute itself where its source offsets are unknown (JSON).
     */
    private static SourceLocation at(Syntax.Block b, Syntax.Attribute a, Expr e) {
        if (a.offset < 0 || a.src == null || e.start < a.offset || e.start > a.src.length) {
            return at(b, a);
        }
        int line = a.line;
        int lineStart = -1;
        for (int i = a.offset; i < e.start; i++) {
            if (a.src[i] == '\n') {
                line++;
                lineStart = i;
            }
        }
        return lineStart < 0 ? at(b, a) : SourceLocation.of(b.file, line, e.start - lineStart);
    }

    /**
     * Adds Terraform's "Invalid version constraint" error when a {@code version} or {@code required_version}
     * string is not a constraint (Terraform refuses such a configuration at init).
     */
    private void checkConstraint(String text, SourceLocation where) {
        try {
            VersionConstraint.parse(text);
        } catch (IllegalArgumentException e) {
            diags.add(Diagnostic.error("Invalid version constraint", "This string does not use correct version "
                    + "constraint syntax: " + e.getMessage(), where));
        }
    }

    private static String where(Syntax.Block b) {
        return b.file + ":" + b.line + "," + b.column;
    }

    /**
     * What identifies a block for duplicate detection and override merging: its type and labels, and for a
     * provider its alias. A record over the strings the parser already made, so no key text is built per block.
     */
    private record BlockKey(String type, List<String> labels, String alias) {
    }

    private BlockKey key(Syntax.Block b) {
        switch (b.type) {
            case "provider": {
                Syntax.Attribute alias = b.body.attribute("alias");
                String a = "";
                if (alias != null) {
                    LiteralValue v = Literals.literal(alias.expr);
                    a = v instanceof LiteralValue.StringValue s ? s.value() : "";
                }
                return new BlockKey("provider", List.of(b.labels.get(0)), a);
            }
            case "terraform":
            case "locals":
                return null;
            default:
                return new BlockKey(b.type, b.labels, "");
        }
    }

    // ------------------------------------------------------------------ merging

    private List<Syntax.Block> merged(List<Syntax.Block> terraformOverrides) {
        List<Syntax.Block> out = new ArrayList<>(primary.size());
        Map<BlockKey, Integer> index = new HashMap<>();
        for (int j = 0; j < primary.size(); j++) {
            Syntax.Block b = primary.get(j);
            BlockKey k = key(b);
            if (k != null) {
                Integer prev = index.get(k);
                if (prev != null) {
                    duplicate(out.get(prev), b);
                    continue;
                }
                index.put(k, out.size());
            }
            out.add(b);
        }
        for (Syntax.Block o : overrides) {
            if (o.type.equals("terraform")) {
                terraformOverrides.add(o);
                continue;
            }
            BlockKey k = key(o);
            if (k == null) {
                continue;
            }
            Integer i = index.get(k);
            if (i == null) {
                // an error, as in Terraform; the block is still read as a declaration, so nothing written is lost
                missingBase(o);
                index.put(k, out.size());
                out.add(o);
                continue;
            }
            out.set(i, merge(out.get(i), o));
        }
        return out;
    }

    static Syntax.Block merge(Syntax.Block base, Syntax.Block over) {
        LinkedHashMap<String, Syntax.Attribute> attrs = new LinkedHashMap<>();
        for (Syntax.Attribute a : base.body.attributes) {
            attrs.put(a.name, a);
        }
        for (Syntax.Attribute a : over.body.attributes) {
            attrs.put(a.name, a);
        }
        Set<String> replaced = new HashSet<>();
        for (Syntax.Block nb : over.body.blocks) {
            replaced.add(nb.type);
        }
        List<Syntax.Block> blocks = new ArrayList<>();
        for (Syntax.Block nb : base.body.blocks) {
            if (!replaced.contains(nb.type)) {
                blocks.add(nb);
            }
        }
        blocks.addAll(over.body.blocks);
        return new Syntax.Block(base.type, base.labels, new Syntax.Body(new ArrayList<>(attrs.values()), blocks),
                base.file, base.line, base.column);
    }

    private void duplicate(Syntax.Block first, Syntax.Block again) {
        String name = again.labels.get(again.labels.size() - 1);
        switch (again.type) {
            case "variable":
                diags.add(Diagnostic.error("Duplicate variable declaration", "A variable named \"" + name
                        + "\" was already declared at " + where(first)
                        + ". Variable names must be unique within a module.", at(again)));
                break;
            case "output":
                diags.add(Diagnostic.error("Duplicate output definition", "An output named \"" + name
                        + "\" was already defined at " + where(first)
                        + ". Output names must be unique within a module.", at(again)));
                break;
            case "module":
                diags.add(Diagnostic.error("Duplicate module call", "A module call named \"" + name
                        + "\" was already defined at " + where(first)
                        + ". Module calls must have unique names within a module.", at(again)));
                break;
            case "provider":
                diags.add(Diagnostic.error("Duplicate provider configuration", "A provider configuration for \""
                        + again.labels.get(0) + "\" with the same alias was already given at " + where(first)
                        + ". If multiple configurations are required, set the \"alias\" argument for "
                        + "alternative configurations.", at(again)));
                break;
            default: {
                String kind = again.type.equals("data") ? "data resource" : "resource";
                diags.add(Diagnostic.error("Duplicate " + again.type + " \"" + again.labels.get(0)
                        + "\" configuration", "A " + again.labels.get(0) + " " + kind + " named \"" + name
                                + "\" was already declared at " + where(first)
                                + ". Resource names must be unique per type in each module.", at(again)));
                break;
            }
        }
    }

    private void missingBase(Syntax.Block o) {
        String name = o.labels.get(o.labels.size() - 1);
        switch (o.type) {
            case "variable":
                diags.add(Diagnostic.error("Missing base variable declaration to override", "There is no variable "
                        + "named \"" + name + "\". An override file can only override a variable that was already "
                        + "declared in a primary configuration file.", at(o)));
                break;
            case "output":
                diags.add(Diagnostic.error("Missing base output definition to override", "There is no output "
                        + "named \"" + name + "\". An override file can only override an output that was already "
                        + "defined in a primary configuration file.", at(o)));
                break;
            case "module":
                diags.add(Diagnostic.error("Missing module call to override", "There is no module call named \""
                        + name + "\". An override file can only override a module call that was defined in a "
                        + "primary configuration file.", at(o)));
                break;
            case "provider":
                diags.add(Diagnostic.error("Missing base provider configuration for override", "There is no \""
                        + name + "\" provider configuration with that alias. An override file can only override "
                        + "a provider configuration that was already defined in a primary configuration file.",
                        at(o)));
                break;
            default:
                diags.add(Diagnostic.error("Missing " + (o.type.equals("data") ? "data resource" : "resource")
                        + " to override", "There is no " + o.labels.get(0) + " " + (o.type.equals("data")
                                ? "data resource" : "resource") + " named \"" + name + "\". An override file can "
                                + "only override a " + o.type + " block defined in a primary configuration file.",
                        at(o)));
                break;
        }
    }

    // ------------------------------------------------------------------ extraction

    private final List<InputVariable> variables = new ArrayList<>();
    private final List<OutputValue> outputs = new ArrayList<>();
    private final List<String> requiredCore = new ArrayList<>();
    private final LinkedHashMap<String, Req> requiredProviders = new LinkedHashMap<>();
    private final LinkedHashMap<String, ProviderConfigRef> providerConfigs = new LinkedHashMap<>();
    private final List<ResourceRef> managed = new ArrayList<>();
    private final List<ResourceRef> data = new ArrayList<>();
    private final List<ModuleCallRef> modules = new ArrayList<>();

    /** A provider requirement being gathered. */
    private static final class Req {
        String source;
        final List<String> versions = new ArrayList<>();
        /** Where the first of {@link #versions} is written. */
        SourceLocation versionAt;
        final List<ProviderConfigRef> aliases = new ArrayList<>();
    }

    /**
     * Where each provider's first version constraint is written, by the provider's local name, as the last
     * {@link #build()} read them (for the dependency graph's provider-conflict findings).
     *
     * @return the locations; providers without a constraint are left out
     */
    Map<String, SourceLocation> providerVersionLocations() {
        Map<String, SourceLocation> out = new LinkedHashMap<>();
        requiredProviders.forEach((name, r) -> {
            if (r.versionAt != null) {
                out.put(name, r.versionAt);
            }
        });
        return out;
    }

    /** A local value's definition: its attribute and the file it is in. */
    record Local(String file, Syntax.Attribute attribute) {
    }

    /**
     * The module's local values by name, in file order: the {@code locals} blocks of the primary files, then those
     * of the override files replacing them by name. A name defined twice in primary files keeps its first
     * definition and is reported in {@code duplicates}.
     */
    Map<String, Local> locals(List<Diagnostic> duplicates) {
        LinkedHashMap<String, Local> out = new LinkedHashMap<>();
        for (Syntax.Block b : primary) {
            if (!b.type.equals("locals")) {
                continue;
            }
            for (Syntax.Attribute a : b.body.attributes) {
                Local prev = out.get(a.name);
                if (prev != null) {
                    duplicates.add(Diagnostic.error("Duplicate local value definition", "A local value named \""
                            + a.name + "\" was already defined at " + prev.file() + ":" + prev.attribute().line + ","
                            + prev.attribute().column + ". Local value names must be unique within a module.",
                            at(b, a)));
                    continue;
                }
                out.put(a.name, new Local(b.file, a));
            }
        }
        for (Syntax.Block b : overrides) {
            if (b.type.equals("locals")) {
                for (Syntax.Attribute a : b.body.attributes) {
                    out.put(a.name, new Local(b.file, a));
                }
            }
        }
        return out;
    }

    /** The blocks of the module after override files were merged, as the last {@link #build()} saw them. */
    private List<Syntax.Block> mergedBlocks = List.of();

    /** @return the merged blocks of the last {@link #build()}, for cost estimation (resources, module calls) */
    List<Syntax.Block> mergedBlocks() {
        return mergedBlocks;
    }

    ModuleInterface build() {
        List<Syntax.Block> terraformOverrides = new ArrayList<>();
        mergedBlocks = merged(terraformOverrides);
        for (Syntax.Block b : mergedBlocks) {
            switch (b.type) {
                case "terraform":
                    terraform(b, false);
                    break;
                case "variable":
                    variable(b);
                    break;
                case "output":
                    output(b);
                    break;
                case "provider":
                    provider(b);
                    break;
                case "resource":
                case "data":
                    resource(b);
                    break;
                case "module":
                    module(b);
                    break;
                default:
                    break;
            }
        }
        for (Syntax.Block b : terraformOverrides) {
            terraform(b, true);
        }
        for (ResourceRef r : managed) {
            requiredProviders.computeIfAbsent(r.provider().name(), k -> new Req());
        }
        for (ResourceRef r : data) {
            requiredProviders.computeIfAbsent(r.provider().name(), k -> new Req());
        }
        List<ProviderRequirement> reqs = new ArrayList<>(requiredProviders.size());
        requiredProviders.forEach((name, r) -> reqs.add(new ProviderRequirement(name, Optional.ofNullable(r.source),
                r.versions, r.aliases)));
        return new ModuleInterface(path, variables, outputs, requiredCore, reqs,
                new ArrayList<>(providerConfigs.values()), managed, data, modules, diags, boilerplate);
    }

    private void terraform(Syntax.Block b, boolean override) {
        Syntax.Attribute rv = b.body.attribute("required_version");
        if (rv != null) {
            String v = Literals.string(rv, b.file, diags);
            if (v != null) {
                checkConstraint(v, SourceLocation.of(b.file, rv.line, rv.column));
                if (override) {
                    requiredCore.clear();
                }
                requiredCore.add(v);
            }
        }
        for (Syntax.Block inner : b.body.blocks) {
            if (inner.type.equals("required_providers")) {
                requiredProvidersBlock(inner, override);
            }
        }
    }

    private void requiredProvidersBlock(Syntax.Block rp, boolean override) {
        for (Syntax.Attribute a : rp.body.attributes) {
            Req req = new Req();
            LiteralValue legacy = Literals.literal(a.expr);
            if (legacy instanceof LiteralValue.StringValue || legacy instanceof LiteralValue.NumberValue
                    || legacy instanceof LiteralValue.BoolValue) {
                String v = Literals.string(a, rp.file, diags);
                if (v != null) {
                    checkConstraint(v, at(rp, a));
                    req.versions.add(v);
                    req.versionAt = at(rp, a);
                }
            } else if (a.expr instanceof Expr.ObjectCons o) {
                for (int i = 0; i < o.keys.size(); i++) {
                    String k = Literals.objectKey(o.keys.get(i));
                    Expr value = o.values.get(i);
                    if (k == null) {
                        diags.add(Diagnostic.error("Invalid Attribute", "Invalid attribute name for provider "
                                + "requirement: " + a.text(o.keys.get(i)), at(rp, a)));
                        continue;
                    }
                    switch (k) {
                        case "version":
                        case "source": {
                            LiteralValue v = Literals.literal(value);
                            if (v instanceof LiteralValue.NullValue) {
                                break;
                            }
                            if (!(v instanceof LiteralValue.StringValue s)) {
                                diags.add(Diagnostic.error("Unsuitable value type", "Unsuitable value: string "
                                        + "required", at(rp, a)));
                                break;
                            }
                            if (k.equals("version")) {
                                checkConstraint(s.value(), at(rp, a, value));
                                req.versions.add(s.value());
                                req.versionAt = at(rp, a, value);
                            } else {
                                req.source = s.value();
                            }
                            break;
                        }
                        case "configuration_aliases":
                            configurationAliases(rp, a, value, req);
                            break;
                        default:
                            break;
                    }
                }
            } else {
                diags.add(Diagnostic.error("Invalid required_providers object", "Required providers entries "
                        + "must be strings or objects.", at(rp, a)));
                continue;
            }
            Req existing = requiredProviders.get(a.name);
            if (existing == null || override) {
                requiredProviders.put(a.name, req);
                continue;
            }
            if (req.source != null) {
                if (existing.source != null && !existing.source.equals(req.source)) {
                    diags.add(Diagnostic.error("Multiple provider source attributes", "Found multiple source "
                            + "attributes for provider " + a.name + ": \"" + existing.source + "\", \"" + req.source
                            + "\"", at(rp)));
                } else {
                    existing.source = req.source;
                }
            }
            existing.versions.addAll(req.versions);
            if (existing.versionAt == null) {
                existing.versionAt = req.versionAt;
            }
            existing.aliases.addAll(req.aliases);
        }
    }

    private void configurationAliases(Syntax.Block rp, Syntax.Attribute a, Expr value, Req req) {
        if (!(value instanceof Expr.Tuple t)) {
            diags.add(Diagnostic.error("Invalid configuration_aliases value", "Configuration aliases must be a "
                    + "list of provider configuration references, like [aws.east].", at(rp, a)));
            return;
        }
        for (Expr item : t.items) {
            ProviderConfigRef ref = providerRef(item);
            if (ref == null) {
                diags.add(Diagnostic.error("Invalid configuration_aliases value", "Configuration aliases can only "
                        + "contain references to local provider configuration names in the format of "
                        + "provider.alias", at(rp, a)));
            } else if (!ref.name().equals(a.name)) {
                diags.add(Diagnostic.error("Invalid configuration_aliases value", "Configuration aliases must be "
                        + "prefixed with the provider name. Expected \"" + a.name + "\", but found \"" + ref.name()
                        + "\".", at(rp, a)));
            } else {
                req.aliases.add(ref);
            }
        }
    }

    /** {@code aws}, {@code aws.east}, or the same quoted; null when it is not such a reference. */
    private ProviderConfigRef providerRef(Expr e) {
        LiteralValue lit = Literals.literal(e);
        if (lit instanceof LiteralValue.StringValue || lit instanceof LiteralValue.BoolValue
                || lit instanceof LiteralValue.NumberValue) {
            // the legacy quoted form "aws.east"; like Terraform, a converted bool or number is a name too
            String text = lit instanceof LiteralValue.StringValue s ? s.value()
                    : lit instanceof LiteralValue.BoolValue b ? Boolean.toString(b.value())
                            : Literals.numberText(((LiteralValue.NumberValue) lit).value());
            int dot = text.indexOf('.');
            String name = dot < 0 ? text : text.substring(0, dot);
            String alias = dot < 0 ? null : text.substring(dot + 1);
            if (!isName(name) || (alias != null && !isName(alias))) {
                return null;
            }
            return alias == null ? ProviderConfigRef.of(name) : ProviderConfigRef.of(name, alias);
        }
        String name = Literals.keyName(e);
        if (name != null) {
            return ProviderConfigRef.of(name);
        }
        if (e instanceof Expr.GetAttr g && !g.legacyIndex && (name = Literals.keyName(g.object)) != null) {
            // the first step of a traversal is a name even when it is null, true or false (hashicorp/null)
            return ProviderConfigRef.of(name, g.name);
        }
        return null;
    }

    private static boolean isName(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private void variable(Syntax.Block b) {
        String name = b.labels.get(0);
        Syntax.Body body = b.body;
        Optional<String> typeSource = Optional.empty();
        TypeConstraint type = TypeConstraint.ANY;
        TypeConstraint constraint = null;
        Syntax.Attribute ta = body.attribute("type");
        if (ta != null) {
            LiteralValue lit = Literals.literal(ta.expr);
            TypeConstraint parsed;
            if (lit instanceof LiteralValue.StringValue s) {
                typeSource = Optional.of(s.value());
                parsed = Literals.legacyType(s.value());
                if (parsed == null) {
                    Expr e = new HclParser(s.value().toCharArray(), b.file, new ArrayList<>(1), ta.line)
                            .parseWholeExpression();
                    SourceLocation where = at(b, ta);
                    parsed = e == null ? null : Literals.type(e, Literals.constants(offset -> where, diags));
                }
            } else {
                typeSource = Optional.of(ta.text());
                parsed = Literals.type(ta.expr, Literals.constants(Literals.locator(ta, b.file), diags));
            }
            if (parsed == null) {
                diags.add(Diagnostic.error("Invalid type specification", "The type of variable \"" + name
                        + "\" is not a valid type constraint: a type is a primitive type keyword (bool, number, "
                        + "string), any, or a type constructor call like list(string).", at(b, ta)));
            } else {
                type = parsed;
                constraint = parsed;
            }
        }
        String description = stringAttr(b, "description", "");
        boolean sensitive = boolAttr(b, "sensitive", false);
        boolean nullable = boolAttr(b, "nullable", true);
        boolean ephemeral = boolAttr(b, "ephemeral", false);
        Optional<String> deprecated = Optional.ofNullable(stringAttr(b, "deprecated", null));
        int validations = 0;
        for (Syntax.Block inner : body.blocks) {
            if (inner.type.equals("validation")) {
                validations++;
            }
        }
        InputVariable.Builder v = InputVariable.builder(name, at(b)).description(description).sensitive(sensitive)
                .nullable(nullable).ephemeral(ephemeral).validationCount(validations);
        if (typeSource.isPresent()) {
            v.type(type, typeSource.get());
        }
        deprecated.ifPresent(v::deprecated);
        Syntax.Attribute da = body.attribute("default");
        if (da != null) {
            defaultValue(b, da, constraint, nullable, v);
        }
        variables.add(v.build());
    }

    /**
     * A variable's default as Terraform reads it: evaluated with nothing in scope (references and function
     * calls are errors), then, when the variable has a type, the defaults of its {@code optional()} attributes
     * applied and the value converted to the type ("Invalid default value for variable" when it does not fit).
     * The value as written, before conversion, is kept too: it is what terraform-config-inspect reports.
     */
    private void defaultValue(Syntax.Block b, Syntax.Attribute da, TypeConstraint constraint, boolean nullable,
            InputVariable.Builder v) {
        LiteralValue written = Literals.literal(da.expr);
        if (written != null && constraint != null && written.kind() != LiteralValue.Kind.NULL) {
            // the common case, a literal default of a typed variable: typed in one pass from the literal
            try {
                v.defaultValue(written, TypeDefaults.applyAndConvert(constraint, written));
                return;
            } catch (Convert.Failure f) {
                // reported below, by the general path
            }
        }
        Evaluator.Locator locator = Literals.locator(da, b.file);
        HclValue value;
        boolean errors = false;
        if (written != null) {
            value = Evaluator.literal(written);
        } else {
            int mark = diags.size();
            Evaluator ev = new Evaluator(HclScope.none(), locator, diags);
            value = ev.eval(da.expr);
            errors = ev.errorsSince(mark);
            written = !errors && value.isWhollyKnown() ? Evaluator.toLiteral(value) : null;
            if (written == null) {
                written = new LiteralValue.NonLiteral(da.text());
            }
        }
        HclValue typed = value;
        if (constraint != null) {
            try {
                typed = TypeDefaults.applyAndConvert(constraint, value);
            } catch (Convert.Failure f) {
                diags.add(Diagnostic.error("Invalid default value for variable", "This default value is not "
                        + "compatible with the variable's type constraint: " + f.withPath() + ".",
                        locator.at(da.expr.start)));
                typed = HclValue.UNKNOWN;
            }
        }
        if (!nullable && value.isNull()) {
            diags.add(Diagnostic.error("Invalid default value for variable", "A null default value is not valid when "
                    + "nullable=false.", locator.at(da.expr.start)));
        }
        v.defaultValue(written, typed);
    }

    private String stringAttr(Syntax.Block b, String attr, String otherwise) {
        Syntax.Attribute a = b.body.attribute(attr);
        if (a == null) {
            return otherwise;
        }
        String v = Literals.string(a, b.file, diags);
        return v == null ? otherwise : v;
    }

    private boolean boolAttr(Syntax.Block b, String attr, boolean otherwise) {
        Syntax.Attribute a = b.body.attribute(attr);
        if (a == null) {
            return otherwise;
        }
        Boolean v = Literals.bool(a, b.file, diags);
        return v == null ? otherwise : v;
    }

    private void output(Syntax.Block b) {
        List<String> dependsOn = new ArrayList<>();
        Syntax.Attribute dep = b.body.attribute("depends_on");
        if (dep != null) {
            if (dep.expr instanceof Expr.Tuple t) {
                for (Expr item : t.items) {
                    LiteralValue lit = Literals.literal(item);
                    dependsOn.add(lit instanceof LiteralValue.StringValue s ? s.value() : dep.text(item));
                }
            } else {
                diags.add(Diagnostic.error("Invalid depends_on", "The depends_on argument must be a list of "
                        + "references.", at(b, dep)));
            }
        }
        outputs.add(new OutputValue(b.labels.get(0), stringAttr(b, "description", ""),
                boolAttr(b, "sensitive", false), dependsOn, Optional.ofNullable(stringAttr(b, "deprecated", null)),
                at(b)));
    }

    private void provider(Syntax.Block b) {
        String name = b.labels.get(0);
        Req req = requiredProviders.computeIfAbsent(name, k -> new Req());
        Syntax.Attribute version = b.body.attribute("version");
        if (version != null) {
            String v = Literals.string(version, b.file, diags);
            if (v != null) {
                req.versions.add(v);
                if (req.versionAt == null) {
                    req.versionAt = at(b, version);
                }
            }
        }
        String alias = stringAttr(b, "alias", "");
        ProviderConfigRef ref = alias.isEmpty() ? ProviderConfigRef.of(name) : ProviderConfigRef.of(name, alias);
        providerConfigs.put(ref.key(), ref);
    }

    private void resource(Syntax.Block b) {
        String type = b.labels.get(0);
        ProviderConfigRef provider;
        Syntax.Attribute pa = b.body.attribute("provider");
        if (pa != null) {
            provider = providerRef(pa.expr);
            if (provider == null) {
                diags.add(Diagnostic.error("Invalid provider reference", "Provider argument requires a provider "
                        + "name followed by an optional alias, like \"aws.foo\".", at(b, pa)));
                provider = ProviderConfigRef.of(defaultProvider(type));
            }
        } else {
            provider = ProviderConfigRef.of(defaultProvider(type));
        }
        Syntax.Attribute count = b.body.attribute("count");
        Syntax.Attribute forEach = b.body.attribute("for_each");
        ResourceRef r = new ResourceRef(b.type.equals("data") ? ResourceRef.Mode.DATA : ResourceRef.Mode.MANAGED,
                type, b.labels.get(1), provider, Optional.ofNullable(count == null ? null : count.text()),
                Optional.ofNullable(forEach == null ? null : forEach.text()), at(b));
        (r.mode() == ResourceRef.Mode.DATA ? data : managed).add(r);
    }

    static String defaultProvider(String type) {
        int u = type.indexOf('_');
        String name = u < 0 ? type : type.substring(0, u);
        return name.isEmpty() ? type : name;
    }

    private void module(Syntax.Block b) {
        modules.add(new ModuleCallRef(b.labels.get(0), stringAttr(b, "source", ""),
                Optional.ofNullable(stringAttr(b, "version", null)), at(b)));
    }
}
