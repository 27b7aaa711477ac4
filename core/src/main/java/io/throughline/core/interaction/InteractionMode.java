package io.throughline.core.interaction;

/**
 * How two teams work together when one depends on the other (Team Topologies' interaction modes),
 * each with the acknowledgement SLA a pair gets when the admin names no other.
 */
public enum InteractionMode {
    /** The teams work closely on a shared goal for a while. */
    COLLABORATION(5),
    /** The provider offers something ready to use; requests should be answered quickly. */
    X_AS_A_SERVICE(2),
    /** The provider helps the consumer learn and improve. */
    FACILITATING(5);

    private final int defaultAckSlaDays;

    InteractionMode(int defaultAckSlaDays) {
        this.defaultAckSlaDays = defaultAckSlaDays;
    }

    /** Days a request may wait for an answer before it is at risk, when the pair sets no SLA of its own. */
    public int defaultAckSlaDays() {
        return defaultAckSlaDays;
    }
}
