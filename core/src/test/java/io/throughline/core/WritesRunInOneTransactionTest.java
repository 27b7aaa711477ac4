package io.throughline.core;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageHistory;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.core.testing.TestWorld;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every use case that writes asks the core's transaction port for one transaction around all of its
 * reads and writes: the stores here refuse any write made outside one, so a use case that forgot
 * would fail.
 */
class WritesRunInOneTransactionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final Set<String> WRITES = Set.of("save", "record", "append", "create", "update", "recordTransition", "rekey");
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");

    private final TestWorld world = new TestWorld(TODAY, Team.of("GROW"), Team.of("IDN"));
    private final List<String> outside = new ArrayList<>();
    private final List<String> writes = new ArrayList<>();
    private Throughline app;
    private UserRef admin;

    @BeforeEach
    void wireStoresThatWatchForTransactions() {
        admin = world.admin("ops.lead");
        Ports watched = new Ports(watch(InitiativeRepository.class, world.initiatives),
                watch(StageHistory.class, world.stages), watch(EvidenceLedger.class, world.evidence),
                watch(DependencyRepository.class, world.dependencies), world.permissions, world.teams, world.clock,
                world.transactions, world.gateParameters);
        app = new Throughline(watched, PolicyParameters.defaults());
        world.initiatives.save(InitiativeBuilder.initiative(GROW_1.value()).team("GROW").build());
    }

    @Test
    void initiativeUseCasesWriteInsideOneTransaction() {
        app.initiatives().save(admin, InitiativeBuilder.initiative("GROW-2").team("GROW").build());
        app.initiatives().recordHostChange(admin, InitiativeBuilder.initiative("GROW-3").team("GROW").build());
        app.initiatives().create(admin, InitiativeBuilder.initiative("GROW-4").team("GROW").build());
        app.initiatives().recordStage(admin, GROW_1, Stage.COMMITTED);
        app.initiatives().recordStage(admin, GROW_1, Stage.COMMITTED, Stage.DELIVERING);
        app.initiatives().recordMove(GROW_1, InitiativeKey.parse("GROW-9"));

        assertThat(writes).contains("InitiativeRepository.create", "InitiativeRepository.update", "StageHistory.record",
                "EvidenceLedger.rekey", "DependencyRepository.rekey");
        assertThat(outside).isEmpty();
        assertThat(world.transactions.opened()).isEqualTo(6);
    }

    @Test
    void evidenceAndDependencyUseCasesWriteInsideOneTransaction() {
        app.evidence().record(admin, GROW_1, new EvidenceForm("RESEARCH", "Survey of admins",
                "https://research.example.com/1", null, TODAY.toString(), null));
        Dependency requested = app.dependencies().request(admin, GROW_1,
                new DependencyForm("IDN", null, "SSO for the new onboarding", TODAY.plusDays(20).toString()));
        app.dependencies().commit(admin, requested.id(), TODAY.plusDays(10).toString());
        app.dependencies().deliver(admin, requested.id());
        // Made straight in the store (unwatched), then declined through the use case.
        Dependency other = world.dependencies.create(dependency(2).from(GROW_1.value()).on("IDN").request());
        app.dependencies().decline(admin, other.id(), "Not this quarter");

        assertThat(writes).contains("EvidenceLedger.append", "DependencyRepository.create",
                "DependencyRepository.recordTransition");
        assertThat(outside).isEmpty();
        assertThat(world.transactions.opened()).isEqualTo(5);
    }

    /** A store that notes each write, and each one made while no transaction is open. */
    private <T> T watch(Class<T> port, T store) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (WRITES.contains(method.getName())) {
                String name = port.getSimpleName() + "." + method.getName();
                writes.add(name);
                if (!world.transactions.open()) {
                    outside.add(name);
                }
            }
            try {
                return method.invoke(store, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
