package io.throughline.preview;

import io.throughline.core.common.UserRef;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * A page that only tells a person something went wrong (not found, refused, not allowed): a
 * heading, one message box and the way back to the portfolio, in the preview's frame.
 */
final class MessagePage {

    enum Tone {
        WARNING("aui-message-warning"), ERROR("aui-message-error");

        private final String cssClass;

        Tone(String cssClass) {
            this.cssClass = cssClass;
        }
    }

    private MessagePage() {
    }

    /**
     * The page: {@code headingKey} from the preview's words, {@code messageHtml} already escaped,
     * the box's id for tests and scripts, the viewer shown in the act-as switch.
     */
    static Response response(PreviewHost host, Response.Status status, UserRef viewer, String headingKey, Tone tone,
                             String boxId, String messageHtml, String returnPath) {
        PreviewText text = host.text();
        String body = "<h1>" + text.html(headingKey) + "</h1>"
                + "<div class=\"aui-message " + tone.cssClass + "\" id=\"" + boxId + "\"><p>" + messageHtml + "</p></div>"
                + "<p><a href=\"/\">" + text.html("throughline.preview.not-found.back") + "</a></p>";
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .entity(host.shell().page(text, viewer, text.text(headingKey), returnPath, body)).build();
    }
}
