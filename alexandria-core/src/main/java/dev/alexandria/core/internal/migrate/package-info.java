/**
 * Migration of a folder of flat Terraform modules into a library: discovery of the modules, inference of each
 * module's place (layer, category) and metadata from its code with the evidence, and the plan file a person
 * reviews. Not API; may change without notice.
 */
package dev.alexandria.core.internal.migrate;
