package io.throughline.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.initiative.InitiativeKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the items, the roll-up's counts add up, overall and across teams. */
class ProgressProperties {

    @Property(tries = 500)
    void countsAddUpOverallAndAcrossTeams(@ForAll("items") List<DeliveryItem> items, @ForAll boolean estimates) {
        Progress all = RollUp.progress(items, estimates);
        List<TeamProgress> teams = RollUp.byTeam(items, estimates);

        assertThat(all.items()).isEqualTo(items.size()).isEqualTo(all.toDo() + all.inProgress() + all.done());
        assertThat(teams.stream().mapToInt(team -> team.progress().items()).sum()).isEqualTo(all.items());
        assertThat(teams.stream().mapToInt(team -> team.progress().done()).sum()).isEqualTo(all.done());
        all.percentDone().ifPresentOrElse(percent -> assertThat(percent).isBetween(0, 100)
                .isEqualTo(all.done() * 100 / all.items()), () -> assertThat(items).isEmpty());
        assertThat(all.points().isPresent()).isEqualTo(estimates);
        all.points().ifPresent(points -> assertThat(points.done()).isLessThanOrEqualTo(points.total()));
    }

    @Provide
    Arbitrary<List<DeliveryItem>> items() {
        Arbitrary<DeliveryItem> item = Combinators.combine(
                Arbitraries.of(StatusCategory.values()),
                Arbitraries.of("Growth", "Identity", "Data"),
                Arbitraries.integers().between(0, 13).injectNull(0.3))
                .as((category, team, points) -> new DeliveryItem(InitiativeKey.parse("GROW-1"), "x", "Story",
                        new Team(team), "Status", category, Optional.empty(), TraceVia.LINK,
                        Optional.ofNullable(points).map(BigDecimal::valueOf), Optional.empty(), Optional.empty(),
                        Instant.EPOCH));
        return item.list().ofMaxSize(60).map(ArrayList::new);
    }
}
