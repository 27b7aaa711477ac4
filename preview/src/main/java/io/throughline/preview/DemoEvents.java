package io.throughline.preview;

import io.throughline.core.Throughline;
import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import io.throughline.jira.web.rest.EventsResource;
import io.throughline.jira.web.rest.RequestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's delivery history, as CDEvents the demo's CI account posts through the app's own
 * endpoint: Growth's web app ships every other day and fails twice (a rollback, an incident it
 * caused), Mobile's sync service ships every eight days, then every six as its date nears, and
 * fails more often the faster it ships (incidents named, one inferred from its service, one still
 * open, and an unplanned fix), and Platform's event bus is
 * rolled back three times. Days count back from now, so the figures look the same on any day.
 */
final class DemoEvents {

    static final String BOT = "ci.bot";
    private static final String CI = "https://ci.example.com/pipelines";
    private static final String PAGER = "https://incidents.example.com";

    private final Instant now;
    private final List<Object> events = new ArrayList<>();
    private int sequence;

    private DemoEvents(Instant now) {
        this.now = now;
    }

    static void post(Throughline app, Clock clock, PreviewDirectory directory) {
        DemoEvents demo = new DemoEvents(clock.now());
        demo.growth();
        demo.mobile();
        demo.platform();
        EventsResource endpoint = new EventsResource(app.performance(), new RequestContext() {
            @Override
            public Optional<UserRef> currentUser() {
                return Optional.of(UserRef.of(BOT));
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }

            @Override
            public Clock clock() {
                return clock;
            }
        });
        for (int start = 0; start < demo.events.size(); start += 200) {
            endpoint.accept(new ArrayList<>(demo.events.subList(start, Math.min(demo.events.size(), start + 200))));
        }
    }

    private void growth() {
        for (int day = 88, n = 0; day >= 2; day -= 2, n++) {
            // The onboarding work was started days ago; before that, deployments name the initiatives themselves.
            String item = n % 4 == 3 ? "GROW-2" : day <= 2 ? "GROW-11" : "GROW-1";
            String id = deploy("growth-web", "production", ago(day, 14), List.of(item), false, List.of(),
                    List.of(change(ago(day, 14).minus(Duration.ofHours(6 + n % 20)), item),
                            change(ago(day, 14).minus(Duration.ofHours(30 + n % 9)), item)));
            deploy("growth-web", "staging", ago(day, 11), List.of(item), false, List.of(), List.of());
            if (day == 60) {
                rollback("growth-web", "production", ago(day, 15));
            }
            if (day == 20) {
                incident("INC-101", "production", "growth-web", id, ago(day, 16), Optional.of(ago(day, 18)));
            }
        }
    }

    private void mobile() {
        List<String> items = List.of("MOB-11", "MOB-12", "MOB-13", "MOB-14", "MOB-15", "MOB-16", "MOB-17", "MOB-18",
                "MOB-19");
        // Every eight days until the date loomed, then every six: more releases, and more of them fail.
        for (int day = 88, n = 0; day >= 4; day -= day > 40 ? 8 : day == 40 ? 12 : 6, n++) {
            // The offline work moved to in progress 21 days ago: the releases since ship all of it.
            List<String> shipped = day <= 20 ? items : List.of("MOB-1");
            String id = deploy("mobile-sync", "prod-eu", ago(day, 10), shipped, false, List.of(),
                    List.of(change(ago(day, 10).minus(Duration.ofDays(4 + n % 3)), shipped.get(0))));
            switch (day) {
                case 72 -> {
                    incident("INC-201", "prod-eu", "mobile-sync", id, ago(day, 12), Optional.of(ago(day - 1, 8)));
                    deploy("mobile-sync", "prod-eu", ago(day - 2, 9), List.of("MOB-11"), true, List.of("INC-201"),
                            List.of());
                }
                case 48 -> rollback("mobile-sync", "prod-eu", ago(day, 13));
                case 22 -> incident("INC-202", "prod-eu", "mobile-sync", null, ago(day, 20), Optional.of(ago(day - 2, 2)));
                case 10 -> incident("INC-203", "prod-eu", "mobile-sync", id, ago(day, 12), Optional.empty());
                default -> {
                }
            }
        }
    }

    private void platform() {
        for (int day = 85, n = 0; day >= 5; day -= 5, n++) {
            // Dual-write producers (PLAT-11) moved to in progress 20 days ago, the offset migration (PLAT-12) 12.
            String item = day <= 10 ? "PLAT-12" : day <= 15 ? "PLAT-11" : "PLAT-1";
            deploy("event-bus", "production", ago(day, 9), List.of(item), false, List.of(), List.of());
            if (day == 70 || day == 45 || day == 15) {
                rollback("event-bus", "production", ago(day, 10));
            }
        }
        // A type the app does not use: counted as ignored.
        events.add(event("dev.cdevents.pipelinerun.finished.0.2.0", CI, ago(1, 9), "pipeline-7", Map.of(), null));
    }

    private Instant ago(int days, int hour) {
        return now.minus(Duration.ofDays(days)).minus(Duration.ofHours(24 - hour));
    }

    private String deploy(String service, String environment, Instant at, List<String> issueKeys, boolean unplanned,
                          List<String> fixes, List<Map<String, Object>> changes) {
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("issueKeys", issueKeys);
        if (!changes.isEmpty()) {
            custom.put("changes", changes);
        }
        if (unplanned) {
            custom.put("unplanned", true);
        }
        if (!fixes.isEmpty()) {
            custom.put("fixes", fixes);
        }
        Map<String, Object> event = event("dev.cdevents.service.deployed.0.2.0", CI, at, service,
                Map.of("environment", Map.of("id", environment)), custom);
        events.add(event);
        @SuppressWarnings("unchecked")
        Map<String, Object> context = (Map<String, Object>) event.get("context");
        return (String) context.get("id");
    }

    private void rollback(String service, String environment, Instant at) {
        events.add(event("dev.cdevents.service.rolledback.0.2.0", CI, at, service,
                Map.of("environment", Map.of("id", environment)), null));
    }

    private void incident(String id, String environment, String service, String causedBy, Instant detected,
                          Optional<Instant> resolved) {
        Map<String, Object> custom = causedBy == null ? null : Map.of("causedBy", causedBy);
        events.add(event("dev.cdevents.incident.detected.0.2.0", PAGER, detected, id,
                Map.of("environment", Map.of("id", environment), "service", Map.of("id", service)), custom));
        resolved.ifPresent(at -> events.add(event("dev.cdevents.incident.resolved.0.2.0", PAGER, at, id,
                Map.of("environment", Map.of("id", environment)), null)));
    }

    private static Map<String, Object> change(Instant created, String issue) {
        return Map.of("id", "pr-" + Math.abs(created.hashCode() % 100_000), "createdAt", created.toString(),
                "issueKeys", List.of(issue));
    }

    private Map<String, Object> event(String type, String source, Instant at, String subject, Map<String, Object> content,
                                      Map<String, Object> custom) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("specversion", "0.4.1");
        context.put("id", "demo-" + ++sequence);
        context.put("source", source);
        context.put("type", type);
        context.put("timestamp", at.toString());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("context", context);
        event.put("subject", Map.of("id", subject, "content", content));
        if (custom != null) {
            event.put("customData", custom);
        }
        return event;
    }
}
