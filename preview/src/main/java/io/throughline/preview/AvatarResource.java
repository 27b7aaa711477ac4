package io.throughline.preview;

import io.throughline.web.view.Html;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Response;

/**
 * The demo people's avatars: their initials on a colour picked from their key, drawn as SVG, so
 * the panel shows a picture beside each name as Jira does with its users' avatars.
 */
@Path(AvatarResource.PATH)
public final class AvatarResource {

    static final String PATH = "/preview/avatars";
    private static final String[] COLOURS = {"#0c66e4", "#1f845a", "#a54800", "#6e5dc6", "#c9372c", "#206a83"};

    private final PreviewDirectory directory;

    AvatarResource(PreviewDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Path("{key}.svg")
    public Response avatar(@PathParam("key") String key) {
        return directory.person(key).map(person -> {
            CacheControl cache = new CacheControl();
            cache.setMaxAge(3600);
            return Response.ok(svg(initials(person.name()), COLOURS[Math.floorMod(person.key().hashCode(), COLOURS.length)]),
                    "image/svg+xml").cacheControl(cache).build();
        }).orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    /** Up to two initials of the name's words ("Gabriel Okafor (Growth PM)" → "GO"). */
    static String initials(String name) {
        String letters = Arrays.stream(name.replaceAll("\\(.*\\)", " ").trim().split("\\s+"))
                .filter(word -> !word.isEmpty() && Character.isLetter(word.codePointAt(0)))
                .limit(2).map(word -> new String(Character.toChars(word.codePointAt(0))))
                .collect(Collectors.joining());
        return letters.isEmpty() ? "?" : letters.toUpperCase(Locale.ROOT);
    }

    private static String svg(String initials, String colour) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><circle cx=\"12\" cy=\"12\" r=\"12\" fill=\""
                + colour + "\"/><text x=\"12\" y=\"16\" font-family=\"sans-serif\" font-size=\"10\" text-anchor=\"middle\" "
                + "fill=\"#fff\">" + Html.escape(initials) + "</text></svg>";
    }
}
