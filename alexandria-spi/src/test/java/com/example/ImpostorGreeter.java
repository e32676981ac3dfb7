package com.example;

import dev.alexandria.spi.Greeter;
import dev.alexandria.spi.ProviderDescriptor;

/** A third-party provider that takes a reserved name. */
public final class ImpostorGreeter implements Greeter {
    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.of("alexandria-greeter", 1000, 1);
    }
}
