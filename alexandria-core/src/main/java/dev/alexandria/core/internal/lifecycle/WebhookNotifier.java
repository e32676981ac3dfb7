package dev.alexandria.core.internal.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.NotificationResult;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.notify.Notifier;
import dev.alexandria.spi.notify.Publication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in {@link Notifier}, {@code alexandria-webhook}: posts one JSON message to each URL of
 * {@code notify: webhooks:} in {@code _catalog/settings.yaml}. A 2xx answer is delivered; any other answer, a
 * refused connection or a time-out (5 s to connect, 10 s for the answer) is a failed result with the reason.
 * The message:
 *
 * <pre>{@code
 * {"event":"module.published","module":"vpc-enterprise","name":"VPC Enterprise","version":"1.0.0",
 *  "maturity":"stable","category":"foundations/networking","tag":"vpc-enterprise/v1.0.0",
 *  "published":"2026-11-30","description":"…"}
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class WebhookNotifier implements Notifier {

    /** The descriptor. */
    public static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("alexandria-webhook", 0, SPI_VERSION);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration ANSWER = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<NotificationResult> send(Publication publication, CatalogSettings.Notify settings) {
        List<NotificationResult> out = new ArrayList<>();
        String body = body(publication);
        for (String url : settings.webhooks()) {
            out.add(post(url, body));
        }
        return out;
    }

    static String body(Publication p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("event", "module.published");
        n.put("module", p.module().value());
        n.put("name", p.name());
        n.put("version", p.version().toString());
        n.put("maturity", p.maturity().id());
        n.put("category", p.category());
        n.put("tag", p.tag());
        n.put("published", p.published().toString());
        n.put("description", p.description());
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always renders as JSON", e);
        }
    }

    /**
     * Why a request failed, in plain words (never an exception class name). The whole cause chain is searched for
     * the most specific cause first: Java's HTTP client wraps an unresolvable host (an {@code UnknownHostException},
     * or, as JDK 17's client reports it, NIO's {@code UnresolvedAddressException}) in a {@code ConnectException},
     * which alone would read as a refused connection.
     */
    static String reason(IOException e, URI url) {
        String where = url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
        if (cause(e, java.net.UnknownHostException.class) != null
                || cause(e, java.nio.channels.UnresolvedAddressException.class) != null) {
            return "unknown host " + url.getHost() + " (check the URL in _catalog/settings.yaml)";
        }
        if (cause(e, java.net.http.HttpConnectTimeoutException.class) != null) {
            return "no connection to " + where + " within " + CONNECT.toSeconds() + " s";
        }
        if (cause(e, java.net.http.HttpTimeoutException.class) != null) {
            return "no answer from " + where + " within " + ANSWER.toSeconds() + " s";
        }
        Throwable tls = cause(e, javax.net.ssl.SSLException.class);
        if (tls != null) {
            return "the TLS connection to " + where + " failed" + (tls.getMessage() == null ? "" : ": "
                    + tls.getMessage());
        }
        if (cause(e, java.net.ConnectException.class) != null) {
            return "connection refused by " + where + " (nothing listens there, or a firewall refuses it)";
        }
        return "the request to " + where + " failed" + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The first throwable of the cause chain that is a {@code type}, or null. */
    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private NotificationResult post(String url, String body) {
        String name = DESCRIPTOR.name();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(ANSWER)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "alexandria-webhook")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status / 100 == 2 ? NotificationResult.delivered(name, url, "HTTP " + status)
                    : NotificationResult.failed(name, url, "HTTP " + status + " (a 2xx answer was expected)");
        } catch (IOException e) {
            return NotificationResult.failed(name, url, reason(e, URI.create(url)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NotificationResult.failed(name, url, "interrupted before an answer came");
        } catch (IllegalArgumentException e) {
            return NotificationResult.failed(name, url, "not a usable URL: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return DESCRIPTOR.toString();
    }
}
