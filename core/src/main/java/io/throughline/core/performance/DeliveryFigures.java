package io.throughline.core.performance;

import io.throughline.core.initiative.InitiativeKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The DORA figures as a pure function of the events, the issues that attribute a deployment, the
 * first in-progress moment of each traced item, the window and the production pattern. The events
 * may hold more than is needed (the store reads a superset); only the definitions below pick what
 * counts. See {@code docs/semantics.md}, <em>Delivery performance</em>.
 */
public final class DeliveryFigures {

    /** The version of {@code docs/semantics.md} these definitions are written in. */
    public static final String DEFINITIONS = "semantics-11";

    /** Production by default: {@code prod} or {@code production}, alone or followed by {@code -…} or {@code _…}. */
    public static final Pattern DEFAULT_PRODUCTION = Pattern.compile("(?i)^(prod|production)([-_].*)?$");

    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000L);

    private DeliveryFigures() {
    }

    /**
     * @param events     deployments, rollbacks and incidents, in any order, each once; those at or after
     *                   the window's end are not looked at
     * @param attributed the issues whose naming makes a deployment count (the initiative and its trace)
     * @param startedAt  each traced item's first move to an in-progress status (items that never moved are absent)
     */
    public static DeliveryPerformance compute(Collection<DeliveryEvent> events, Set<InitiativeKey> attributed,
                                              Map<InitiativeKey, Instant> startedAt, Window window,
                                              Pattern productionPattern) {
        return compute(events, (java.util.function.Predicate<InitiativeKey>) attributed::contains, startedAt, window,
                productionPattern);
    }

    /** As above, where {@code attributed} says which issues make a deployment count (a team's: those of its projects). */
    public static DeliveryPerformance compute(Collection<DeliveryEvent> events,
                                              java.util.function.Predicate<InitiativeKey> attributed,
                                              Map<InitiativeKey, Instant> startedAt, Window window,
                                              Pattern productionPattern) {
        // What was known at the window's end: nothing later counts (a later rollback, a later resolution).
        List<DeliveryEvent> timeline = events.stream().filter(event -> event.at().isBefore(window.to()))
                .sorted(DeliveryEvent.TIMELINE).toList();
        Map<String, List<DeliveryEvent>> deploymentsByTarget = new HashMap<>();
        Map<String, List<DeliveryEvent>> rollbacksByTarget = new HashMap<>();
        Map<String, Incident> incidents = new LinkedHashMap<>();
        List<DeliveryEvent> production = new ArrayList<>();
        for (DeliveryEvent event : timeline) {
            switch (event.type()) {
                case DEPLOYMENT -> {
                    if (productionPattern.matcher(event.environment().orElseThrow()).matches()) {
                        production.add(event);
                        deploymentsByTarget.computeIfAbsent(target(event.subject(), event.environment()),
                                t -> new ArrayList<>()).add(event);
                    }
                }
                case ROLLBACK -> rollbacksByTarget.computeIfAbsent(target(event.subject(), event.environment()),
                        t -> new ArrayList<>()).add(event);
                case INCIDENT_OPENED -> incidents.computeIfAbsent(event.subject(), id -> new Incident()).opened(event);
                case INCIDENT_RESOLVED -> incidents.computeIfAbsent(event.subject(), id -> new Incident()).resolved(event);
            }
        }
        List<DeliveryEvent> counted = production.stream()
                .filter(d -> window.contains(d.at()) && d.namedIssues().stream().anyMatch(attributed))
                .toList();
        Causes causes = new Causes(deploymentsByTarget, incidents.values());
        List<Failure> failures = counted.stream()
                .map(d -> failure(d, deploymentsByTarget, rollbacksByTarget, causes))
                .toList();

        List<Long> changeLead = new ArrayList<>();
        for (DeliveryEvent deployment : counted) {
            for (ShippedChange change : deployment.changes()) {
                long millis = Duration.between(change.createdAt(), deployment.at()).toMillis();
                if (millis >= 0) {
                    changeLead.add(millis);
                }
            }
        }
        List<Long> recovered = new ArrayList<>();
        int failed = 0;
        int inferred = 0;
        int open = 0;
        for (Failure failure : failures) {
            if (!failure.failed()) {
                continue;
            }
            failed++;
            inferred += failure.inferredOnly() ? 1 : 0;
            if (failure.recoveryMillis().isPresent()) {
                recovered.add(failure.recoveryMillis().get());
            } else {
                open++;
            }
        }
        int total = counted.size();
        int rework = (int) counted.stream().filter(DeliveryEvent::isRework).count();
        return new DeliveryPerformance(window, total,
                BigDecimal.valueOf(total * 7L).divide(BigDecimal.valueOf(window.days()), 2, RoundingMode.HALF_UP),
                durations(changeLead), durations(issueLead(counted, production, startedAt)),
                new DeliveryPerformance.FailRate(rate(failed, total), failed, total, inferred),
                new DeliveryPerformance.Recovery(durations(recovered).medianHours(), recovered.size(), open),
                new DeliveryPerformance.Rework(rate(rework, total), rework, total),
                List.copyOf(counted.stream().map(DeliveryEvent::subject).collect(java.util.stream.Collectors.toCollection(TreeSet::new))),
                weeks(window, counted, failures), DEFINITIONS);
    }

    private static String target(String service, Optional<String> environment) {
        return service.length() + ":" + service + "@" + environment.orElse("");
    }

    /** For every traced item a counted deployment names: its first production deployment − its first move to in progress. */
    private static List<Long> issueLead(List<DeliveryEvent> counted, List<DeliveryEvent> production,
                                        Map<InitiativeKey, Instant> startedAt) {
        Set<InitiativeKey> items = new TreeSet<>(Comparator.comparing(InitiativeKey::value));
        counted.forEach(d -> d.namedIssues().stream().filter(startedAt::containsKey).forEach(items::add));
        Map<InitiativeKey, Instant> firstDeployed = new HashMap<>();
        for (DeliveryEvent deployment : production) {
            for (InitiativeKey item : deployment.namedIssues()) {
                if (items.contains(item)) {
                    firstDeployed.putIfAbsent(item, deployment.at());
                }
            }
        }
        List<Long> lead = new ArrayList<>();
        for (InitiativeKey item : items) {
            long millis = Duration.between(startedAt.get(item), firstDeployed.get(item)).toMillis();
            if (millis >= 0) {
                lead.add(millis);
            }
        }
        return lead;
    }

    /** Whether and how a counted deployment failed, and how long it took to recover. */
    private record Failure(boolean failed, boolean inferredOnly, Optional<Long> recoveryMillis) {
    }

    /**
     * Which incidents fail which deployment: by the deployment's event id an incident names, or, for
     * an incident naming no cause, the last deployment of its service there at or before its detection.
     */
    private static final class Causes {
        private final Map<String, List<Incident>> named = new HashMap<>();
        private final Map<EventKey, List<Incident>> inferred = new HashMap<>();

        Causes(Map<String, List<DeliveryEvent>> deploymentsByTarget, Collection<Incident> incidents) {
            for (Incident incident : incidents) {
                if (!incident.isOpened()) {
                    continue;
                }
                if (incident.causedBy.isPresent()) {
                    named.computeIfAbsent(incident.causedBy.get(), id -> new ArrayList<>()).add(incident);
                } else if (incident.service.isPresent()) {
                    List<DeliveryEvent> there = deploymentsByTarget.get(target(incident.service.get(), incident.environment));
                    DeliveryEvent last = there == null ? null : lastBefore(there, incident.detected);
                    if (last != null) {
                        inferred.computeIfAbsent(last.key(), key -> new ArrayList<>()).add(incident);
                    }
                }
            }
        }

        /**
         * The first-detected incident failing the deployment, and whether any names it outright (an
         * incident detected before the deployment it names cannot have been caused by it).
         */
        Optional<Incident> first(DeliveryEvent deployment, boolean[] namedOut) {
            List<Incident> naming = named.getOrDefault(deployment.key().id(), List.of()).stream()
                    .filter(incident -> !incident.detected.isBefore(deployment.at())).toList();
            namedOut[0] = !naming.isEmpty();
            return java.util.stream.Stream.concat(naming.stream(),
                            inferred.getOrDefault(deployment.key(), List.of()).stream())
                    .min(Comparator.comparing((Incident incident) -> incident.detected));
        }
    }

    private static Failure failure(DeliveryEvent deployment, Map<String, List<DeliveryEvent>> deploymentsByTarget,
                                   Map<String, List<DeliveryEvent>> rollbacksByTarget, Causes causes) {
        String target = target(deployment.subject(), deployment.environment());
        Optional<Instant> next = next(deploymentsByTarget.get(target), deployment);
        // (a) a rollback of this service there, after it and no later than its next deployment there
        Optional<DeliveryEvent> rollback = rollbacksByTarget.getOrDefault(target, List.of()).stream()
                .filter(r -> r.at().isAfter(deployment.at()) && next.map(n -> !r.at().isAfter(n)).orElse(true))
                .findFirst();
        if (rollback.isPresent()) {
            return new Failure(true, false,
                    Optional.of(Duration.between(deployment.at(), rollback.get().at()).toMillis()));
        }
        // (b) an incident naming it as its cause; (c) one naming its service there, with this its last deployment before
        boolean[] named = new boolean[1];
        Optional<Incident> first = causes.first(deployment, named);
        if (first.isEmpty()) {
            return new Failure(false, false, Optional.empty());
        }
        Incident cause = first.get();
        return new Failure(true, !named[0], cause.resolution().map(r -> Duration.between(cause.detected, r).toMillis()));
    }

    /** When the target's deployment after {@code deployment} happened, found by halving (the list is in timeline order). */
    private static Optional<Instant> next(List<DeliveryEvent> sameTarget, DeliveryEvent deployment) {
        int low = 0;
        int high = sameTarget.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = DeliveryEvent.TIMELINE.compare(sameTarget.get(middle), deployment);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle + 1 < sameTarget.size() ? Optional.of(sameTarget.get(middle + 1).at()) : Optional.empty();
            }
        }
        throw new IllegalStateException("deployment " + deployment.key() + " is not among its target's");
    }

    /** The last of a target's deployments at or before {@code instant}, or null. */
    private static DeliveryEvent lastBefore(List<DeliveryEvent> sameTarget, Instant instant) {
        int low = 0;
        int high = sameTarget.size() - 1;
        DeliveryEvent last = null;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (sameTarget.get(middle).at().isAfter(instant)) {
                high = middle - 1;
            } else {
                last = sameTarget.get(middle);
                low = middle + 1;
            }
        }
        return last;
    }

    private static List<DeliveryPerformance.Week> weeks(Window window, List<DeliveryEvent> counted, List<Failure> failures) {
        int count = (window.days() + 6) / 7;
        int[] deployed = new int[count];
        int[] failed = new int[count];
        for (int i = 0; i < counted.size(); i++) {
            int week = (int) (Duration.between(window.from(), counted.get(i).at()).toDays() / 7);
            deployed[week]++;
            failed[week] += failures.get(i).failed() ? 1 : 0;
        }
        List<DeliveryPerformance.Week> weeks = new ArrayList<>(count);
        for (int week = 0; week < count; week++) {
            weeks.add(new DeliveryPerformance.Week(window.from().plus(Duration.ofDays(7L * week)), deployed[week],
                    failed[week]));
        }
        return weeks;
    }

    /** {@code part ÷ whole} to four decimals, null when {@code whole} is 0. */
    static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /**
     * Median (the mean of the two middle values for an even count) and 85th percentile (nearest rank:
     * the ⌈0.85·n⌉-th smallest) of durations in milliseconds, in hours to two decimals.
     */
    static DeliveryPerformance.Durations durations(List<Long> millis) {
        int n = millis.size();
        if (n == 0) {
            return new DeliveryPerformance.Durations(null, null, 0);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1)).add(BigDecimal.valueOf(sorted.get(n / 2)))
                        .divide(BigDecimal.valueOf(2));
        int rank = (int) Math.ceil(0.85 * n);
        return new DeliveryPerformance.Durations(hours(median), hours(BigDecimal.valueOf(sorted.get(rank - 1))), n);
    }

    private static BigDecimal hours(BigDecimal millis) {
        return millis.divide(MILLIS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    /** An incident from its events: detected when first opened, resolved when first resolved after that. */
    private static final class Incident {
        private Instant detected;
        private Optional<String> causedBy = Optional.empty();
        private Optional<String> service = Optional.empty();
        private Optional<String> environment = Optional.empty();
        private final List<Instant> resolutions = new ArrayList<>();

        /** Called in timeline order: the first opening is the detection; causes and names fill in from any. */
        void opened(DeliveryEvent event) {
            if (detected == null) {
                detected = event.at();
                environment = event.environment();
            }
            if (causedBy.isEmpty()) {
                causedBy = event.causedBy();
            }
            if (service.isEmpty()) {
                service = event.service();
            }
        }

        void resolved(DeliveryEvent event) {
            resolutions.add(event.at());
        }

        boolean isOpened() {
            return detected != null;
        }

        Optional<Instant> resolution() {
            return resolutions.stream().filter(at -> !at.isBefore(detected)).findFirst();
        }
    }
}
