package dev.alexandria.core.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.spi.validate.ValidationRequest;
import java.util.Optional;

/** Turns a tool's JSON diagnostics into findings located in the module's folder. */
final class ToolFindings {

    private ToolFindings() {
    }

    /**
     * The location of a JSON {@code range} ({@code filename}, {@code start.line}, {@code start.column}) relative to
     * the library root; the module's metadata file, line 1, when there is none.
     */
    static SourceLocation at(ValidationRequest request, JsonNode range) {
        if (range == null || range.isMissingNode() || !range.hasNonNull("filename")) {
            return SourceLocation.of(request.metadataFile(), 1, 1);
        }
        String file = range.get("filename").asText().replace('\\', '/');
        while (file.startsWith("./")) {
            file = file.substring(2);
        }
        int line = Math.max(1, range.path("start").path("line").asInt(1));
        int column = Math.max(0, range.path("start").path("column").asInt(0));
        String shown = file.startsWith("/") ? request.relative(java.nio.file.Path.of(file))
                : request.moduleFolder() + "/" + file;
        return SourceLocation.of(shown, line, column);
    }

    static Finding.Severity severity(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "error" -> Finding.Severity.ERROR;
            case "warning" -> Finding.Severity.WARNING;
            default -> Finding.Severity.INFO;
        };
    }

    static Finding finding(Finding.Severity severity, String rule, SourceLocation at, String message,
                           Optional<String> hint, ValidationRequest request) {
        return new Finding(severity, rule, at, message.isBlank() ? "(no message)" : message, hint,
                Optional.of(request.moduleId()));
    }
}
