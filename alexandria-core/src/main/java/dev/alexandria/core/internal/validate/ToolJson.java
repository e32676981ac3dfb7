package dev.alexandria.core.internal.validate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON mapper of the external-tool validators and their cache, in a class of its own so that it is created
 * (Jackson's start-up costs milliseconds) only when a tool's output or a cached result is read or written, not
 * whenever those classes are loaded, e.g. by a run of {@code validate} that skips the tools.
 */
final class ToolJson {

    /** Thread-safe once configured (it is never reconfigured). */
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ToolJson() {
    }
}
