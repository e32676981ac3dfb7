package dev.alexandria.core.internal.validate;

import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.ProviderException;
import dev.alexandria.spi.validate.ModuleValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validators of a run: the built-in ones and those found with {@link ServiceLoader}, by descending
 * priority, ties by name. A provider that fails to load, has no usable descriptor, or uses the reserved
 * {@code alexandria-} prefix outside Alexandria's packages is skipped and logged; two with one name are an error.
 * Immutable once built.
 */
public final class Validators {

    private static final Logger LOG = LoggerFactory.getLogger(Validators.class);

    private static volatile Validators discovered;

    /** By descending priority, ties by name (a class, not a comparator built of lambdas, on the start path). */
    private static final Comparator<ModuleValidator> ORDER = new Comparator<>() {
        @Override
        public int compare(ModuleValidator a, ModuleValidator b) {
            int byPriority = Integer.compare(-a.descriptor().priority(), -b.descriptor().priority());
            return byPriority != 0 ? byPriority : a.descriptor().name().compareTo(b.descriptor().name());
        }
    };

    private final List<ModuleValidator> all;

    /**
     * @param validators the validators; names must be unique
     * @throws ProviderException if two have one name
     */
    public Validators(List<? extends ModuleValidator> validators) {
        Map<String, ModuleValidator> byName = new HashMap<>();
        for (ModuleValidator v : validators) {
            ModuleValidator other = byName.putIfAbsent(v.descriptor().name(), v);
            if (other != null) {
                throw new ProviderException(v.descriptor().name(), "two ModuleValidator providers have this name: "
                        + other.getClass().getName() + " and " + v.getClass().getName() + "; names must be unique");
            }
        }
        List<ModuleValidator> sorted = new ArrayList<>(validators);
        sorted.sort(ORDER);
        this.all = List.copyOf(sorted);
    }

    /** @return the built-in validators */
    public static List<ModuleValidator> builtIn() {
        return BuiltIns.ALL;
    }

    /** The built-in validators and those found on Alexandria's class loader, once per process. */
    public static Validators discovered() {
        Validators d = discovered;
        if (d == null) {
            List<ModuleValidator> list = new ArrayList<>(builtIn());
            list.addAll(discover(ModuleValidator.class.getClassLoader()));
            d = new Validators(list);
            discovered = d;
        }
        return d;
    }

    /** @return every validator, by descending priority, ties by name */
    public List<ModuleValidator> all() {
        return all;
    }

    /** Whether a validator's findings are computed when a module's HCL is read and cached with its interface. */
    static boolean isCachedWithInterface(ModuleValidator v) {
        return v instanceof BuiltIns.CachedWithInterface;
    }

    /** Whether opening a library runs a validator, so a run of {@code validate} takes its findings from it. */
    static boolean isRunByOpen(ModuleValidator v) {
        return v instanceof BuiltIns.RunByOpen;
    }

    /** Whether a library's run takes a validator's findings from its dependency graph. */
    static boolean isFromGraph(ModuleValidator v) {
        return v instanceof BuiltIns.FromGraph;
    }

    /**
     * The validators found with {@link ServiceLoader} on a class loader, skipping (and logging) those that
     * cannot be used, and Alexandria's own built-in classes (they are added by {@link #builtIn()}).
     *
     * @param loader the class loader
     * @return the usable providers, unsorted
     */
    public static List<ModuleValidator> discover(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        List<ModuleValidator> out = new ArrayList<>();
        Iterator<ServiceLoader.Provider<ModuleValidator>> it = ServiceLoader.load(ModuleValidator.class, loader)
                .stream().iterator();
        while (true) {
            ServiceLoader.Provider<ModuleValidator> p;
            try {
                if (!it.hasNext()) {
                    break;
                }
                p = it.next();
            } catch (ServiceConfigurationError e) {
                LOG.warn("ModuleValidator provider skipped: {}", e.getMessage());
                continue;
            }
            if (p.type().getName().startsWith(Validators.class.getPackageName() + ".")) {
                continue;
            }
            ModuleValidator v;
            ProviderDescriptor d;
            try {
                v = p.get();
                d = Objects.requireNonNull(v.descriptor(), "descriptor()");
                Objects.requireNonNull(v.rules(), "rules()");
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                LOG.warn("ModuleValidator provider {} skipped: it failed to load ({})", p.type().getName(),
                        e.toString());
                continue;
            }
            if (d.isReserved() && !v.getClass().getName().startsWith("dev.alexandria.")) {
                LOG.warn("ModuleValidator provider {} skipped: the name '{}' uses the prefix reserved for "
                        + "Alexandria's own providers", v.getClass().getName(), d.name());
                continue;
            }
            out.add(v);
        }
        if (LOG.isDebugEnabled()) { // the list is built for the log line only
            List<String> found = new ArrayList<>(out.size());
            for (ModuleValidator v : out) {
                found.add(v.descriptor().toString());
            }
            LOG.debug("module validators found: {}", found);
        }
        return out;
    }
}
