package io.throughline.bench.data;

import io.throughline.bench.data.PortfolioPlan.InitiativePlan;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A synthetic portfolio from a fixed seed. Proportions (printed with the results): one team per 25
 * initiatives up to 200 teams, team sizes skewed; stages BET 30%, COMMITTED 15%, DELIVERING 25%, SHIPPED 12%,
 * VALIDATED 8%, INVALIDATED 3%, ABANDONED 7%; owner on 92%, a measurable metric on 85% (5% malformed),
 * a horizon on 80%; 0-6 evidence entries each; dependencies as {@link DependencyGenerator} draws them.
 * Dates are relative to today, so the health mix is the same whatever day it runs.
 */
public final class PortfolioGenerator {

    public static final String PROPORTIONS = "teams=initiatives/25, at most 200 (skewed sizes); stages BET 30% COMMITTED 15% "
            + "DELIVERING 25% SHIPPED 12% VALIDATED 8% INVALIDATED 3% ABANDONED 7%; owner 92%, metric 85% "
            + "(+5% malformed), horizon 80%; evidence 0-6 per initiative (55% with a source); " + DependencyGenerator.PROPORTIONS + "; " + RollUpGenerator.PROPORTIONS;

    private static final Stage[] STAGES = {Stage.BET, Stage.COMMITTED, Stage.DELIVERING, Stage.SHIPPED,
            Stage.VALIDATED, Stage.INVALIDATED, Stage.ABANDONED};
    private static final int[] STAGE_WEIGHTS = {30, 15, 25, 12, 8, 3, 7};
    private static final List<Stage> PATH = List.of(Stage.BET, Stage.COMMITTED, Stage.DELIVERING, Stage.SHIPPED);

    private final PortfolioShape shape;
    private final Dice dice;
    private final EvidenceGenerator evidence;
    private final int[] perTeam;
    private final RollUpGenerator rollUps;

    private PortfolioGenerator(PortfolioShape shape, LocalDate today, ZoneId zone) {
        this.shape = shape;
        this.dice = new Dice(shape.seed(), today, zone);
        this.evidence = new EvidenceGenerator(dice);
        this.perTeam = new int[shape.teams()];
        this.rollUps = new RollUpGenerator(new Dice(shape.seed() + 1, today, zone));
    }

    public static PortfolioPlan generate(PortfolioShape shape, LocalDate today, ZoneId zone) {
        return new PortfolioGenerator(shape, today, zone).plan();
    }

    private PortfolioPlan plan() {
        List<String> teams = new ArrayList<>();
        for (int t = 0; t < shape.teams(); t++) {
            teams.add(teamName(t));
        }
        List<InitiativePlan> initiatives = new ArrayList<>(shape.initiatives() + 2 * shape.transitionPairs());
        InitiativePlan subject = ready(0, Stage.BET, PortfolioShape.SUBJECT_EVIDENCE);
        initiatives.add(subject);
        for (int i = 1; i < shape.initiatives(); i++) {
            initiatives.add(ordinary(skewedTeam()));
        }
        List<InitiativeKey> toCommit = new ArrayList<>();
        List<InitiativeKey> toDeliver = new ArrayList<>();
        for (int p = 0; p < shape.transitionPairs(); p++) {
            int team = skewedTeam();
            int entries = dice.between(2, 6);
            InitiativePlan bet = ready(team, Stage.BET, entries);
            InitiativePlan committed = ready(team, Stage.COMMITTED, entries);
            initiatives.add(bet);
            initiatives.add(committed);
            toCommit.add(bet.initiative().key());
            toDeliver.add(committed.initiative().key());
        }
        DependencyGenerator dependencies = new DependencyGenerator(dice, shape.teams(), initiatives);
        return new PortfolioPlan(shape, teams, initiatives,
                dependencies.generate(shape.dependencies(), subject, shape.initiatives()),
                subject.initiative().key(), toCommit, toDeliver, rollUps.generate(initiatives));
    }

    /** Team sizes follow a mild power law: low-numbered teams own more initiatives. */
    private int skewedTeam() {
        return (int) (shape.teams() * Math.pow(dice.unit(), 1.4));
    }

    private InitiativePlan ordinary(int team) {
        InitiativeKey key = nextKey(team);
        Stage stage = STAGES[dice.weighted(STAGE_WEIGHTS)];
        int created = -dice.between(60, 420);
        Optional<UserRef> owner = dice.chance(0.92) ? Optional.of(owner(team)) : Optional.empty();
        int metricRoll = dice.weighted(85, 5, 10);
        Optional<String> metric = metricRoll == 0 ? Optional.of(EvidenceGenerator.metric(dice))
                : metricRoll == 1 ? Optional.of("Make onboarding feel better") : Optional.empty();
        Optional<EvidenceHorizon> horizon = dice.chance(0.8)
                ? Optional.of(new EvidenceHorizon(dice.day(dice.between(-90, 170)))) : Optional.empty();
        Initiative initiative = new Initiative(key, "Initiative " + key.value() + " for " + teamName(team),
                Team.of(teamName(team)), stage, owner, metric, horizon);
        return new InitiativePlan(initiative, history(key, stage, created, team),
                evidence.entries(key, owner.orElse(owner(team)), dice.between(0, 6), 150));
    }

    /** An initiative that passes the commit gate: owner, metric, horizon, fresh sourced evidence. */
    private InitiativePlan ready(int team, Stage stage, int entries) {
        InitiativeKey key = nextKey(team);
        UserRef owner = owner(team);
        Initiative initiative = new Initiative(key, "Ready initiative " + key.value(), Team.of(teamName(team)), stage,
                Optional.of(owner), Optional.of(EvidenceGenerator.metric(dice)),
                Optional.of(new EvidenceHorizon(dice.day(dice.between(60, 170)))));
        return new InitiativePlan(initiative, history(key, stage, -dice.between(30, 90), team),
                evidence.fresh(key, owner, entries));
    }

    private List<StageChange> history(InitiativeKey key, Stage stage, int created, int team) {
        List<Stage> path = new ArrayList<>();
        path.add(Stage.BET);
        if (stage == Stage.ABANDONED) {
            path.addAll(PATH.subList(1, dice.between(1, 3)));
            path.add(Stage.ABANDONED);
        } else if (stage == Stage.VALIDATED || stage == Stage.INVALIDATED) {
            path.addAll(PATH.subList(1, PATH.size()));
            path.add(stage);
        } else {
            path.addAll(PATH.subList(1, PATH.indexOf(stage) + 1));
        }
        UserRef by = owner(team);
        List<StageChange> changes = new ArrayList<>(path.size());
        int step = Math.max(1, -created / path.size());
        for (int i = 0; i < path.size(); i++) {
            int day = Math.min(-1, created + i * step);
            changes.add(new StageChange(key, i == 0 ? Optional.empty() : Optional.of(path.get(i - 1)), path.get(i),
                    by, dice.at(day, i)));
        }
        return changes;
    }

    private InitiativeKey nextKey(int team) {
        return new InitiativeKey("T" + team + "-" + ++perTeam[team]);
    }

    static String teamName(int team) {
        return "Team " + team;
    }

    static UserRef owner(int team) {
        return UserRef.of("pm.t" + team);
    }
}
