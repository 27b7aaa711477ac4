package io.throughline.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthReason;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.portfolio.DependencyStatuses;
import io.throughline.core.portfolio.StoredStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DependencyStatuses} must do. */
public abstract class DependencyStatusesContract {

    public static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    public static final Instant T = Instant.parse("2026-11-30T00:05:30.123Z");
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final InitiativeKey IDN_1 = InitiativeKey.parse("IDN-1");
    private static final InitiativeKey DATA_7 = InitiativeKey.parse("DATA-7");

    private DependencyStatuses statuses;

    protected abstract DependencyStatuses newStatuses();

    @BeforeEach
    void createStore() {
        statuses = newStatuses();
    }

    /** Blocked for three reasons: declined, twelve days overdue, and waiting on a blocked IDN-1. */
    public static StoredStatus blocked(long id, String consumer, Instant computedAt) {
        return new StoredStatus(new DependencyId(id), InitiativeKey.parse(consumer), Team.of("Growth"),
                Team.of("Identity"), Optional.of(IDN_1), DependencyState.DECLINED, Health.BLOCKED,
                List.of(HealthReason.of(HealthReason.Code.DECLINED, 0), HealthReason.of(HealthReason.Code.OVERDUE, 12),
                        HealthReason.providerBlocked(IDN_1)),
                true, DAY.minusDays(12), DAY, computedAt);
    }

    /** On track, with nothing optional: no provider issue, no reason, found in time. */
    public static StoredStatus onTrack(long id, String consumer, Instant computedAt) {
        return new StoredStatus(new DependencyId(id), InitiativeKey.parse(consumer), Team.of("Data"), Team.of("Billing"),
                Optional.empty(), DependencyState.REQUESTED, Health.ON_TRACK, List.of(), false, DAY.plusDays(30), DAY,
                computedAt);
    }

    /** At risk, committed for after its need, waiting on {@code provider}. */
    public static StoredStatus atRisk(long id, String consumer, String provider, Instant computedAt) {
        return new StoredStatus(new DependencyId(id), InitiativeKey.parse(consumer), Team.of("Growth"),
                Team.of("Data"), Optional.of(InitiativeKey.parse(provider)), DependencyState.COMMITTED, Health.AT_RISK,
                List.of(HealthReason.of(HealthReason.Code.UNACKNOWLEDGED, 7),
                        HealthReason.of(HealthReason.Code.COMMITTED_AFTER_NEEDED_BY, 3)),
                false, DAY.plusDays(4), DAY.minusDays(1), computedAt);
    }

    private void replace(Set<String> consumers, Instant computedAt, StoredStatus... stored) {
        statuses.replace(consumers.stream().map(InitiativeKey::parse).toList(), List.of(stored), computedAt);
    }

    @Test
    void everyPartOfAStatusComesBackAsStoredToTheMillisecond() {
        StoredStatus full = blocked(3, "GROW-1", T);
        StoredStatus bare = onTrack(4, "DATA-1", T);
        StoredStatus delivered = new StoredStatus(new DependencyId(5), GROW_1, Team.of("Growth"), Team.of("Data"),
                Optional.of(DATA_7), DependencyState.DELIVERED, Health.DONE, List.of(), true, DAY, DAY, T);
        replace(Set.of("GROW-1", "DATA-1"), T, full, bare, delivered, atRisk(6, "GROW-1", "DATA-7", T));

        assertThat(statuses.all()).containsExactly(full, bare, delivered, atRisk(6, "GROW-1", "DATA-7", T));
    }

    @Test
    void statusesAreFoundByConsumerAndByTheProviderIssueTheyWaitOn() {
        replace(Set.of("GROW-1", "GROW-2", "DATA-1"), T, blocked(1, "GROW-1", T), atRisk(2, "GROW-1", "DATA-7", T),
                blocked(3, "GROW-2", T), onTrack(4, "DATA-1", T));

        assertThat(statuses.ofConsumers(List.of(GROW_1, DATA_7))).extracting(s -> s.id().value()).containsExactly(1L, 2L);
        assertThat(statuses.waitingOn(List.of(IDN_1))).extracting(s -> s.id().value()).containsExactly(1L, 3L);
        assertThat(statuses.waitingOn(List.of(DATA_7, GROW_1))).extracting(s -> s.id().value()).containsExactly(2L);
        assertThat(statuses.ofConsumers(List.of())).isEmpty();
        assertThat(statuses.waitingOn(List.of())).isEmpty();
    }

    @Test
    void manyKeysAreLookedUpTogether() {
        List<StoredStatus> many = new ArrayList<>();
        List<InitiativeKey> consumers = new ArrayList<>();
        for (int i = 1; i <= 1_200; i++) {
            many.add(atRisk(i, "GROW-" + i, "DATA-" + i, T));
            consumers.add(InitiativeKey.parse("GROW-" + i));
        }
        statuses.replace(consumers, many, T);
        List<InitiativeKey> providers = new ArrayList<>();
        for (int i = 2; i <= 1_200; i += 2) {
            providers.add(InitiativeKey.parse("DATA-" + i));
        }

        assertThat(statuses.all()).hasSize(1_200);
        assertThat(statuses.ofConsumers(consumers.subList(100, 1_150))).hasSize(1_050);
        assertThat(statuses.waitingOn(providers)).hasSize(600).allSatisfy(s -> assertThat(s.id().value() % 2).isZero());
    }

