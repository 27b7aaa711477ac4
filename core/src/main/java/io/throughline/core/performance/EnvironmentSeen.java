package io.throughline.core.performance;

/** An environment deployments went to in a window: how many, and whether the production setting counts it. */
public record EnvironmentSeen(String id, long deployments, boolean production) {
}
