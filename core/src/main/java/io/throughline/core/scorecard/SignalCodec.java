package io.throughline.core.scorecard;

import io.throughline.core.common.Message;
import io.throughline.core.signal.Signal;
import io.throughline.core.signal.SignalVerdict;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The signals of a stored line as one line of text, so a store keeps them in one column:
 * {@code SIGNAL key arg arg;SIGNAL key} with each argument tagged by its type ({@code i} int,
 * {@code l} long, {@code d} decimal, {@code t} date, {@code s} text) and every part URL-encoded.
 * Decoding gives back equal verdicts.
 */
public final class SignalCodec {

    private SignalCodec() {
    }

    public static String encode(List<SignalVerdict> verdicts) {
        StringBuilder text = new StringBuilder();
        for (SignalVerdict verdict : verdicts) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(verdict.signal().name()).append(' ').append(part(verdict.reason().key()));
            for (Object arg : verdict.reason().args()) {
                text.append(' ').append(tag(arg)).append(part(String.valueOf(arg)));
            }
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException for text {@link #encode} did not write */
    public static List<SignalVerdict> decode(String text) {
        List<SignalVerdict> verdicts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return verdicts;
        }
        for (String one : text.split(";")) {
            String[] parts = one.split(" ");
            if (parts.length < 2) {
                throw new IllegalArgumentException("a stored signal needs a name and a key: " + one);
            }
            List<Object> args = new ArrayList<>();
            for (int i = 2; i < parts.length; i++) {
                args.add(arg(parts[i]));
            }
            verdicts.add(new SignalVerdict(Signal.valueOf(parts[0]), new Message(unpart(parts[1]), args)));
        }
        return verdicts;
    }

    private static char tag(Object arg) {
        if (arg instanceof Integer) {
            return 'i';
        }
        if (arg instanceof Long) {
            return 'l';
        }
        if (arg instanceof BigDecimal) {
            return 'd';
        }
        if (arg instanceof LocalDate) {
            return 't';
        }
        if (arg instanceof String) {
            return 's';
        }
        throw new IllegalArgumentException("a signal's reason cannot keep an argument of " + arg.getClass());
    }

    private static Object arg(String tagged) {
        if (tagged.isEmpty()) {
            throw new IllegalArgumentException("an empty stored argument");
        }
        String value = unpart(tagged.substring(1));
        return switch (tagged.charAt(0)) {
            case 'i' -> Integer.valueOf(value);
            case 'l' -> Long.valueOf(value);
            case 'd' -> new BigDecimal(value);
            case 't' -> LocalDate.parse(value);
            case 's' -> value;
            default -> throw new IllegalArgumentException("unknown stored argument type: " + tagged.charAt(0));
        };
    }

    private static String part(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String unpart(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
