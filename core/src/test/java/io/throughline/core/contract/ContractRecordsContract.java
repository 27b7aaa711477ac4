package io.throughline.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ContractRecords} must do: keep commitments and changes exactly, in order, per initiative. */
public abstract class ContractRecordsContract {

    private static final InitiativeKey A = InitiativeKey.parse("GROW-1");
    private static final InitiativeKey B = InitiativeKey.parse("DATA-2");
    private static final Instant T = Instant.parse("2026-05-04T10:15:30.250Z");
    private static final UserRef PM = UserRef.of("pm.growth");
    /** As long as a success metric may be. */
    private static final String LONG_METRIC = "Activation rate: 22% -> 30% " + "x".repeat(420);

    private ContractRecords records;

    protected abstract ContractRecords newRecords();

    @BeforeEach
    void createRecords() {
        records = newRecords();
    }

    @Test
    void aCommitmentComesBackExactly() {
        List<EvidenceId> judged = java.util.stream.LongStream.rangeClosed(1, 300).mapToObj(EvidenceId::new).toList();
        Commitment full = new Commitment(A, T, PM, Optional.of(UserRef.of("owner.one")), Optional.of(LONG_METRIC),
                Optional.of(new EvidenceHorizon(LocalDate.of(2026, 9, 30))), judged);
        Commitment bare = new Commitment(A, T.plusSeconds(60), PM, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());

        records.recordCommitment(full);
        records.recordCommitment(bare);

        assertThat(records.commitmentsFor(A)).containsExactly(full, bare);
        assertThat(records.commitmentsFor(B)).isEmpty();
    }

    @Test
    void changesComeBackInOrderWithIncreasingIds() {
        ContractChange first = records.append(new ContractChange.New(A, T, PM, ContractField.SUCCESS_METRIC,
                Optional.of("Activation rate: 22% -> 30%"), Optional.of(LONG_METRIC)));
        ContractChange second = records.append(new ContractChange.New(A, T.plusSeconds(1), PM, ContractField.OWNER,
                Optional.empty(), Optional.of("owner.two")));
        ContractChange other = records.append(new ContractChange.New(B, T, PM, ContractField.EVIDENCE_HORIZON,
                Optional.of("2026-09-30"), Optional.empty()));

        assertThat(records.changesFor(A)).containsExactly(first, second);
        assertThat(records.changesFor(B)).containsExactly(other);
        assertThat(second.id().value()).isGreaterThan(first.id().value());
        assertThat(first.after()).contains(LONG_METRIC);
    }

    @Test
    void changesSinceAMomentAreEveryInitiativesFromThatMomentOnOldestFirst() {
        ContractChange before = records.append(new ContractChange.New(A, T.minusMillis(1), PM, ContractField.OWNER,
                Optional.empty(), Optional.of("owner.one")));
        ContractChange late = records.append(new ContractChange.New(B, T.plusSeconds(60), PM,
                ContractField.EVIDENCE_HORIZON, Optional.of("2026-09-30"), Optional.of("2026-10-31")));
        ContractChange atTheMoment = records.append(new ContractChange.New(A, T, PM, ContractField.SUCCESS_METRIC,
                Optional.of("Activation rate: 22% -> 30%"), Optional.of("Activation rate: 22% -> 28%")));
        ContractChange sameMoment = records.append(new ContractChange.New(B, T, PM, ContractField.OWNER,
                Optional.of("owner.one"), Optional.of("owner.two")));

        assertThat(records.changesSince(T)).containsExactly(atTheMoment, sameMoment, late);
        assertThat(records.changesSince(T.minusMillis(1))).containsExactly(before, atTheMoment, sameMoment, late);
        assertThat(records.changesSince(T.plusSeconds(61))).isEmpty();
    }

    @Test
    void everythingFollowsItsInitiativeToANewKey() {
        records.recordCommitment(new Commitment(A, T, PM, Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        ContractChange change = records.append(new ContractChange.New(A, T, PM, ContractField.OWNER, Optional.empty(),
                Optional.of("owner.two")));
        InitiativeKey moved = InitiativeKey.parse("CORE-9");

        records.rekey(A, moved);

        assertThat(records.commitmentsFor(A)).isEmpty();
        assertThat(records.changesFor(A)).isEmpty();
        assertThat(records.commitmentsFor(moved)).singleElement().extracting(Commitment::initiative).isEqualTo(moved);
        assertThat(records.changesFor(moved)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(change.id());
            assertThat(c.initiative()).isEqualTo(moved);
        });
    }
}
