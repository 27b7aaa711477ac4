package io.throughline.core;

import io.throughline.core.dependency.DependencyService;
import io.throughline.core.evidence.EvidenceService;
import io.throughline.core.gate.GateService;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.InitiativeService;
import io.throughline.core.portfolio.PortfolioService;

/** The services a host calls, wired once from the host's ports and the app-wide gate defaults. */
public final class Throughline {

    private final PolicyParameters defaults;
    private final InitiativeService initiatives;
    private final EvidenceService evidence;
    private final DependencyService dependencies;
    private final GateService gates;
    private final PortfolioService portfolio;

    public Throughline(Ports ports, PolicyParameters defaults) {
        this.defaults = defaults;
        this.initiatives = new InitiativeService(ports);
        this.evidence = new EvidenceService(ports);
        this.dependencies = new DependencyService(ports);
        this.gates = new GateService(ports);
        this.portfolio = new PortfolioService(ports, defaults.ackSlaDays());
    }

    public PolicyParameters defaults() {
        return defaults;
    }

    public InitiativeService initiatives() {
        return initiatives;
    }

    public EvidenceService evidence() {
        return evidence;
    }

    public DependencyService dependencies() {
        return dependencies;
    }

    public GateService gates() {
        return gates;
    }

    public PortfolioService portfolio() {
        return portfolio;
    }
}
