package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /teams/{team}/signals} over HTTP on the seeded demo: Mobile, heads-down on offline mode,
 * answered other teams' requests more slowly in each of the last five weeks (1, 2, 4, 6, then 9 days),
 * so it raises coordination debt from that history; Data, which answered in one week only, does not.
 */
class TeamSignalsHttpTest {

    private static final Pattern REASON = Pattern.compile(
            "The median acknowledgement latency of its requests grew 4 weeks in a row, from (\\S+) to (\\S+) days\\.");
    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    private static JsonNode signals(String team, String user) {
        RunningPreview.Reply reply = preview.get(PreviewServer.REST_PATH + "/teams/" + team + "/signals", user);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The weekly medians in days, oldest first; null for a week in which nobody answered. */
    private static List<BigDecimal> weeks(JsonNode signals) {
        List<BigDecimal> weeks = new ArrayList<>();
        signals.get("weeklyAcknowledgementDays").forEach(week -> weeks.add(week.isNull() ? null : week.decimalValue()));
        return weeks;
    }

    private static List<String> codes(JsonNode signals) {
        List<String> codes = new ArrayList<>();
        signals.get("signals").forEach(signal -> codes.add(signal.get("signal").asText()));
        return codes;
    }

    @Test
    void mobilesAnswersSlowedInEachOfTheLastFiveWeeksSoItRaisesCoordinationDebt() {
        JsonNode mobile = signals("Mobile", "ops.lead");

        assertThat(mobile.get("team").asText()).isEqualTo("Mobile");
        assertThat(codes(mobile)).containsExactly("COORDINATION_DEBT");
        List<BigDecimal> weeks = weeks(mobile);
        assertThat(weeks).hasSize(5).doesNotContainNull();
        for (int i = 1; i < weeks.size(); i++) {
            assertThat(weeks.get(i)).as("week %d of %s", i, weeks).isGreaterThan(weeks.get(i - 1));
        }
        // Whole days from request to answer; within an hour, for a daylight-saving change in between.
        double[] expected = {1, 2, 4, 6, 9};
        for (int i = 0; i < expected.length; i++) {
            assertThat(weeks.get(i).doubleValue()).as("week %d of %s", i, weeks).isCloseTo(expected[i], within(0.05));
        }
        Matcher reason = REASON.matcher(mobile.at("/signals/0/reason").asText());
        assertThat(reason.matches()).as(mobile.at("/signals/0/reason").asText()).isTrue();
        assertThat(new BigDecimal(reason.group(1))).isEqualByComparingTo(weeks.get(0));
        assertThat(new BigDecimal(reason.group(2))).isEqualByComparingTo(weeks.get(4));
        assertThat(mobile.at("/signals/0/name").asText()).isNotBlank();
    }

    @Test
    void dataAnsweredInOneOfTheFiveWeeksOnlyAndRaisesNothing() {
        JsonNode data = signals("Data", "lead.data");

        assertThat(codes(data)).isEmpty();
        List<BigDecimal> weeks = weeks(data);
        assertThat(weeks).hasSize(5);
        assertThat(weeks.stream().filter(week -> week != null).count()).isEqualTo(1);
        assertThat(codes(signals("Platform", "ops.lead"))).isEmpty();
    }

}
