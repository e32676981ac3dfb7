package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.NotificationResult;
import dev.alexandria.api.model.Version;
import dev.alexandria.spi.notify.Notifier;
import dev.alexandria.spi.notify.Publication;
import dev.alexandria.tck.notify.NotifierCompatibilityKit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookNotifierTest {

    /** A loopback HTTP server: /ok answers 204, /broken answers 500; it keeps every body it received. */
    static final class Hooks implements AutoCloseable {
        final HttpServer server;
        final List<String> bodies = new CopyOnWriteArrayList<>();
        final List<String> contentTypes = new CopyOnWriteArrayList<>();

        Hooks() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/ok", ex -> {
                bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                contentTypes.add(ex.getRequestHeaders().getFirst("Content-Type"));
                ex.sendResponseHeaders(204, -1);
                ex.close();
            });
            server.createContext("/broken", ex -> {
                ex.getRequestBody().readAllBytes();
                ex.sendResponseHeaders(500, -1);
                ex.close();
            });
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    Hooks hooks;

    @BeforeEach
    void start() {
        hooks = new Hooks();
    }

    @AfterEach
    void stop() {
        hooks.close();
    }

    static Publication publication() {
        return new Publication(ModuleId.of("vpc-enterprise"), "VPC Enterprise", "A \"VPC\" for many teams.",
                "foundations/networking", Version.parse("1.0.0"), MaturityLevel.STABLE, "vpc-enterprise/v1.0.0",
                LocalDate.of(2026, 3, 1));
    }

    @Test
    void send_postsOneJsonMessagePerWebhook() {
        List<NotificationResult> results = new WebhookNotifier().send(publication(), new CatalogSettings.Notify(
                List.of(hooks.url("/ok"), hooks.url("/ok?second"))));
        assertEquals(List.of(NotificationResult.delivered("alexandria-webhook", hooks.url("/ok"), "HTTP 204"),
                NotificationResult.delivered("alexandria-webhook", hooks.url("/ok?second"), "HTTP 204")), results);
        assertEquals("{\"event\":\"module.published\",\"module\":\"vpc-enterprise\",\"name\":\"VPC Enterprise\","
                + "\"version\":\"1.0.0\",\"maturity\":\"stable\",\"category\":\"foundations/networking\",\"tag\":"
                + "\"vpc-enterprise/v1.0.0\",\"published\":\"2026-03-01\",\"description\":\"A \\\"VPC\\\" for many "
                + "teams.\"}", hooks.bodies.get(0));
        assertEquals("application/json; charset=utf-8", hooks.contentTypes.get(0));
    }

    @Test
    void send_anErrorAnswerIsAFailedResultNotAnException() {
        List<NotificationResult> results = new WebhookNotifier().send(publication(), new CatalogSettings.Notify(
                List.of(hooks.url("/broken"), hooks.url("/ok"))));
        assertEquals(List.of(NotificationResult.failed("alexandria-webhook", hooks.url("/broken"),
                "HTTP 500 (a 2xx answer was expected)"), NotificationResult.delivered("alexandria-webhook",
                hooks.url("/ok"), "HTTP 204")), results);
    }

    /** Java's HTTP client reports an unresolvable host as a ConnectException caused by UnknownHostException. */
    @Test
    void reason_anUnknownHostWrappedInAConnectExceptionIsNamedAsSuch() {
        java.net.ConnectException wrapped = new java.net.ConnectException();
        wrapped.initCause(new java.net.UnknownHostException("nonexistent-host.invalid"));
        java.net.URI url = java.net.URI.create("http://nonexistent-host.invalid/x");
        assertEquals("unknown host nonexistent-host.invalid (check the URL in _catalog/settings.yaml)",
                WebhookNotifier.reason(new IOException(wrapped), url));
        assertEquals("connection refused by nonexistent-host.invalid (nothing listens there, or a firewall "
                + "refuses it)", WebhookNotifier.reason(new java.net.ConnectException(), url));
    }

    /**
     * JDK 17's HTTP client reports a host that does not resolve (http://no-such-host.invalid/x) as a
     * ConnectException caused by a ConnectException caused by NIO's UnresolvedAddressException, without any message.
     */
    @Test
    void reason_anUnresolvedAddressIsAnUnknownHostNotARefusedConnection() {
        java.net.ConnectException inner = new java.net.ConnectException();
        inner.initCause(new java.nio.channels.UnresolvedAddressException());
        java.net.ConnectException outer = new java.net.ConnectException();
        outer.initCause(inner);
        assertEquals("unknown host no-such-host.invalid (check the URL in _catalog/settings.yaml)",
                WebhookNotifier.reason(outer, java.net.URI.create("http://no-such-host.invalid/x")));
    }

    @Test
    void send_aRefusedConnectionIsAFailedResult() {
        String closed = hooks.url("/ok");
        hooks.close();
        List<NotificationResult> results = new WebhookNotifier().send(publication(), new CatalogSettings.Notify(
                List.of(closed)));
        assertEquals(1, results.size());
        assertEquals(false, results.get(0).delivered());
        java.net.URI uri = java.net.URI.create(closed);
        assertEquals("connection refused by " + uri.getHost() + ":" + uri.getPort() + " (nothing listens there, or a "
                + "firewall refuses it)", results.get(0).detail());
    }

    /** The built-in notifier passes the Notifier conformance kit, against a loopback server. */
    static class Kit extends NotifierCompatibilityKit {
        Hooks kitHooks;

        @BeforeEach
        void startServer() {
            kitHooks = new Hooks();
        }

        @AfterEach
        void stopServer() {
            kitHooks.close();
        }

        @Override
        protected Notifier createNotifier() {
            return new WebhookNotifier();
        }

        @Override
        protected CatalogSettings.Notify delivering() {
            return new CatalogSettings.Notify(List.of(kitHooks.url("/ok")));
        }

        @Override
        protected CatalogSettings.Notify failing() {
            return new CatalogSettings.Notify(List.of(kitHooks.url("/broken")));
        }
    }
}
