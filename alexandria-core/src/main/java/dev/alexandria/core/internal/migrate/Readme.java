package dev.alexandria.core.internal.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a module's README says about it: the title (the first heading) and the first paragraph of prose, with
 * badges, images, HTML, link targets and code left out. Also the first version of a {@code CHANGELOG.md}.
 */
record Readme(Optional<String> title, Optional<String> firstParagraph, String file) {

    /** A README beyond this many bytes is read only this far; its title and first paragraph are early. */
    static final int MAX_BYTES = 64 * 1024;

    private static final List<String> NAMES = List.of("README.md", "readme.md", "Readme.md", "README.markdown",
            "README");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1[^\\n]*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)|!\\[[^\\]]*\\]\\[[^\\]]*\\]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)|\\[([^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]{0,2000}>");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern CHANGELOG_VERSION =
            Pattern.compile("(?m)^#{1,3}\\s*\\[?v?(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)\\]?");

    static Readme of(Path moduleDir) {
        for (String n : NAMES) {
            Path p = moduleDir.resolve(n);
            if (Files.isRegularFile(p)) {
                return parse(read(p), n);
            }
        }
        return new Readme(Optional.empty(), Optional.empty(), "");
    }

    /** The title and first paragraph are near the top: only this many characters are looked at. */
    static final int HEAD_CHARS = 8 * 1024;

    static Readme parse(String markdown, String file) {
        String head = markdown.length() > HEAD_CHARS ? markdown.substring(0, HEAD_CHARS) : markdown;
        // each pattern only where its opening can occur: most READMEs have a fence or a comment, most lines neither
        String text = head.contains("<!--") ? COMMENT.matcher(head).replaceAll("") : head;
        text = text.contains("```") || text.contains("~~~") ? FENCE.matcher(text).replaceAll("") : text;
        Optional<String> title = Optional.empty();
        Optional<String> paragraph = Optional.empty();
        StringBuilder para = new StringBuilder();
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                if (para.length() > 0) {
                    break;
                }
                if (title.isEmpty()) {
                    String t = inline(h.group(1));
                    if (!t.isBlank()) {
                        title = Optional.of(t);
                    }
                }
                continue;
            }
            if (line.isEmpty() || line.startsWith("|") || line.startsWith("---") || line.startsWith("===")
                    || line.startsWith("[") && line.contains("]:")) {
                if (para.length() > 0) {
                    break;
                }
                continue;
            }
            String cleaned = inline(line);
            if (cleaned.isBlank() || cleaned.length() < 3 && para.length() == 0) {
                continue;
            }
            para.append(para.length() == 0 ? "" : " ").append(cleaned.startsWith("- ") || cleaned.startsWith("* ")
                    ? cleaned.substring(2) : cleaned);
        }
        if (para.length() > 0) {
            String p = para.toString().strip();
            paragraph = Optional.of(p.length() > 400 ? firstSentences(p) : p);
        }
        return new Readme(title, paragraph, file);
    }

    private static String firstSentences(String p) {
        int cut = p.lastIndexOf(". ", 400);
        return cut > 40 ? p.substring(0, cut + 1) : p.substring(0, 400).strip() + "…";
    }

    private static String inline(String s) {
        String t = s.indexOf('!') >= 0 ? IMAGE.matcher(s).replaceAll("") : s;
        if (t.indexOf('[') >= 0) {
            Matcher m = LINK.matcher(t);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String text = m.group(1) != null ? m.group(1) : m.group(2);
                m.appendReplacement(sb, Matcher.quoteReplacement(text == null ? "" : text));
            }
            m.appendTail(sb);
            t = sb.toString();
        }
        t = t.indexOf('<') >= 0 ? TAG.matcher(t).replaceAll("") : t;
        t = t.replace("**", "").replace("__", "").replace("`", "");
        return t.replaceAll("\\s+", " ").strip();
    }

    /** The newest version a {@code CHANGELOG.md} records: the first version heading. */
    static Optional<String> changelogVersion(Path moduleDir) {
        for (String n : List.of("CHANGELOG.md", "changelog.md", "CHANGELOG")) {
            Path p = moduleDir.resolve(n);
            if (Files.isRegularFile(p)) {
                Matcher m = CHANGELOG_VERSION.matcher(read(p));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    static String read(Path p) {
        try (var in = Files.newInputStream(p)) {
            return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            return "";
        }
    }
}
