package dev.alexandria.core.internal.migrate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.alexandria.core.internal.inspect.ModuleConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the local {@code source} of every module call in a folder, in native syntax ({@code .tf}) and in JSON
 * syntax ({@code .tf.json}: {@code {"module": {"<name>": {"source": "../vpc"}}}}, a block's body also as an array
 * of objects), and computes what it must become when folders move, then edits the files in place: only the
 * characters of the path inside the string literal change, the rest of the file (layout, comments, other
 * attributes, a JSON file's indentation and key order) stays byte for byte as written.
 */
final class SourceRewriter {

    private SourceRewriter() {
    }

    /**
     * A module call whose {@code source} is a local path.
     *
     * @param file    the file (absolute)
     * @param call    the module call's name
     * @param source  the path, as Terraform reads it
     * @param written the characters between the quotes as they are in the file: {@code source} itself, or in a
     *                JSON file, with its escapes ({@code ..\/vpc})
     * @param start   offset of the first of those characters in the file's text (inside the quotes)
     * @param end     offset just past the last of them
     * @param line    the line of the {@code module} block (in JSON syntax, of the call's body), where
     *                {@code validate} and {@code graph} locate the same call
     * @param json    whether the file is in JSON syntax, so that a new path is written with JSON's escapes
     */
    record LocalSource(Path file, String call, String source, String written, int start, int end, int line,
                       boolean json) {

        /** @return the characters to put between the quotes for a new path */
        String encode(String newSource) {
            return json ? new String(JsonStringEncoder.getInstance().quoteAsString(newSource)) : newSource;
        }
    }

    /**
     * A change of one {@code source}.
     *
     * @param at        the call as found before the move
     * @param newSource the path it must have after the move
     */
    record Rewrite(LocalSource at, String newSource) {
    }

    /**
     * The local sources of the module calls in one folder (its {@code .tf} files, not its sub-folders). A source
     * that is not a plain string literal (an interpolation, an escape) cannot be edited safely and is skipped;
     * {@code unreadable} receives a sentence for each.
     *
     * @param dir        the folder
     * @param unreadable receives what could not be read
     * @return the local sources, by file and position
     */
    static List<LocalSource> localSources(Path dir, List<String> unreadable) {
        List<LocalSource> out = new ArrayList<>();
        ModuleConfiguration config = ModuleConfiguration.read(dir);
        for (ModuleConfiguration.Block call : config.moduleCalls()) {
            Optional<ModuleConfiguration.Expression> source = call.attribute("source");
            if (source.isEmpty()) {
                continue;
            }
            ModuleConfiguration.Expression e = source.get();
            Path file = Path.of(e.file());
            if (!file.getFileName().toString().endsWith(".tf")) {
                continue; // JSON syntax: read below with a JSON parser, which knows where each string is
            }
            String text = read(file);
            int start = e.startOffset();
            int end = e.endOffset();
            if (start < 0 || end > text.length() || end - start < 2) {
                continue;
            }
            String literal = text.substring(start, end);
            String label = call.labels().isEmpty() ? "?" : call.labels().get(0);
            if (!literal.startsWith("\"") || !literal.endsWith("\"")) {
                continue; // not a string; Terraform itself requires one
            }
            String inner = literal.substring(1, literal.length() - 1);
            if (!isLocal(inner)) {
                continue;
            }
            if (inner.contains("\\") || inner.contains("${") || inner.contains("%{") || inner.contains("\"")) {
                unreadable.add(e.location() + ": the source of module \"" + label + "\" is not a plain path ("
                        + literal + "); change it by hand");
                continue;
            }
            out.add(new LocalSource(file, label, inner, inner, start + 1, end - 1, call.location().line(), false));
        }
        out.addAll(jsonSources(dir, unreadable));
        out.sort(Comparator.comparing((LocalSource s) -> s.file().toString()).thenComparingInt(LocalSource::start));
        return out;
    }

    /**
     * Whether a module source is a local path, as Terraform decides it: it starts with {@code ./} or {@code ../}.
     *
     * @param source the source
     * @return whether it is local
     */
    static boolean isLocal(String source) {
        return source.startsWith("./") || source.startsWith("../") || source.equals(".") || source.equals("..");
    }

    /**
     * What a local source must become when its folder and its target move.
     *
     * @param dir    the folder of the calling configuration, before the move
     * @param source the source as written
     * @param moves  where folders go
     * @return the new source, or empty when the written one still resolves to the same module after the move
     */
    static Optional<String> rewritten(Path dir, String source, PathMap moves) {
        Path target = dir.resolve(source).normalize();
        Path newTarget = moves.map(target);
        Path newDir = moves.map(dir);
        if (newDir.resolve(source).normalize().equals(newTarget)) {
            return Optional.empty();
        }
        return Optional.of(relative(newDir, newTarget));
    }

    /**
     * A local module source from one folder to another, in Terraform's form ({@code ./x} or {@code ../x},
     * forward slashes).
     *
     * @param from the calling folder
     * @param to   the called folder
     * @return the source
     */
    static String relative(Path from, Path to) {
        String rel = from.relativize(to).toString().replace('\\', '/');
        if (rel.isEmpty()) {
            return ".";
        }
        return rel.startsWith("..") ? rel : "./" + rel;
    }

    /**
     * Replaces the paths of some sources in one file's text. Offsets are those of the text given.
     *
     * @param text     the file's text
     * @param rewrites the changes, all in this file
     * @return the new text
     * @throws IllegalStateException if a source is no longer where it was found (the file changed meanwhile)
     */
    static String edit(String text, List<Rewrite> rewrites) {
        List<Rewrite> sorted = new ArrayList<>(rewrites);
        sorted.sort(Comparator.comparingInt((Rewrite r) -> r.at().start()).reversed());
        StringBuilder out = new StringBuilder(text);
        for (Rewrite r : sorted) {
            LocalSource at = r.at();
            if (at.end() > out.length() || !out.substring(at.start(), at.end()).equals(at.written())) {
                throw new IllegalStateException(at.file() + ":" + at.line() + ": the source of module \"" + at.call()
                        + "\" changed while it was being rewritten");
            }
            out.replace(at.start(), at.end(), at.encode(r.newSource()));
        }
        return out.toString();
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * The local sources of the module calls in a folder's {@code .tf.json} files. A file that is not valid JSON
     * is left alone as a whole, with a sentence in {@code unreadable} (the inspector reports it too).
     */
    private static List<LocalSource> jsonSources(Path dir, List<String> unreadable) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.tf.json")) {
            s.forEach(files::add);
        } catch (IOException e) {
            unreadable.add(dir + ": cannot be listed: " + e.getMessage());
            return List.of();
        }
        files.sort(Comparator.naturalOrder());
        List<LocalSource> out = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text = read(file);
            List<LocalSource> found = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            try (JsonParser p = JSON.createParser(text)) {
                if (p.nextToken() == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        p.nextToken();
                        if (key.equals("module")) {
                            moduleBlocks(p, file, text, found, problems);
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                while (p.nextToken() != null) {
                    p.skipChildren(); // read to the end: a file broken after its modules is not rewritten either
                }
                out.addAll(found);
                unreadable.addAll(problems);
            } catch (JsonProcessingException e) {
                unreadable.add(file + ": is not valid JSON (" + e.getOriginalMessage() + "); its module sources"
                        + " were not rewritten; fix the file or change them by hand");
            } catch (IOException e) {
                unreadable.add(file + ": cannot be read: " + e.getMessage());
            }
        }
        return out;
    }

    /** {@code "module": {"<name>": body or [body, ...]}}, or an array of such objects. */
    private static void moduleBlocks(JsonParser p, Path file, String text, List<LocalSource> out,
                                     List<String> unreadable) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                moduleBlocks(p, file, text, out, unreadable);
            }
            return;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String call = p.currentName();
            p.nextToken();
            int line = p.currentTokenLocation().getLineNr(); // of the body, or of the list of bodies, as the inspector
            if (p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    moduleBody(p, call, line, file, text, out, unreadable);
                }
            } else {
                moduleBody(p, call, line, file, text, out, unreadable);
            }
        }
    }

    private static void moduleBody(JsonParser p, String call, int line, Path file, String text,
                                   List<LocalSource> out, List<String> unreadable) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            if (!key.equals("source") || p.currentToken() != JsonToken.VALUE_STRING) {
                p.skipChildren();
                continue;
            }
            JsonLocation at = p.currentTokenLocation();
            int open = (int) at.getCharOffset();
            String source = p.getText();
            int close = open < 0 || open >= text.length() || text.charAt(open) != '"' ? -1 : closingQuote(text, open);
            if (!isLocal(source)) {
                continue;
            }
            if (close < 0) {
                unreadable.add(file + ":" + at.getLineNr() + ": the source of module \"" + call + "\" could not be"
                        + " located in the file; change it by hand");
                continue;
            }
            if (source.contains("${") || source.contains("%{")) {
                unreadable.add(file + ":" + at.getLineNr() + ": the source of module \"" + call + "\" is not a"
                        + " plain path (" + text.substring(open, close + 1) + "); change it by hand");
                continue;
            }
            out.add(new LocalSource(file, call, source, text.substring(open + 1, close), open + 1, close, line,
                    true));
        }
    }

    /** The offset of the quote that closes the JSON string opened at {@code open}, or -1. */
    private static int closingQuote(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
