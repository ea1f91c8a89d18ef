package org.lector.audio;

import java.util.LinkedHashMap;
import java.util.Map;

/** The engines this build has, by the name voice profiles use. A new engine is one class and one line here. */
public final class SpeechEngines {
    private SpeechEngines() {
    }

    public static Map<String, SpeechEngine> builtIn() {
        Map<String, SpeechEngine> engines = new LinkedHashMap<>();
        SpeechEngine freetts = new FreeTtsEngine();
        engines.put(freetts.name(), freetts);
        return engines;
    }
}
