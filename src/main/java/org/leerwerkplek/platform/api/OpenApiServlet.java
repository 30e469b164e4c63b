package org.leerwerkplek.platform.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leerwerkplek.platform.web.PublicUrl;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Answers {@code GET /openapi} with the API's OpenAPI document as it is stored in the WAR
 * ({@value #DOCUMENT} on the class path: a document of the whole application, generated, so not a platform file), in YAML ({@code text/plain}) or JSON as Payara's own
 * endpoint does ({@code ?format=json|yaml}, otherwise {@code Accept: application/json} for JSON), with
 * {@code servers} naming the public address ({@link PublicUrl}).
 *
 * <p>Why stored: Payara builds its document on the first request, and always parses every class of the
 * WAR and of its libraries first (4 s on a quiet machine, 12–17 s on a busy one), also with a static
 * {@code META-INF/openapi.json} and {@code mp.openapi.scan.disable=true}; a warm-up cannot finish before
 * a request that comes right after the start. Payara's endpoint stays: its servlet is mapped to
 * {@code /openapi/*} in the root web application, and this exact mapping wins for {@code /openapi} itself,
 * so {@code /openapi/} still answers with the document Payara scans from the code (with
 * {@link OpenApiDates} applied).
 *
 * <p>The stored document is that scanned document without {@code servers} and Payara's
 * {@code endpoints} (both depend on where the server runs). {@code PlatformIT} compares the two and fails
 * when they differ, writing the scanned one to {@code target/openapi-scanned.json} to be copied here;
 * {@code OpenApiDocumentTest} compares the stored operations with the resource classes without a server.
 */
@WebServlet(urlPatterns = "/openapi", loadOnStartup = 1)
public class OpenApiServlet extends HttpServlet {

    /** The stored document, a resource next to this class. */
    public static final String DOCUMENT = "/api/openapi.json";

    private static final String SERVER_DESCRIPTION = "Default Server.";

    /** Stands for the server's address in the answers made at the start; a plain word in YAML and JSON. */
    private static final String SERVER_MARK = "lwp-openapi-server-address";

    @Inject
    PublicUrl publicUrl;

    private transient Answers answers;

    /** Reads the document and writes both answers once, at the start (the servlet loads on start-up). */
    @Override
    public void init() throws ServletException {
        try {
            answers = Answers.of(stored());
        } catch (IOException e) {
            throw new ServletException("Cannot read " + DOCUMENT, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String server = publicUrl.base() + "/";
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsJson(request.getParameter("format"), request.getHeader("Accept"))) {
            response.setContentType("application/json");
            response.getWriter().write(answers.json(server));
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(answers.yaml(server));
        }
    }

    /**
     * The document as JSON and as YAML, written once with a mark for the server's address, which each
     * answer fills in (the address is known for sure only once a request came in: {@link PublicUrl}).
     */
    record Answers(String json, String yaml) {

        static Answers of(JsonObject document) {
            JsonObject marked = withServer(document, SERVER_MARK);
            return new Answers(marked.toString(), OpenApiServlet.yaml(marked));
        }

        String json(String server) {
            return json.replace('"' + SERVER_MARK + '"', literal(server));
        }

        /** A JSON string is also a YAML double-quoted scalar. */
        String yaml(String server) {
            return yaml.replace(SERVER_MARK, literal(server));
        }

        private static String literal(String text) {
            return Json.createValue(text).toString();
        }
    }

    /** The stored document, as read from the class path. */
    public static JsonObject stored() throws IOException {
        try (InputStream in = OpenApiServlet.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IOException(DOCUMENT + " is missing from the class path");
            }
            try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.readObject();
            }
        }
    }

    /**
     * Whether the client asked for JSON: {@code format} ({@code json} or {@code yaml}, any case) when
     * given, otherwise an {@code Accept} header that names {@code application/json}; YAML by default.
     */
    static boolean wantsJson(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String asked = format.trim().toLowerCase(Locale.ROOT);
            if (asked.equals("json")) {
                return true;
            }
            if (asked.equals("yaml")) {
                return false;
            }
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
    }

    /** The document with one server, {@code url}, placed after {@code info} as Payara places it. */
    static JsonObject withServer(JsonObject document, String url) {
        JsonArray servers = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("url", url).add("description", SERVER_DESCRIPTION)).build();
        JsonObjectBuilder copy = Json.createObjectBuilder();
        boolean placed = false;
        for (Map.Entry<String, JsonValue> entry : document.entrySet()) {
            if (entry.getKey().equals("servers")) {
                continue;
            }
            copy.add(entry.getKey(), entry.getValue());
            if (entry.getKey().equals("info")) {
                copy.add("servers", servers);
                placed = true;
            }
        }
        if (!placed) {
            copy.add("servers", servers);
        }
        return copy.build();
    }

    /** The document as indented JSON, as it is stored (answers are sent without the indentation). */
    public static String json(JsonObject document) {
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        StringWriter text = new StringWriter();
        try (JsonWriter writer = factory.createWriter(text)) {
            writer.writeObject(document);
        }
        return text.toString().strip() + "\n";
    }

    /** The document as YAML, in block style. */
    static String yaml(JsonObject document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(plain(document));
    }

    /** A JSON value as the maps, lists, texts, numbers and booleans SnakeYAML writes. */
    static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((key, item) -> map.put(key, plain(item)));
                yield map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(item -> list.add(plain(item)));
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : (Object) ((JsonNumber) value).doubleValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
