package io.throughline.core.evidence;

import static io.throughline.core.testing.EvidenceBuilder.evidence;
import static io.throughline.core.testing.EvidenceBuilder.reading;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void currentLeavesOutEntriesALaterEntrySupersedes() {
        Ledger ledger = new Ledger(List.of(
                evidence().entry(1),
                evidence().entry(2),
                evidence().supersedes(1).entry(3),
                evidence().supersedes(3).entry(4)));

        assertThat(ids(ledger.current())).containsExactly(2L, 4L);
        assertThat(ids(ledger.all())).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void observedSinceCountsEntriesObservedOnTheDayItself() {
        Ledger ledger = new Ledger(List.of(
                evidence().observedOn(DAY.minusDays(1)).entry(1),
                evidence().observedOn(DAY).entry(2),
                evidence().observedOn(DAY.plusDays(3)).entry(3),
                evidence().observedOn(DAY.plusDays(4)).entry(4),
                evidence().observedOn(DAY.plusDays(5)).supersedes(4).entry(5)));

        assertThat(ids(ledger.observedSince(DAY))).containsExactly(2L, 3L, 5L);
        assertThat(ids(ledger.observedSince(DAY.plusDays(1)))).containsExactly(3L, 5L);
    }

    @Test
    void latestReadingIsTheMostRecentlyObservedCurrentReading() {
        Ledger ledger = new Ledger(List.of(
                reading("20").observedOn(DAY.plusDays(2)).entry(1),
                reading("25").observedOn(DAY.plusDays(9)).entry(2),
                reading("21").observedOn(DAY.plusDays(5)).entry(3),
                evidence().observedOn(DAY.plusDays(20)).entry(4),
                reading("99").observedOn(DAY.plusDays(12)).entry(5),
                evidence().observedOn(DAY.plusDays(13)).supersedes(5).entry(6)));

        assertThat(ledger.latestReading()).map(EvidenceEntry::id).contains(new EvidenceId(2));
    }

    @Test
    void hasNoLatestReadingWithoutReadings() {
        assertThat(new Ledger(List.of(evidence().entry(1))).latestReading()).isEmpty();
    }

    @Test
    void readingByPicksTheBestReadingObservedOnOrBeforeTheDate() {
        Ledger ledger = new Ledger(List.of(
                reading("30").observedOn(DAY.minusDays(10)).entry(1),
                reading("35").observedOn(DAY).entry(2),
                reading("20").observedOn(DAY.minusDays(3)).entry(3),
                reading("50").observedOn(DAY.plusDays(1)).entry(4),
                reading("10").observedOn(DAY.plusDays(2)).entry(5)));

        assertThat(valueOf(ledger.readingBy(DAY, Comparator.naturalOrder()))).isEqualTo("35");
        assertThat(valueOf(ledger.readingBy(DAY, Comparator.reverseOrder()))).isEqualTo("20");
        assertThat(valueOf(ledger.readingBy(DAY.minusDays(1), Comparator.naturalOrder()))).isEqualTo("30");
        assertThat(ledger.readingBy(DAY.minusDays(11), Comparator.naturalOrder())).isEmpty();
    }

    @Test
    void readingByIgnoresSupersededReadingsAndOtherEvidence() {
        Ledger ledger = new Ledger(List.of(
                reading("90").observedOn(DAY.minusDays(5)).entry(1),
                reading("40").observedOn(DAY.minusDays(4)).supersedes(1).entry(2),
                evidence().observedOn(DAY).entry(3)));

        assertThat(valueOf(ledger.readingBy(DAY, Comparator.naturalOrder()))).isEqualTo("40");
    }

    @Test
    void lastObservedIsTheFreshestCurrentEntry() {
        Ledger ledger = new Ledger(List.of(
                evidence().observedOn(DAY).entry(1),
                evidence().observedOn(DAY.plusDays(7)).entry(2),
                evidence().observedOn(DAY.plusDays(2)).supersedes(2).entry(3)));

        assertThat(ledger.lastObserved()).contains(DAY.plusDays(2));
        assertThat(new Ledger(List.of()).lastObserved()).isEmpty();
    }

    private static List<Long> ids(List<EvidenceEntry> entries) {
        return entries.stream().map(e -> e.id().value()).toList();
    }

    private static String valueOf(Optional<EvidenceEntry> reading) {
        return reading.flatMap(EvidenceEntry::observedValue).map(BigDecimal::toPlainString).orElse("none");
    }
}
