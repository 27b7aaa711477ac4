package io.throughline.confluence.web.initiative;

import io.throughline.confluence.web.Healths;
import io.throughline.confluence.web.HtmlWriter;
import io.throughline.confluence.web.JiraLinks;
import io.throughline.confluence.web.performance.PerformanceData;
import io.throughline.confluence.web.performance.PerformanceLines;
import io.throughline.confluence.web.signal.SignalLines;
import io.throughline.confluence.web.signal.SignalsData;
import io.throughline.core.metric.Measure;
import io.throughline.web.view.GateWords;
import io.throughline.web.view.ViewText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The initiative card: summary, owner, stage, success metric with the latest reading, horizon,
 * evidence count and freshness, the gates ahead of its stage and dependency health, as a definition list.
 */
final class InitiativeCardRenderer {

    private final ViewText text;
    private final JiraLinks links;
    private final LocalDate today;
    private final Optional<DeliveryData> delivery;
    private final Optional<PerformanceData> performance;
    private final Optional<SignalsData> signals;

    InitiativeCardRenderer(ViewText text, JiraLinks links, LocalDate today, Optional<DeliveryData> delivery) {
        this(text, links, today, delivery, Optional.empty());
    }

    InitiativeCardRenderer(ViewText text, JiraLinks links, LocalDate today, Optional<DeliveryData> delivery,
                           Optional<PerformanceData> performance) {
        this(text, links, today, delivery, performance, Optional.empty());
    }

    InitiativeCardRenderer(ViewText text, JiraLinks links, LocalDate today, Optional<DeliveryData> delivery,
                           Optional<PerformanceData> performance, Optional<SignalsData> signals) {
        this.signals = signals;
        this.text = text;
        this.links = links;
        this.today = today;
        this.delivery = delivery;
        this.performance = performance;
    }

    void render(HtmlWriter out, InitiativeData card) {
        out.open("h3", "class", "throughline-card-title").link(links.issue(card.key()), card.key())
                .text(" ").text(card.summary()).close("h3");
        out.open("dl", "class", "throughline-card");
        term(out, "throughline.web.panel.stage", text.text("throughline.web.stage." + card.stage().name()));
        term(out, "throughline.web.panel.owner", card.owner().orElseGet(() -> text.text("throughline.web.panel.owner.none")));
        term(out, "throughline.web.panel.team", card.team());
        signals.ifPresent(raised -> signals(out, raised));
        metric(out, card);
        term(out, "throughline.web.horizon.heading", horizon(card.horizon()));
        term(out, "throughline.web.evidence.heading", evidence(card.evidence()));
        gates(out, card);
        delivery.ifPresent(work -> delivery(out, work));
        performance.ifPresent(figures -> performance(out, figures));
        dependencies(out, card.dependencies());
        out.close("dl");
    }

    /** The trace's progress: one bar by category, the line the panel shows, and each team's share. */
    private void delivery(HtmlWriter out, DeliveryData work) {
        out.element("dt", text.text("throughline.web.delivery.heading")).open("dd", "class", "throughline-card-delivery",
                "data-done", String.valueOf(work.percentDone().orElse(0)));
        if (work.items() == 0) {
            out.element("p", text.text("throughline.web.delivery.none")).close("dd");
            return;
        }
        int done = (int) (work.done() * 100L / work.items());
        int inProgress = (int) (work.inProgress() * 100L / work.items());
        out.open("div", "class", "throughline-bar", "role", "img", "aria-label",
                        text.text("throughline.web.delivery.categories", work.toDo(), work.inProgress(), work.done()))
                .segment("throughline-bar-done", done).segment("throughline-bar-progress", inProgress)
                .segment("throughline-bar-todo", 100 - done - inProgress).close("div");
        out.element("p", text.text("throughline.web.delivery.summary", work.done(), work.items(),
                work.percentDone().orElse(0)));
        out.open("ul", "class", "throughline-card-teams");
        for (DeliveryData.TeamShare team : work.teams()) {
            out.element("li", text.text("throughline.web.delivery.team", team.team(), team.done(), team.items()));
        }
        out.close("ul").close("dd");
    }

    /** The signals the initiative raises, each a badge with its reason, as the panel shows them. */
    private void signals(HtmlWriter out, SignalsData raised) {
        out.element("dt", text.text("throughline.web.signal.heading")).open("dd", "class", "throughline-card-signals");
        SignalLines.write(out, text, raised);
        out.close("dd");
    }

