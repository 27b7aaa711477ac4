package io.throughline.confluence.web;

import io.throughline.confluence.web.json.JsonShapeException;
import io.throughline.core.graph.Health;
import io.throughline.web.view.HealthLozenge;
import io.throughline.web.view.ViewText;
import java.util.Comparator;

/** Health as the macros read and show it: parsed from the contract, in words, on an AUI lozenge. */
public final class Healths {

    /** Worst first. */
    public static final Comparator<Health> WORST_FIRST = Comparator.comparingInt(Health::severity).reversed();

    private Healths() {
    }

    public static Health parse(String name) {
        try {
            return Health.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JsonShapeException("unknown health \"" + name + "\"");
        }
    }

    /** A lozenge that carries the health in words, so it reads without colour. */
    public static void lozenge(HtmlWriter out, Health health, String text) {
        out.element("span", text, "class", "aui-lozenge " + HealthLozenge.cssClass(health),
                "data-health", health.name());
    }

    public static String name(ViewText text, Health health) {
        return text.text("throughline.web.health." + health.name());
    }

    /** "2 blocked", "1 at risk" ... */
    public static String count(ViewText text, Health health, int count) {
        return switch (health) {
            case BLOCKED -> text.text("throughline.web.macro.count.blocked", count);
            case AT_RISK -> text.text("throughline.web.macro.count.at-risk", count);
            case ON_TRACK -> text.text("throughline.web.macro.count.on-track", count);
            case DONE -> text.text("throughline.web.macro.count.done", count);
        };
    }

    /** The non-zero counts, worst first: "2 blocked, 1 at risk". */
    public static String counts(ViewText text, HealthCounts counts) {
        return counts.counts().keySet().stream().sorted(WORST_FIRST)
                .filter(health -> counts.count(health) > 0)
                .map(health -> count(text, health, counts.count(health)))
                .reduce((a, b) -> text.text("throughline.web.macro.count.join", a, b)).orElse("");
    }
}
