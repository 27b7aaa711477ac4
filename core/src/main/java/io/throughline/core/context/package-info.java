/**
 * An initiative's canonical context: one compact document with its contract, assumptions,
 * decisions, dependencies and latest evidence, and a version that changes whenever any of them
 * does, so that an artifact can cite {@code KEY@version}.
 */
package io.throughline.core.context;
