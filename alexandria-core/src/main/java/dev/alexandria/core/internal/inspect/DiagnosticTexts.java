package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.core.internal.text.PathsInText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Diagnostics whose texts name files from a folder. The inspector names a file in a text by the path it read it
 * at ("already declared at /home/me/lib/_library/.../variables.tf:12,1", "The configuration file \"/home/me/...\"
 * is not a regular file"); a library names its files relative to its root, so the texts of a library's module
 * are named from the root before anyone sees them. Locations keep the path the file was read at.
 */
public final class DiagnosticTexts {

    private DiagnosticTexts() {
    }

    /**
     * @param base        the folder to name files from (the library's real root, absolute and normalized)
     * @param diagnostics the diagnostics
     * @return the diagnostics with every path below {@code base} in their summaries and details relative to it;
     *         the same list when none names one
     */
    public static List<Diagnostic> namedFrom(Path base, List<Diagnostic> diagnostics) {
        return namedFrom(base, base, diagnostics);
    }

    private static List<Diagnostic> namedFrom(Path real, Path given, List<Diagnostic> diagnostics) {
        List<Diagnostic> named = null;
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            String summary = PathsInText.relative(real, given, d.summary());
            String detail = PathsInText.relative(real, given, d.detail());
            if (named == null && (!summary.equals(d.summary()) || !detail.equals(d.detail()))) {
                named = new ArrayList<>(diagnostics.subList(0, i));
            }
            if (named != null) {
                named.add(new Diagnostic(d.severity(), summary, detail, d.location()));
            }
        }
        return named == null ? diagnostics : named;
    }

    /**
     * @param base the folder to name files from
     * @param spec an interface
     * @return the interface with its diagnostics {@linkplain #namedFrom(Path, List) named from} {@code base}; the
     *         same object when none names a file below it
     */
    public static ModuleInterface namedFrom(Path base, ModuleInterface spec) {
        return namedFrom(base, base, spec);
    }

    /**
     * @param real  the folder's real path
     * @param given the folder as given (through a symlink), absolute and normalized; may equal {@code real}
     * @param spec  an interface
     * @return the interface with every path below either folder in its diagnostics' texts named from it; the
     *         same object when none names one
     */
    public static ModuleInterface namedFrom(Path real, Path given, ModuleInterface spec) {
        List<Diagnostic> named = namedFrom(real, given, spec.diagnostics());
        return named == spec.diagnostics() ? spec : spec.toBuilder().diagnostics(named).build();
    }
}
