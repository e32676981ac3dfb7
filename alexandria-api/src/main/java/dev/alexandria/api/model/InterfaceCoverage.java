package dev.alexandria.api.model;

import java.util.List;

/**
 * How much of a module's interface its tests exercise, computed statically from its {@code *.tftest.hcl} files
 * (no cloud access needed): the input variables set by at least one test ({@code variables} blocks of the file
 * or of a {@code run}) and the outputs referenced by at least one {@code assert} condition.
 *
 * <p>Immutable and thread-safe.
 *
 * @param variables       every input variable of the module, sorted
 * @param variablesSet    those set by at least one test
 * @param outputs         every output of the module, sorted
 * @param outputsAsserted those asserted by at least one test
 * @param testFiles       the test files read, relative to the module folder
 * @since 0.4.0
 */
public record InterfaceCoverage(List<String> variables, List<String> variablesSet, List<String> outputs,
                                List<String> outputsAsserted, List<String> testFiles) {

    /**
     * Checks and copies the components.
     *
     * @param variables       every input variable
     * @param variablesSet    those set by a test
     * @param outputs         every output
     * @param outputsAsserted those asserted by a test
     * @param testFiles       the test files read
     */
    public InterfaceCoverage {
        variables = Checks.list(variables, "variables");
        variablesSet = Checks.list(variablesSet, "variablesSet");
        outputs = Checks.list(outputs, "outputs");
        outputsAsserted = Checks.list(outputsAsserted, "outputsAsserted");
        testFiles = Checks.list(testFiles, "testFiles");
    }

    /** @return the share of variables set by a test, 0 to 1; 1 for a module without variables */
    public double variableShare() {
        return variables.isEmpty() ? 1 : (double) variablesSet.size() / variables.size();
    }

    /** @return the share of outputs asserted by a test, 0 to 1; 1 for a module without outputs */
    public double outputShare() {
        return outputs.isEmpty() ? 1 : (double) outputsAsserted.size() / outputs.size();
    }

    /** @return the share of variables and outputs together that tests exercise, 0 to 1 */
    public double share() {
        int all = variables.size() + outputs.size();
        return all == 0 ? 1 : (double) (variablesSet.size() + outputsAsserted.size()) / all;
    }

    /** @return the variables no test sets */
    public List<String> variablesNotSet() {
        return variables.stream().filter(v -> !variablesSet.contains(v)).toList();
    }

    /** @return the outputs no test asserts */
    public List<String> outputsNotAsserted() {
        return outputs.stream().filter(o -> !outputsAsserted.contains(o)).toList();
    }
}
