package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the handler for a template name: exact names first, then the longest matching prefix. */
public final class TemplateRegistry {
    private final Map<String, TemplateHandler> byName = new HashMap<>();
    private final List<Map.Entry<String, TemplateHandler>> byPrefix = new ArrayList<>();

    public TemplateRegistry register(TemplateHandler handler) {
        for (String n : handler.names()) {
            // two families claiming one name would make the later one win silently
            TemplateHandler before = byName.putIfAbsent(n, handler);
            if (before != null && before != handler) {
                throw new IllegalStateException("{{" + n + "}} is served by both " + before.getClass().getSimpleName()
                        + " and " + handler.getClass().getSimpleName());
            }
        }
        for (String p : handler.prefixes()) {
            byPrefix.add(Map.entry(p, handler));
        }
        byPrefix.sort((a, b) -> b.getKey().length() - a.getKey().length());
        return this;
    }

    public Optional<TemplateHandler> find(String normalizedName) {
        TemplateHandler h = byName.get(normalizedName);
        if (h != null) {
            return Optional.of(h);
        }
        for (Map.Entry<String, TemplateHandler> e : byPrefix) {
            if (normalizedName.startsWith(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** The registry with every handler Lector ships. */
    public static TemplateRegistry standard() {
        return StandardTemplates.register(new TemplateRegistry());
    }
}
