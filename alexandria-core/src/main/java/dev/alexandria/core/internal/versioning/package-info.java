/**
 * Versions of modules: SemVer order and Terraform constraints over the api's {@code Version} and
 * {@code VersionConstraint}, the interface diff that says which bump a change requires, versions read from git
 * (tags, commits, the working tree) without checking anything out, and the release step.
 *
 * <p>Not API; may change without notice. Use {@code dev.alexandria.core.Alexandria} and {@code Library}.
 */
package dev.alexandria.core.internal.versioning;
