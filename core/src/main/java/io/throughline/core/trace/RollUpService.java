package io.throughline.core.trace;

import io.throughline.core.common.Clock;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.Transactions;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.PermissionCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * The stored delivery roll-ups: recomputed from the host's work for an initiative, for the
 * initiatives above an issue that changed (the host's issue listener), and for every initiative (the
 * host's scheduled reconcile); read per initiative and over the portfolio, permission-filtered by
 * initiative. A roll-up covers all the work whoever may browse it, so it holds counts and dates only.
 */
public final class RollUpService {

    public static final String TEAMS = "teams";

    private final InitiativeRepository initiatives;
    private final InitiativeAccess access;
    private final PermissionCheck permissions;
    private final TeamDirectory directory;
    private final TraceService trace;
    private final DeliveryWork work;
    private final DeliveryRollUps rollUps;
    private final Clock clock;
    private final Transactions transactions;

    public RollUpService(InitiativeRepository initiatives, PermissionCheck permissions, TeamDirectory directory,
                         TraceService trace, DeliveryWork work, DeliveryRollUps rollUps, Clock clock,
                         Transactions transactions) {
        this.initiatives = initiatives;
        this.access = new InitiativeAccess(initiatives, permissions);
        this.permissions = permissions;
        this.directory = directory;
        this.trace = trace;
        this.work = work;
        this.rollUps = rollUps;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Recomputes and stores the initiative's roll-up; an initiative the app does not know loses any
     * roll-up it had. The host's work is read before the write's transaction opens, so no search
     * runs inside it.
     */
    public Optional<DeliveryRollUp> refresh(InitiativeKey key) {
        Optional<Initiative> initiative = initiatives.find(key);
        if (initiative.isEmpty()) {
            transactions.inOne(() -> {
                rollUps.remove(key);
                return null;
            });
            return Optional.empty();
        }
        DeliveryRollUp rollUp = DeliveryRollUp.of(trace.walk(Audience.AGGREGATE, key), initiative.get().team());
        try {
            store(rollUp);
        } catch (ThroughlineException.Conflict raced) {
            // Another node wrote this roll-up at the same moment: the second try keeps whichever is newer.
            store(rollUp);
        }
        return Optional.of(rollUp);
    }

    private void store(DeliveryRollUp rollUp) {
        transactions.inOne(() -> {
            rollUps.put(rollUp);
            return null;
        });
    }

    /**
     * An issue changed in the host: refreshes the roll-up of every initiative at or above it, walking
     * up at most {@value TraceService#MAX_LEVELS} levels (one host read per level) so that a change
     * deep in a trace reaches its initiative. Returns the initiatives refreshed.
     */
    public List<InitiativeKey> issueChanged(InitiativeKey issue) {
        Set<InitiativeKey> reached = new LinkedHashSet<>(List.of(issue));
        Collection<InitiativeKey> frontier = List.of(issue);
        for (int level = 0; level < TraceService.MAX_LEVELS && !frontier.isEmpty(); level++) {
            Set<InitiativeKey> up = new LinkedHashSet<>(work.above(frontier));
            up.removeAll(reached);
            reached.addAll(up);
            frontier = up;
        }
        List<InitiativeKey> refreshed = new ArrayList<>();
        for (InitiativeKey key : reached) {
            if (initiatives.find(key).isPresent() && refresh(key).isPresent()) {
                refreshed.add(key);
            }
        }
        return List.copyOf(refreshed);
    }

    /** What a reconcile did: roll-ups recomputed, roll-ups of unknown initiatives removed, initiatives that failed. */
    public record Reconciliation(int refreshed, int removed, List<InitiativeKey> failed) {
        public Reconciliation {
            failed = List.copyOf(failed);
        }
    }

    /**
     * Recomputes every initiative's roll-up and removes those of initiatives the app no longer knows:
     * the host's scheduled job, which corrects whatever an issue event missed (a link removed, an
     * event lost while a node was down). An initiative whose work cannot be read is reported and
     * the others go on.
     */
    public Reconciliation reconcile() {
        int refreshed = 0;
        List<InitiativeKey> failed = new ArrayList<>();
        Set<InitiativeKey> known = new HashSet<>();
        for (Initiative initiative : initiatives.findAll()) {
            known.add(initiative.key());
            try {
                refresh(initiative.key());
                refreshed++;
            } catch (RuntimeException e) {
                failed.add(initiative.key());
            }
        }
        int removed = 0;
        for (DeliveryRollUp rollUp : rollUps.findAll()) {
            if (!known.contains(rollUp.initiative())) {
                refresh(rollUp.initiative());
                removed++;
            }
        }
        return new Reconciliation(refreshed, removed, failed);
    }

    /** The stored roll-up of an initiative the viewer may see; empty until one was computed. */
    public Optional<DeliveryRollUp> forInitiative(UserRef viewer, InitiativeKey key) {
        access.toView(viewer, key);
        return rollUps.find(key);
    }

    /** The roll-ups of the initiatives the viewer may see, of the teams asked (all the viewer may know about when none). */
    public record PortfolioDelivery(Instant asOf, SortedSet<Team> teams, List<DeliveryRollUp> initiatives) {
        public PortfolioDelivery {
            initiatives = List.copyOf(initiatives);
        }
    }

    /**
     * The portfolio's roll-ups as the viewer may see them, by initiative key: one read of the stored
     * roll-ups and one bulk permission check, whatever the portfolio's size.
     */
    public PortfolioDelivery portfolio(UserRef viewer, Collection<Team> teams) {
        SortedSet<Team> selected = directory.selection(viewer, teams, TEAMS);
        List<DeliveryRollUp> inTeams = rollUps.findAll().stream().filter(rollUp -> selected.contains(rollUp.team()))
                .toList();
        Set<InitiativeKey> viewable = permissions.viewable(viewer,
                inTeams.stream().map(DeliveryRollUp::initiative).toList());
        return new PortfolioDelivery(clock.now(), selected,
                inTeams.stream().filter(rollUp -> viewable.contains(rollUp.initiative())).toList());
    }
}
