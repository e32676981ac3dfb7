package dev.alexandria.cli;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link ValidationReport} as SARIF 2.1.0, the format code-scanning services (GitHub code scanning, GitLab,
 * Azure DevOps) upload: one run whose {@code tool.driver} lists every rule, one result per finding with its rule,
 * level and message, and always a physical location (upload refuses the whole file if one result has none):
 * the file relative to the repository root (the nearest folder above the library with a {@code .git}, else the
 * library root) and a start line of at least 1. Validators that were skipped are tool execution notifications
 * of the run's invocation, so a skipped tool is visible and never looks like a pass.
 */
final class Sarif {

    /** The schema of SARIF 2.1.0, as OASIS publishes it. */
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
            + "sarif-schema-2.1.0.json";

    private Sarif() {
    }

    /**
     * @param report      the report
     * @param libraryRoot the library root, against which the findings' files are named
     * @return the SARIF log as maps and lists, ready for Jackson
     */
    static Map<String, Object> log(ValidationReport report, Path libraryRoot) {
        String prefix = prefix(libraryRoot);
        List<Map<String, Object>> rules = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (ValidationReport.Rule r : report.rules()) {
            index.put(r.id(), rules.size());
            rules.add(rule(r.id(), r.description(), r.severity(), r.equivalent(), r.validator()));
        }
        for (Finding f : report.findings()) { // a rule no validator described still needs an entry
            if (!index.containsKey(f.ruleId())) {
                index.put(f.ruleId(), rules.size());
                rules.add(rule(f.ruleId(), "Rule " + f.ruleId() + ".", f.severity(), Optional.empty(), "alexandria"));
            }
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", f.ruleId());
            result.put("ruleIndex", index.get(f.ruleId()));
            result.put("level", level(f.severity()));
            result.put("message", Map.of("text", f.message() + f.hint().map(h -> ". Fix: " + h).orElse("")));
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", Math.max(1, f.location().line()));
            if (f.location().column() > 0) {
                region.put("startColumn", f.location().column());
            }
            Map<String, Object> physical = new LinkedHashMap<>();
            // LinkedHashMap, not Map.of: the order of Map.of's keys changes with the JVM's hash salt (set anew by
            // each start-up archive), and the output is the same text on every run
            Map<String, Object> artifact = new LinkedHashMap<>();
            artifact.put("uriBaseId", "%SRCROOT%");
            artifact.put("uri", uri(prefix, f.location().file()));
            physical.put("artifactLocation", artifact);
            physical.put("region", region);
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
            f.module().ifPresent(m -> result.put("properties", Map.of("module", m.value())));
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "alexandria");
        driver.put("version", VersionProvider.version());
        driver.put("rules", rules);
        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("executionSuccessful", true);
        List<Map<String, Object>> notes = new ArrayList<>();
        for (ValidationReport.Skipped s : report.skipped()) {
            Map<String, Object> note = new LinkedHashMap<>(); // in a fixed order, as above
            note.put("level", "note");
            note.put("message", Map.of("text", s.validator() + " skipped: " + s.reason()));
            notes.add(note);
        }
        invocation.put("toolExecutionNotifications", notes);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("invocations", List.of(invocation));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private static Map<String, Object> rule(String id, String description, Finding.Severity severity,
                                            Optional<String> equivalent, String validator) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("shortDescription", Map.of("text", description));
        rule.put("defaultConfiguration", Map.of("level", level(severity)));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("validator", validator);
        equivalent.ifPresent(e -> properties.put("equivalent", e));
        rule.put("properties", properties);
        return rule;
    }

    /** SARIF's levels: error, warning, note. */
    static String level(Finding.Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** The library root's path from the repository root ({@code components/terraform/}), or empty. */
    static String prefix(Path libraryRoot) {
        Path root = libraryRoot.toAbsolutePath().normalize();
        for (Path p = root; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                String rel = p.relativize(root).toString().replace('\\', '/');
                return rel.isEmpty() ? "" : rel + "/";
            }
        }
        return "";
    }

    /** A relative URI: the path with the characters URIs reserve escaped, under the prefix. */
    static String uri(String prefix, String file) {
        String path = (prefix + file).replace('\\', '/');
        StringBuilder sb = new StringBuilder(path.length());
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }
}
