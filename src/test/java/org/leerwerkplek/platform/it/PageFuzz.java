package org.leerwerkplek.platform.it;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends every form of a page back with a huge text in each of its text fields, once per submit
 * button, as an attacker who ignores the fields' {@code maxlength} would: the other fields keep the
 * page's values (a select its first option with a value); a form without buttons is sent once without
 * one. Buttons in table rows, the sign-out and the demo data's buttons are left alone, and so are
 * file-upload forms (a browser sends them as multipart, which this does not write). It records every answer; {@link Answer#problem()} says what is wrong with one.
 */
final class PageFuzz {

    /** One form sent and what came back. */
    record Answer(String page, String button, int status, String location, String body) {

        /** What is wrong with this answer, or empty: a 5xx, the error page, or a redirect to it. */
        Optional<String> problem() {
            if (status >= 500) {
                return Optional.of(page + " with " + button + " answered " + status);
            }
            if (location.contains("/errors/")) {
                return Optional.of(page + " with " + button + " was sent to " + location);
            }
            if (body.contains("id=\"errorText\"") && status != 403) {
                return Optional.of(page + " with " + button + " showed an error page (" + status + ")");
            }
            return Optional.empty();
        }
    }

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\bid=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(input|textarea|button|select)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*\\bvalue=\"([^\"]+)\"");
    private static final Pattern ROW = Pattern.compile(":\\d+:");
    private static final java.util.Set<String> TEXT = java.util.Set.of("text", "email", "search", "password", "tel", "url");
    private static final java.util.Set<String> LEFT_ALONE = java.util.Set.of("accountForm", "langForm");
    /** Buttons that would load or remove the demo data for every other test of the deployment. */
    private static final java.util.Set<String> BUTTONS_LEFT_ALONE = java.util.Set.of("loadDemo", "removeDemo");
    /** Sent for a form without a button to press: the form is still read and its values set, as an ajax change does. */
    private static final String NO_BUTTON = "noSuchButton";

    private final WebClient client;
    private final String huge;
    private final List<Answer> answers = new ArrayList<>();

    PageFuzz(WebClient client, String huge) {
        this.client = client;
        this.huge = huge;
    }

    List<Answer> answers() {
        return answers;
    }

    /** The number of text fields the forms of {@code page} have; each of its buttons is then pressed with huge texts. */
    int run(String page) throws Exception {
        HttpResponse<String> first = client.get(page);
        if (first.statusCode() != 200) {
            throw new IllegalStateException("GET " + page + " answered " + first.statusCode());
        }
        int textFields = 0;
        Matcher forms = FORM.matcher(first.body());
        List<String[]> presses = new ArrayList<>();
        while (forms.find()) {
            String formId = forms.group(1);
            if (LEFT_ALONE.contains(formId) || forms.group(0).substring(0, forms.group(0).indexOf('>')).contains("multipart")) {
                continue;
            }
            Map<String, String> fields = fields(formId, forms.group(2));
            textFields += (int) fields.values().stream().filter(huge::equals).count();
            List<String> buttons = buttons(formId, forms.group(2));
            for (String button : buttons.isEmpty() ? List.of(NO_BUTTON) : buttons) {
                presses.add(new String[] {formId, button});
            }
        }
        for (String[] press : presses) {
            HttpResponse<String> fresh = client.get(page);
            Matcher form = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(press[0]) + "\"[^>]*>(.*?)</form>",
                    Pattern.DOTALL).matcher(fresh.body());
            if (!form.find()) {
                continue;
            }
            HttpResponse<String> answer = client.post(page, press[0], fields(press[0], form.group(1)), press[1],
                    WebClient.viewState(fresh.body()));
            answers.add(new Answer(page, press[0] + ":" + press[1], answer.statusCode(),
                    answer.headers().firstValue("Location").orElse(""), answer.body()));
        }
        return textFields;
    }

    /** The fields of a form by their names without the form's prefix: texts huge, the rest as the page has them. */
    private Map<String, String> fields(String formId, String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher tags = TAG.matcher(html);
        String prefix = formId + ":";
        while (tags.find()) {
            String attributes = tags.group(2);
            String name = attribute(attributes, "name");
            if (name == null || !name.startsWith(prefix) || ROW.matcher(name).find()) {
                continue;
            }
            String local = name.substring(prefix.length());
            String type = Optional.ofNullable(attribute(attributes, "type")).orElse("text");
            switch (tags.group(1)) {
                case "textarea" -> fields.put(local, huge);
                case "select" -> {
                    Matcher option = OPTION.matcher(html.substring(tags.end()));
                    if (option.find()) {
                        fields.putIfAbsent(local, option.group(1));
                    }
                }
                case "input" -> {
                    if (TEXT.contains(type)) {
                        fields.put(local, huge);
                    } else if (type.equals("hidden") && attribute(attributes, "value") != null) {
                        fields.putIfAbsent(local, attribute(attributes, "value"));
                    }
                }
                default -> { }
            }
        }
        return fields;
    }

    private static List<String> buttons(String formId, String html) {
        List<String> buttons = new ArrayList<>();
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String attributes = tags.group(2);
            String name = attribute(attributes, "name");
            boolean submit = tags.group(1).equals("button") ? !"button".equals(attribute(attributes, "type"))
                    : tags.group(1).equals("input") && "submit".equals(attribute(attributes, "type"));
            if (submit && name != null && name.startsWith(formId + ":") && !ROW.matcher(name).find()
                    && !name.toLowerCase(java.util.Locale.ROOT).contains("signout")
                    && !BUTTONS_LEFT_ALONE.contains(name.substring(formId.length() + 1))) {
                buttons.add(name.substring(formId.length() + 1));
            }
        }
        return buttons;
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? value.group(1) : null;
    }
}
