package org.lector.wikitext.templates;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Templates that are citations of one named work ({@code {{Britannica}}}, {@code {{CathEncy}}},
 * {@code {{Cite CIA World Factbook}}}): read as {@code {{cite encyclopedia}}} or {@code {{cite web}}}
 * with that work filled in, by the registered cite handler.
 */
final class EncyclopediaAliases implements TemplateHandler {
    private static final Map<String, String[]> ALIASES = Map.of(
            "britannica", new String[] {"cite encyclopedia", "encyclopedia", "Encyclopædia Britannica"},
            "cite eb1911", new String[] {"cite encyclopedia", "encyclopedia", "Encyclopædia Britannica (11th ed.)"},
            "cite oed", new String[] {"cite encyclopedia", "encyclopedia", "Oxford English Dictionary"},
            "oetymd", new String[] {"cite web", "website", "Online Etymology Dictionary"},
            "congbio", new String[] {"cite web", "website", "Biographical Directory of the United States Congress"},
            "cathency", new String[] {"cite encyclopedia", "encyclopedia", "Catholic Encyclopedia"},
            "catholic encyclopedia", new String[] {"cite encyclopedia", "encyclopedia", "Catholic Encyclopedia"},
            "cite cia world factbook", new String[] {"cite web", "website", "The World Factbook"},
            "cite merriam-webster", new String[] {"cite web", "website", "Merriam-Webster"});

    private final TemplateRegistry registry;

    EncyclopediaAliases(TemplateRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Set<String> names() {
        return ALIASES.keySet();
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String[] alias = ALIASES.get(call.key());
        Map<String, String> params = new LinkedHashMap<>(call.params());
        params.putIfAbsent(alias[1], alias[2]);
        if (!params.containsKey("title") && params.containsKey("1")) {
            params.put("title", params.get("1"));
        }
        TemplateCall cite = new TemplateCall(alias[0], params);
        return registry.find(cite.key()).map(h -> h.handle(cite, context)).orElse(TemplateResult.nothing());
    }
}
