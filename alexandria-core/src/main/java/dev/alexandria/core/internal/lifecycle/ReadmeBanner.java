package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.model.Deprecation;

/**
 * The deprecation banner of a README: a block between two HTML comments, placed under the first heading (or
 * at the top). A README that has the markers already gets its block replaced, so the banner is never added
 * twice.
 */
final class ReadmeBanner {

    static final String BEGIN = "<!-- BEGIN_ALEXANDRIA_DEPRECATION -->";
    static final String END = "<!-- END_ALEXANDRIA_DEPRECATION -->";

    private ReadmeBanner() {
    }

    static String banner(String id, Deprecation d) {
        StringBuilder sb = new StringBuilder(BEGIN).append('\n');
        sb.append("> **Deprecated:** ").append(id).append(" is deprecated. ").append(d.reason().strip());
        if (!d.reason().strip().endsWith(".")) {
            sb.append('.');
        }
        sb.append('\n');
        d.replacement().ifPresent(r -> sb.append(">\n> Use `").append(r).append("` instead; see [MIGRATION.md]")
                .append("(MIGRATION.md).\n"));
        d.removalDate().ifPresent(date -> sb.append(">\n> It will be archived on ").append(date).append(".\n"));
        return sb.append(END).append('\n').toString();
    }

    static String insert(String readme, String banner) {
        int b = readme.indexOf(BEGIN);
        int e = readme.indexOf(END);
        if (b >= 0 && e > b) {
            int end = e + END.length();
            if (end < readme.length() && readme.charAt(end) == '\n') {
                end++;
            }
            return readme.substring(0, b) + banner + readme.substring(end);
        }
        if (readme.startsWith("# ")) {
            int nl = readme.indexOf('\n');
            String title = nl < 0 ? readme + "\n" : readme.substring(0, nl + 1);
            String rest = nl < 0 ? "" : readme.substring(nl + 1);
            return title + "\n" + banner + (rest.startsWith("\n") || rest.isEmpty() ? "" : "\n") + rest;
        }
        return banner + "\n" + readme;
    }
}
