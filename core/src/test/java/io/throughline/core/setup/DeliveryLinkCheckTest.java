package io.throughline.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Message;
import io.throughline.core.common.Messages;
import io.throughline.core.testing.InMemorySetupFacts;
import io.throughline.core.testing.InMemoryStageMappings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryLinkCheckTest {

    private final Messages english = Messages.english();

    /** The host's link type: present with its inward words, or missing. */
    private record Link(Optional<String> inward) implements DeliveryLinkFacts {
        @Override
        public String name() {
            return "Throughline delivery";
        }
    }

    private SetupSection traceSection(DeliveryLinkFacts link) {
        SetupReport report = new SetupService(new InMemorySetupFacts(), new InMemoryStageMappings(), "Initiative", link)
                .report();
        return report.sections().stream().filter(s -> s.id().equals("trace")).findFirst().orElseThrow();
    }

    @Test
    void aPresentLinkTypeIsFineAndSaysHowToLinkAnEpicWithTheWordsTheHostHas() {
        SetupSection trace = traceSection(new Link(Optional.of("delivers")));

        assertThat(english.format(trace.heading())).isEqualTo("Delivery trace");
        assertThat(trace.problems()).isZero();
        assertThat(trace.findings()).singleElement().extracting(f -> english.format(f.text())).asString()
                .startsWith("The link type Throughline delivery exists.")
                .contains("on the epic, More \u2192 Link \u2192 \u201cdelivers\u201d \u2192 the initiative");
    }

    @Test
    void aMissingLinkTypeIsAProblemFixedByProvisioning() {
        SetupSection trace = traceSection(new Link(Optional.empty()));

        assertThat(trace.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.isProblem()).isTrue();
            assertThat(english.format(finding.text())).isEqualTo(
                    "The link type Throughline delivery does not exist, so no work can be linked to an initiative's delivery trace.");
            assertThat(finding.fix().map(Message::key)).contains("throughline.setup.provision.fix");
        });
    }

    @Test
    void theSectionComesLastAndOnlyWhereTheHostHasDeliveryWork() {
        SetupReport withTrace = new SetupService(new InMemorySetupFacts(), new InMemoryStageMappings(), "Initiative",
                new Link(Optional.of("delivers"))).report();
        SetupReport without = new SetupService(new InMemorySetupFacts(), new InMemoryStageMappings(), "Initiative").report();

        assertThat(withTrace.sections()).extracting(SetupSection::id)
                .containsExactly("issue-type", "fields", "workflows", "stages", "trace");
        assertThat(without.sections()).extracting(SetupSection::id).doesNotContain("trace");
    }
}
