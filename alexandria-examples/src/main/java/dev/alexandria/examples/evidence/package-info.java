/**
 * An example {@link dev.alexandria.spi.evidence.EvidenceSource}: promotion evidence from an issue tracker.
 */
package dev.alexandria.examples.evidence;
