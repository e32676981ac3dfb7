package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.model.Deprecation;

/**
 * The deprecation banner of a README: a block between two HTML comments, placed under the first heading (or
 * at the top). A README that has the markers already gets its block replaced, so the banner is never added
 * twice. The banner says what the module's state is after the change that writes it: deprecated (with the day
 * it will be archived, if planned) or archived (since when; read-only), never a plan that has happened.
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

    /**
     * The banner of an archived module: archived since {@code on}, read-only, with the deprecation's reason and
     * replacement (the planned removal date is gone: it has happened, or was brought forward).
     *
     * @param id          the module id
     * @param deprecation the deprecation notice, if the metadata has one
     * @param on          the day it was archived
     */
    static String archivedBanner(String id, java.util.Optional<Deprecation> deprecation, java.time.LocalDate on) {
        StringBuilder sb = new StringBuilder(BEGIN).append('\n');
        sb.append("> **Archived:** ").append(id).append(" was archived on ").append(on).append(" and is read-only;"
                + " its files are kept for history.");
        deprecation.ifPresent(d -> {
            sb.append(" It was deprecated: ").append(d.reason().strip());
            if (!d.reason().strip().endsWith(".")) {
                sb.append('.');
            }
        });
        sb.append('\n');
        deprecation.flatMap(Deprecation::replacement).ifPresent(r -> sb.append(">\n> Use `").append(r)
                .append("` instead; see [MIGRATION.md](MIGRATION.md).\n"));
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
