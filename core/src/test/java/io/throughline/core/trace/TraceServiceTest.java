package io.throughline.core.trace;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static io.throughline.core.trace.StatusCategory.DONE;
import static io.throughline.core.trace.StatusCategory.IN_PROGRESS;
import static io.throughline.core.trace.StatusCategory.TO_DO;
import static io.throughline.core.trace.TraceVia.EPIC;
import static io.throughline.core.trace.TraceVia.LINK;
import static io.throughline.core.trace.TraceVia.PARENT_LINK;
import static io.throughline.core.trace.TraceVia.SUBTASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.InMemoryDeliveryWork;
import io.throughline.core.testing.InMemoryInitiatives;
import io.throughline.core.testing.MutableClock;
import io.throughline.core.testing.PermissionTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TraceServiceTest {

    private static final UserRef PM = UserRef.of("pm.growth");
    private static final UserRef STRANGER = UserRef.of("stranger");
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");

    private final InMemoryInitiatives initiatives = new InMemoryInitiatives();
    private final PermissionTable permissions = new PermissionTable().views(PM, "GROW", "IDN", "DATA");
    private final InMemoryDeliveryWork work = new InMemoryDeliveryWork();
    private final MutableClock clock = MutableClock.at(LocalDate.of(2026, 12, 1));

    TraceServiceTest() {
        initiatives.save(initiative("GROW-1").build());
        initiatives.save(initiative("GROW-2").build());
    }

    private TraceService service(int maxItems) {
        return new TraceService(new InitiativeAccess(initiatives, permissions), work, clock, maxItems);
    }

    private Trace trace() {
        return service(TraceService.DEFAULT_MAX_ITEMS).trace(PM, GROW_1);
    }

    @Test
    void anEpicItsStoriesAndTheirSubTasksRollUpByCategoryAndTeam() {
        work.issue("GROW-10", "Epic", "Growth", IN_PROGRESS, null, T)
                .issue("GROW-11", "Story", "Growth", DONE, 3, T.plusSeconds(60))
                .issue("IDN-5", "Story", "Identity", IN_PROGRESS, 5, T.plusSeconds(120))
                .issue("GROW-12", "Sub-task", "Growth", TO_DO, null, T.minusSeconds(60))
                .edge("GROW-1", "GROW-10", LINK).edge("GROW-10", "GROW-11", EPIC).edge("GROW-10", "IDN-5", EPIC)
                .edge("GROW-11", "GROW-12", SUBTASK);

        Trace trace = trace();

        assertThat(trace.items()).extracting(item -> item.key().value(), DeliveryItem::via,
                        item -> item.parent().map(InitiativeKey::value).orElse(null))
                .containsExactly(tuple("GROW-10", LINK, null), tuple("GROW-11", EPIC, "GROW-10"),
                        tuple("IDN-5", EPIC, "GROW-10"), tuple("GROW-12", SUBTASK, "GROW-11"));
        assertThat(trace.progress()).isEqualTo(new Progress(4, 1, 2, 1, Optional.of(25),
                Optional.of(new Progress.Points(BigDecimal.valueOf(8), BigDecimal.valueOf(3)))));
        assertThat(trace.teams()).extracting(team -> team.team().name(), team -> team.progress().items(),
                team -> team.progress().done()).containsExactly(tuple("Growth", 3, 1), tuple("Identity", 1, 0));
        assertThat(trace.lastActivity()).contains(T.plusSeconds(120));
        assertThat(trace.truncated()).isFalse();
        assertThat(trace.asOf()).isEqualTo(clock.now());
    }

    @Test
    void anIssueReachedTwiceCountsOnceWhereTheWalkFirstMetIt() {
        work.issue("GROW-10", "Epic", "Growth", IN_PROGRESS, null, T).issue("GROW-11", "Story", "Growth", DONE, 2, T)
                .edge("GROW-1", "GROW-10", LINK).edge("GROW-1", "GROW-11", LINK).edge("GROW-10", "GROW-11", EPIC);

        assertThat(trace().items()).extracting(item -> item.key().value(), DeliveryItem::via)
                .containsExactly(tuple("GROW-10", LINK), tuple("GROW-11", LINK));
    }

    @Test
    void anEpicDeliveringTwoInitiativesCountsForBoth() {
        work.issue("DATA-7", "Epic", "Data", DONE, 8, T).edge("GROW-1", "DATA-7", LINK).edge("GROW-2", "DATA-7", LINK);

        TraceService traces = service(TraceService.DEFAULT_MAX_ITEMS);

        assertThat(traces.trace(PM, GROW_1).progress().done()).isEqualTo(1);
        assertThat(traces.trace(PM, InitiativeKey.parse("GROW-2")).progress().done()).isEqualTo(1);
    }

    @Test
    void cyclesAndLinksBackToTheInitiativeEndTheWalk() {
        work.issue("GROW-10", "Epic", "Growth", TO_DO, null, T).issue("GROW-11", "Story", "Growth", TO_DO, null, T)
                .issue("GROW-1", "Initiative", "Growth", IN_PROGRESS, null, T)
                .edge("GROW-1", "GROW-10", LINK).edge("GROW-10", "GROW-11", PARENT_LINK)
                .edge("GROW-11", "GROW-10", PARENT_LINK).edge("GROW-11", "GROW-1", PARENT_LINK);

        Trace trace = trace();

        assertThat(trace.items()).extracting(item -> item.key().value()).containsExactly("GROW-10", "GROW-11");
        assertThat(work.searches()).isEqualTo(3);
    }

    @Test
    void aSubTaskOfASubTaskIsLeftOutAsJirasModelHasNone() {
        work.issue("GROW-11", "Story", "Growth", TO_DO, null, T).issue("GROW-12", "Sub-task", "Growth", TO_DO, null, T)
                .issue("GROW-13", "Sub-task", "Growth", TO_DO, null, T)
                .edge("GROW-1", "GROW-11", LINK).edge("GROW-11", "GROW-12", SUBTASK).edge("GROW-12", "GROW-13", SUBTASK);

        assertThat(trace().items()).extracting(item -> item.key().value()).containsExactly("GROW-11", "GROW-12");
    }

    @Test
    void theWalkStopsAtTheCapAndSaysSo() {
        work.issue("GROW-10", "Epic", "Growth", TO_DO, null, T).edge("GROW-1", "GROW-10", LINK);
        for (int i = 11; i < 20; i++) {
            work.issue("GROW-" + i, "Story", "Growth", DONE, 1, T).edge("GROW-10", "GROW-" + i, EPIC);
        }

        Trace capped = service(4).trace(PM, GROW_1);
        Trace exact = service(10).trace(PM, GROW_1);

        assertThat(capped.truncated()).isTrue();
        assertThat(capped.items()).hasSize(4);
        assertThat(capped.progress().items()).isEqualTo(4);
        assertThat(exact.truncated()).isFalse();
        assertThat(exact.items()).hasSize(10);
    }

    @Test
    void withoutAnEstimateFieldThereAreNoPointsAndAnItemWithoutAnEstimateCountsZero() {
        work.issue("GROW-10", "Story", "Growth", DONE, null, T).issue("GROW-11", "Story", "Growth", TO_DO, 5, T)
                .edge("GROW-1", "GROW-10", LINK).edge("GROW-1", "GROW-11", LINK);

        assertThat(trace().progress().points()).contains(new Progress.Points(BigDecimal.valueOf(5), BigDecimal.ZERO));
        work.withoutEstimates();
        assertThat(trace().progress().points()).isEmpty();
    }

    @Test
    void percentDoneIsRoundedDownAndAbsentForAnEmptyTrace() {
        assertThat(trace().progress()).isEqualTo(new Progress(0, 0, 0, 0, Optional.empty(),
                Optional.of(new Progress.Points(BigDecimal.ZERO, BigDecimal.ZERO))));
        assertThat(trace().lastActivity()).isEmpty();
        work.issue("GROW-10", "Story", "Growth", DONE, null, T).issue("GROW-11", "Story", "Growth", TO_DO, null, T)
                .issue("GROW-12", "Story", "Growth", TO_DO, null, T)
                .edge("GROW-1", "GROW-10", LINK).edge("GROW-1", "GROW-11", LINK).edge("GROW-1", "GROW-12", LINK);
        assertThat(trace().progress().percentDone()).contains(33);
    }

    @Test
    void searchesGrowWithTheLevelsNeverWithTheItems() {
        work.issue("GROW-10", "Epic", "Growth", TO_DO, null, T).edge("GROW-1", "GROW-10", LINK);
        for (int i = 100; i < 1099; i++) {
            work.issue("GROW-" + i, "Story", "Growth", TO_DO, 1, T).edge("GROW-10", "GROW-" + i, EPIC)
                    .issue("GROW-" + (i + 5000), "Sub-task", "Growth", DONE, null, T)
                    .edge("GROW-" + i, "GROW-" + (i + 5000), SUBTASK);
        }

        Trace trace = trace();

        assertThat(trace.items()).hasSize(1_999);
        assertThat(trace.truncated()).isFalse();
        assertThat(work.searches()).isEqualTo(4);
    }

    @Test
    void theWalkGoesNoDeeperThanItsLevels() {
        String parent = "GROW-1";
        for (int level = 1; level <= TraceService.MAX_LEVELS + 2; level++) {
            String key = "GROW-" + (100 + level);
            work.issue(key, "Story", "Growth", TO_DO, null, T).edge(parent, key, level == 1 ? LINK : PARENT_LINK);
            parent = key;
        }

        assertThat(trace().items()).hasSize(TraceService.MAX_LEVELS);
        assertThat(work.searches()).isEqualTo(TraceService.MAX_LEVELS);
    }

    @Test
    void anInitiativeTheViewerMayNotSeeHasNoTraceAndNoSearchIsMade() {
        work.issue("GROW-10", "Story", "Growth", DONE, null, T).edge("GROW-1", "GROW-10", LINK);

        assertThatThrownBy(() -> service(10).trace(STRANGER, GROW_1)).isInstanceOf(ThroughlineException.NotFound.class);
        assertThat(work.searches()).isZero();
    }

    @Test
    void itemsTheHostHidesFromTheViewerAreNotInTheirTrace() {
        work.issue("GROW-10", "Epic", "Growth", TO_DO, null, T).issue("SEC-1", "Story", "Security", DONE, null, T)
                .edge("GROW-1", "GROW-10", LINK).edge("GROW-10", "SEC-1", EPIC).hideProject("SEC");

        assertThat(trace().items()).extracting(item -> item.key().value()).containsExactly("GROW-10");
    }
}
