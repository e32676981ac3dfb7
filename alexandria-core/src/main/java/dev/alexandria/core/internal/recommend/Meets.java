package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.OutputValue;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a chosen module meets an implied need itself, read from its interface and resources rather than its id: a
 * database whose master password RDS keeps in Secrets Manager meets "credentials" (its output
 * {@code master_user_secret_arn}, "ARN of the Secrets Manager secret …"); a cluster that makes its own
 * {@code aws_kms_key} meets "kms key"; an API that makes its own {@code aws_cloudwatch_log_group} meets "log group".
 * Pure functions of the modules' facts, so that they can be tested alone.
 */
final class Meets {

    private Meets() {
    }

    /**
     * @param chosen   a chosen module
     * @param maker    the module that would be added for the implied need
     * @param services the cloud services the modules found for the need are made for ({@code secretsmanager},
     *                 {@code kms}): the kinds that answer it
     * @return how the chosen module meets the need itself — it makes a resource type of those services that the maker
     *         makes, a thing rather than a part of one ("makes aws_kms_key"; not {@code aws_sns_topic_policy}, a
     *         part of {@code aws_sns_topic}), or an output of its own (not an input passed through) names one of those
     *         types in its name or description ("its output master_user_secret_arn"); empty when none. An input that
     *         switches the thing on ({@code manage_master_user_password}, "… in Secrets Manager") does not count: it
     *         may be off, and the recommendation evaluation lost a graded secret store next to such a database
     */
    static Optional<String> itself(LibraryModule chosen, LibraryModule maker, Set<String> services) {
        if (chosen.id().equals(maker.id()) || services.isEmpty()) {
            return Optional.empty();
        }
        List<String> ofServices = ModuleFacts.types(maker).stream()
                .filter(t -> services.contains(Wiring.service(t))).toList();
        // the things themselves, not their parts: aws_sns_topic, not aws_sns_topic_policy (a detector that lets
        // its findings be published to a topic made elsewhere makes no topic)
        List<String> kinds = ofServices.stream()
                .filter(t -> ofServices.stream().noneMatch(u -> !u.equals(t) && t.startsWith(u + "_"))).toList();
        List<String> own = ModuleFacts.types(chosen);
        for (String t : kinds) {
            if (own.contains(t)) {
                return Optional.of("makes " + t);
            }
        }
        Set<String> inputs = new HashSet<>(ModuleFacts.inputNames(chosen));
        for (OutputValue o : chosen.interfaceSpec().outputs()) {
            if (inputs.contains(o.name())) {
                continue; // passed through: made elsewhere
            }
            String text = flat(o.name() + " " + java.util.Objects.toString(o.description(), ""));
            if (kinds.stream().map(Makers::typeText).anyMatch(text::contains)) {
                return Optional.of("its output " + o.name());
            }
        }
        return Optional.empty();
    }

    /** A text lower-cased, without separators or white space: "Secrets Manager" → {@code secretsmanager}. */
    private static String flat(String text) {
        return Wiring.withoutSeparators(text.toLowerCase(Locale.ROOT), true);
    }
}
