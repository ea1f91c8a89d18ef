package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coordinates an infobox gives in parts (Infobox language's {@code latd}, {@code latm},
 * {@code latNS}, {@code longd}…, other boxes' {@code lat_deg}, {@code lon_dir}, or decimal
 * {@code latitude} and {@code longitude}) read as one position, "50°51′N 4°21′E", the way
 * {@code {{coord}}} reads it.
 */
final class InfoboxCoordinates {
    private static final List<Set<String>> LATITUDE = List.of(
            Set.of("latd", "lat_d", "lat_deg", "lat_degrees", "latdeg"),
            Set.of("latm", "lat_m", "lat_min", "lat_minutes"),
            Set.of("lats", "lat_s", "lat_sec", "lat_seconds"));
    private static final Set<String> LATITUDE_SIDE = Set.of("latns", "lat_ns", "lat_dir", "lat_direction", "lat_hem");
    private static final List<Set<String>> LONGITUDE = List.of(
            Set.of("longd", "long_d", "lon_d", "lon_deg", "long_deg", "long_degrees", "lond"),
            Set.of("longm", "long_m", "lon_m", "lon_min", "long_min", "long_minutes"),
            Set.of("longs", "long_s", "lon_s", "lon_sec", "long_sec", "long_seconds"));
    private static final Set<String> LONGITUDE_SIDE = Set.of("longew", "long_ew", "lon_ew", "lon_dir", "long_dir",
            "long_direction", "lon_hem");
    private static final Set<String> DECIMAL = Set.of("latitude", "longitude");

    private InfoboxCoordinates() {
    }

    /** Whether a normalised parameter name is part of a position. */
    static boolean isPart(String key) {
        return DECIMAL.contains(key) || LATITUDE_SIDE.contains(key) || LONGITUDE_SIDE.contains(key)
                || LATITUDE.stream().anyMatch(s -> s.contains(key)) || LONGITUDE.stream().anyMatch(s -> s.contains(key));
    }

    static List<String> partsOf(Collection<String> keys) {
        return keys.stream().filter(InfoboxCoordinates::isPart).toList();
    }

    /** The position the parts give, "" when they do not give one (a number missing, a word where a number goes). */
    static String readable(Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        if (!addSide(values, LATITUDE, LATITUDE_SIDE, parts) || !addSide(values, LONGITUDE, LONGITUDE_SIDE, parts)) {
            return "";
        }
        if (parts.isEmpty()) {
            String lat = values.getOrDefault("latitude", "").strip();
            String lon = values.getOrDefault("longitude", "").strip();
            if (!isNumber(lat) || !isNumber(lon)) {
                return "";
            }
            parts.add(lat);
            parts.add(lon);
        }
        return CoordTemplate.readable(parts);
    }

    /** Degrees, minutes, seconds while given, then the side (N, S, E, W); false when a part is not a number. */
    private static boolean addSide(Map<String, String> values, List<Set<String>> fields, Set<String> side, List<String> out) {
        int start = out.size();
        for (Set<String> field : fields) {
            String v = first(values, field);
            if (v.isEmpty()) {
                break;
            }
            if (!isNumber(v)) {
                return false;
            }
            out.add(v);
        }
        String hemisphere = first(values, side);
        if (out.size() > start) {
            if (!hemisphere.matches("[NSEWnsew]")) {
                return false;
            }
            out.add(hemisphere);
        }
        return true;
    }

    private static String first(Map<String, String> values, Set<String> keys) {
        for (String k : keys) {
            String v = values.getOrDefault(k, "").strip();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?");
    }
}
