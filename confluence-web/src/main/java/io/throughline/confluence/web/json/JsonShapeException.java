package io.throughline.confluence.web.json;


/** Well-formed JSON that is not the shape the contract promises; the message names the member. */
public final class JsonShapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JsonShapeException(String message) {
        super(message);
    }
}
