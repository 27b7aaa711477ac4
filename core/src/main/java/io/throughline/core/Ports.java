package io.throughline.core;

import io.throughline.core.assumption.AssumptionRecords;
import io.throughline.core.common.Clock;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.Transactions;
import io.throughline.core.contract.ContractRecords;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.gate.GateParameterSource;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.PermissionCheck;
import io.throughline.core.initiative.StageHistory;
import io.throughline.core.interaction.InteractionRepository;
import io.throughline.core.performance.DeliveryEvents;
import io.throughline.core.performance.EventSources;
import io.throughline.core.portfolio.DependencyStatuses;
import io.throughline.core.scorecard.ScorecardLines;
import io.throughline.core.setting.SettingsRepository;
import io.throughline.core.trace.DeliveryRollUps;
import io.throughline.core.trace.DeliveryWork;
import java.util.Objects;

/**
 * Everything the core needs from its host, in one place for a host that wires by hand (the
 * preview, tests, benchmarks). Use cases never take this record: each takes only the ports it uses.
 */
public record Ports(
        InitiativeRepository initiatives,
        StageHistory stages,
        EvidenceLedger evidence,
        DependencyRepository dependencies,
        PermissionCheck permissions,
        TeamDirectory teams,
        Clock clock,
        Transactions transactions,
        GateParameterSource gateParameters,
        DeliveryWork delivery,
        DeliveryRollUps rollUps,
        ContractRecords contracts,
        AssumptionRecords assumptions,
        InteractionRepository interactions,
        DeliveryEvents events,
        EventSources eventSources,
        SettingsRepository settings,
        ScorecardLines scorecard,
        DependencyStatuses statuses) {

    /** Ports of a host that keeps no dependency statuses (every portfolio view judges the whole graph). */
    public Ports(InitiativeRepository initiatives, StageHistory stages, EvidenceLedger evidence,
                 DependencyRepository dependencies, PermissionCheck permissions, TeamDirectory teams, Clock clock,
                 Transactions transactions, GateParameterSource gateParameters, DeliveryWork delivery,
                 DeliveryRollUps rollUps, ContractRecords contracts, AssumptionRecords assumptions,
                 InteractionRepository interactions, DeliveryEvents events, EventSources eventSources,
                 SettingsRepository settings, ScorecardLines scorecard) {
        this(initiatives, stages, evidence, dependencies, permissions, teams, clock, transactions, gateParameters,
                delivery, rollUps, contracts, assumptions, interactions, events, eventSources, settings, scorecard,
                DependencyStatuses.NONE);
    }

    /** Ports of a host that keeps no scorecard lines (every scorecard is computed as it is read). */
    public Ports(InitiativeRepository initiatives, StageHistory stages, EvidenceLedger evidence,
                 DependencyRepository dependencies, PermissionCheck permissions, TeamDirectory teams, Clock clock,
                 Transactions transactions, GateParameterSource gateParameters, DeliveryWork delivery,
                 DeliveryRollUps rollUps, ContractRecords contracts, AssumptionRecords assumptions,
                 InteractionRepository interactions, DeliveryEvents events, EventSources eventSources,
                 SettingsRepository settings) {
        this(initiatives, stages, evidence, dependencies, permissions, teams, clock, transactions, gateParameters,
                delivery, rollUps, contracts, assumptions, interactions, events, eventSources, settings,
                ScorecardLines.NONE);
    }

    /** Ports of a host that keeps no settings (every one at its default). */
    public Ports(InitiativeRepository initiatives, StageHistory stages, EvidenceLedger evidence,
                 DependencyRepository dependencies, PermissionCheck permissions, TeamDirectory teams, Clock clock,
                 Transactions transactions, GateParameterSource gateParameters, DeliveryWork delivery,
                 DeliveryRollUps rollUps, ContractRecords contracts, AssumptionRecords assumptions,
                 InteractionRepository interactions, DeliveryEvents events, EventSources eventSources) {
        this(initiatives, stages, evidence, dependencies, permissions, teams, clock, transactions, gateParameters,
                delivery, rollUps, contracts, assumptions, interactions, events, eventSources, SettingsRepository.DEFAULTS);
    }

    /** Ports of a host that takes no delivery events (nobody may post; figures count nothing). */
    public Ports(InitiativeRepository initiatives, StageHistory stages, EvidenceLedger evidence,
                 DependencyRepository dependencies, PermissionCheck permissions, TeamDirectory teams, Clock clock,
                 Transactions transactions, GateParameterSource gateParameters, DeliveryWork delivery,
                 DeliveryRollUps rollUps, ContractRecords contracts, AssumptionRecords assumptions,
                 InteractionRepository interactions) {
        this(initiatives, stages, evidence, dependencies, permissions, teams, clock, transactions, gateParameters,
                delivery, rollUps, contracts, assumptions, interactions, DeliveryEvents.NONE, EventSources.NOBODY);
    }

    /** Ports of a host that keeps no team interaction modes (every pair has the default SLA). */
    public Ports(InitiativeRepository initiatives, StageHistory stages, EvidenceLedger evidence,
                 DependencyRepository dependencies, PermissionCheck permissions, TeamDirectory teams, Clock clock,
                 Transactions transactions, GateParameterSource gateParameters, DeliveryWork delivery,
                 DeliveryRollUps rollUps, ContractRecords contracts, AssumptionRecords assumptions) {
        this(initiatives, stages, evidence, dependencies, permissions, teams, clock, transactions, gateParameters,
                delivery, rollUps, contracts, assumptions, InteractionRepository.NONE);
    }

    /** Ports of a host that shows no delivery work (its traces are empty and it keeps no roll-ups). */
    public Ports(InitiativeRepository initiatives, StageHistory stages, EvidenceLedger evidence,
                 DependencyRepository dependencies, PermissionCheck permissions, TeamDirectory teams, Clock clock,
                 Transactions transactions, GateParameterSource gateParameters) {
        this(initiatives, stages, evidence, dependencies, permissions, teams, clock, transactions, gateParameters,
                DeliveryWork.NONE, DeliveryRollUps.NONE, ContractRecords.NONE, AssumptionRecords.NONE,
                InteractionRepository.NONE);
    }

    /** Ports of a host that keeps no contracts (every gate judges initiatives as they are now). */
    public Ports(InitiativeRepository initiatives, StageHistory stages, EvidenceLedger evidence,
                 DependencyRepository dependencies, PermissionCheck permissions, TeamDirectory teams, Clock clock,
                 Transactions transactions, GateParameterSource gateParameters, DeliveryWork delivery,
                 DeliveryRollUps rollUps) {
        this(initiatives, stages, evidence, dependencies, permissions, teams, clock, transactions, gateParameters,
                delivery, rollUps, ContractRecords.NONE, AssumptionRecords.NONE, InteractionRepository.NONE);
    }

    public Ports {
        Objects.requireNonNull(initiatives, "initiatives");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(dependencies, "dependencies");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(teams, "teams");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(gateParameters, "gateParameters");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(rollUps, "rollUps");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(assumptions, "assumptions");
        Objects.requireNonNull(interactions, "interactions");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(eventSources, "eventSources");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(statuses, "statuses");
    }
}
