package io.throughline.core.digest;

import io.throughline.core.common.Clock;
import io.throughline.core.common.FieldError;
import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.contract.ContractRecords;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.PermissionCheck;
import io.throughline.core.initiative.StageHistory;
import io.throughline.core.interaction.InteractionRepository;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.scorecard.ScorecardService;
import io.throughline.core.signal.SignalVerdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * The digest of what changed since a day, as a viewer may see it. Its reads do not grow with the
 * portfolio: every initiative and every dependency once, the window's stage changes, evidence and contract
 * changes once each (the ports' {@code …Since} reads), the scorecard lines of the window's two ends once
 * each, and one bulk permission check for every key the digest may show.
 */
public final class DigestService {

    /** How many days back a digest starts when no day is asked. */
    public static final int DEFAULT_DAYS = 7;
    /** How many days back a digest may start at most. */
    public static final int MAX_DAYS = 366;

    private final InitiativeRepository initiatives;
    private final PermissionCheck permissions;
    private final TeamDirectory directory;
    private final StageHistory stages;
    private final EvidenceLedger evidence;
    private final ContractRecords contracts;
    private final DependencyRepository dependencies;
    private final InteractionRepository interactions;
    private final int ackSlaDays;
    private final ScorecardService scorecard;
    private final Clock clock;

    public DigestService(InitiativeRepository initiatives, PermissionCheck permissions, TeamDirectory directory,
                         StageHistory stages, EvidenceLedger evidence, ContractRecords contracts,
                         DependencyRepository dependencies, InteractionRepository interactions,
                         PolicyParameters defaults, ScorecardService scorecard, Clock clock) {
        this.initiatives = initiatives;
        this.permissions = permissions;
        this.directory = directory;
        this.stages = stages;
        this.evidence = evidence;
        this.contracts = contracts;
        this.dependencies = dependencies;
        this.interactions = interactions;
        this.ackSlaDays = defaults.ackSlaDays();
        this.scorecard = scorecard;
        this.clock = clock;
    }

    /** The zone the digest's days are counted in (the host's). */
    public ZoneId zone() {
        return clock.zone();
    }

    /**
     * What changed from the start of {@code query.since()} (seven days ago by default) until now, for the
     * teams asked (every team the viewer may know about by default): each initiative of those teams the
     * viewer may see, and, when teams are asked, each other initiative the viewer may see for its
     * dependencies on them. Provider issues the viewer may not see are left out of what they read.
     *
     * @throws ThroughlineException.InvalidInput on {@code since} for a day after today or more than
     *     {@value #MAX_DAYS} days before it, on {@code team} for a team the viewer may not know about
     */
    public Digest digest(UserRef viewer, DigestQuery query) {
        Instant now = clock.now();
        LocalDate today = clock.today();
        LocalDate since = query.since().orElse(today.minusDays(DEFAULT_DAYS));
        SortedSet<Team> selected = checked(viewer, query, since, today);
        Instant from = since.atStartOfDay(clock.zone()).toInstant();
        boolean teamAsked = !query.teams().isEmpty();
        List<Initiative> all = initiatives.findAll();
        List<Dependency> recorded = dependencies.findAll();
        Set<InitiativeKey> known = new HashSet<>();
        Set<InitiativeKey> own = new LinkedHashSet<>();
        for (Initiative initiative : all) {
            known.add(initiative.key());
            if (selected.contains(initiative.team())) {
                own.add(initiative.key());
            }
        }
        Set<InitiativeKey> providing = new HashSet<>();
        Set<InitiativeKey> mentioned = new HashSet<>(own);
        for (Dependency dependency : recorded) {
            boolean ofOwn = own.contains(dependency.consumer());
            boolean onTeam = teamAsked && selected.contains(dependency.providerTeam())
                    && known.contains(dependency.consumer());
            if (onTeam && !ofOwn) {
                providing.add(dependency.consumer());
            }
            if (ofOwn || onTeam) {
                dependency.providerIssue().ifPresent(mentioned::add);
            }
        }
        mentioned.addAll(providing);
        Set<InitiativeKey> viewable = permissions.viewable(viewer, mentioned);
        Set<InitiativeKey> shown = new HashSet<>(own);
        shown.retainAll(viewable);
        DigestHistories histories = new DigestHistories(from, now, clock.zone(), ackSlaDays, interactions.table(), all,
                stages.firstCommitments(), recorded, stages.changesSince(from), evidence.changedSince(from),
                contracts.changesSince(from), signals(scorecard.linesAsOf(since.minusDays(1), all, Set.of())),
                signals(scorecard.linesAsOf(today, all, shown)));
        List<InitiativeDigest> listed = new ArrayList<>();
        int quiet = 0;
        for (InitiativeDigest digest : DigestRules.between(histories)) {
            InitiativeKey key = digest.key();
            if (!viewable.contains(key)) {
                continue;
            }
            InitiativeDigest seen;
            if (own.contains(key)) {
                seen = digest;
            } else if (providing.contains(key)) {
                seen = digest.forProviders(selected);
            } else {
                continue;
            }
            if (seen.quiet()) {
                quiet += seen.own() ? 1 : 0;
                continue;
            }
            listed.add(seen.redacted(viewable));
        }
        return Digest.of(since, from, now, selected, teamAsked, listed, quiet);
    }

    /** The teams asked, once {@code since} is known to lie in the last {@value #MAX_DAYS} days; every problem at once. */
    private SortedSet<Team> checked(UserRef viewer, DigestQuery query, LocalDate since, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        if (since.isAfter(today)) {
            errors.add(DigestQuery.SINCE, "throughline.digest.since.future", since.toString(), today.toString());
        } else if (since.isBefore(today.minusDays(MAX_DAYS))) {
            errors.add(DigestQuery.SINCE, "throughline.digest.since.too-early", since.toString(), MAX_DAYS,
                    today.minusDays(MAX_DAYS).toString());
        }
        SortedSet<Team> selected = null;
        try {
            selected = directory.selection(viewer, query.teams(), DigestQuery.TEAM);
        } catch (ThroughlineException.InvalidInput refusal) {
            for (FieldError error : refusal.errors()) {
                errors.add(error.field(), error.message());
            }
        }
        errors.throwIfAny();
        return selected;
    }

    private static Map<InitiativeKey, List<SignalVerdict>> signals(Map<InitiativeKey, ScorecardLine> lines) {
        Map<InitiativeKey, List<SignalVerdict>> signals = new HashMap<>(lines.size() * 2);
        lines.forEach((key, line) -> signals.put(key, line.signals()));
        return signals;
    }
}
