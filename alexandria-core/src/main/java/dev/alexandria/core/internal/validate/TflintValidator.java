package dev.alexandria.core.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.spi.validate.ModuleValidator;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code alexandria-tflint}: {@code tflint --format=json} in the module's folder (tflint reads the files and
 * writes nothing), each issue a finding of rule {@code tflint} whose message starts with tflint's own rule name.
 * Skipped when tflint is not on {@code PATH}; when tflint cannot check the module (a bad {@code .tflint.hcl}, a
 * plugin not installed) the finding says that it did not run and why, never that it passed.
 *
 * <p>A plugin that is not installed ({@code tflint --init} not run) is a failure of the environment: the run's
 * copy ({@link #forRun(ToolCache)}) reports it once ({@link #stopped()}) and does not run tflint on the modules
 * after. Results of a run that happened are kept in the library's cache by the module folder's content.
 */
public final class TflintValidator extends ExternalToolValidator {

    /** The rule id of tflint's issues and of a run that could not happen. */
    public static final String RULE = "tflint";

    private static final List<ValidationRule> RULES = List.of(ValidationRule.of(RULE, Finding.Severity.WARNING,
            "tflint finds no issue in the module (its configured rulesets and plugins).", "tflint"));

    /** The validator ServiceLoader and the built-ins use: no cache; each run uses {@link #forRun(ToolCache)}. */
    public TflintValidator() {
        this(new ToolCache(Optional.empty()));
    }

    private TflintValidator(ToolCache cache) {
        super("alexandria-tflint", RULES, cache);
    }

    @Override
    public ModuleValidator forRun(ToolCache cache) {
        return new TflintValidator(cache);
    }

    @Override
    public Optional<String> unavailable(Map<String, String> environment) {
        return tool(environment).isPresent() ? Optional.empty() : Optional.of("not installed: no tflint on PATH");
    }

    @Override
    Optional<Path> tool(Map<String, String> environment) {
        return ExternalTool.find("tflint", environment);
    }

    @Override
    Finding notInstalled(ValidationRequest request) {
        return ToolFindings.finding(Finding.Severity.WARNING, RULE, SourceLocation.of(request.metadataFile(), 1, 1),
                "tflint did not run: no tflint on PATH", Optional.of("install tflint"), request);
    }

    @Override
    List<Finding> run(ValidationRequest request, Path tool, Consumer<List<Finding>> remember) {
        SourceLocation anchor = SourceLocation.of(request.metadataFile(), 1, 1);
        ExternalTool.Result run;
        Path temp = null;
        try {
            // on a copy, as terraform validate runs: nothing tflint writes (its plugin cache, a lock) reaches the
            // library
            temp = java.nio.file.Files.createTempDirectory("alexandria-tflint");
            Path copy = TerraformValidator.mirror(request.root(), request.module().directory(), temp);
            run = ExternalTool.run(tool, List.of("--format=json", "--no-color"), copy, request.environment());
        } catch (IOException e) {
            return List.of(ToolFindings.finding(Finding.Severity.WARNING, RULE, anchor, "tflint did not run: "
                    + e.getMessage(), Optional.of("check that " + tool + " can be run"), request));
        } finally {
            if (temp != null) {
                TerraformValidator.delete(temp);
            }
        }
        String plugins = missingPlugins(run);
        if (!plugins.isEmpty() || run.exitCode() < 0) {
            stop("tflint did not run: " + (run.exitCode() < 0 ? "it timed out"
                    : plugins + "; run tflint --init where the library's .tflint.hcl is") + ", or leave external "
                    + "tools out");
            return List.of();
        }
        List<Finding> found = parse(request, run);
        if (found.stream().noneMatch(f -> f.message().startsWith("tflint gave no JSON result")
                || f.message().startsWith("tflint could not check"))) {
            remember.accept(found);
        }
        return found;
    }

    /** tflint's error about a plugin that is not installed, or "" if there is none. */
    static String missingPlugins(ExternalTool.Result run) {
        String text = run.stdout() + "\n" + run.stderr();
        if (!text.contains("tflint --init")) {
            return "";
        }
        try {
            for (JsonNode error : ToolJson.MAPPER.readTree(run.stdout()).path("errors")) {
                String m = error.path("message").asText("");
                if (m.contains("tflint --init")) {
                    return m;
                }
            }
        } catch (IOException e) {
            // not JSON: the plain text says it
        }
        return run.lastLine();
    }

    /** The findings of tflint's JSON output. */
    static List<Finding> parse(ValidationRequest request, ExternalTool.Result run) {
        SourceLocation anchor = SourceLocation.of(request.metadataFile(), 1, 1);
        JsonNode root;
        try {
            root = ToolJson.MAPPER.readTree(run.stdout());
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject() || !root.has("issues")) {
            return List.of(ToolFindings.finding(Finding.Severity.WARNING, RULE, anchor, "tflint gave no JSON result "
                    + "(exit " + run.exitCode() + "): " + run.lastLine(), Optional.of("run tflint in the module to "
                    + "see why"), request));
        }
        List<Finding> out = new ArrayList<>();
        for (JsonNode issue : root.path("issues")) {
            String rule = issue.path("rule").path("name").asText("tflint");
            out.add(ToolFindings.finding(ToolFindings.severity(issue.path("rule").path("severity").asText("warning")),
                    RULE, ToolFindings.at(request, issue.get("range")), rule + ": " + issue.path("message").asText(""),
                    Optional.of("see tflint's documentation of " + rule), request));
        }
        for (JsonNode error : root.path("errors")) {
            out.add(ToolFindings.finding(Finding.Severity.WARNING, RULE, ToolFindings.at(request, error.get("range")),
                    "tflint could not check the module: " + error.path("message").asText(""),
                    Optional.of("fix .tflint.hcl or run tflint --init"), request));
        }
        return out;
    }
}