    /** The delivery figures' headline: deployments, fail rate, recovery, rework, each with its counts. */
    private void performance(HtmlWriter out, PerformanceData figures) {
        out.element("dt", text.text("throughline.web.performance.heading"))
                .open("dd", "class", "throughline-card-performance");
        PerformanceLines.write(out, text, figures);
        out.close("dd");
    }

    private void term(HtmlWriter out, String labelKey, String value) {
        out.element("dt", text.text(labelKey)).element("dd", value);
    }

    private void metric(HtmlWriter out, InitiativeData card) {
        out.element("dt", text.text("throughline.web.metric.heading")).open("dd");
        Optional<InitiativeData.Metric> metric = card.metric();
        Optional<String> unit = metric.flatMap(InitiativeData.Metric::unit);
        if (metric.isEmpty()) {
            out.element("p", text.text("throughline.web.metric.none"));
        } else if (metric.get().name().isPresent() && metric.get().target().isPresent()) {
            out.element("p", text.text("throughline.web.macro.card.metric", metric.get().name().get(),
                    range(metric.get(), unit)));
        } else {
            out.element("p", metric.get().text());
        }
        InitiativeData.Evidence evidence = card.evidence();
        String reading = evidence.latestReading().map(value -> text.text("throughline.web.macro.card.reading",
                measure(value, unit), evidence.latestReadingOn().map(Object::toString).orElse("")))
                .orElseGet(() -> text.text("throughline.web.metric.no-reading"));
        out.element("p", reading, "class", "throughline-reading").close("dd");
    }

    private String range(InitiativeData.Metric metric, Optional<String> unit) {
        String target = measure(metric.target().orElseThrow(), unit);
        if (metric.baseline().isPresent()) {
            return text.text("throughline.web.metric.range", measure(metric.baseline().get(), unit), target);
        }
        return "DECREASE".equals(metric.direction().orElse("")) ? text.text("throughline.web.metric.at-most", target)
                : text.text("throughline.web.metric.at-least", target);
    }

    private static String measure(BigDecimal value, Optional<String> unit) {
        return new Measure(value, unit).toString();
    }

    private String horizon(Optional<LocalDate> horizon) {
        if (horizon.isEmpty()) {
            return text.text("throughline.web.horizon.none");
        }
        long left = ChronoUnit.DAYS.between(today, horizon.get());
        String status = left > 0 ? text.text("throughline.web.horizon.days-left", left)
                : left == 0 ? text.text("throughline.web.horizon.today")
                : text.text("throughline.web.horizon.overdue", -left);
        return text.text("throughline.web.macro.card.horizon", horizon.get().toString(), status);
    }

    private String evidence(InitiativeData.Evidence evidence) {
        if (evidence.count() == 0 || evidence.lastObservedOn().isEmpty()) {
            return text.text("throughline.web.evidence.none");
        }
        LocalDate last = evidence.lastObservedOn().get();
        return text.text("throughline.web.macro.card.evidence", evidence.count(), last.toString(),
                Math.max(0, ChronoUnit.DAYS.between(last, today)));
    }

    /** The gates ahead of the stage, as on the issue panel; or why there is none. */
    private void gates(HtmlWriter out, InitiativeData card) {
        if (card.ahead().isEmpty()) {
            term(out, "throughline.web.stage-note.heading", text.text(GateWords.noGateKey(card.stage().isClosed()),
                    text.text("throughline.web.stage." + card.stage().name())));
            return;
        }
        for (InitiativeData.Gate gate : card.ahead()) {
            out.element("dt", text.text(GateWords.headingKey(gate.name())), "data-gate", gate.name()).open("dd");
            if (gate.onDefaults()) {
                out.element("p", text.text("throughline.web.gate.on-defaults"), "class", "throughline-on-defaults");
            }
            if (gate.passed()) {
                out.element("p", text.text(GateWords.passedKey(gate.name())));
            } else {
                out.element("p", text.text(GateWords.blockedKey(gate.name()), gate.missing().size())).open("ul");
                gate.missing().forEach(missing -> out.element("li", missing));
                out.close("ul");
            }
            out.close("dd");
        }
    }

    private void dependencies(HtmlWriter out, InitiativeData.Dependencies dependencies) {
        out.element("dt", text.text("throughline.web.dependency.heading")).open("dd");
        if (dependencies.rollUp().isEmpty()) {
            out.text(text.text("throughline.web.dependency.none"));
        } else {
            Healths.lozenge(out, dependencies.rollUp().get(), Healths.name(text, dependencies.rollUp().get()));
            out.text(" ").element("span", Healths.counts(text, dependencies.counts()), "class", "throughline-counts");
        }
        out.close("dd");
    }
}
