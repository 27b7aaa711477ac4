package io.throughline.bench.data;

import io.throughline.bench.data.PortfolioPlan.DependencyPlan;
import io.throughline.bench.data.PortfolioPlan.InitiativePlan;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.DependencyChange;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dependencies between the generated initiatives, with their histories, in fixed proportions. */
final class DependencyGenerator {

    static final String PROPORTIONS = "dependencies: consumer uniform, provider a neighbouring team 70% "
            + "(else any other), on a provider initiative 25%; REQUESTED 22% COMMITTED 40% DECLINED 3% DELIVERED 35%; "
            + "needed-by today-10..+150 days, committed date needed-by-30..+8";

    private final Dice dice;
    private final int teams;
    private final List<InitiativePlan> initiatives;
    private final Map<Integer, List<InitiativeKey>> byTeam = new HashMap<>();

    DependencyGenerator(Dice dice, int teams, List<InitiativePlan> initiatives) {
        this.dice = dice;
        this.teams = teams;
        this.initiatives = initiatives;
        for (InitiativePlan plan : initiatives) {
            byTeam.computeIfAbsent(team(plan.initiative()), t -> new ArrayList<>()).add(plan.initiative().key());
        }
    }

    /**
     * {@code total} dependencies of the first {@code ordinary} initiatives (the subject's all
     * acknowledged), then 0-5 acknowledged ones for each transition candidate beyond them, equal per pair.
     */
    List<DependencyPlan> generate(int total, InitiativePlan subject, int ordinary) {
        List<DependencyPlan> plans = new ArrayList<>(total);
        for (int i = 0; i < PortfolioShape.SUBJECT_DEPENDENCIES; i++) {
            plans.add(acknowledged(subject));
        }
        for (int i = PortfolioShape.SUBJECT_DEPENDENCIES; i < total; i++) {
            plans.add(any(initiatives.get(dice.between(1, ordinary - 1))));
        }
        for (int c = ordinary; c + 1 < initiatives.size(); c += 2) {
            int count = dice.between(0, 5);
            for (int i = 0; i < count; i++) {
                plans.add(acknowledged(initiatives.get(c)));
                plans.add(acknowledged(initiatives.get(c + 1)));
            }
        }
        return plans;
    }

    private DependencyPlan any(InitiativePlan consumer) {
        NewDependency request = request(consumer);
        int state = dice.weighted(22, 40, 3, 35);
        List<DependencyChange> changes = new ArrayList<>(2);
        if (state == 0) {
            return new DependencyPlan(request, changes);
        }
        int requested = dice.offsetOf(request.requestedAt());
        int answered = Math.min(-1, requested + dice.between(0, 9));
        UserRef lead = lead(request.providerTeam());
        if (state == 2) {
            changes.add(DependencyChange.decline(lead, changeAt(request, answered), "No capacity this quarter"));
            return new DependencyPlan(request, changes);
        }
        LocalDate promised = request.neededBy().plusDays(dice.between(-30, 8));
        changes.add(DependencyChange.commit(lead, changeAt(request, answered), promised));
        if (state == 3) {
            int delivered = Math.min(-1, answered + dice.between(0, 40));
            changes.add(DependencyChange.deliver(lead, changeAt(request, delivered).plusSeconds(60)));
        }
        return new DependencyPlan(request, changes);
    }

    /** Committed no later than needed, or delivered: what the commit gate lets through. */
    private DependencyPlan acknowledged(InitiativePlan consumer) {
        NewDependency request = request(consumer);
        int answered = Math.min(-1, dice.offsetOf(request.requestedAt()) + dice.between(0, 4));
        UserRef lead = lead(request.providerTeam());
        List<DependencyChange> changes = new ArrayList<>(2);
        changes.add(DependencyChange.commit(lead, changeAt(request, answered), request.neededBy().minusDays(5)));
        if (dice.chance(0.3)) {
            changes.add(DependencyChange.deliver(lead, changeAt(request, answered).plusSeconds(60)));
        }
        return new DependencyPlan(request, changes);
    }

    private NewDependency request(InitiativePlan consumer) {
        Initiative initiative = consumer.initiative();
        int own = team(initiative);
        int provider = dice.chance(0.7) ? (own + dice.between(1, 5)) % teams : otherThan(own);
        if (provider == own) {
            provider = (own + 1) % teams;
        }
        List<InitiativeKey> offered = byTeam.getOrDefault(provider, List.of());
        Optional<InitiativeKey> issue = !offered.isEmpty() && dice.chance(0.25)
                ? Optional.of(dice.pick(offered)) : Optional.empty();
        int created = dice.offsetOf(consumer.stages().get(0).at());
        int requested = -dice.between(1, Math.max(1, Math.min(120, -created)));
        Team providerTeam = Team.of(PortfolioGenerator.teamName(provider));
        return new NewDependency(initiative.key(), providerTeam, issue,
                "Needs an API change from " + providerTeam.name() + " for " + initiative.key().value(),
                dice.day(dice.between(-10, 150)), initiative.owner().orElse(PortfolioGenerator.owner(own)),
                dice.at(requested, 0));
    }

    private int otherThan(int team) {
        int other = dice.between(0, teams - 2);
        return other >= team ? other + 1 : other;
    }

    /** Eleven in the morning on {@code day}, and never before an hour after the request. */
    private Instant changeAt(NewDependency request, int day) {
        Instant at = dice.at(day, 60);
        Instant earliest = request.requestedAt().plusSeconds(3600);
        return at.isBefore(earliest) ? earliest : at;
    }

    private static int team(Initiative initiative) {
        return Integer.parseInt(initiative.team().name().substring("Team ".length()));
    }

    private static UserRef lead(Team team) {
        return UserRef.of("lead." + team.name().replace(' ', '.').toLowerCase(java.util.Locale.ROOT));
    }
}
