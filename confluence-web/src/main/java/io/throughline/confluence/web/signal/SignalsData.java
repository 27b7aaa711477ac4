package io.throughline.confluence.web.signal;

import io.throughline.confluence.web.json.JsonObject;
import java.util.List;

/**
 * {@code GET /initiatives/{key}/signals} or {@code GET /teams/{team}/signals} as a macro shows it:
 * each raised signal's code, name and reason.
 */
public record SignalsData(List<Raised> raised) {

    public record Raised(String code, String name, String reason) {
    }

    public SignalsData {
        raised = List.copyOf(raised);
    }

    public static SignalsData read(Object json) {
        return new SignalsData(JsonObject.root(json).objects("signals").stream()
                .map(signal -> new Raised(signal.string("signal"), signal.string("name"), signal.string("reason")))
                .toList());
    }
}
