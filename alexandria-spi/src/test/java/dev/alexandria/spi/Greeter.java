package dev.alexandria.spi;

/** A test SPI. */
public interface Greeter extends Provider {

    int SPI_VERSION = 1;

    /** Test providers, listed in META-INF/services/dev.alexandria.spi.Greeter. */
    final class Low implements Greeter {
        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("low", 10, 1);
        }
    }

    final class HighB implements Greeter {
        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("high-b", 50, 1);
        }
    }

    final class HighA implements Greeter {
        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("high-a", 50, 1);
        }
    }

    final class BrokenDescriptor implements Greeter {
        @Override
        public ProviderDescriptor descriptor() {
            throw new IllegalStateException("no config");
        }
    }

    final class Future implements Greeter {
        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("future", 99, 2);
        }
    }

    final class FailingConstructor implements Greeter {
        public FailingConstructor() {
            throw new IllegalStateException("cannot start");
        }

        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("never", 1, 1);
        }
    }

    /** Registered explicitly, never discovered. */
    final class Named implements Greeter {
        private final String name;
        private final int priority;

        public Named(String name, int priority) {
            this.name = name;
            this.priority = priority;
        }

        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of(name, priority, 1);
        }
    }
}