    @Test
    void judgedOnIsTheNewestDayAnyStatusWasJudgedAs() {
        assertThat(statuses.judgedOn()).isEmpty();

        replace(Set.of("GROW-1"), T, atRisk(1, "GROW-1", "DATA-7", T));
        assertThat(statuses.judgedOn()).contains(DAY.minusDays(1));

        replace(Set.of("DATA-1"), T, onTrack(2, "DATA-1", T));
        assertThat(statuses.judgedOn()).contains(DAY);
    }

    @Test
    void ofTwoStatusesOfOneDependencyTheOneComputedLastIsKept() {
        replace(Set.of("GROW-1"), T.plusSeconds(60), blocked(1, "GROW-1", T.plusSeconds(60)));
        replace(Set.of("GROW-1"), T, atRisk(1, "GROW-1", "DATA-7", T));

        assertThat(statuses.all()).containsExactly(blocked(1, "GROW-1", T.plusSeconds(60)));

        replace(Set.of("GROW-1"), T.plusSeconds(61), atRisk(1, "GROW-1", "DATA-7", T.plusSeconds(61)));
        assertThat(statuses.all()).containsExactly(atRisk(1, "GROW-1", "DATA-7", T.plusSeconds(61)));
    }

    @Test
    void aReplaceDropsTheConsumersOtherStatusesUnlessComputedLaterAndLeavesOtherConsumersAlone() {
        replace(Set.of("GROW-1", "GROW-2"), T, blocked(1, "GROW-1", T), blocked(2, "GROW-1", T),
                blocked(3, "GROW-2", T));
        replace(Set.of("GROW-1"), T.plusSeconds(90), blocked(4, "GROW-1", T.plusSeconds(90)));

        // An older judgement arriving late: its status of 2 is stored (none newer is), 4's newer one stays.
        replace(Set.of("GROW-1"), T.plusSeconds(30), blocked(2, "GROW-1", T.plusSeconds(30)));

        assertThat(statuses.all()).extracting(s -> s.id().value(), StoredStatus::computedAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, T.plusSeconds(30)),
                org.assertj.core.groups.Tuple.tuple(3L, T),
                org.assertj.core.groups.Tuple.tuple(4L, T.plusSeconds(90)));

        replace(Set.of("GROW-1"), T.plusSeconds(120));
        assertThat(statuses.all()).extracting(s -> s.id().value()).containsExactly(3L);
    }

    @Test
    void droppingWhatWasComputedBeforeAMomentKeepsWhatWasComputedFromThenOn() {
        replace(Set.of("GROW-1", "GROW-2"), T, blocked(1, "GROW-1", T), blocked(2, "GROW-2", T));
        replace(Set.of("GROW-2"), T.plusSeconds(10), blocked(2, "GROW-2", T.plusSeconds(10)));
        replace(Set.of("GROW-3"), T.plusSeconds(20), blocked(3, "GROW-3", T.plusSeconds(20)));

        statuses.dropComputedBefore(T.plusSeconds(10));

        assertThat(statuses.all()).extracting(s -> s.id().value()).containsExactly(2L, 3L);
    }

    @Test
    void aRekeyRenamesTheInitiativeAsConsumerProviderIssueAndBlockedProviderAndNothingElse() {
        InitiativeKey moved = InitiativeKey.parse("CORE-9");
        replace(Set.of("GROW-1", "DATA-7", "IDN-1"), T, blocked(1, "GROW-1", T), atRisk(2, "DATA-7", "IDN-1", T),
                onTrack(3, "DATA-7", T));

        statuses.rekey(IDN_1, moved);
        statuses.rekey(IDN_1, moved);

        assertThat(statuses.waitingOn(List.of(IDN_1))).isEmpty();
        StoredStatus renamed = statuses.ofConsumers(List.of(GROW_1)).get(0);
        assertThat(renamed.providerIssue()).contains(moved);
        assertThat(renamed.reasons()).extracting(HealthReason::via)
                .containsExactly(Optional.empty(), Optional.empty(), Optional.of(moved));
        assertThat(renamed).usingRecursiveComparison().ignoringFields("providerIssue", "reasons")
                .isEqualTo(blocked(1, "GROW-1", T));
        assertThat(statuses.waitingOn(List.of(moved))).extracting(s -> s.id().value()).containsExactly(1L, 2L);

        statuses.rekey(DATA_7, InitiativeKey.parse("DATA-70"));
        assertThat(statuses.ofConsumers(List.of(InitiativeKey.parse("DATA-70")))).extracting(s -> s.id().value())
                .containsExactly(2L, 3L);
        assertThat(statuses.ofConsumers(List.of(DATA_7))).isEmpty();
    }
}
