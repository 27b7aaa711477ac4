// Mirrors https://docs.atlassian.com/atlassian-event/3.1.3/apidocs/com/atlassian/event/api/EventPublisher.html — members used by Throughline only.
package com.atlassian.event.api;

/** Publishes events and (un)registers listeners; register/unregister come from EventListenerRegistrar in the real API. */
public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
