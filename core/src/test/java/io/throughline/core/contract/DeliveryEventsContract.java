package io.throughline.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.performance.DeliveryEvent;
import io.throughline.core.performance.DeliveryEvents;
import io.throughline.core.performance.EventKey;
import io.throughline.core.performance.ShippedChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DeliveryEvents} must do: keep each event once, exactly, and read what figures need. */
public abstract class DeliveryEventsContract {

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-15T00:00:00Z");
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final InitiativeKey GROW_11 = InitiativeKey.parse("GROW-11");

    private DeliveryEvents events;

    protected abstract DeliveryEvents newEvents();

    @BeforeEach
    void createStore() {
        events = newEvents();
    }

    private static Instant hour(int hours) {
        return FROM.plusSeconds(3600L * hours);
    }

    private static EventKey key(String id) {
        return new EventKey("https://ci.example.com/pipelines", id);
    }

    private static DeliveryEvent deploy(String id, int hours, String service, InitiativeKey... issues) {
        return DeliveryEvent.deployment(key(id), hour(hours), service, "prod", Set.of(issues), List.of(), false, Set.of());
    }

    @Test
    void anEventComesBackExactlyAsAppended() {
        DeliveryEvent full = DeliveryEvent.deployment(key("d1"), hour(5).plusMillis(123), "web-app", "production-eu",
                Set.of(GROW_1), List.of(new ShippedChange("pr-42", hour(1), Set.of(GROW_11)),
                        new ShippedChange("abc123", hour(2), Set.of())), true, Set.of("INC-1", "INC-2"));
        DeliveryEvent incident = DeliveryEvent.incidentOpened(key("i1"), hour(6), "INC-3", "production-eu",
                Optional.of("web-app"), Optional.of("d1"));
        DeliveryEvent resolved = DeliveryEvent.incidentResolved(key("r1"), hour(9), "INC-3", Optional.empty());

        assertThat(events.append(List.of(full, incident, resolved))).containsExactly(true, true, true);

        assertThat(events.relevant(Set.of(GROW_11), FROM, TO)).containsExactlyInAnyOrder(full, incident, resolved);
    }

    @Test
    void aReplayIsStoredOnceAndSaidToBeOneAlsoWithinABatch() {
        DeliveryEvent first = deploy("d1", 1, "web", GROW_1);
        DeliveryEvent sameKeyOtherContent = deploy("d1", 7, "api", GROW_1);
        DeliveryEvent otherSource = DeliveryEvent.deployment(new EventKey("https://other.example.com", "d1"), hour(2),
                "web", "prod", Set.of(GROW_1), List.of(), false, Set.of());

        assertThat(events.append(List.of(first, first))).containsExactly(true, false);
        assertThat(events.append(List.of(sameKeyOtherContent, otherSource))).containsExactly(false, true);

        assertThat(events.relevant(Set.of(GROW_1), FROM, TO)).containsExactlyInAnyOrder(first, otherSource);
    }

    @Test
    void readsWhatTheFiguresNeedAndLeavesOutTheRest() {
        DeliveryEvent early = deploy("d0", -48, "web", GROW_11);                 // names the trace, before the window
        DeliveryEvent counted = deploy("d1", 10, "web", GROW_1);
        DeliveryEvent next = deploy("d2", 20, "web", InitiativeKey.parse("PAY-9")); // same service, not attributed
        DeliveryEvent rollback = DeliveryEvent.rollback(key("r1"), hour(21), "web", "prod");
        DeliveryEvent otherService = deploy("d3", 22, "billing", InitiativeKey.parse("PAY-9"));
        DeliveryEvent named = DeliveryEvent.incidentOpened(key("i1"), hour(30), "INC-1", "prod", Optional.empty(),
                Optional.of("d1"));
        DeliveryEvent byService = DeliveryEvent.incidentOpened(key("i2"), hour(31), "INC-2", "prod", Optional.of("web"),
                Optional.empty());
        DeliveryEvent elsewhere = DeliveryEvent.incidentOpened(key("i3"), hour(32), "INC-3", "prod",
                Optional.of("billing"), Optional.empty());
        DeliveryEvent resolved = DeliveryEvent.incidentResolved(key("i4"), hour(40), "INC-1", Optional.of("prod"));
        DeliveryEvent later = deploy("d4", 24 * 15, "web", GROW_1);              // after the window

        events.append(List.of(later, resolved, elsewhere, byService, named, otherService, rollback, next, counted, early));

        assertThat(events.relevant(Set.of(GROW_1, GROW_11), FROM, TO))
                .contains(early, counted, next, rollback, named, byService, resolved)
                .doesNotContain(otherService, elsewhere, later);
        assertThat(events.relevant(Set.of(InitiativeKey.parse("NONE-1")), FROM, TO)).isEmpty();
    }

