package io.throughline.preview;

import java.io.InputStream;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Response;

/**
 * Static files: AUI (unpacked from npm at build time into {@code static/aui}), the panel script
 * ({@code js/}), the shared stylesheet ({@code css/}) and the preview's icon ({@code img/}). Only those folders, no path tricks.
 */
@Path("/static")
public final class StaticResource {

    /** The preview's icon, for the browser's tab. */
    static final String ICON = "/static/img/throughline.svg";

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject",
            "png", "image/png", "gif", "image/gif");

    @GET
    @Path("aui/{file: .+}")
    public Response aui(@PathParam("file") String file) {
        return serve("static/aui/" + file);
    }

    @GET
    @Path("img/{file}")
    public Response image(@PathParam("file") String file) {
        return serve("static/img/" + file);
    }

    @GET
    @Path("css/{file}")
    public Response style(@PathParam("file") String file) {
        return serve("css/" + file);
    }

    @GET
    @Path("js/{file}")
    public Response script(@PathParam("file") String file) {
        return serve("js/" + file);
    }

    private static Response serve(String resource) {
        String extension = resource.substring(resource.lastIndexOf('.') + 1);
        if (resource.contains("..") || !TYPES.containsKey(extension)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        InputStream in = StaticResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(in, TYPES.get(extension)).cacheControl(cache).build();
    }
}
