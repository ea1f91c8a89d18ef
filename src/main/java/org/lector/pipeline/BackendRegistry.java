package org.lector.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every backend this build has, in one place: its {@code --to} name, what it writes, and how it
 * is made from the options. Adding an output format is one entry here (and a mixin for its
 * options, if it has any); the commands list and choose backends through this class.
 */
public final class BackendRegistry {
    /** One kind of backend: its name, a line for the help text, what it publishes, and its factory. */
    public record Kind(String name, String description, Set<Class<?>> publishes,
                       Function<BackendSettings, Backend> factory) {
    }

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        add(new Kind("script", "script.jsonl and script.txt, the reading script", Set.of(), s -> new ScriptBackend()));
        add(new Kind("audio", "audiobook: MP3 or WAV chapters, captions, playlist, chapters.json",
                AudioBackend.PUBLISHES, s -> new AudioBackend(s.audio(), s.audioProgress())));
        add(new Kind("pdf", "tagged PDF (PDF/UA-1)", Set.of(), s -> new PdfBackend(s.pdf())));
        add(new Kind("braille", "braille: BRF, PEF and a proof-reading copy", Set.of(), s -> new BrailleBackend(s.braille())));
    }

    private BackendRegistry() {
    }

    private static void add(Kind kind) {
        KINDS.put(kind.name(), kind);
    }

    public static List<Kind> kinds() {
        return List.copyOf(KINDS.values());
    }

    public static List<String> names() {
        return List.copyOf(KINDS.keySet());
    }

    /**
     * The backends named (all of them when {@code names} is empty), each once, in registry order,
     * plus any backend that publishes what a chosen one needs.
     *
     * @throws IllegalArgumentException naming an unknown backend and the known ones
     */
    public static List<Backend> create(List<String> names, BackendSettings settings) {
        List<String> wanted = new ArrayList<>();
        for (String n : names.isEmpty() ? names() : names) {
            String key = n.trim().toLowerCase(Locale.ROOT);
            if (!KINDS.containsKey(key)) {
                throw new IllegalArgumentException("unknown output '" + n + "' (available: " + String.join(", ", names()) + ")");
            }
            if (!wanted.contains(key)) {
                wanted.add(key); // --to audio,audio: two backends would publish the same folder at once
            }
        }
        Map<String, Backend> made = new LinkedHashMap<>();
        for (String key : names()) {
            if (wanted.contains(key)) {
                made.put(key, KINDS.get(key).factory().apply(settings));
            }
        }
        addProducers(made, settings);
        return List.copyOf(made.values());
    }

    /** Makes the backends that publish what the chosen ones need, until nothing is missing. */
    private static void addProducers(Map<String, Backend> made, BackendSettings settings) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Backend b : List.copyOf(made.values())) {
                for (Class<?> needed : b.needs()) {
                    if (made.values().stream().noneMatch(p -> p.publishes().contains(needed))) {
                        Backend producer = producerOf(needed, settings);
                        made.put(producer.name(), producer);
                        changed = true;
                    }
                }
            }
        }
    }

    private static Backend producerOf(Class<?> type, BackendSettings settings) {
        for (Kind k : KINDS.values()) {
            if (k.publishes().contains(type)) {
                return k.factory().apply(settings);
            }
        }
        throw new IllegalStateException("no backend publishes " + type.getSimpleName());
    }
}
