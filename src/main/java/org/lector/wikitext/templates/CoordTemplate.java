package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lector.document.Text;

/**
 * {@code {{coord}}} as readable coordinates: "13°19′N 169°9′W", decimal "8.5°N 77°E". A place's
 * position is content a reader may want (the speech stage turns ° ′ N into words), so it is kept
 * where it stands in the text. Coordinates shown only in the page title (display=title) are page
 * furniture and give nothing. Trailing "type:…", "region:…" parameters are map hints, skipped.
 */
final class CoordTemplate implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("coord", "coor", "location");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String display = call.getOrEmpty("display").toLowerCase(Locale.ROOT);
        if (!display.isEmpty() && display.contains("title") && !display.contains("inline")) {
            return TemplateResult.nothing();
        }
        List<String> parts = new ArrayList<>();
        for (String a : call.args()) {
            if (a.matches("-?\\d+(\\.\\d+)?|[NSEWnsew]")) {
                parts.add(a);
            } else {
                break;
            }
        }
        String text = readable(parts);
        if (text.isEmpty()) {
            context.warn("{{coord}} with unreadable coordinates: left out");
            return TemplateResult.nothing();
        }
        return TemplateResult.inline(new Text(text));
    }

    static String readable(List<String> p) {
        int hemi = indexOfHemisphere(p, 0, "NSns");
        if (hemi < 0) {
            if (p.size() != 2) {
                return "";
            }
            return decimal(p.get(0), "N", "S") + " " + decimal(p.get(1), "E", "W");
        }
        int hemi2 = indexOfHemisphere(p, hemi + 1, "EWew");
        if (hemi2 < 0) {
            return "";
        }
        return dms(p.subList(0, hemi), p.get(hemi)) + " " + dms(p.subList(hemi + 1, hemi2), p.get(hemi2));
    }

    private static int indexOfHemisphere(List<String> p, int from, String letters) {
        for (int i = from; i < p.size(); i++) {
            if (p.get(i).length() == 1 && letters.contains(p.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String dms(List<String> values, String hemisphere) {
        String[] marks = {"°", "′", "″"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size() && i < 3; i++) {
            sb.append(values.get(i)).append(marks[i]);
        }
        return sb.append(hemisphere.toUpperCase(Locale.ROOT)).toString();
    }

    private static String decimal(String value, String positive, String negative) {
        boolean neg = value.startsWith("-");
        return (neg ? value.substring(1) : value) + "°" + (neg ? negative : positive);
    }
}
