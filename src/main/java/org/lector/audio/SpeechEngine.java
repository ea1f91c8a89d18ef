package org.lector.audio;

import java.util.List;

/** A text-to-speech engine: the voices it has, and a way to open one as a {@link Synthesizer}. */
public interface SpeechEngine {
    /** The name voice profiles use in their {@code engine} field. */
    String name();

    /** The engine's own voice names. */
    List<String> voices();

    /** Opens a voice set up as the profile says; each call gives an independent synthesizer. */
    Synthesizer open(VoiceProfile profile);
}
