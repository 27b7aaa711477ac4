package io.throughline.bench.data;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.performance.DeliveryEvent;
import io.throughline.core.performance.EventKey;
import io.throughline.core.performance.ShippedChange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Figure 6's delivery events: {@code total} events over the 180 days before {@code now}, in batches
 * of {@link #BATCH}, each event drawn from its own seeded dice so any batch can be drawn again (a
 * replay) without the others. The subject's events all come in the first tenth of the stream, so a
 * store holding that tenth already holds all of them and a store read there and at the end differs
 * only in the background: every {@code total / 10 / ATTRIBUTED}-th event is one of the subject's
 * 5,000 deployments (their times spread over the whole span), naming items of its 2,000-item trace
 * on one of four services of its own; the event halfway between two of them is the subject's
 * rollback or incident when its slot says so, background otherwise. Background: at any time of the
 * span, on 1,000 other services, naming 200 other projects' issues.
 */
public record EventStream(int total, Instant now) {

    public static final long SEED = 20261203L;
    public static final int BATCH = 1_000;
    public static final int ATTRIBUTED = 5_000;
    public static final int TRACE_ITEMS = 2_000;
    public static final int WINDOW_DAYS = 90;
    public static final Duration SPAN = Duration.ofDays(180);
    public static final InitiativeKey SUBJECT = InitiativeKey.parse("CHKO-1");
    public static final List<String> SUBJECT_SERVICES = List.of("checkout-api", "checkout-web", "payments", "ledger");
    public static final String SUBJECT_SOURCE = "https://ci.example.com/checkout";
    public static final String BACKGROUND_SOURCE = "https://ci.example.com/platform";
    public static final String PROPORTIONS = "events over the last 180 days, " + ATTRIBUTED + " of them the subject's"
            + " deployments (85% to prod, 15% staging; 1-2 of its " + TRACE_ITEMS + " trace items each, 0-3 changes,"
            + " 5% unplanned) on 4 services of its own, with a rollback after every 20th, an incident after every 25th"
            + " (half naming its cause, one in four never resolved); background on 1,000 other services: deployments 88%"
            + " (prod 70%), rollbacks 4%, incidents opened 4% (80% naming a service, 40% a cause) and resolved 4%";

    public EventStream {
        if (total < ATTRIBUTED * 20 || total % BATCH != 0) {
            throw new IllegalArgumentException("events: a multiple of " + BATCH + ", at least " + ATTRIBUTED * 20);
        }
    }

    public int batches() {
        return total / BATCH;
    }

    /** The events of batch {@code index}, the same every time. */
    public List<DeliveryEvent> batch(int index) {
        List<DeliveryEvent> events = new ArrayList<>(BATCH);
        for (int n = index * BATCH; n < (index + 1) * BATCH; n++) {
            events.add(event(n));
        }
        return events;
    }

    /**
     * {@code count} background events after the stream's own, for the {@code index}th mixed replay
     * batch: new to the store, and none of the subject's.
     */
    public List<DeliveryEvent> extraBackground(int index, int count) {
        List<DeliveryEvent> events = new ArrayList<>(count);
        for (int n = total + index * count; n < total + (index + 1) * count; n++) {
            events.add(background(n, new SplittableRandom(SEED ^ (n * 0x9E3779B97F4A7C15L))));
        }
        return events;
    }

    /** The initiative and its trace items: what attributes a deployment to the subject. */
    public static Set<InitiativeKey> attributed() {
        Set<InitiativeKey> keys = new LinkedHashSet<>();
        keys.add(SUBJECT);
        for (int item = 1; item <= TRACE_ITEMS; item++) {
            keys.add(item(item));
        }
        return keys;
    }

    /** When each trace item first moved to in progress: spread over the span, a few days before its first deployment. */
    public Map<InitiativeKey, Instant> startedAt() {
        Map<InitiativeKey, Instant> started = new HashMap<>();
        for (int item = 1; item <= TRACE_ITEMS; item++) {
            started.put(item(item), subjectTime(item - 1).minus(Duration.ofDays(1 + item % 9)));
        }
        return started;
    }

    private static InitiativeKey item(int number) {
        return new InitiativeKey("CHKO-" + (number + 1));
    }

    /** How many events the subject's slots are apart, in the first tenth of the stream. */
    private int stride() {
        return total / 10 / ATTRIBUTED;
    }

    private Instant start() {
        return now.minus(SPAN);
    }

    /** The time of the subject's deployment in slot {@code slot}: slots spread over the span, up to an hour ago. */
    private Instant subjectTime(int slot) {
        return start().plusMillis(slot * (SPAN.toMillis() - 3_600_000L) / ATTRIBUTED);
    }

