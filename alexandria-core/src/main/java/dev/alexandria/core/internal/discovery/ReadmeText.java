package dev.alexandria.core.internal.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * The prose of a README, for search: what a module's authors say it does, without what only adds noise or
 * repeats what is indexed elsewhere. Code blocks, HTML comments and tags, images and badges, link targets, bare
 * URLs and tables (the inputs, outputs and requirements tables terraform-docs generates repeat the interface,
 * which is indexed from the HCL) are dropped; link texts, headings, lists and paragraphs stay. So are GitHub's
 * admonition blocks ({@code > [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]}, {@code [!WARNING]},
 * {@code [!CAUTION]} and every quoted line after it): module collections put their boilerplate there (cloudposse's
 * "Use Atmos with Terraform", its commercial support box), the same text in every module, which search highlights
 * showed as if it were what the module does.
 *
 * <p>What a collection repeats in every README without such a marker (a vendor's "about us" and support
 * paragraphs, its contributing and licence sections, the "related projects" list of other modules) is found by
 * comparing the READMEs of a library: {@link #sentenceKeys} gives each sentence of the prose a key (its words, lower
 * case, without punctuation), and {@link #without} leaves out the sentences whose keys a library holds in
 * {@link Boilerplate#MIN_MODULES} or more modules' READMEs.
 */
final class ReadmeText {

    /** A README beyond this many characters of prose adds nothing findable; the rest is left out. */
    static final int MAX_CHARS = 32_000;

    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1[^\\n]*$");
    private static final Pattern ADMONITION = Pattern.compile(
            "(?mi)^[ \\t]*>[ \\t]*\\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\][^\\n]*(?:\\n[ \\t]*>[^\\n]*)*");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)|!\\[[^\\]]*\\]\\[[^\\]]*\\]");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)|\\[([^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s*\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]{0,2000}>");
    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp|git)://\\S+");
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\s*\\|.*$");
    private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern EMPTY_LINES = Pattern.compile("\\n\\s*\\n+");
    /** Where a line of prose splits into sentences: after a full stop, question or exclamation mark and a blank. */
    /** Sets a description's sentence keys apart from a README's ({@link #descriptionKey}). */
    private static final long DESCRIPTION = 0x9E3779B97F4A7C15L;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    /** Where any text splits into sentences: {@link #SENTENCE_END} or a line break. */
    private static final Pattern SENTENCE_OR_LINE_END = Pattern.compile("(?<=[.!?])\\s+|\\s*\\n\\s*");

    private ReadmeText() {
    }

    static String clean(String markdown) {
        String s = markdown.length() > 4 * MAX_CHARS ? markdown.substring(0, 4 * MAX_CHARS) : markdown;
        s = FENCE.matcher(s).replaceAll(" ");
        s = ADMONITION.matcher(s).replaceAll(" ");
        s = COMMENT.matcher(s).replaceAll(" ");
        s = IMAGE.matcher(s).replaceAll(" ");
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) != null ? m.group(1) : m.group(2)));
        s = REFERENCE.matcher(s).replaceAll("");
        s = TAG.matcher(s).replaceAll(" ");
        s = URL.matcher(s).replaceAll(" ");
        s = TABLE_ROW.matcher(s).replaceAll("");
        s = BLANKS.matcher(s).replaceAll(" ");
        s = EMPTY_LINES.matcher(s).replaceAll("\n").strip();
        return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
    }

    /**
     * The sentences of cleaned prose ({@link #clean}): each line split after a full stop, question or exclamation
     * mark followed by a blank. A heading or list item is a line, so a sentence of its own.
     */
    private static List<String> sentences(String line) {
        return Arrays.asList(SENTENCE_END.split(line));
    }

    /**
     * The key of a sentence: a 64-bit FNV-1a hash of its letters and digits, lower case, each run of other characters
     * read as one blank (so "Join our Slack community!" and "join our slack community" are one sentence); 0 for a
     * sentence without a letter or digit.
     */
    static long key(String sentence) {
        long h = 0xcbf29ce484222325L;
        boolean any = false;
        boolean gap = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && any) {
                    h = (h ^ ' ') * 0x100000001b3L;
                }
                h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
                any = true;
                gap = false;
            } else {
                gap = true;
            }
        }
        return any ? (h == 0 ? 1 : h) : 0;
    }

    /**
     * The key of a sentence of a description: its {@link #key} told apart from a README's, so that a description
     * is boilerplate only when other modules' descriptions say the same, never because READMEs quote it (a
     * collection's list of related modules repeats their descriptions).
     */
    static long descriptionKey(String sentence) {
        long k = key(sentence);
        return k == 0 ? 0 : k ^ DESCRIPTION;
    }

    /**
     * @param prose       cleaned prose ({@link #clean})
     * @param description a module's description
     * @return the keys of their sentences ({@link #key}, {@link #descriptionKey}), each once, in ascending order
     */
    static long[] sentenceKeys(String prose, String description) {
        return LongStream.concat(SENTENCE_OR_LINE_END.splitAsStream(prose).mapToLong(ReadmeText::key),
                SENTENCE_OR_LINE_END.splitAsStream(description).mapToLong(ReadmeText::descriptionKey))
                .filter(k -> k != 0).sorted().distinct().toArray();
    }

    /**
     * @param text        a module's description
     * @param boilerplate the keys of a library's boilerplate sentences
     * @return the text with each of those sentences blanked with spaces of the same length, so every other character
     *         keeps its offset
     */
    static String blanked(String text, Set<Long> boilerplate) {
        if (boilerplate.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        Matcher end = SENTENCE_OR_LINE_END.matcher(text);
        int from = 0;
        while (from < text.length()) {
            int to = end.find() ? end.start() : text.length();
            if (boilerplate.contains(descriptionKey(text.substring(from, to)))) {
                for (int i = from; i < to; i++) {
                    sb.setCharAt(i, ' ');
                }
            }
            from = to == text.length() ? to : end.end();
        }
        return sb.toString();
    }

    /**
     * @param prose       cleaned prose ({@link #clean})
     * @param boilerplate the keys of a library's boilerplate sentences
     * @return the prose without those sentences (a line left empty goes too)
     */
    static String without(String prose, Set<Long> boilerplate) {
        if (boilerplate.isEmpty()) {
            return prose;
        }
        List<String> kept = new ArrayList<>();
        for (String line : prose.split("\n")) {
            List<String> rest = new ArrayList<>();
            for (String sentence : sentences(line)) {
                if (!boilerplate.contains(key(sentence))) {
                    rest.add(sentence);
                }
            }
            if (!rest.isEmpty()) {
                kept.add(String.join(" ", rest));
            }
        }
        return String.join("\n", kept);
    }
}
