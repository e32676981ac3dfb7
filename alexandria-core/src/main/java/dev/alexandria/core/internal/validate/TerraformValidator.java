package dev.alexandria.core.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.spi.validate.ModuleValidator;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import dev.alexandria.core.internal.text.ToolMessages;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code alexandria-terraform-validate}: {@code terraform validate} (or {@code tofu validate} when only OpenTofu is
 * installed) on the module. The tool needs {@code init} first, and {@code init} writes {@code .terraform/} and a
 * lock file, so both run on a copy of the module's configuration files in a temporary folder laid out like the
 * library (the other modules reached through links, so relative module calls resolve): the library is never
 * written. {@code init -backend=false} may need the network to download providers; when it fails the finding
 * says that {@code validate} did not run and why, never that it passed. Skipped when neither tool is on
 * {@code PATH}.
 *
 * <p>A failed {@code init} whose output says the network or the registry could not be reached is a failure of the
 * environment, not of the module: the run's copy of this validator ({@link #forRun(ToolCache)}) remembers it,
 * reports it once ({@link #stopped()}) and does not run the tool on the modules after. Results of a run that
 * happened are kept in the library's cache by the module folder's content ({@link ToolCache}).
 */
public final class TerraformValidator extends ExternalToolValidator {

    /** The rule id of the tool's diagnostics and of a run that could not happen. */
    public static final String RULE = "terraform-validate";

    private static final List<ValidationRule> RULES = List.of(ValidationRule.of(RULE, Finding.Severity.ERROR,
            "terraform validate (or tofu validate) accepts the module's configuration.", "terraform validate"));

    /**
     * What {@code terraform init} prints when it cannot reach a registry or mirror: Go's network errors and the
     * registry client's; none of them is caused by a module's configuration.
     */
    private static final List<String> NETWORK_FAILURES = List.of("could not connect to", "no such host", "dial tcp",
            "connection refused", "network is unreachable", "i/o timeout", "TLS handshake timeout",
            "context deadline exceeded", "failed to request discovery document");

    /** The validator ServiceLoader and the built-ins use: no cache; each run uses {@link #forRun(ToolCache)}. */
    public TerraformValidator() {
        this(new ToolCache(Optional.empty()));
    }

    private TerraformValidator(ToolCache cache) {
        super("alexandria-terraform-validate", RULES, cache);
    }

    @Override
    public ModuleValidator forRun(ToolCache cache) {
        return new TerraformValidator(cache);
    }

    @Override
    public Optional<String> unavailable(Map<String, String> environment) {
        return tool(environment).isPresent() ? Optional.empty()
                : Optional.of("not installed: neither terraform nor tofu is on PATH");
    }

    @Override
    Optional<Path> tool(Map<String, String> environment) {
        return ExternalTool.find("terraform", environment).or(() -> ExternalTool.find("tofu", environment));
    }

    @Override
    Finding notInstalled(ValidationRequest request) {
        return ToolFindings.finding(Finding.Severity.WARNING, RULE, SourceLocation.of(request.metadataFile(), 1, 1),
                "terraform validate did not run: neither terraform nor tofu is on PATH",
                Optional.of("install Terraform or OpenTofu"), request);
    }

    @Override
    List<Finding> run(ValidationRequest request, Path tool, Consumer<List<Finding>> remember) {
        SourceLocation anchor = SourceLocation.of(request.metadataFile(), 1, 1);
        String name = tool.getFileName().toString();
        Path temp = null;
        try {
            temp = Files.createTempDirectory("alexandria-validate");
            Path copy = mirror(request.root(), request.module().directory(), temp);
            Map<String, String> env = new HashMap<>(request.environment());
            env.put("TF_IN_AUTOMATION", "1");
            env.put("TF_INPUT", "0");
            ExternalTool.Result init = ExternalTool.run(tool, List.of("init", "-backend=false", "-input=false",
                    "-no-color"), copy, env);
            if (init.exitCode() != 0 && environmental(init)) {
                stop(name + " validate did not run: " + name + " init cannot download "
                        + "providers here" + (init.exitCode() < 0 ? " (timed out)" : "") + ": " + init.lastLine()
                        + "; give it network access or a provider mirror (TF_PLUGIN_CACHE_DIR, or a "
                        + "provider_installation block in the CLI configuration), or leave external tools out");
                return List.of();
            }
            Optional<SourceLocation> unread = init.exitCode() != 0 ? unreadFile(request, init) : Optional.empty();
            if (unread.isPresent()) {
                // a file of the module that terraform could not read (a dangling link, a named pipe): hcl-valid
                // reports it too; the warning goes where the file is, with the fix that file needs
                return List.of(ToolFindings.finding(Finding.Severity.WARNING, RULE, unread.get(), name + " validate "
                        + "did not run: " + name + " init failed: " + init.lastLine(), Optional.of(UNREAD_FIX
                        + "; " + name + " validate runs once every file can be read"), request));
            }
            List<Finding> located = init.exitCode() != 0 ? configurationErrors(request, name, init) : List.of();
            if (!located.isEmpty()) {
                return located;
            }
            if (init.exitCode() != 0) {
                return List.of(ToolFindings.finding(Finding.Severity.WARNING, RULE, anchor, name + " validate did "
                        + "not run: " + name + " init failed" + (init.exitCode() < 0 ? " (timed out)" : "") + ": "
                        + init.lastLine(), Optional.of("run " + name + " init -backend=false in the module to see "
                        + "why; it downloads providers, so it needs network access or a provider mirror "
                        + "(TF_PLUGIN_CACHE_DIR)"), request));
            }
            ExternalTool.Result run = ExternalTool.run(tool, List.of("validate", "-json", "-no-color"), copy,
                    env);
            List<Finding> found = parse(request, name, run);
            if (isJsonResult(run)) {
                remember.accept(found);
            }
            return found;
        } catch (IOException e) {
            return List.of(ToolFindings.finding(Finding.Severity.WARNING, RULE, anchor, name + " validate did not "
                    + "run: " + e.getMessage(), Optional.of("check that " + tool + " can be run"), request));
        } finally {
            if (temp != null) {
                delete(temp);
            }
        }
    }

    /** Terraform's words for a configuration file it could not read: {@code The file "broken.tf" could not be read}. */
    private static final java.util.regex.Pattern UNREAD = java.util.regex.Pattern.compile(
            "The file \"([^\"/\\\\]+)\" could not be read");

    /** The fix of a module file that cannot be read, as inspect, browse --findings and hcl-valid word it. */
    private static final String UNREAD_FIX = dev.alexandria.api.model.Diagnostic.error("unread", "",
            SourceLocation.of("file")).fix();

    /**
     * The module file {@code init}'s output says it could not read, where hcl-valid reports it (the file, no line),
     * when that file is in the module's folder.
     */
    static Optional<SourceLocation> unreadFile(ValidationRequest request, ExternalTool.Result init) {
        java.util.regex.Matcher m = UNREAD.matcher(init.stderr() + "\n" + init.stdout());
        if (!m.find()) {
            return Optional.empty();
        }
        Path file = request.module().directory().resolve(m.group(1));
        return Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(SourceLocation.of(request.relative(file))) : Optional.empty();
    }

    /**
     * The errors a failed {@code init} found in the module's configuration, each at the file and line it names
     * ({@code on main.tf line 12}) with its whole detail: {@code init} reads the configuration before it installs
     * anything, and refuses one that does not parse, so these are the errors {@code validate} would report. Its
     * own wrapper ("Terraform encountered problems during initialisation, including problems with the
     * configuration, described below.") names no file and is left out. Empty when no error names a file of the
     * module's folder.
     */
    static List<Finding> configurationErrors(ValidationRequest request, String name, ExternalTool.Result init) {
        List<Finding> out = new ArrayList<>();
        for (ToolMessages.Diagnostic d : ToolMessages.errors(init.stderr(), init.stdout())) {
            if (d.file().isEmpty()) {
                continue;
            }
            String file = d.file().get().replace('\\', '/');
            while (file.startsWith("./")) {
                file = file.substring(2);
            }
            if (file.startsWith("/") || file.startsWith("../") || !Files.exists(request.module().directory()
                    .resolve(file), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue; // a file outside the module (a module it calls): not this module's line
            }
            out.add(ToolFindings.finding(Finding.Severity.ERROR, RULE, SourceLocation.of(request.moduleFolder() + "/"
                    + file, d.line(), 1), name + " validate: " + d.summary() + (d.detail().isEmpty() ? ""
                    : ": " + d.detail()), Optional.of("correct the configuration at this line (" + name + " init "
                    + "reads it before " + name + " validate can run)"), request));
        }
        return out;
    }

    /** Whether {@code init}'s output says a registry or mirror could not be reached, or it timed out. */
    static boolean environmental(ExternalTool.Result init) {
        if (init.exitCode() < 0) {
            return true;
        }
        String text = init.stderr() + "\n" + init.stdout();
        return NETWORK_FAILURES.stream().anyMatch(text::contains);
    }

    private static boolean isJsonResult(ExternalTool.Result run) {
        try {
            JsonNode root = ToolJson.MAPPER.readTree(run.stdout());
            return root != null && root.isObject() && root.has("valid");
        } catch (IOException e) {
            return false;
        }
    }

    /** The findings of {@code validate -json}'s output. */
    static List<Finding> parse(ValidationRequest request, String name, ExternalTool.Result run) {
        SourceLocation anchor = SourceLocation.of(request.metadataFile(), 1, 1);
        JsonNode root;
        try {
            root = ToolJson.MAPPER.readTree(run.stdout());
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject() || !root.has("valid")) {
            return List.of(ToolFindings.finding(Finding.Severity.WARNING, RULE, anchor, name + " validate gave no "
                    + "JSON result (exit " + run.exitCode() + "): " + run.lastLine(), Optional.of("run " + name
                    + " validate -json in the module to see why"), request));
        }
        List<Finding> out = new ArrayList<>();
        for (JsonNode d : root.path("diagnostics")) {
            String summary = d.path("summary").asText("");
            String detail = d.path("detail").asText("").strip();
            out.add(ToolFindings.finding(ToolFindings.severity(d.path("severity").asText("error")), RULE,
                    ToolFindings.at(request, d.get("range")), name + " validate: " + summary
                            + (detail.isEmpty() ? "" : ": " + detail), Optional.of("fix the configuration"), request));
        }
        if (!root.path("valid").asBoolean(true) && out.stream().noneMatch(Finding::isError)) {
            out.add(ToolFindings.finding(Finding.Severity.ERROR, RULE, anchor, name + " validate found the "
                    + "configuration invalid", Optional.of("run " + name + " validate in the module"), request));
        }
        return out;
    }

    /**
     * Lays out a copy of the module in a temporary library: the module's own files copied (links followed), its
     * ancestors up to the root as real folders, and every other entry along the way a link to the real one.
     *
     * @return the copy's folder
     */
    static Path mirror(Path root, Path module, Path temp) throws IOException {
        Path realRoot = root.toRealPath();
        Path realModule = module.toRealPath();
        Path relative = realRoot.relativize(realModule);
        Path dir = temp;
        Path real = realRoot;
        for (Path part : relative) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(real)) {
                for (Path e : entries) {
                    if (!e.getFileName().equals(part)) {
                        Files.createSymbolicLink(dir.resolve(e.getFileName().toString()), e);
                    }
                }
            }
            dir = Files.createDirectory(dir.resolve(part.toString()));
            real = real.resolve(part);
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(realModule)) {
            for (Path e : entries) {
                String n = e.getFileName().toString();
                if (n.equals(".terraform")) {
                    continue; // init makes its own in the copy; a link would let it write into the library
                }
                if (Files.isRegularFile(e)) {
                    Files.copy(e, dir.resolve(n));
                } else {
                    Files.createSymbolicLink(dir.resolve(n), e);
                }
            }
        }
        return dir;
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            });
        } catch (IOException e) {
            // nothing to clean up
        }
    }
}
