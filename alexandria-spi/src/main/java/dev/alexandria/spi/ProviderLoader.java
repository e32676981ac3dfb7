package dev.alexandria.spi;

import dev.alexandria.spi.ProviderException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds the providers of one SPI and chooses one, the same way for every SPI.
 *
 * <pre>{@code
 * ProviderSelection<SearchBackend> found = ProviderLoader.of(SearchBackend.class, SearchBackend.SPI_VERSION)
 *         .classLoader(hostClassLoader)       // defaults to the thread's context class loader
 *         .register(new MySearchBackend())    // explicit providers; defaults to none
 *         .requested("my-search")             // the name from configuration; defaults to none
 *         .load();
 * SearchBackend backend = found.selected().orElseGet(BuiltInBackend::new);
 * }</pre>
 *
 * <p>The rules:
 * <ul>
 *   <li>Providers registered explicitly come first; then, unless discovery is off, those listed in
 *       {@code META-INF/services/<SPI interface name>} of the class loader's jars ({@link ServiceLoader}).</li>
 *   <li>A provider that fails to load or to describe itself, targets a newer SPI version than the host supports,
 *       or uses the reserved {@code alexandria-} prefix from outside {@code dev.alexandria.}, is skipped and
 *       reported in {@link ProviderSelection#problems()}.</li>
 *   <li>An explicitly registered provider replaces a discovered one of the same name. Two discovered providers,
 *       or two registered ones, with the same name are an error: which one runs would depend on the class path
 *       order.</li>
 *   <li>The provider named by {@link #requested(String)} wins; if it is not available that is an error, which
 *       says why (it was skipped, or is not on the class path). Otherwise the highest priority wins, ties broken
 *       by name, never by class path order.</li>
 * </ul>
 *
 * <p>This class does not log: the host logs what was found and chosen (at debug), the problems, and a warning
 * when several providers competed ({@link ProviderSelection#contested()}).
 *
 * <p>Mutable and meant for one thread; {@link #load()} leaves it unchanged and may be called again (it
 * instantiates discovered providers again).
 *
 * @param <T> the SPI interface
 * @since 0.1.0
 */
public final class ProviderLoader<T extends Provider> {

    /** Stops a broken class path from looping forever in {@link ServiceLoader}'s iterator. */
    private static final int MAX_SERVICE_ENTRIES = 1_000;

    private final Class<T> spi;
    private final int spiVersion;
    private final List<T> registered = new ArrayList<>();
    private ClassLoader classLoader;
    private boolean discovery = true;
    private String requested;

    private ProviderLoader(Class<T> spi, int spiVersion) {
        this.spi = spi;
        this.spiVersion = spiVersion;
    }

    /**
     * Starts loading the providers of one SPI.
     *
     * @param <T>        the SPI interface
     * @param spi        the SPI interface, e.g. {@code SearchBackend.class}
     * @param spiVersion the newest SPI version the host supports; providers targeting a newer one are skipped
     * @return a new loader
     * @throws IllegalArgumentException if {@code spi} is not an interface or the version is below 1
     */
    public static <T extends Provider> ProviderLoader<T> of(Class<T> spi, int spiVersion) {
        Objects.requireNonNull(spi, "spi");
        if (!spi.isInterface()) {
            throw new IllegalArgumentException("spi must be an interface: " + spi.getName());
        }
        if (spiVersion < 1) {
            throw new IllegalArgumentException("spiVersion must be at least 1: " + spiVersion);
        }
        return new ProviderLoader<>(spi, spiVersion);
    }

    /**
     * The class loader whose jars are searched. Defaults to the thread's context class loader, or the SPI's own
     * class loader when there is none.
     *
     * @param classLoader the class loader
     * @return this loader
     */
    public ProviderLoader<T> classLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        return this;
    }

    /**
     * Whether to look for providers on the class path at all. Defaults to {@code true}; with {@code false} only
     * the registered providers count.
     *
     * @param enabled whether to use {@link ServiceLoader}
     * @return this loader
     */
    public ProviderLoader<T> discovery(boolean enabled) {
        this.discovery = enabled;
        return this;
    }

    /**
     * Adds providers the host created itself. Defaults to none.
     *
     * @param providers the providers
     * @return this loader
     */
    @SafeVarargs
    public final ProviderLoader<T> register(T... providers) {
        Objects.requireNonNull(providers, "providers");
        for (T p : providers) {
            registered.add(Objects.requireNonNull(p, "providers contains null"));
        }
        return this;
    }

    /**
     * Adds providers the host created itself. Defaults to none.
     *
     * @param providers the providers
     * @return this loader
     */
    public ProviderLoader<T> register(List<? extends T> providers) {
        Objects.requireNonNull(providers, "providers");
        for (T p : providers) {
            registered.add(Objects.requireNonNull(p, "providers contains null"));
        }
        return this;
    }

    /**
     * Asks for one provider by name, as configuration does. Defaults to none (the highest priority wins).
     *
     * @param name the provider name, e.g. {@code alexandria-lucene}
     * @return this loader
     * @throws IllegalArgumentException if the name is blank
     */
    public ProviderLoader<T> requested(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the requested provider name must not be blank");
        }
        this.requested = name.strip();
        return this;
    }

    /**
     * Finds the providers and chooses one.
     *
     * @return what was found, chosen and skipped
     * @throws ProviderException if two providers of the same origin share a name, or the requested provider is
     *                           not available; the message says which and what to do
     */
    public ProviderSelection<T> load() {
        List<ProviderProblem> problems = new ArrayList<>();
        Map<String, T> byName = new LinkedHashMap<>();
        Map<String, T> explicit = new LinkedHashMap<>();
        for (T p : registered) {
            ProviderDescriptor d = describe(p, problems);
            if (d != null) {
                T previous = explicit.putIfAbsent(d.name(), p);
                if (previous != null) {
                    throw duplicate(d.name(), previous, p, "registered");
                }
            }
        }
        Map<String, T> discovered = new LinkedHashMap<>();
        if (discovery) {
            for (T p : discover(problems)) {
                ProviderDescriptor d = describe(p, problems);
                if (d == null || explicit.containsKey(d.name())) {
                    continue;
                }
                T previous = discovered.putIfAbsent(d.name(), p);
                if (previous != null) {
                    throw duplicate(d.name(), previous, p, "found on the class path");
                }
            }
        }
        byName.putAll(explicit);
        byName.putAll(discovered);
        List<T> available = new ArrayList<>(byName.values());
        // Highest priority first, then by name; written out rather than Comparator.comparingInt(..).thenComparing(..),
        // whose serializable lambdas JDK 17's start-up archive cannot hold (each would be generated at run time).
        available.sort((a, b) -> {
            int byPriority = Integer.compare(-a.descriptor().priority(), -b.descriptor().priority());
            return byPriority != 0 ? byPriority : a.descriptor().name().compareTo(b.descriptor().name());
        });
        if (requested != null) {
            T chosen = byName.get(requested);
            if (chosen == null) {
                throw notAvailable(problems, available);
            }
            available.remove(chosen);
            available.add(0, chosen);
        }
        Optional<T> selected = available.isEmpty() ? Optional.empty() : Optional.of(available.get(0));
        return new ProviderSelection<>(selected, available, problems);
    }

    private List<T> discover(List<ProviderProblem> problems) {
        ClassLoader cl = classLoader;
        if (cl == null) {
            cl = Thread.currentThread().getContextClassLoader();
        }
        if (cl == null) {
            cl = spi.getClassLoader();
        }
        List<T> found = new ArrayList<>();
        Iterator<T> it = ServiceLoader.load(spi, cl).iterator();
        for (int i = 0; i < MAX_SERVICE_ENTRIES; i++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                // ServiceLoader's iterator goes on with the next entry after an error.
                problems.add(new ProviderProblem(entryName(e), Optional.empty(),
                        "could not be loaded (" + describe(e) + "); remove its jar or fix its "
                                + "META-INF/services/" + spi.getName() + " entry", Optional.of(e)));
            }
        }
        return found;
    }

    /** The descriptor if the provider may be used, else {@code null} with a problem recorded. */
    private ProviderDescriptor describe(T p, List<ProviderProblem> problems) {
        String className = p.getClass().getName();
        ProviderDescriptor d;
        try {
            d = p.descriptor();
        } catch (RuntimeException | LinkageError e) {
            problems.add(new ProviderProblem(className, Optional.empty(),
                    "descriptor() failed (" + describe(e) + "); the provider is skipped", Optional.of(e)));
            return null;
        }
        if (d == null) {
            problems.add(new ProviderProblem(className, Optional.empty(),
                    "descriptor() returned null; the provider is skipped", Optional.empty()));
            return null;
        }
        if (d.spiVersion() > spiVersion) {
            problems.add(new ProviderProblem(className, Optional.of(d.name()), "targets " + spi.getSimpleName()
                    + " SPI version " + d.spiVersion() + ", this Alexandria supports up to version " + spiVersion
                    + "; use a release of the provider for version " + spiVersion + " or upgrade Alexandria",
                    Optional.empty()));
            return null;
        }
        if (d.isReserved() && !className.startsWith("dev.alexandria.")) {
            problems.add(new ProviderProblem(className, Optional.of(d.name()), "uses the name prefix '"
                    + ProviderDescriptor.RESERVED_PREFIX + "', which is reserved for Alexandria's own providers; "
                    + "rename the provider", Optional.empty()));
            return null;
        }
        return d;
    }

    private ProviderException duplicate(String name, T first, T second, String origin) {
        return new ProviderException(name, "two " + spi.getSimpleName() + " providers " + origin
                + " are named '" + name + "': " + first.getClass().getName() + " and " + second.getClass().getName()
                + "; remove one of them (provider names must be unique)");
    }

    private ProviderException notAvailable(List<ProviderProblem> problems, List<T> available) {
        Optional<ProviderProblem> skipped = problems.stream()
                .filter(pr -> pr.name().filter(requested::equals).isPresent()).findFirst();
        if (skipped.isPresent()) {
            return new ProviderException(requested, "the " + spi.getSimpleName()
                    + " asked for cannot be used: " + skipped.get().className() + " "
                    + skipped.get().reason(), skipped.get().cause().orElse(null));
        }
        String names = available.isEmpty() ? "none"
                : available.stream().map(p -> p.descriptor().name()).collect(Collectors.joining(", "));
        return new ProviderException(requested, "the " + spi.getSimpleName()
                + " asked for is not available (available: " + names
                + "); add the jar that provides it to the class path or ask for one of the available ones");
    }

    private static String entryName(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int colon = m.indexOf(": Provider ");
        if (colon >= 0) {
            String rest = m.substring(colon + ": Provider ".length());
            int space = rest.indexOf(' ');
            return space > 0 ? rest.substring(0, space) : rest;
        }
        return "(unknown service entry)";
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    /** @return the options that were set, for example {@code ProviderLoader{SearchBackend, requested=x}} */
    @Override
    public String toString() {
        List<String> set = new ArrayList<>();
        set.add(spi.getSimpleName() + " v" + spiVersion);
        if (classLoader != null) {
            set.add("classLoader=" + classLoader);
        }
        if (!discovery) {
            set.add("discovery=off");
        }
        if (!registered.isEmpty()) {
            set.add("registered=" + registered.stream().map(p -> p.getClass().getSimpleName())
                    .collect(Collectors.joining(",")));
        }
        if (requested != null) {
            set.add("requested=" + requested);
        }
        return "ProviderLoader{" + String.join(", ", set) + "}";
    }
}
