package io.throughline.core.setup;

import io.throughline.core.common.Message;
import io.throughline.core.initiative.StageMapping;
import java.util.List;

/** The delivery trace's link type exists, with how to link an epic to an initiative. */
final class DeliveryLinkCheck implements SectionCheck {

    static final String ID = "trace";
    private final DeliveryLinkFacts link;

    DeliveryLinkCheck(DeliveryLinkFacts link) {
        this.link = link;
    }

    @Override
    public SetupSection check(SetupSnapshot setup, StageMapping mapping) {
        Finding finding = link.inward()
                .map(inward -> Finding.ok(Message.of("throughline.setup.trace.link.present", link.name(), inward)))
                .orElseGet(() -> Finding.problem(Message.of("throughline.setup.trace.link.missing", link.name()),
                        Message.of("throughline.setup.provision.fix")));
        return new SetupSection(ID, Message.of("throughline.setup.section.trace"), List.of(finding));
    }
}
