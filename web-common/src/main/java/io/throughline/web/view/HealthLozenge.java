package io.throughline.web.view;

import io.throughline.core.graph.Health;

/** The AUI lozenge modifier for a health; the lozenge always carries the health in words too. */
public final class HealthLozenge {

    private HealthLozenge() {
    }

    public static String cssClass(Health health) {
        return switch (health) {
            case DONE -> "aui-lozenge-success";
            case ON_TRACK -> "aui-lozenge-current";
            case AT_RISK -> "aui-lozenge-moved";
            case BLOCKED -> "aui-lozenge-removed";
        };
    }
}
