package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the README rule ({@code readme-tables}) needs of a module's interface: the names of its input variables
 * and outputs, and where its HCL first fails to parse (the tables are not checked then). Small, so it is kept in
 * the module's cached summary and a warm {@code validate} never reads the whole interface for it.
 *
 * @param inputs     the input variables' names, sorted, each once
 * @param outputs    the outputs' names, sorted, each once
 * @param firstError the first error diagnostic of the HCL, its file relative to the library root, if there is one
 */
public record InterfaceNames(List<String> inputs, List<String> outputs, Optional<SourceLocation> firstError) {

    public InterfaceNames {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(firstError, "firstError");
    }

    /**
     * A module that knows its interface's names without reading the whole interface (the library's modules keep
     * them in their cached summary).
     */
    public interface Source {

        /** @return the names, read from the cache or the HCL */
        InterfaceNames interfaceNames();

        /**
         * The README rule's findings about a README.md that exists ({@link ReadmeValidator#check}), made with the
         * README and the HCL as they were when the module's HCL was read and cached with its summary (an edit to
         * either makes them again).
         *
         * @return the findings, without a module; empty when the module had no README.md that is a plain file
         *         then (the rule reads it itself)
         */
        java.util.Optional<List<dev.alexandria.api.model.Finding>> readmeFindings();
    }

    /**
     * @param root the library root, which the error's file is made relative to
     * @param spec the interface
     * @return its names
     */
    public static InterfaceNames of(Path root, ModuleInterface spec) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(spec, "spec");
        TreeSet<String> inputs = new TreeSet<>();
        spec.variables().stream().map(InputVariable::name).forEach(inputs::add);
        TreeSet<String> outputs = new TreeSet<>();
        spec.outputs().stream().map(OutputValue::name).forEach(outputs::add);
        Optional<SourceLocation> error = spec.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                .map(d -> HclRules.at(root, d.location()));
        return new InterfaceNames(List.copyOf(inputs), List.copyOf(outputs), error);
    }
}
