package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.ProviderRequirement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * The fingerprint of a module's interface, recorded with each registered version: {@code sha256:} and the
 * SHA-256 of a canonical text of what consumers depend on (variables with type, default, nullable, sensitive;
 * outputs with sensitive; required Terraform and provider versions), in name order. Descriptions, file
 * positions and the resources behind the interface do not count, so moving a variable to another file keeps
 * the fingerprint and changing a type changes it.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * @param iface a module interface
     * @return its fingerprint, {@code sha256:<64 hex digits>}
     */
    public static String of(ModuleInterface iface) {
        StringBuilder sb = new StringBuilder();
        iface.variables().stream().sorted(Comparator.comparing(InputVariable::name)).forEach(v -> sb.append("variable ")
                .append(v.name()).append(" type=").append(v.type().render()).append(" required=")
                .append(v.required()).append(" default=").append(v.defaultValue().map(Object::toString).orElse("-"))
                .append(" nullable=").append(v.nullable()).append(" sensitive=").append(v.sensitive()).append('\n'));
        iface.outputs().stream().sorted(Comparator.comparing(OutputValue::name)).forEach(o -> sb.append("output ")
                .append(o.name()).append(" sensitive=").append(o.sensitive()).append('\n'));
        iface.requiredCore().stream().sorted().forEach(c -> sb.append("terraform ").append(c).append('\n'));
        iface.requiredProviders().stream().sorted(Comparator.comparing(ProviderRequirement::localName))
                .forEach(p -> sb.append("provider ").append(p.localName()).append(' ').append(p.source().orElse("-"))
                        .append(' ').append(String.join(",", p.versionConstraints())).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
