package io.throughline.confluence.web.json;

import java.math.BigDecimal;

/** A position in a JSON document and the lexical rules of RFC 8259 (strings, numbers, literals). */
final class Cursor {

    private final String text;
    private int at;

    Cursor(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return at >= text.length();
    }

    char peek() {
        return text.charAt(at);
    }

    int position() {
        return at;
    }

    void skipWhitespace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) {
            at++;
        }
    }

    boolean tryConsume(char c) {
        if (!atEnd() && peek() == c) {
            at++;
            return true;
        }
        return false;
    }

    void expect(char c) {
        if (!tryConsume(c)) {
            throw error(atEnd() ? "expected '" + c + "' but the document ended" : "expected '" + c + "'");
        }
    }

    Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("unexpected word; expected " + word);
        }
        at += word.length();
        return value;
    }

    String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw error("unterminated string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                at--;
                throw error("control character in a string");
            }
            if (c == '\\') {
                out.append(escape());
            } else {
                out.append(c);
            }
        }
    }

    private char escape() {
        if (atEnd()) {
            throw error("unterminated escape");
        }
        char c = text.charAt(at++);
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> {
                at--;
                throw error("invalid escape \\" + c);
            }
        };
    }

    private char unicode() {
        if (at + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at + i), 16);
            if (digit < 0) {
                throw error("invalid \\u escape");
            }
            value = value * 16 + digit;
        }
        at += 4;
        return (char) value;
    }

    BigDecimal number() {
        int start = at;
        tryConsume('-');
        if (tryConsume('0')) {
            if (!atEnd() && Character.isDigit(peek())) {
                throw error("leading zero in a number");
            }
        } else {
            digits();
        }
        if (tryConsume('.')) {
            digits();
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            at++;
            if (!tryConsume('+')) {
                tryConsume('-');
            }
            digits();
        }
        try {
            return new BigDecimal(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw new JsonReader.MalformedJson("number out of range", start);
        }
    }

    private void digits() {
        int start = at;
        while (!atEnd() && peek() >= '0' && peek() <= '9') {
            at++;
        }
        if (at == start) {
            throw error("expected a digit");
        }
    }

    JsonReader.MalformedJson error(String problem) {
        return new JsonReader.MalformedJson(problem, at);
    }
}
