package org.lector.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lector.audio.SpeechEngine;
import org.lector.audio.SpeechEngines;
import org.lector.audio.VoiceProfile;
import org.lector.audio.VoiceProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lector voices}: the voice profiles in voices/ and whether their engine has the voice. */
@Command(name = "voices", mixinStandardHelpOptions = true,
        description = "List the voice profiles --voice can name (files NAME.voice.properties in voices/).")
public final class VoicesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, SpeechEngine> engines = SpeechEngines.builtIn();
        for (VoiceProfile p : VoiceProfiles.shipped(main.home()).all()) {
            SpeechEngine engine = engines.get(p.engine());
            List<String> voices = engine == null ? List.of() : engine.voices();
            String state = engine == null ? "  [engine " + p.engine() + " not in this build]"
                    : voices.contains(p.voice()) ? "" : "  [" + p.engine() + " has no voice " + p.voice() + "]";
            out.println(String.format(Locale.ROOT, "%-14s %s/%s, %s, %.0f words/min, pitch %.0f Hz, volume %.2f%s%s",
                    p.name(), p.engine(), p.voice(), p.language(), p.rate(), p.pitch(), p.volume(),
                    p.description().isEmpty() ? "" : " — " + p.description(), state));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
