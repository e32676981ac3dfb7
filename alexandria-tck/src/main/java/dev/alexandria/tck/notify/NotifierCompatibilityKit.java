package dev.alexandria.tck.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.NotificationResult;
import dev.alexandria.api.model.Version;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.notify.Notifier;
import dev.alexandria.spi.notify.Publication;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The obligations of a {@link Notifier}, as its Javadoc states them. Extend it in a few lines:
 *
 * <pre>{@code
 * class ChatNotifierCompatibilityTest extends NotifierCompatibilityKit {
 *     protected Notifier createNotifier() { return new ChatNotifier(fakeChat); }
 *     protected CatalogSettings.Notify delivering() { return fakeChat.settings(); }
 *     protected CatalogSettings.Notify failing() { return fakeChat.brokenSettings(); }
 * }
 * }</pre>
 *
 * @since 0.4.0
 */
public abstract class NotifierCompatibilityKit {

    private Notifier notifier;

    /** Creates the kit. */
    protected NotifierCompatibilityKit() {
    }

    /** @return a new instance of the notifier under test */
    protected abstract Notifier createNotifier();

    /** @return settings under which every notification is delivered (a test server the subclass runs) */
    protected abstract CatalogSettings.Notify delivering();

    /** @return settings under which every notification fails (a target that refuses or errors) */
    protected abstract CatalogSettings.Notify failing();

    /** @return the publication the obligations announce */
    protected Publication publication() {
        return new Publication(ModuleId.of("vpc-enterprise"), "VPC Enterprise", "A VPC for many teams.",
                "foundations/networking", Version.parse("1.0.0"), MaturityLevel.STABLE, "vpc-enterprise/v1.0.0",
                LocalDate.of(2026, 3, 1));
    }

    /** Creates the notifier before each obligation. */
    @BeforeEach
    void create() {
        notifier = createNotifier();
        assertNotNull(notifier, "createNotifier() returned null");
    }

    @Test
    @DisplayName("descriptor() returns an equal descriptor on every call")
    void descriptorIsStable() {
        ProviderDescriptor d = notifier.descriptor();
        assertNotNull(d, "descriptor() returned null");
        assertEquals(d, notifier.descriptor(), "descriptor() must return an equal "
                + "descriptor on every call (a new but equal instance is fine: a record compares by value)");
        assertEquals(Notifier.SPI_VERSION, d.spiVersion(), "the SPI version the kit checks");
    }

    @Test
    @DisplayName("send() with nothing configured returns an empty list")
    void nothingConfiguredSendsNothing() {
        assertEquals(List.of(), notifier.send(publication(), CatalogSettings.Notify.defaults()));
    }

    @Test
    @DisplayName("send() reports every delivered notification as delivered, naming the notifier")
    void deliveredIsReported() {
        List<NotificationResult> results = notifier.send(publication(), delivering());
        assertNotNull(results, "send() returned null");
        assertFalse(results.isEmpty(), "the delivering settings must configure at least one target");
        for (NotificationResult r : results) {
            assertTrue(r.delivered(), r.target() + ": " + r.detail());
            assertEquals(notifier.descriptor().name(), r.notifier());
        }
    }

    @Test
    @DisplayName("send() reports a failed delivery as a failed result with the reason, never an exception")
    void failureIsReportedNotThrown() {
        List<NotificationResult> results = notifier.send(publication(), failing());
        assertNotNull(results, "send() returned null");
        assertFalse(results.isEmpty(), "a failed delivery is a result, not an empty list");
        for (NotificationResult r : results) {
            assertFalse(r.delivered(), r.target() + " should have failed");
            assertFalse(r.detail().isBlank(), "a failed notification says why");
        }
    }
}
