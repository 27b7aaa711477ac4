package io.throughline.confluence.web.initiative;

import io.throughline.confluence.web.ParameterProblem;
import io.throughline.confluence.web.Parsed;
import io.throughline.core.common.Message;
import io.throughline.core.initiative.InitiativeKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one parameter of {@code throughline-initiative}: the initiative's issue key. */
public record InitiativeParameters(InitiativeKey key) {

    public static final String KEY = "key";

    /** Reads the key, ignoring surrounding blanks and letter case (Jira keys are upper case). */
    public static Parsed<InitiativeParameters> parse(Map<String, String> parameters) {
        String raw = parameters == null ? null : parameters.get(KEY);
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return invalid("throughline.web.macro.parameter.key.missing", text);
        }
        String key = text.toUpperCase(Locale.ROOT);
        if (!InitiativeKey.isValid(key)) {
            return invalid("throughline.web.macro.parameter.key", text);
        }
        return new Parsed.Valid<>(new InitiativeParameters(InitiativeKey.parse(key)));
    }

    private static Parsed<InitiativeParameters> invalid(String messageKey, String value) {
        return new Parsed.Invalid<>(List.of(new ParameterProblem(KEY, Message.of(messageKey, value))));
    }
}
