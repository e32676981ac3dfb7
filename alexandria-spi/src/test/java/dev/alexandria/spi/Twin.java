package dev.alexandria.spi;

/** A test SPI with two discovered providers of the same name. */
public interface Twin extends Provider {

    final class One implements Twin {
        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("twin", 1, 1);
        }
    }

    final class Two implements Twin {
        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("twin", 2, 1);
        }
    }
}
