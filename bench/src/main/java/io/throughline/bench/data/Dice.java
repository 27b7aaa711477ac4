package io.throughline.bench.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

/** The generator's seeded randomness and its calendar: days are offsets from today (negative is past). */
final class Dice {

    private final SplittableRandom random;
    private final LocalDate today;
    private final ZoneId zone;

    Dice(long seed, LocalDate today, ZoneId zone) {
        this.random = new SplittableRandom(seed);
        this.today = today;
        this.zone = zone;
    }

    /** A number from {@code from} to {@code to}, both included. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** An index into {@code weights}, drawn in proportion to them. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights changed while drawing");
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    double unit() {
        return random.nextDouble();
    }

    LocalDate day(int offset) {
        return today.plusDays(offset);
    }

    /** The day of {@code at} as an offset from today. */
    int offsetOf(Instant at) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(today, LocalDate.ofInstant(at, zone));
    }

    /** Ten in the morning plus {@code minutes}, on the day {@code offset} days from today. */
    Instant at(int offset, int minutes) {
        return today.plusDays(offset).atTime(LocalTime.of(10, 0)).plusMinutes(minutes).atZone(zone).toInstant();
    }
}
