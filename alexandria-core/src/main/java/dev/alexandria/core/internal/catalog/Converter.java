package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.CompatibleWith;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityChange;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConstraint;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Converts bound values of one document to api types, adding a finding (with the value's location) for
 * every value that does not convert. Not thread-safe; one per document.
 */
final class Converter {

    private final YamlDocument doc;
    private final List<Finding> findings;
    private int errors;

    /**
     * How many distinct texts of each kind (versions, constraints, dates, categories) keep their parsed value:
     * the same few repeat across thousands of files, and the values are immutable, so modules share them.
     */
    private static final int REMEMBERED = 4096;

    private static final Map<String, Version> VERSIONS = new ConcurrentHashMap<>();
    private static final Map<String, VersionConstraint> CONSTRAINTS = new ConcurrentHashMap<>();
    private static final Map<String, LocalDate> DATES = new ConcurrentHashMap<>();
    private static final Map<String, Category> CATEGORIES = new ConcurrentHashMap<>();

    /**
     * The value parsed from a text, parsed once per distinct text while there is room; a text that does not
     * parse throws each time, as {@code parse} does, and is not remembered.
     */
    private static <T> T remembered(Map<String, T> parsed, String text, Function<String, T> parse) {
        T value = parsed.get(text);
        if (value == null) {
            value = parse.apply(text);
            if (parsed.size() < REMEMBERED) {
                parsed.put(text, value);
            }
        }
        return value;
    }

    Converter(YamlDocument doc, List<Finding> findings) {
        this.doc = doc;
        this.findings = findings;
    }

    YamlDocument doc() {
        return doc;
    }

    /** The number of errors this converter added. */
    int errors() {
        return errors;
    }

    void error(String rule, String pointer, String message, String hint) {
        errors++;
        findings.add(Finding.error(rule, doc.locate(pointer), message, hint));
    }

    void warning(String rule, String pointer, String message, String hint) {
        findings.add(Finding.warning(rule, doc.locate(pointer), message, hint));
    }

    /**
     * A value that does not convert (a date, a level, a version …): reported where the value is written, and
     * inside a list item under its path, such as {@code maturity_history[1].level}.
     */
    void valueError(String rule, String pointer, String message, String hint) {
        errors++;
        findings.add(Finding.error(rule, at(pointer), subject(pointer, message), hint));
    }

    /** A value that does not convert is wrong where it is written: its value, not its key. */
    private SourceLocation at(String pointer) {
        return doc.valueLocation(pointer).orElseGet(() -> doc.locate(pointer));
    }

    /**
     * Inside a list item the key alone does not say which value is meant: the message then starts with the
     * value's path ({@code maturity_history[1].level: unknown maturity 'gold'}), unless it names it already.
     */
    private static String subject(String pointer, String message) {
        String path = YamlBinder.describe(pointer);
        return path.indexOf('[') < 0 || message.startsWith(path) ? message : path + ": " + message;
    }

    Optional<ModuleId> moduleId(String value, String pointer) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ModuleId.of(value));
        } catch (IllegalArgumentException e) {
            valueError("invalid-module-id", pointer, e.getMessage(), "use a module id such as vpc-standard");
            return Optional.empty();
        }
    }

    Optional<Layer> layer(String value, String pointer) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<Layer> layer = Layer.fromId(value);
        if (layer.isEmpty()) {
            valueError("invalid-value", pointer, "unknown layer '" + value + "'",
                    "use one of " + Arrays.stream(Layer.values()).map(Layer::id).collect(Collectors.joining(", ")));
        }
        return layer;
    }

    Optional<Category> category(String value, String pointer) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(remembered(CATEGORIES, value, Category::parse));
        } catch (IllegalArgumentException e) {
            valueError("invalid-value", pointer, e.getMessage(), "write the category as <layer>/<subcategory>");
            return Optional.empty();
        }
    }

    Optional<MaturityLevel> maturity(String value, String pointer) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<MaturityLevel> level = MaturityLevel.fromId(value);
        if (level.isEmpty()) {
            List<String> levels = Arrays.stream(MaturityLevel.values()).map(MaturityLevel::id).toList();
            // a typo ('stabel') gets the level meant, as an unknown key gets the key meant (YamlBinder)
            valueError("invalid-value", pointer, "unknown maturity '" + value + "'",
                    dev.alexandria.core.internal.text.Suggestions.closest(value, levels)
                            .map(s -> "did you mean '" + s + "'? (use one of " + String.join(", ", levels) + ")")
                            .orElse("use one of " + String.join(", ", levels)));
        }
        return level;
    }

    Optional<Version> version(String value, String pointer) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(remembered(VERSIONS, value, Version::parse));
        } catch (IllegalArgumentException e) {
            // "'1.4' is not a SemVer 2.0 version: <what is wrong>[; write <fix>]"
            String problem = e.getMessage().substring(e.getMessage().indexOf(" version: ") + " version: ".length());
            int fix = problem.lastIndexOf("; write ");
            valueError("version-semver", pointer, "version '" + value + "' is not a SemVer 2.0 version: "
                    + (fix < 0 ? problem : problem.substring(0, fix)), fix < 0
                    ? "write MAJOR.MINOR.PATCH with an optional -pre.release, e.g. 1.0.0 or 1.0.0-beta.1"
                    : problem.substring(fix + 2));
            return Optional.empty();
        }
    }

    Optional<LocalDate> date(String value, String pointer) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(remembered(DATES, value, LocalDate::parse));
        } catch (DateTimeParseException e) {
            valueError("invalid-value", pointer, YamlBinder.describe(pointer) + " '" + value
                    + "' is not an ISO-8601 date", "write it as YYYY-MM-DD, e.g. 2026-03-14");
            return Optional.empty();
        }
    }

    List<ModuleRequirement> requirements(List<YamlModel.RequirementYaml> values, String pointer) {
        List<ModuleRequirement> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (int i = 0; i < values.size(); i++) {
            YamlModel.RequirementYaml r = values.get(i);
            if (r == null) {
                continue;
            }
            Optional<VersionConstraint> constraint = constraint(r.version() == null ? "" : r.version(),
                    pointer + "/" + i + "/version");
            if (constraint.isEmpty()) {
                continue;
            }
            Optional<ModuleRequirement.Exemption> exemption = r.exemption() == null || r.exemption().reason() == null
                    || r.exemption().reason().isBlank() ? Optional.empty() // a missing reason: reported by the binder
                    : Optional.of(new ModuleRequirement.Exemption(r.exemption().reason()));
            moduleId(r.module(), pointer + "/" + i + "/module").ifPresent(id ->
                    out.add(new ModuleRequirement(id, constraint.get(), exemption)));
        }
        return out;
    }

    /** Reads a version constraint, reporting an error at the pointer when it is not one. */
    Optional<VersionConstraint> constraint(String value, String pointer) {
        String problem = "";
        String fix = "write comma-separated terms such as \">= 1.0.0, < 2.0.0\" or \"~> 1.2\"";
        // Valid as Constraints.isValid says: empty, or not blank and a constraint; parsed once.
        if (value.isEmpty() || !value.isBlank()) {
            try {
                return Optional.of(remembered(CONSTRAINTS, value, VersionConstraint::parse));
            } catch (IllegalArgumentException e) {
                // "'x' is not a version constraint: <what is wrong>; <the corrected constraint, or how to write one>"
                String m = e.getMessage();
                int start = m.indexOf("constraint: ");
                int end = m.lastIndexOf("; ");
                if (start >= 0 && end > start) {
                    problem = ": " + m.substring(start + "constraint: ".length(), end);
                    String own = m.substring(end + 2);
                    if (!own.startsWith("write terms like")) {
                        fix = own;
                    }
                }
            }
        }
        if (problem.isEmpty() && value.isBlank()) {
            problem = ": it is blank";
        }
        valueError("invalid-constraint", pointer, YamlBinder.describe(pointer) + " '" + value
                + "' is not a version constraint" + problem, fix);
        return Optional.empty();
    }

    CompatibleWith compatibleWith(YamlModel.CompatibleYaml value, String pointer) {
        if (value == null) {
            return CompatibleWith.empty();
        }
        Map<String, VersionConstraint> providers = new LinkedHashMap<>();
        if (value.providers() != null) {
            value.providers().forEach((k, v) -> {
                if (v != null) {
                    constraint(v, pointer + "/providers/" + YamlFiles.escape(k)).ifPresent(c -> providers.put(k, c));
                }
            });
        }
        Optional<VersionConstraint> terraform = value.terraform() == null ? Optional.empty()
                : constraint(value.terraform(), pointer + "/terraform");
        return new CompatibleWith(terraform, providers);
    }

    /** A non-negative count up to {@code max}; 0 when absent or out of range (which is reported). */
    long count(java.math.BigInteger value, String pointer, long max) {
        if (value == null || value.signum() < 0) {
            return 0;
        }
        if (value.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            error("invalid-value", pointer, YamlBinder.describe(pointer) + " is too large, found " + value,
                    "use a number up to " + max);
            return 0;
        }
        return value.longValueExact();
    }

    /** Reads a maturity history, reporting bad levels and dates, and an entry dated before the one above it. */
    /** Reads a list of dates; each one that is not a date is an error at its item. */
    List<LocalDate> dates(List<String> values, String pointer) {
        List<LocalDate> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                date(values.get(i), pointer + "/" + i).ifPresent(out::add);
            }
        }
        return out;
    }

    List<MaturityChange> history(List<YamlModel.HistoryYaml> values, String pointer) {
        List<MaturityChange> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (int i = 0; i < values.size(); i++) {
            YamlModel.HistoryYaml h = values.get(i);
            if (h == null) {
                continue;
            }
            Optional<MaturityLevel> level = maturity(h.level(), pointer + "/" + i + "/level");
            Optional<LocalDate> date = date(h.date(), pointer + "/" + i + "/date");
            if (level.isEmpty() || date.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && date.get().isBefore(out.get(out.size() - 1).date())) {
                MaturityChange previous = out.get(out.size() - 1);
                error("invalid-value", pointer + "/" + i + "/date", "maturity_history is not in date order: "
                        + level.get() + " on " + date.get() + " comes after " + previous.level() + " on "
                        + previous.date(), "list the changes oldest first, with the date each level was entered");
                continue;
            }
            out.add(new MaturityChange(level.get(), date.get()));
        }
        return out;
    }

    static <T> List<T> list(List<T> values) {
        if (values == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (T v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
