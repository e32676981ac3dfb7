/**
 * The promotion evidence SPI: {@link dev.alexandria.spi.evidence.EvidenceSource}, for what cannot be measured
 * from a module's files (production teams, critical bugs, case studies …), such as a host's issue tracker.
 *
 * @since 0.3.0
 */
package dev.alexandria.spi.evidence;
