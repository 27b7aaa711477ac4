package io.throughline.core.gate;

import static io.throughline.core.gate.GateFixture.TODAY;
import static io.throughline.core.testing.EvidenceBuilder.evidence;
import static io.throughline.core.testing.EvidenceBuilder.reading;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.assumption.Assumption;
import io.throughline.core.assumption.AssumptionId;
import io.throughline.core.assumption.AssumptionRecords;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.initiative.StageHistory;
import io.throughline.core.testing.DependencyBuilder;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.core.testing.TestWorld;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A gate reads only what its policies use (a validator runs inside the host's transition), and
 * what a policy declares is really all it looks at.
 */
class GateInputsTest {

    private static final PolicyParameters ALL = PolicyParameters.defaults();
    /** The defaults and the policy a transition must turn on. */
    private static final PolicyParameters WITH_ASSUMPTIONS = new PolicyParameters(EnumSet.allOf(PolicyId.class),
            ALL.minEvidenceCount(), ALL.maxEvidenceAgeDays(), ALL.maxHorizonDays(), ALL.ackSlaDays(), 2);

    static Stream<Arguments> gates() {
        return Stream.of(
                Arguments.of(Gate.commit(ALL), EnumSet.of(Policy.Input.LEDGER, Policy.Input.DEPENDENCIES)),
                Arguments.of(Gate.commit(WITH_ASSUMPTIONS),
                        EnumSet.of(Policy.Input.LEDGER, Policy.Input.DEPENDENCIES, Policy.Input.ASSUMPTIONS)),
                Arguments.of(Gate.outcome(ALL), EnumSet.of(Policy.Input.LEDGER)),
                Arguments.of(Gate.invalidation(ALL), EnumSet.of(Policy.Input.LEDGER, Policy.Input.STAGE_HISTORY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gates")
    void theServiceReadsExactlyWhatTheGatesPoliciesDeclare(Gate gate, Set<Policy.Input> expected) {
        TestWorld world = new TestWorld(TODAY, Team.of("GROW"));
        Set<Policy.Input> read = EnumSet.noneOf(Policy.Input.class);
        GateService recording = new GateService(new InitiativeAccess(world.initiatives, world.permissions),
                stagesRecording(world.stages, read), ledgerRecording(world.evidence, read),
                dependenciesRecording(world.dependencies, read), world.clock, GateParameterSource.NONE,
                world.app.contracts(), assumptionsRecording(world.assumptions, read));

        recording.evaluate(gate, InitiativeBuilder.initiative("GROW-1").build());

        assertThat(read).isEqualTo(expected);
    }

    @Test
    void everyPolicyJudgesTheSameWhenWhatItDoesNotDeclareIsLeftOut() {
        Instant shipped = TODAY.minusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<EvidenceEntry> entries = List.of(
                evidence().observedOn(TODAY.minusDays(3)).entry(1),
                evidence().kind(EvidenceKind.DECISION).observedOn(TODAY.minusDays(2)).withoutSource().entry(2),
                reading("31").observedOn(TODAY.minusDays(1)).entry(3));
        List<Dependency> dependencies = List.of(
                DependencyBuilder.dependency(1).on("OPS").requested(),
                DependencyBuilder.dependency(2).on("IDN").declined("No capacity this quarter"));
        List<Policy> policies = new ArrayList<>();
        policies.addAll(Gate.commit(ALL).policies());
        policies.addAll(Gate.outcome(ALL).policies());
        policies.addAll(Gate.invalidation(ALL).policies());
        for (Stage stage : List.of(Stage.BET, Stage.SHIPPED)) {
            var initiative = InitiativeBuilder.initiative("GROW-1").stage(stage).horizon(TODAY.plusDays(20)).build();
            GateContext full = new GateContext(initiative, new Ledger(entries), dependencies, TODAY, Optional.of(shipped));
            for (Policy policy : policies) {
                Set<Policy.Input> used = policy.inputs();
                GateContext reduced = new GateContext(initiative,
                        new Ledger(used.contains(Policy.Input.LEDGER) ? entries : List.of()),
                        used.contains(Policy.Input.DEPENDENCIES) ? dependencies : List.of(), TODAY,
                        used.contains(Policy.Input.STAGE_HISTORY) ? Optional.of(shipped) : Optional.empty());
                assertThat(policy.check(reduced)).as(policy.id() + " at " + stage).isEqualTo(policy.check(full));
            }
        }
    }

    private static AssumptionRecords assumptionsRecording(AssumptionRecords real, Set<Policy.Input> read) {
        return new AssumptionRecords() {
            @Override
            public Assumption list(InitiativeKey initiative, String text, UserRef by, Instant at) {
                return real.list(initiative, text, by, at);
            }

            @Override
            public Assumption resolve(AssumptionId id, int round, Assumption.Resolution resolution) {
                return real.resolve(id, round, resolution);
            }

            @Override
            public Optional<Assumption> find(AssumptionId id) {
                return real.find(id);
            }

            @Override
            public List<Assumption> assumptionsFor(InitiativeKey initiative) {
                read.add(Policy.Input.ASSUMPTIONS);
                return real.assumptionsFor(initiative);
            }

            @Override
            public void rekey(InitiativeKey from, InitiativeKey to) {
                real.rekey(from, to);
            }
        };
    }

    private static StageHistory stagesRecording(StageHistory real, Set<Policy.Input> read) {
        return new StageHistory() {
            @Override
            public void record(StageChange change) {
                real.record(change);
            }

            @Override
            public List<StageChange> changesFor(InitiativeKey initiative) {
                read.add(Policy.Input.STAGE_HISTORY);
                return real.changesFor(initiative);
            }

            @Override
            public void rekey(InitiativeKey from, InitiativeKey to) {
                real.rekey(from, to);
            }

            @Override
            public List<StageChange> changesSince(Instant from) {
                read.add(Policy.Input.STAGE_HISTORY);
                return real.changesSince(from);
            }

            @Override
            public Map<InitiativeKey, Instant> firstCommitments() {
                read.add(Policy.Input.STAGE_HISTORY);
                return real.firstCommitments();
            }
        };
    }

    private static EvidenceLedger ledgerRecording(EvidenceLedger real, Set<Policy.Input> read) {
        return new EvidenceLedger() {
            @Override
            public EvidenceEntry append(NewEvidence evidence) {
                return real.append(evidence);
            }

            @Override
            public List<EvidenceEntry> entriesFor(InitiativeKey initiative) {
                read.add(Policy.Input.LEDGER);
                return real.entriesFor(initiative);
            }

            @Override
            public List<EvidenceEntry> changedSince(Instant from) {
                read.add(Policy.Input.LEDGER);
                return real.changedSince(from);
            }

            @Override
            public Optional<EvidenceEntry> find(io.throughline.core.evidence.EvidenceId id) {
                read.add(Policy.Input.LEDGER);
                return real.find(id);
            }

            @Override
            public EvidenceEntry confirm(io.throughline.core.evidence.EvidenceId id,
                                         io.throughline.core.evidence.Confirmation confirmation) {
                return real.confirm(id, confirmation);
            }

            @Override
            public void rekey(InitiativeKey from, InitiativeKey to) {
                real.rekey(from, to);
            }
        };
    }

    private static DependencyRepository dependenciesRecording(DependencyRepository real, Set<Policy.Input> read) {
        return new DependencyRepository() {
            @Override
            public Dependency create(NewDependency request) {
                return real.create(request);
            }

            @Override
            public Optional<Dependency> find(DependencyId id) {
                read.add(Policy.Input.DEPENDENCIES);
                return real.find(id);
            }

            @Override
            public List<Dependency> findByConsumer(InitiativeKey consumer) {
                read.add(Policy.Input.DEPENDENCIES);
                return real.findByConsumer(consumer);
            }

            @Override
            public List<Dependency> findAll() {
                read.add(Policy.Input.DEPENDENCIES);
                return real.findAll();
            }

            @Override
            public void recordTransition(Dependency after) {
                real.recordTransition(after);
            }

            @Override
            public void rekey(InitiativeKey from, InitiativeKey to) {
                real.rekey(from, to);
            }
        };
    }
}
