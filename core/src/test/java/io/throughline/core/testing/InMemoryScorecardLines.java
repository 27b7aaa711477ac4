package io.throughline.core.testing;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.scorecard.ScorecardDays;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.scorecard.ScorecardLines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Scorecard lines in memory, keeping what the port says a store keeps: each initiative's newest line and its week starts. */
public final class InMemoryScorecardLines implements ScorecardLines {

    private final Map<InitiativeKey, TreeMap<LocalDate, ScorecardLine>> lines = new TreeMap<>();
    private int reads;

    @Override
    public synchronized void put(ScorecardLine line) {
        TreeMap<LocalDate, ScorecardLine> days = lines.computeIfAbsent(line.initiative(), k -> new TreeMap<>());
        ScorecardLine stored = days.get(line.day());
        if (stored == null || !stored.computedAt().isAfter(line.computedAt())) {
            days.put(line.day(), line);
        }
        days.headMap(line.day(), false).keySet().removeIf(day -> !ScorecardDays.startsWeek(day));
    }

    @Override
    public synchronized List<ScorecardLine> asOf(LocalDate day) {
        reads++;
        List<ScorecardLine> found = new ArrayList<>();
        for (TreeMap<LocalDate, ScorecardLine> days : lines.values()) {
            Map.Entry<LocalDate, ScorecardLine> newest = days.floorEntry(day);
            if (newest != null) {
                found.add(newest.getValue());
            }
        }
        return found;
    }

    @Override
    public synchronized List<ScorecardLine> weeks(InitiativeKey initiative, LocalDate upTo, int count) {
        List<ScorecardLine> weeks = lines.getOrDefault(initiative, new TreeMap<>()).headMap(upTo, true).values()
                .stream().filter(line -> ScorecardDays.startsWeek(line.day())).toList();
        return weeks.subList(Math.max(0, weeks.size() - count), weeks.size());
    }

    @Override
    public synchronized void remove(InitiativeKey initiative) {
        lines.remove(initiative);
    }

    @Override
    public synchronized void rekey(InitiativeKey from, InitiativeKey to) {
        TreeMap<LocalDate, ScorecardLine> moved = lines.remove(from);
        if (moved != null) {
            TreeMap<LocalDate, ScorecardLine> renamed = new TreeMap<>();
            moved.forEach((day, line) -> renamed.put(day, new ScorecardLine(to, line.team(), line.day(),
                    line.computedAt(), line.stage(), line.stageSince(), line.outcome(), line.delivery(),
                    line.coordination(), line.signals())));
            lines.put(to, renamed);
        }
    }

    /** Every stored line of the initiative, oldest first. */
    public synchronized List<ScorecardLine> all(InitiativeKey initiative) {
        return List.copyOf(lines.getOrDefault(initiative, new TreeMap<>()).values());
    }

    /** How many times the portfolio's lines were read. */
    public synchronized int reads() {
        return reads;
    }
}
