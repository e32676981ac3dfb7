/**
 * The entry point of Alexandria: {@link dev.alexandria.core.Alexandria}. Everything else in this artifact is
 * in {@code dev.alexandria.core.internal}, which is not API.
 */
package dev.alexandria.core;
