package org.lector.audio;

import java.nio.file.Path;
import java.util.List;

/**
 * A named way of speaking: which engine and which of its voices, at what rate (words per
 * minute), pitch (Hz, the voice's baseline) and volume (0 to 1), with pronunciation lexicons
 * (W3C PLS, aliases) applied to the spoken text just before this voice reads it — for words this
 * particular voice gets wrong, on top of the language lexicon the speech stage already applied.
 */
public record VoiceProfile(String name, String engine, String voice, String language, float rate, float pitch,
                           float volume, List<Path> lexicons, String description) {
    public VoiceProfile {
        lexicons = List.copyOf(lexicons);
    }

    /** The profile with the user's --rate and --pitch, where given. */
    public VoiceProfile withOverrides(Float newRate, Float newPitch) {
        return new VoiceProfile(name, engine, voice, language, newRate == null ? rate : newRate,
                newPitch == null ? pitch : newPitch, volume, lexicons, description);
    }
}
