package dev.alexandria.core.internal.discovery;

import java.util.regex.Pattern;

/**
 * The prose of a README, for search: what a module's authors say it does, without what only adds noise or
 * repeats what is indexed elsewhere. Code blocks, HTML comments and tags, images and badges, link targets, bare
 * URLs and tables (the inputs, outputs and requirements tables terraform-docs generates repeat the interface,
 * which is indexed from the HCL) are dropped; link texts, headings, lists and paragraphs stay. So are GitHub's
 * admonition blocks ({@code > [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]}, {@code [!WARNING]},
 * {@code [!CAUTION]} and every quoted line after it): module collections put their boilerplate there (cloudposse's
 * "Use Atmos with Terraform", its commercial support box), the same text in every module, which search highlights
 * showed as if it were what the module does.
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

    private ReadmeText() {
    }

    static String clean(String markdown) {
        String s = markdown.length() > 4 * MAX_CHARS ? markdown.substring(0, 4 * MAX_CHARS) : markdown;
        s = FENCE.matcher(s).replaceAll(" ");
        s = ADMONITION.matcher(s).replaceAll(" ");
        s = COMMENT.matcher(s).replaceAll(" ");
        s = IMAGE.matcher(s).replaceAll(" ");
        s = LINK.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) != null ? m.group(1) : m.group(2)));
        s = REFERENCE.matcher(s).replaceAll("");
        s = TAG.matcher(s).replaceAll(" ");
        s = URL.matcher(s).replaceAll(" ");
        s = TABLE_ROW.matcher(s).replaceAll("");
        s = BLANKS.matcher(s).replaceAll(" ");
        s = EMPTY_LINES.matcher(s).replaceAll("\n").strip();
        return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
    }
}
