package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code alexandria-metadata}: the module's metadata agrees with its path and its version with its maturity
 * ({@link MetadataRules}). Opening reports these with the line of the value and refuses the library; this
 * validator checks modules that come from elsewhere (a host's library) the same way.
 */
public final class MetadataValidator extends BuiltInValidator {

    private static final List<ValidationRule> RULES = List.of(
            ValidationRule.of(MetadataRules.PATH_MISMATCH, Finding.Severity.ERROR,
                    "The id, layer and category in .alexandria.yaml agree with the module's folder."),
            ValidationRule.of(MetadataRules.VERSION_MATURITY, Finding.Severity.ERROR,
                    "The version agrees with the maturity level (0.x.y before beta, 1.0.0-beta.N in beta, "
                            + "at least 1.0.0 from stable)."));

    /** The validator ServiceLoader and the built-ins use. */
    public MetadataValidator() {
        super("alexandria-metadata", Stage.METADATA, RULES);
    }

    @Override
    public List<Finding> validate(ValidationRequest request) {
        LibraryModule m = request.module();
        ModuleMetadata md = m.metadata();
        String folder = m.path().substring(m.path().lastIndexOf('/') + 1);
        List<MetadataRules.Problem> problems = new ArrayList<>(MetadataRules.pathAgreement(Optional.of(md.id()),
                folder, Optional.of(md.layer()), m.layer(), Optional.of(md.category()), m.category()));
        MetadataRules.versionMaturity(md.maturity(), md.version()).ifPresent(problems::add);
        SourceLocation at = SourceLocation.of(request.metadataFile(), 1, 1);
        return problems.stream().map(p -> Finding.error(p.ruleId(), at, p.message(), p.hint())
                .withModule(m.id())).toList();
    }
}
