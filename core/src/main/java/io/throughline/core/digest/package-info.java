/**
 * The digest: what changed for the initiatives a viewer may see between the start of a day and now —
 * stage moves and commitments, evidence, decisions and contract changes, dependencies newly at risk,
 * blocked, delivered, slipped or withdrawn, and signals raised or cleared. A pure function of the
 * histories in the window ({@link io.throughline.core.digest.DigestRules}); each rule is defined in
 * {@code docs/semantics.md} (Digest).
 */
package io.throughline.core.digest;
