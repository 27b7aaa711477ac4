package io.throughline.bench.data;

import io.throughline.bench.data.PortfolioPlan.DependencyPlan;
import io.throughline.bench.data.PortfolioPlan.InitiativePlan;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.trace.DeliveryRollUp;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.dependency.AoDependencies;
import io.throughline.store.evidence.AoEvidenceLedger;
import io.throughline.store.initiative.AoInitiatives;
import io.throughline.store.initiative.AoStageHistory;
import io.throughline.store.standalone.AoDatabase;
import io.throughline.store.trace.AoDeliveryRollUps;
import java.util.Comparator;
import java.util.List;

/** Reads a loaded portfolio back through the repositories and insists it is the plan, record for record. */
final class LoadCheck {

    private LoadCheck() {
    }

    static void verify(AoDatabase database, PortfolioPlan plan) {
        AoAccess ao = database.access();
        List<Initiative> expected = plan.initiatives().stream().map(InitiativePlan::initiative)
                .sorted(Comparator.comparing(Initiative::key)).toList();
        require(new AoInitiatives(ao).findAll().equals(expected), "initiatives");
        List<Dependency> loaded = new AoDependencies(ao).findAll();
        require(loaded.size() == plan.dependencies().size(), "dependency count");
        for (int i = 0; i < loaded.size(); i++) {
            DependencyPlan want = plan.dependencies().get(i);
            require(loaded.get(i).request().equals(want.request()) && loaded.get(i).history().equals(want.changes()),
                    "dependency " + loaded.get(i).id());
        }
        InitiativePlan subject = plan.initiatives().get(0);
        require(new AoEvidenceLedger(ao).entriesFor(subject.initiative().key()).stream()
                .map(EvidenceEntry::content).toList().equals(subject.evidence()), "the subject's evidence");
        require(new AoStageHistory(ao).changesFor(subject.initiative().key()).equals(subject.stages()),
                "the subject's stage history");
        long committed = plan.initiatives().stream()
                .filter(p -> p.stages().stream().anyMatch(c -> c.to().isCommitted())).count();
        require(new AoStageHistory(ao).firstCommitments().size() == committed, "first commitments");
        require(new AoDeliveryRollUps(ao).findAll().equals(plan.rollUps().stream()
                .sorted(Comparator.comparing(DeliveryRollUp::initiative)).toList()), "delivery roll-ups");
    }

    private static void require(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("the loaded portfolio differs from the generated one: " + what);
        }
    }
}
