package io.throughline.confluence.web.initiative;

import io.throughline.confluence.web.json.JsonObject;
import java.util.List;

/** {@code GET /initiatives/{key}/signals} as the card shows it: each raised signal's code, name and reason. */
record SignalsData(List<Raised> raised) {

    record Raised(String code, String name, String reason) {
    }

    SignalsData {
        raised = List.copyOf(raised);
    }

    static SignalsData read(Object json) {
        return new SignalsData(JsonObject.root(json).objects("signals").stream()
                .map(signal -> new Raised(signal.string("signal"), signal.string("name"), signal.string("reason")))
                .toList());
    }
}
