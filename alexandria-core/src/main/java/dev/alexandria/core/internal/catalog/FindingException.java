package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.model.Finding;

/** A file that cannot be read at all, as a finding; the loader collects it and goes on with other files. */
final class FindingException extends CatalogException {

    private static final long serialVersionUID = 1L;

    private final transient Finding finding;

    FindingException(Finding finding, Throwable cause) {
        super(finding.location(), finding.message() + finding.hint().map(h -> "; " + h).orElse(""), cause);
        this.finding = finding;
    }

    Finding finding() {
        return finding;
    }
}
