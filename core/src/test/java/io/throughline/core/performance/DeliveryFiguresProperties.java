package io.throughline.core.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.testing.InMemoryDeliveryEvents;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The figures never depend on the order events arrive in, replaying any of them changes nothing, the
 * store's superset read gives what all events give, and every rate stays within [0, 1].
 */
class DeliveryFiguresProperties {

    private static final List<String> SERVICES = List.of("web", "api", "jobs");
    private static final List<String> ENVIRONMENTS = List.of("prod", "prod", "staging");
    private static final List<String> ISSUES = List.of("GROW-1", "GROW-11", "GROW-12", "PAY-9");
    private static final List<String> INCIDENTS = List.of("INC-1", "INC-2", "INC-3");

    /** One event to build: what it is, when (hours from the window's start), which service or incident, and a pick. */
    record Spec(int type, int hour, int service, int environment, int issue, int pick, boolean flag) {
    }

    @Provide
    Arbitrary<List<Spec>> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(-48, 360),
                        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 40),
                        Arbitraries.of(true, false))
                .as(Spec::new).list().ofMaxSize(40);
    }

    @Property
    void figuresDependOnTheEventsNotOnTheirOrderOrOnReplays(@ForAll("histories") List<Spec> specs,
                                                           @ForAll long seed) {
        List<DeliveryEvent> events = build(specs);
        DeliveryPerformance all = compute(events);

        List<DeliveryEvent> arriving = new ArrayList<>(events);
        Random random = new Random(seed);
        for (int i = 0; i < events.size() / 2; i++) {
            arriving.add(events.get(random.nextInt(events.size())));
        }
        Collections.shuffle(arriving, random);
        InMemoryDeliveryEvents store = new InMemoryDeliveryEvents();
        for (int start = 0; start < arriving.size(); start += 7) {
            store.append(arriving.subList(start, Math.min(arriving.size(), start + 7)));
        }
        List<DeliveryEvent> read = store.relevant(Timeline.ATTRIBUTED, Timeline.WINDOW.from(), Timeline.WINDOW.to());

        assertThat(store.size()).isEqualTo(events.size());
        assertThat(compute(read)).isEqualTo(all);
        assertThat(compute(arriving.stream().distinct().toList())).isEqualTo(all);
        for (BigDecimal rate : java.util.Arrays.asList(all.changeFailRate().rate(), all.reworkRate().rate())) {
            if (rate != null) {
                assertThat(rate).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            }
        }
        assertThat(all.changeFailRate().failed()).isLessThanOrEqualTo(all.deployments());
        assertThat(all.changeFailRate().inferred()).isLessThanOrEqualTo(all.changeFailRate().failed());
        assertThat(all.recoveryTime().n() + all.recoveryTime().open()).isEqualTo(all.changeFailRate().failed());
        assertThat(all.weeks().stream().mapToInt(DeliveryPerformance.Week::deployments).sum()).isEqualTo(all.deployments());
    }

    private static DeliveryPerformance compute(List<DeliveryEvent> events) {
        return DeliveryFigures.compute(events, Timeline.ATTRIBUTED,
                java.util.Map.of(io.throughline.core.initiative.InitiativeKey.parse("GROW-11"), Timeline.hour(-30)),
                Timeline.WINDOW, DeliveryFigures.DEFAULT_PRODUCTION);
    }

    private static List<DeliveryEvent> build(List<Spec> specs) {
        List<DeliveryEvent> events = new ArrayList<>();
        List<String> deployments = new ArrayList<>();
        int next = 1;
        for (Spec spec : specs) {
            EventKey key = new EventKey(spec.flag() ? "ci" : "cd", "e" + next++);
            String service = SERVICES.get(spec.service());
            String environment = ENVIRONMENTS.get(spec.environment());
            String incident = INCIDENTS.get(spec.pick() % INCIDENTS.size());
            java.time.Instant at = Timeline.hour(spec.hour());
            switch (spec.type()) {
                case 0, 1 -> {
                    events.add(DeliveryEvent.deployment(key, at, service, environment,
                            Timeline.keys(ISSUES.get(spec.issue())),
                            spec.pick() % 3 == 0 ? List.of(Timeline.change("c" + next, spec.hour() - spec.pick()))
                                    : List.of(),
                            spec.flag() && spec.pick() % 5 == 0, spec.pick() % 7 == 0 ? Set.of(incident) : Set.of()));
                    deployments.add(key.id());
                }
                case 2 -> events.add(DeliveryEvent.rollback(key, at, service, environment));
                case 3, 4 -> events.add(DeliveryEvent.incidentOpened(key, at, incident, environment,
                        spec.flag() ? Optional.of(service) : Optional.empty(),
                        deployments.isEmpty() || spec.pick() % 2 == 0 ? Optional.empty()
                                : Optional.of(deployments.get(spec.pick() % deployments.size()))));
                default -> events.add(DeliveryEvent.incidentResolved(key, at, incident, Optional.of(environment)));
            }
        }
        return events;
    }
}
