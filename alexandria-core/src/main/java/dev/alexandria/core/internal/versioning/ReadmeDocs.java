package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.core.internal.inspect.InspectMarkdown;
import java.util.Optional;

/**
 * The generated part of a module's README: the Markdown of its interface between terraform-docs' markers
 * {@code <!-- BEGIN_TF_DOCS -->} and {@code <!-- END_TF_DOCS -->}, so teams that also run terraform-docs keep
 * one place for the tables. A README without the markers is never rewritten.
 */
public final class ReadmeDocs {

    /** The opening marker. */
    public static final String BEGIN = "<!-- BEGIN_TF_DOCS -->";
    /** The closing marker. */
    public static final String END = "<!-- END_TF_DOCS -->";

    private ReadmeDocs() {
    }

    /**
     * @param readme the README's text
     * @param iface  the module's interface
     * @return the README with the tables between the markers replaced, or empty if it has no (ordered) markers
     */
    public static Optional<String> update(String readme, ModuleInterface iface) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            return Optional.empty();
        }
        return Optional.of(readme.substring(0, begin + BEGIN.length()) + "\n" + InspectMarkdown.render(iface)
                + readme.substring(end));
    }
}
