package io.throughline.jira.web.rest;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.setting.AppSettings;
import io.throughline.core.setting.SettingsService;
import io.throughline.jira.web.json.SettingsJson;
import io.throughline.web.view.ViewText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.Response;

/**
 * {@code GET|PUT /admin/settings} once the host has let an administrator through (Jira's and the
 * preview's admin resources answer alike). A PUT changes the settings it names, with {@code If-Match}
 * only if they are still that version; refusals are thrown for the API's exception mapper: 400 with
 * the setting's name as the field, 409 for a stale or losing writer, nothing stored either way.
 */
public final class SettingsAnswers {

    private SettingsAnswers() {
    }

    public static Response read(SettingsService settings, ViewText text) {
        return answer(settings.current(), text);
    }

    public static Response change(SettingsService settings, Map<String, Object> body, String ifMatch, ViewText text) {
        if (body == null) {
            throw ThroughlineException.InvalidInput.of("", Message.of("throughline.web.error.body.required"));
        }
        Map<String, String> changes = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        body.forEach((name, value) -> {
            if (value == null || value instanceof String) {
                changes.put(name, (String) value);
            } else {
                errors.add(new FieldError(name, Message.of("throughline.web.settings.not-text", name)));
            }
        });
        if (!errors.isEmpty()) {
            throw new ThroughlineException.InvalidInput(errors);
        }
        return answer(settings.change(changes, InteractionAnswers.expectedVersion(ifMatch, "throughline.setting.changed-meanwhile")),
                text);
    }

    private static Response answer(AppSettings settings, ViewText text) {
        return Response.ok(SettingsJson.of(settings, text)).header("ETag", SettingsJson.etag(settings))
                .header("Cache-Control", "no-store").build();
    }
}
