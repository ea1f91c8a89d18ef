package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One use of a template: its name and its parameters as raw wikitext. Positional parameters are
 * numbered from 1, as in MediaWiki; an explicit "1=" counts as positional 1. Values are trimmed
 * for named parameters and kept as written for positional ones (MediaWiki's own rule), except
 * that callers usually want {@link #arg(int)} which trims too.
 */
public final class TemplateCall {
    private final String name;
    private final Map<String, String> params;

    public TemplateCall(String name, Map<String, String> params) {
        this.name = name.trim();
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The name as written, trimmed ("Quote box"). */
    public String name() {
        return name;
    }

    /** The name folded for lookup: lower case, underscores as spaces, single spaces, no "Template:". */
    public String key() {
        return normalize(name);
    }

    public static String normalize(String templateName) {
        String n = templateName.replace('_', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (n.startsWith("template:")) {
            n = n.substring("template:".length()).trim();
        }
        return n;
    }

    /** All parameters in order of appearance; positional ones under "1", "2", …. */
    public Map<String, String> params() {
        return params;
    }

    /** A named or numbered parameter, trimmed; null when absent. */
    public String get(String key) {
        String v = params.get(key);
        return v == null ? null : v.trim();
    }

    /** A parameter, trimmed; empty when absent. */
    public String getOrEmpty(String key) {
        String v = get(key);
        return v == null ? "" : v;
    }

    /** The first of several aliases that is present and not blank ("last1", "last", "author"…). */
    public String first(String... keys) {
        for (String k : keys) {
            String v = get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    /** Positional parameter n (1-based), trimmed; empty when absent. */
    public String arg(int n) {
        return getOrEmpty(Integer.toString(n));
    }

    /** Positional parameters in order, trimmed, up to the first gap. */
    public List<String> args() {
        List<String> out = new ArrayList<>();
        for (int i = 1; params.containsKey(Integer.toString(i)); i++) {
            out.add(arg(i));
        }
        return out;
    }

    @Override
    public String toString() {
        return "{{" + name + "}}";
    }
}
