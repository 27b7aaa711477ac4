package io.throughline.web.view;

import java.util.Optional;

/**
 * A person's picture as AUI draws avatars next to names: an extra-small round image, decorative
 * (the name beside it says who it is, so {@code alt} is empty). The host's link is used only when
 * it is a path on the host itself or an absolute http(s) link; anything else draws nothing.
 */
public final class AvatarHtml {

    private AvatarHtml() {
    }

    /** The avatar markup for the host's picture link, or the empty string when there is none to show. */
    public static String of(Optional<String> url) {
        return url.filter(AvatarHtml::isShowable)
                .map(link -> "<span class=\"aui-avatar aui-avatar-xsmall throughline-avatar\"><span class=\"aui-avatar-inner\">"
                        + "<img src=\"" + Html.escape(link) + "\" alt=\"\" loading=\"lazy\"></span></span> ")
                .orElse("");
    }

    /** A path on this host ({@code /jira/secure/useravatar?…}, never {@code //other.host}) or a safe absolute link. */
    static boolean isShowable(String url) {
        if (url == null || url.isEmpty() || url.chars().anyMatch(c -> c <= 0x20 || c == 0x7F || c == '\\')) {
            return false;
        }
        if (url.startsWith("/")) {
            return !url.startsWith("//");
        }
        return Href.isSafe(url);
    }
}
