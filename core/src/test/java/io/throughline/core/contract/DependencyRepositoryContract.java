package io.throughline.core.contract;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DependencyRepository} must do, compare-and-set included. */
public abstract class DependencyRepositoryContract {

    private static final UserRef LEAD = UserRef.of("lead.identity");
    private static final Instant LATER = Instant.parse("2026-01-07T10:15:30.250Z");

    private DependencyRepository repository;

    /** A fresh, empty repository; implementations may need GROW-1, GROW-2 and IDN-1 to exist. */
    protected abstract DependencyRepository newRepository();

    @BeforeEach
    void createRepository() {
        repository = newRepository();
    }

    @Test
    void createdRequestComesBackRequestedAtVersionZero() {
        Dependency created = repository.create(dependency(1).from("GROW-1").on("Identity").onIssue("IDN-1")
                .describedAs("Auth constraint — SSO <first>").request());

        assertThat(created.state()).isEqualTo(DependencyState.REQUESTED);
        assertThat(created.version()).isZero();
        assertThat(repository.find(created.id())).contains(created);
    }

    @Test
    void anIdNoRowCanHaveFindsNothingRatherThanFailing() {
        repository.create(dependency(1).from("GROW-1").on("Identity").request());

        assertThat(repository.find(new DependencyId(Integer.MAX_VALUE + 1L))).isEmpty();
        assertThat(repository.find(new DependencyId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void findByConsumerKeepsRequestOrderAndFindAllReturnsEverything() {
        Dependency first = repository.create(dependency(1).from("GROW-1").on("Identity").request());
        Dependency other = repository.create(dependency(2).from("GROW-2").on("Data").request());
        Dependency second = repository.create(dependency(3).from("GROW-1").on("Data").request());

        assertThat(repository.findByConsumer(InitiativeKey.parse("GROW-1"))).containsExactly(first, second);
        assertThat(repository.findAll()).containsExactlyInAnyOrder(first, other, second);
    }

    @Test
    void manyConsumersAndIdsAreReadTogetherWithTheirHistories() {
        java.util.List<Dependency> created = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Dependency request = repository.create(dependency(i + 1).from(i % 3 == 0 ? "GROW-1" : i % 3 == 1 ? "GROW-2"
                    : "IDN-1").on("Data").request());
            if (i % 2 == 0) {
                request = request.commit(LEAD, LATER, LocalDate.of(2026, 2, 20));
                repository.recordTransition(request);
                request = request.revise(LEAD, LATER.plusSeconds(60), LocalDate.of(2026, 3, 2), "Data migration first");
                repository.recordTransition(request);
            }
            created.add(request);
        }
        InitiativeKey grow1 = InitiativeKey.parse("GROW-1");
        InitiativeKey idn1 = InitiativeKey.parse("IDN-1");

        assertThat(repository.findByConsumers(java.util.List.of(idn1, grow1, InitiativeKey.parse("NONE-1"))))
                .containsExactlyElementsOf(created.stream().filter(d -> !d.consumer().value().equals("GROW-2")).toList());
        assertThat(repository.findByIds(java.util.List.of(created.get(7).id(), created.get(2).id(),
                new DependencyId(9_999), created.get(2).id())))
                .containsExactly(created.get(2), created.get(7));
        assertThat(repository.findByConsumers(java.util.List.of())).isEmpty();
        assertThat(repository.findByIds(java.util.List.of())).isEmpty();
    }

    @Test
    void transitionsAreStoredWithTheirWhoWhenDateAndReason() {
        Dependency created = repository.create(dependency(1).request());
        Dependency committed = created.commit(LEAD, LATER, LocalDate.of(2026, 2, 20));
        repository.recordTransition(committed);
        Dependency delivered = committed.deliver(LEAD, LATER.plusSeconds(86_400));
        repository.recordTransition(delivered);

        Dependency reloaded = repository.find(created.id()).orElseThrow();
        assertThat(reloaded).isEqualTo(delivered);
        assertThat(reloaded.committedDate()).contains(LocalDate.of(2026, 2, 20));
        assertThat(reloaded.version()).isEqualTo(2);
    }

    @Test
    void declineKeepsItsReason() {
        Dependency created = repository.create(dependency(1).request());
        Dependency declined = created.decline(LEAD, LATER, "No capacity until the auth rewrite ships");

        repository.recordTransition(declined);

        assertThat(repository.find(created.id()).orElseThrow().declineReason())
                .contains("No capacity until the auth rewrite ships");
    }

    @Test
    void negotiationKeepsEveryRoundRevisionAndWithdrawalInEveryRead() {
        Dependency created = repository.create(dependency(1).from("GROW-1").request());
        Dependency declined = created.decline(LEAD, LATER, "Not this quarter");
        repository.recordTransition(declined);
        Dependency reopened = declined.reopen(UserRef.of("pm.growth"), LATER.plusSeconds(60),
                java.util.Optional.of(LocalDate.of(2026, 4, 1)), java.util.Optional.of("Only the token endpoint <now>"));
        repository.recordTransition(reopened);
        Dependency committed = reopened.commit(LEAD, LATER.plusSeconds(120), LocalDate.of(2026, 3, 20));
        repository.recordTransition(committed);
        Dependency revised = committed.revise(LEAD, LATER.plusSeconds(180), LocalDate.of(2026, 3, 27), "Vendor late");
        repository.recordTransition(revised);
        Dependency withdrawn = revised.withdraw(UserRef.of("pm.growth"), LATER.plusSeconds(240), "Bought it instead");
        repository.recordTransition(withdrawn);

        assertThat(repository.find(created.id())).contains(withdrawn);
        assertThat(repository.findByConsumer(InitiativeKey.parse("GROW-1"))).containsExactly(withdrawn);
        assertThat(repository.findAll()).containsExactly(withdrawn);
        Dependency reloaded = repository.find(created.id()).orElseThrow();
        assertThat(reloaded.description()).isEqualTo("Only the token endpoint <now>");
        assertThat(reloaded.neededBy()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(reloaded.slipDays()).contains(7L);
        assertThat(reloaded.declineReason()).contains("Not this quarter");
        assertThat(reloaded.withdrawReason()).contains("Bought it instead");
        assertThat(reloaded.state()).isEqualTo(DependencyState.WITHDRAWN);
    }

    @Test
    void ofTwoRevisionsFromTheSameVersionOnlyOneIsStored() {
        Dependency created = repository.create(dependency(1).request());
        Dependency committed = created.commit(LEAD, LATER, LocalDate.of(2026, 2, 20));
        repository.recordTransition(committed);
        repository.recordTransition(committed.revise(LEAD, LATER.plusSeconds(1), LocalDate.of(2026, 2, 27), "First"));

        assertThatThrownBy(() -> repository.recordTransition(
                committed.withdraw(UserRef.of("pm.growth"), LATER.plusSeconds(2), "Second")))
                .isInstanceOf(ThroughlineException.Conflict.class);
        assertThat(repository.find(created.id()).orElseThrow().revisions()).singleElement()
                .satisfies(revision -> assertThat(revision.reason()).isEqualTo("First"));
    }

    @Test
    void aTransitionFromAStaleVersionIsAConflictAndChangesNothing() {
        Dependency created = repository.create(dependency(1).request());
        repository.recordTransition(created.decline(LEAD, LATER, "Not this quarter"));

        assertThatThrownBy(() -> repository.recordTransition(created.commit(LEAD, LATER, LocalDate.of(2026, 3, 1))))
                .isInstanceOf(ThroughlineException.Conflict.class);
        assertThat(repository.find(created.id()).orElseThrow().state()).isEqualTo(DependencyState.DECLINED);
    }

    @Test
    void dependenciesOfAndOnAMovedInitiativeNameItsNewKey() {
        Dependency of = repository.create(dependency(1).from("GROW-1").on("Identity").request());
        Dependency on = repository.create(dependency(2).from("GROW-2").on("Identity").onIssue("GROW-1").request());
        Dependency other = repository.create(dependency(3).from("IDN-1").on("Data").request());
        repository.recordTransition(of.commit(LEAD, LATER, LocalDate.of(2026, 2, 20)));

        repository.rekey(InitiativeKey.parse("GROW-1"), InitiativeKey.parse("OPS-7"));

        assertThat(repository.findByConsumer(InitiativeKey.parse("OPS-7"))).singleElement()
                .satisfies(d -> assertThat(d.state()).isEqualTo(DependencyState.COMMITTED));
        assertThat(repository.find(on.id()).orElseThrow().providerIssue()).contains(InitiativeKey.parse("OPS-7"));
        assertThat(repository.find(other.id())).contains(other);
        assertThat(repository.findByConsumer(InitiativeKey.parse("GROW-1"))).isEmpty();
    }

    @Test
    void unknownDependencyIsEmptyOrNotFound() {
        assertThat(repository.find(new DependencyId(4711))).isEmpty();
        Dependency ghost = dependency(4711).requested().decline(LEAD, LATER, "n/a");
        assertThatThrownBy(() -> repository.recordTransition(ghost)).isInstanceOf(ThroughlineException.NotFound.class);
    }
}
