package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.NotificationResult;
import dev.alexandria.spi.ProviderLoader;
import dev.alexandria.spi.ProviderSelection;
import dev.alexandria.spi.notify.Notifier;
import dev.alexandria.spi.notify.Publication;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every notifier of a publication: the built-in webhook notifier and those found with
 * {@link java.util.ServiceLoader} (or given by a host). Each is called; a notifier that throws or returns
 * nothing usable becomes a failed result naming it, so no failure is lost.
 */
final class Notifiers {

    private static final Logger LOG = LoggerFactory.getLogger(Notifiers.class);

    private final List<Notifier> notifiers;

    Notifiers(List<Notifier> notifiers) {
        this.notifiers = List.copyOf(notifiers);
    }

    /** The built-in notifier and those on the class loader. */
    static Notifiers discovered(ClassLoader loader) {
        ProviderSelection<Notifier> found = ProviderLoader.of(Notifier.class, Notifier.SPI_VERSION)
                .classLoader(loader).register(new WebhookNotifier()).load();
        found.problems().forEach(p -> LOG.warn("Notifier provider skipped: {}", p));
        LOG.debug("notifiers: {}", found.available().stream().map(n -> n.descriptor().name()).toList());
        return new Notifiers(found.available());
    }

    List<NotificationResult> send(Publication publication, CatalogSettings.Notify settings) {
        List<NotificationResult> out = new ArrayList<>();
        for (Notifier n : notifiers) {
            String name = name(n);
            try {
                List<NotificationResult> results = n.send(publication, settings);
                if (results == null) {
                    out.add(NotificationResult.failed(name, "-", "the notifier returned null; a notifier MUST return "
                            + "a list (empty when nothing is configured)"));
                } else {
                    out.addAll(results);
                }
            } catch (RuntimeException e) {
                LOG.debug("notifier {} failed", name, e);
                out.add(NotificationResult.failed(name, "-", "the notifier threw " + e + "; a notifier MUST report "
                        + "delivery failures as results"));
            }
        }
        return out;
    }

    private static String name(Notifier n) {
        try {
            return n.descriptor().name();
        } catch (RuntimeException e) {
            return n.getClass().getName();
        }
    }
}
