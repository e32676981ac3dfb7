package dev.alexandria.core.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The findings of an external tool's run on a module, kept under a key made of the content of the module's folder
 * (every file's path and bytes, {@code .terraform/} left out), the tool's file (path, size and modification
 * time, so an upgrade runs it again) and the validator's name: an unchanged module is not checked again. Stored
 * as one JSON file per key under {@code <cache>/validate-tools/}; a run that did not happen (the tool failed to
 * start, {@code init} failed) is never stored. Files are written to a temporary name and moved into place, so
 * concurrent runs never read half a file. A cache that cannot be read or written is a cache miss, logged.
 *
 * <p>The key covers the module's own folder only: a change in a module it calls by a relative path does not
 * run the tool again (validate that module, or use {@code --no-cache}).
 */
final class ToolCache {

    private static final Logger LOG = LoggerFactory.getLogger(ToolCache.class);

    /** Raised when the stored form changes, so older entries are not read. */
    static final int FORMAT = 1;

    private final Optional<Path> folder;
    private final Optional<Path> cacheDirectory;

    /** @param cacheDirectory the library's cache folder; empty: nothing is kept */
    ToolCache(Optional<Path> cacheDirectory) {
        this.cacheDirectory = cacheDirectory;
        this.folder = cacheDirectory.map(d -> d.resolve("validate-tools"));
    }

    /** @return the library's cache folder, where other validators keep their results too; empty: none */
    Optional<Path> cacheDirectory() {
        return cacheDirectory;
    }

    /**
     * The key of a tool's run on a module folder.
     *
     * @param validator the validator's name
     * @param tool      the tool's executable
     * @param module    the module's folder
     * @return the key, or empty if the folder cannot be read (then nothing is cached)
     */
    Optional<String> key(String validator, Path tool, Path module) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "format " + FORMAT + "\n" + validator + "\n" + tool.toAbsolutePath() + "\n");
            BasicFileAttributes a = Files.readAttributes(tool, BasicFileAttributes.class);
            update(sha, a.size() + " " + a.lastModifiedTime().toMillis() + "\n");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(module)) {
                files = walk.filter(p -> !module.relativize(p).toString().startsWith(".terraform"))
                        .filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                update(sha, module.relativize(f).toString().replace('\\', '/') + "\n");
                byte[] bytes = Files.readAllBytes(f);
                update(sha, bytes.length + "\n");
                sha.update(bytes);
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("no cache key for {} on {}: {}", validator, module, e.toString());
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the findings kept under a key, if there are */
    Optional<List<Finding>> get(Optional<String> key) {
        if (key.isEmpty() || folder.isEmpty()) {
            return Optional.empty();
        }
        Path file = folder.get().resolve(key.get() + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = ToolJson.MAPPER.readTree(file.toFile());
            List<Finding> out = new ArrayList<>();
            for (JsonNode f : root.path("findings")) {
                JsonNode at = f.path("location");
                out.add(new Finding(Finding.Severity.valueOf(f.path("severity").asText()), f.path("rule").asText(),
                        SourceLocation.of(at.path("file").asText(), at.path("line").asInt(),
                                at.path("column").asInt()), f.path("message").asText(),
                        f.hasNonNull("hint") ? Optional.of(f.get("hint").asText()) : Optional.empty(),
                        f.hasNonNull("module") ? Optional.of(ModuleId.of(f.get("module").asText()))
                                : Optional.empty()));
            }
            return Optional.of(List.copyOf(out));
        } catch (IOException | RuntimeException e) {
            LOG.debug("cached tool findings {} not read: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Keeps the findings of a run under a key; a failure to write is logged and forgotten. */
    void put(Optional<String> key, List<Finding> findings) {
        if (key.isEmpty() || folder.isEmpty()) {
            return;
        }
        ObjectNode root = ToolJson.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode n = list.addObject();
            n.put("severity", f.severity().name());
            n.put("rule", f.ruleId());
            ObjectNode at = n.putObject("location");
            at.put("file", f.location().file());
            at.put("line", f.location().line());
            at.put("column", f.location().column());
            n.put("message", f.message());
            f.hint().ifPresent(h -> n.put("hint", h));
            f.module().ifPresent(m -> n.put("module", m.value()));
        }
        try {
            Files.createDirectories(folder.get());
            Path temp = Files.createTempFile(folder.get(), key.get(), ".tmp");
            try {
                ToolJson.MAPPER.writeValue(temp.toFile(), root);
                Files.move(temp, folder.get().resolve(key.get() + ".json"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            LOG.debug("tool findings not cached in {}: {}", folder.get(), e.toString());
        }
    }
}
