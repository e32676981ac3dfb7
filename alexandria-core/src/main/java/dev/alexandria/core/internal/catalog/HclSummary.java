package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.cache.CacheInput;
import dev.alexandria.core.internal.cache.CacheOutput;
import dev.alexandria.core.internal.cache.ModelCodec;
import dev.alexandria.core.internal.graph.GraphFacts;
import dev.alexandria.core.internal.recommend.ModuleFacts;
import dev.alexandria.core.internal.text.PathsInText;
import dev.alexandria.core.internal.validate.ConventionsValidator;
import dev.alexandria.core.internal.validate.HclRules;
import dev.alexandria.core.internal.validate.InterfaceNames;
import dev.alexandria.core.internal.validate.ReadmeValidator;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the library needs from a module's HCL besides the interface itself: the count of its own input
 * variables (for the complexity tier), whether the HCL has errors, which boilerplate files declared variables,
 * and the HCL's diagnostics as findings with paths relative to the library root. Small, so a browse of
 * thousands of modules keeps only this, not every interface.
 *
 * @param ownVariableCount   {@link ModuleInterface#ownVariableCount()}
 * @param hasErrors          {@link ModuleInterface#hasErrors()}
 * @param boilerplateInUse   the boilerplate files that declared variables, sorted
 * @param findings           the diagnostics as findings about the module
 * @param conventions        the findings of the rules over the interface alone ({@link HclRules}), which only
 *                           {@code validate} reports, cached here so an unchanged module is not read again
 * @param graph              what the dependency graph needs (module calls, provider constraints with their
 *                           lines, the HCL's errors), so checking the graph of a large library never holds every
 *                           interface
 * @param names              what the README rule needs (the names of the inputs and outputs, the first error), so
 *                           validating a module never reads its whole interface for it
 * @param readme             the README rule's findings ({@code ReadmeValidator#check}) when the module had a
 *                           README.md that is a plain file when its HCL was read; its stamp is among the entry's,
 *                           so an edit to the README or to the HCL makes them again
 * @param resourceTypes      the type of each managed resource, in the interface's order
 *                           ({@link ModuleInterface#managedResources()}), which recommendations read of every module
 *                           without decoding every interface
 * @param inputs             each input variable's name, whether it is required and its description, in the
 *                           interface's order, which recommendations read to wire modules without decoding their
 *                           interfaces
 */
record HclSummary(int ownVariableCount, boolean hasErrors, List<String> boilerplateInUse, List<Finding> findings,
                  List<Finding> conventions, GraphFacts graph, InterfaceNames names,
                  Optional<List<Finding>> readme, List<String> resourceTypes,
                  List<ModuleFacts.Input> inputs) {

    HclSummary {
        boilerplateInUse = List.copyOf(boilerplateInUse);
        findings = List.copyOf(findings);
        conventions = List.copyOf(conventions);
        java.util.Objects.requireNonNull(graph, "graph");
        java.util.Objects.requireNonNull(names, "names");
        readme = readme.map(List::copyOf);
        resourceTypes = List.copyOf(resourceTypes);
        inputs = List.copyOf(inputs);
    }

    static HclSummary of(Path root, ModuleId module, ModuleInterface spec) {
        return of(root, module, spec, java.util.Map.of(), List.of(), List.of(), Optional.empty());
    }

    /**
     * @param providerLocations where each provider's first version constraint is written, by local name
     * @param undeclared        the references to undeclared names ({@link HclRules#REFERENCE_DECLARED})
     * @param nestedErrors      the HCL errors of its examples and tests folders ({@code NestedRoots#check})
     * @param readme            the module's README.md as findings name it and its text, when it is a plain file
     */
    static HclSummary of(Path root, ModuleId module, ModuleInterface spec,
                         java.util.Map<String, SourceLocation> providerLocations, List<Diagnostic> undeclared,
                         List<Diagnostic> nestedErrors,
                         Optional<java.util.Map.Entry<String, String>> readme) {
        TreeSet<String> inUse = new TreeSet<>();
        for (InputVariable v : spec.variables()) {
            String file = fileName(v.location().file());
            if (spec.boilerplateFiles().contains(file)) {
                inUse.add(file);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic d : spec.diagnostics()) {
            findings.add(finding(root, d).withModule(module));
        }
        List<Finding> conventions = new ArrayList<>();
        for (Finding f : HclRules.check(root, spec, undeclared, nestedErrors)) {
            conventions.add(f.withModule(module));
        }
        InterfaceNames names = InterfaceNames.of(root, spec);
        List<String> types = new ArrayList<>(spec.managedResources().size());
        for (var r : spec.managedResources()) {
            types.add(r.type());
        }
        List<ModuleFacts.Input> inputs = new ArrayList<>(spec.variables().size());
        for (InputVariable v : spec.variables()) {
            inputs.add(ModuleFacts.Input.of(v));
        }
        return new HclSummary(spec.ownVariableCount(), spec.hasErrors(), List.copyOf(inUse), findings, conventions,
                GraphFacts.of(spec, providerLocations), names,
                readme.map(r -> ReadmeValidator.check(r.getKey(), r.getValue(), names, Optional.of(spec))), types,
                inputs);
    }

    void write(CacheOutput out) {
        out.writeVarInt(ownVariableCount).writeBoolean(hasErrors).writeStrings(boilerplateInUse);
        ModelCodec.writeFindings(out, findings);
        ModelCodec.writeFindings(out, conventions);
        out.writeList(graph.calls(), ModelCodec::write);
        out.writeList(graph.providers(), (o, p) -> {
            o.writeString(p.address()).writeStrings(p.constraints());
            ModelCodec.write(o, p.location());
        });
        out.writeList(graph.errors(), ModelCodec::write);
        out.writeStrings(names.inputs()).writeStrings(names.outputs());
        out.writeOptional(names.firstError(), ModelCodec::write);
        out.writeOptional(readme, ModelCodec::writeFindings);
        out.writeStrings(resourceTypes);
        writeInputs(out, inputs);
    }

    /** Writes input variables as wiring reads them (also kept with a module's own facts, {@link ModuleHcl}). */
    static void writeInputs(CacheOutput out, List<ModuleFacts.Input> inputs) {
        out.writeList(inputs, (o, i) -> o.writeString(i.name()).writeBoolean(i.required())
                .writeString(i.description()));
    }

    /** @return the input variables {@link #writeInputs} wrote */
    static List<ModuleFacts.Input> readInputs(CacheInput in) {
        return in.readList(i -> new ModuleFacts.Input(i.readString(), i.readBoolean(), i.readString()));
    }

    static HclSummary read(CacheInput in) {
        return new HclSummary(in.readVarInt(), in.readBoolean(), in.readStrings(), ModelCodec.readFindings(in),
                ModelCodec.readFindings(in), new GraphFacts(in.readList(ModelCodec::readModuleCall),
                in.readList(i -> new GraphFacts.Provider(i.readString(), i.readStrings(), ModelCodec.readLocation(i))),
                in.readList(ModelCodec::readDiagnostic)), new InterfaceNames(in.readStrings(), in.readStrings(),
                in.readOptional(ModelCodec::readLocation)), in.readOptional(ModelCodec::readFindings),
                in.readStrings(), readInputs(in));
    }

    /**
     * An inspection diagnostic as a finding: its file relative to the library root, and every path of the
     * library named in its text relative too (the inspector names files by absolute path, as in "already
     * declared at /home/me/lib/_library/.../variables.tf:12,1"). An error is an error of the rule {@code hcl-valid},
     * wherever it is shown ({@code validate}, {@code browse --findings}, the commands about the module): one problem,
     * one severity. It stops no command: opening reads no HCL, so the library still opens and lists the module.
     */
    static Finding finding(Path root, Diagnostic d) {
        String file = d.location().file();
        try {
            Path p = Path.of(file);
            if (p.isAbsolute() && p.startsWith(root)) {
                file = p.equals(root) ? "." : LibraryLoader.display(root, p);
            }
        } catch (InvalidPathException e) {
            // not a path of this file system; keep the text as the inspector reported it
        }
        SourceLocation at = new SourceLocation(file, d.location().line(), d.location().column());
        String message = PathsInText.relative(root, d.message());
        if (d.isError()) {
            return Finding.error(ConventionsValidator.HCL_VALID, at, message, d.fix());
        }
        return new Finding(Finding.Severity.INFO, "inspect", at, message, Optional.empty());
    }

    static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
