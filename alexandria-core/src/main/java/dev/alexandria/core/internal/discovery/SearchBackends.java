package dev.alexandria.core.internal.discovery;

import dev.alexandria.spi.ProviderLoader;
import dev.alexandria.spi.ProviderProblem;
import dev.alexandria.spi.ProviderSelection;
import dev.alexandria.spi.search.SearchBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the search backend: the one named in configuration (the host's builder, else the system property
 * {@value #PROPERTY}), else the highest priority among the registered and discovered ones. The built-in
 * {@link InMemorySearchBackend} is always available (priority 0), so there is always a backend.
 */
public final class SearchBackends {

    /** The system property that names the backend to use: {@value}. */
    public static final String PROPERTY = "alexandria.search.backend";

    private static final Logger LOG = LoggerFactory.getLogger(SearchBackends.class);

    private SearchBackends() {
    }

    /**
     * How a host wants providers found.
     *
     * @param requested   the backend asked for by name, if any
     * @param discovery   whether to look on the class path
     * @param classLoader where to look; empty for the thread's context class loader
     * @param registered  backends the host created
     */
    public record Config(Optional<String> requested, boolean discovery, Optional<ClassLoader> classLoader,
                         List<SearchBackend> registered) {

        /** Validates and copies the components. */
        public Config {
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(classLoader, "classLoader");
            registered = List.copyOf(Objects.requireNonNull(registered, "registered"));
        }

        /** @return the defaults: discovery on, nothing registered, the system property's name if set */
        public static Config defaults() {
            return new Config(Optional.empty(), true, Optional.empty(), List.of());
        }
    }

    /**
     * Chooses a backend.
     *
     * @param config how to find them
     * @return the chosen backend
     * @throws dev.alexandria.spi.ProviderException if the requested backend is not available, or two share a name
     */
    public static SearchBackend select(Config config) {
        List<SearchBackend> registered = new ArrayList<>(config.registered());
        boolean builtInRegistered = registered.stream()
                .anyMatch(b -> InMemorySearchBackend.NAME.equals(b.descriptor().name()));
        if (!builtInRegistered) {
            registered.add(new InMemorySearchBackend());
        }
        ProviderLoader<SearchBackend> loader = ProviderLoader.of(SearchBackend.class, SearchBackend.SPI_VERSION)
                .discovery(config.discovery()).register(registered);
        config.classLoader().ifPresent(loader::classLoader);
        Optional<String> requested = config.requested().or(() -> Optional.ofNullable(System.getProperty(PROPERTY))
                .filter(s -> !s.isBlank()));
        requested.ifPresent(loader::requested);
        ProviderSelection<SearchBackend> selection = loader.load();
        for (ProviderProblem p : selection.problems()) {
            LOG.warn("search backend skipped: {}", p);
        }
        SearchBackend chosen = selection.selected().orElseThrow();
        List<String> others = selection.available().stream().skip(1)
                .map(b -> b.descriptor().name()).filter(n -> !n.equals(InMemorySearchBackend.NAME))
                .collect(Collectors.toList());
        if (requested.isEmpty() && !others.isEmpty() && !chosen.descriptor().name().equals(InMemorySearchBackend.NAME)) {
            LOG.warn("several search backends are available ({} and {}); using {}, the highest priority; set {} to "
                    + "choose", chosen.descriptor().name(), others, chosen.descriptor().name(), PROPERTY);
        }
        LOG.debug("search backend: {} (available: {})", chosen.descriptor(), selection.available().stream()
                .map(b -> b.descriptor().name()).collect(Collectors.toList()));
        return chosen;
    }
}
