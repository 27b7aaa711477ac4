package io.throughline.core.setup;

import java.util.Optional;

/** Port: the host's link type that puts work in an initiative's delivery trace, for the setup check. */
public interface DeliveryLinkFacts {

    /** The link type's name, whether or not it exists. */
    String name();

    /** What a delivering issue's end of the link reads ("delivers"), if the link type exists; read fresh on every call. */
    Optional<String> inward();
}