    private DeliveryEvent event(int n) {
        SplittableRandom dice = new SplittableRandom(SEED ^ (n * 0x9E3779B97F4A7C15L));
        int stride = stride();
        int slot = n / stride;
        if (slot >= ATTRIBUTED) {
            return background(n, dice);
        }
        if (n % stride == 0) {
            return subjectDeployment(slot, dice);
        }
        if (n % stride == stride / 2) {
            if (slot % 20 == 0) {
                return DeliveryEvent.rollback(new EventKey(SUBJECT_SOURCE, "chk-rb-" + slot),
                        subjectTime(slot).plus(Duration.ofMinutes(20)), subjectService(slot), "prod");
            }
            if (slot % 25 == 3) {
                return DeliveryEvent.incidentOpened(new EventKey(SUBJECT_SOURCE, "chk-io-" + slot),
                        subjectTime(slot).plus(Duration.ofMinutes(40)), "CHK-INC-" + slot, "prod",
                        Optional.of(subjectService(slot)),
                        slot % 50 == 3 ? Optional.of("chk-" + slot) : Optional.empty());
            }
            if (slot % 25 == 4 && slot % 100 != 54) {
                return DeliveryEvent.incidentResolved(new EventKey(SUBJECT_SOURCE, "chk-ir-" + slot),
                        subjectTime(slot - 1).plus(Duration.ofMinutes(40 + 30 + dice.nextInt(600))),
                        "CHK-INC-" + (slot - 1), Optional.of("prod"));
            }
        }
        return background(n, dice);
    }

    /** The service of the subject's deployment in {@code slot}: fixed by the slot, so rollbacks and incidents can follow it. */
    private static String subjectService(int slot) {
        return SUBJECT_SERVICES.get(slot % SUBJECT_SERVICES.size());
    }

    private DeliveryEvent subjectDeployment(int slot, SplittableRandom dice) {
        Instant at = subjectTime(slot);
        Set<InitiativeKey> keys = new LinkedHashSet<>();
        keys.add(item(slot % TRACE_ITEMS + 1));
        if (dice.nextInt(100) < 30) {
            keys.add(item(dice.nextInt(TRACE_ITEMS) + 1));
        }
        List<InitiativeKey> named = List.copyOf(keys);
        List<ShippedChange> changes = new ArrayList<>();
        int count = dice.nextInt(4);
        for (int c = 0; c < count; c++) {
            changes.add(new ShippedChange("chk-c-" + slot + "-" + c,
                    at.minus(Duration.ofMinutes(60 + dice.nextInt(14 * 24 * 60))), Set.of(named.get(c % named.size()))));
        }
        boolean unplanned = dice.nextInt(100) < 5;
        Set<String> fixes = slot % 25 == 6 ? Set.of("CHK-INC-" + (slot - 3)) : Set.of();
        return DeliveryEvent.deployment(new EventKey(SUBJECT_SOURCE, "chk-" + slot), at, subjectService(slot),
                dice.nextInt(100) < 85 ? "prod" : "staging", keys, changes, unplanned, fixes);
    }

    private DeliveryEvent background(int n, SplittableRandom dice) {
        Instant at = start().plusMillis(dice.nextLong(SPAN.toMillis() - 3_600_000L));
        String service = "svc-" + dice.nextInt(1_000);
        String environment = dice.nextInt(100) < 70 ? "prod" : "staging";
        EventKey key = new EventKey(BACKGROUND_SOURCE, "e" + n);
        int roll = dice.nextInt(100);
        if (roll < 4) {
            return DeliveryEvent.rollback(key, at, service, environment);
        }
        if (roll < 8) {
            return DeliveryEvent.incidentOpened(key, at, "INC-" + n, environment,
                    dice.nextInt(100) < 80 ? Optional.of(service) : Optional.empty(),
                    dice.nextInt(100) < 40 ? Optional.of("e" + Math.max(0, n - 1 - dice.nextInt(5_000))) : Optional.empty());
        }
        if (roll < 12) {
            return DeliveryEvent.incidentResolved(key, at, "INC-" + Math.max(0, n - 1 - dice.nextInt(2_000)),
                    Optional.of(environment));
        }
        Set<InitiativeKey> keys = new LinkedHashSet<>();
        int count = 1 + dice.nextInt(2);
        for (int k = 0; k < count; k++) {
            keys.add(new InitiativeKey("P" + dice.nextInt(200) + "-" + (1 + dice.nextInt(5_000))));
        }
        List<InitiativeKey> named = List.copyOf(keys);
        List<ShippedChange> changes = new ArrayList<>();
        int changeCount = dice.nextInt(3);
        for (int c = 0; c < changeCount; c++) {
            changes.add(new ShippedChange("c" + n + "-" + c, at.minus(Duration.ofMinutes(30 + dice.nextInt(20_000))),
                    Set.of(named.get(c % named.size()))));
        }
        return DeliveryEvent.deployment(key, at, service, environment, keys, changes, dice.nextInt(100) < 5, Set.of());
    }
}
