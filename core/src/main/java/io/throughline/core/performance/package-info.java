/**
 * Delivery events (deployments, rollbacks, incidents) as CI and incident tools report them, and the
 * five DORA figures computed from them per initiative: deployment frequency, change and issue lead
 * time, change fail rate, failed deployment recovery time and deployment rework rate, each with its
 * counts. Every definition is in {@code docs/semantics.md}; the figures are a pure function of the
 * events, the attribution and the window, so they never depend on the order events arrived in.
 */
package io.throughline.core.performance;