    @Test
    void aTeamsReadFindsTheWindowsDeploymentsOfItsProjectsAndWhatFailsThem() {
        DeliveryEvent growth = deploy("d1", 10, "web", GROW_11);
        DeliveryEvent both = deploy("d2", 12, "api", InitiativeKey.parse("PAY-9"), InitiativeKey.parse("GROW-40"));
        DeliveryEvent before = deploy("d0", -5, "web", GROW_1);
        DeliveryEvent other = deploy("d3", 14, "billing", InitiativeKey.parse("PAY-9"));
        DeliveryEvent rollback = DeliveryEvent.rollback(key("r1"), hour(11), "web", "prod");
        DeliveryEvent incident = DeliveryEvent.incidentOpened(key("i1"), hour(13), "INC-1", "prod", Optional.empty(),
                Optional.of("d2"));
        events.append(List.of(growth, both, before, other, rollback, incident));

        assertThat(events.relevantToProjects(Set.of("GROW"), FROM, TO))
                .contains(growth, both, rollback, incident).doesNotContain(before, other);
        assertThat(events.relevantToProjects(Set.of("NONE"), FROM, TO)).isEmpty();
        assertThat(events.relevantToProjects(Set.of(), FROM, TO)).isEmpty();
    }

    @Test
    void theEnvironmentsOfTheWindowsDeploymentsAreCountedWhateverTheyName() {
        DeliveryEvent staging = DeliveryEvent.deployment(key("s1"), hour(3), "web", "staging", Set.of(), List.of(),
                false, Set.of());
        DeliveryEvent stagingAgain = DeliveryEvent.deployment(key("s2"), hour(4), "api", "staging", Set.of(GROW_1),
                List.of(), false, Set.of());
        DeliveryEvent live = DeliveryEvent.deployment(key("l1"), hour(5), "web", "Live-EU \u201cwest\u201d", Set.of(),
                List.of(), false, Set.of());
        DeliveryEvent before = DeliveryEvent.deployment(key("b1"), FROM.minusMillis(1), "web", "canary", Set.of(),
                List.of(), false, Set.of());
        DeliveryEvent atTheEnd = DeliveryEvent.deployment(key("e1"), TO, "web", "canary", Set.of(), List.of(), false,
                Set.of());
        DeliveryEvent rollback = DeliveryEvent.rollback(key("r1"), hour(6), "web", "hotfix");
        events.append(List.of(staging, stagingAgain, live, before, atTheEnd, rollback, deploy("d1", 7, "web", GROW_1)));

        assertThat(events.environments(FROM, TO)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "staging", 2L, "Live-EU \u201cwest\u201d", 1L, "prod", 1L));
        assertThat(events.environments(TO, TO.plusSeconds(60))).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("canary", 1L));
        assertThat(events.anyDeployment(FROM, TO)).isTrue();
        assertThat(events.anyDeployment(TO.plusSeconds(1), TO.plusSeconds(60))).isFalse();
        assertThat(events.anyDeployment(hour(6), hour(7))).as("a rollback is no deployment").isFalse();
        assertThat(events.anyDeployment(TO, TO.plusMillis(1))).isTrue();
    }

    @Test
    void anIncidentComesByItsCauseOnlyWhenItAndTheDeploymentItNamesAreInTheWindow() {
        DeliveryEvent early = deploy("d0", -48, "batch", GROW_1);
        DeliveryEvent counted = deploy("d1", 10, "web", GROW_1);
        DeliveryEvent causedByEarly = DeliveryEvent.incidentOpened(key("i1"), hour(5), "INC-1", "prod",
                Optional.empty(), Optional.of("d0"));
        DeliveryEvent openedAfter = DeliveryEvent.incidentOpened(key("i2"), hour(24 * 20), "INC-2", "prod",
                Optional.empty(), Optional.of("d1"));
        DeliveryEvent causedByCounted = DeliveryEvent.incidentOpened(key("i3"), hour(12), "INC-3", "prod",
                Optional.empty(), Optional.of("d1"));
        events.append(List.of(early, counted, causedByEarly, openedAfter, causedByCounted));

        assertThat(events.relevant(Set.of(GROW_1), FROM, TO)).containsExactlyInAnyOrder(early, counted, causedByCounted);
        assertThat(events.relevantToProjects(Set.of("GROW"), FROM, TO)).containsExactlyInAnyOrder(counted, causedByCounted);
    }

    @Test
    void manyIssuesAndManyEventsAreReadInFull() {
        List<DeliveryEvent> batch = new ArrayList<>();
        Set<InitiativeKey> issues = new java.util.HashSet<>();
        for (int i = 1; i <= 1_200; i++) {
            InitiativeKey issue = InitiativeKey.parse("GROW-" + (100 + i));
            issues.add(issue);
            batch.add(deploy("d" + i, i % 300, "svc-" + (i % 7), issue));
        }

        events.append(batch);

        assertThat(events.relevant(issues, FROM, TO)).hasSize(1_200);
    }

    @Test
    void twoWritersRacingWithTheSameEventsStoreEachOnce() throws Exception {
        List<DeliveryEvent> batch = IntStream.rangeClosed(1, 50).mapToObj(i -> deploy("d" + i, i, "web", GROW_1)).toList();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<List<Boolean>>> writers = IntStream.range(0, 2).mapToObj(w -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return events.append(batch);
            }, pool)).toList();
            List<List<Boolean>> answers = writers.stream().map(CompletableFuture::join).toList();

            for (int i = 0; i < batch.size(); i++) {
                int index = i;
                assertThat(answers.stream().filter(answer -> answer.get(index)).count()).as("event %d", i).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(events.relevant(Set.of(GROW_1), FROM, TO)).hasSize(50);
    }
}
