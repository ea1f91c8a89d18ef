package org.lector.audio;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.lector.config.LectorHome;

/**
 * The voice profiles in a folder: one {@code NAME.voice.properties} file each (name, engine,
 * voice, language, rate, pitch, volume, lexicons, description), so a user adds a voice by
 * copying a small file. The shipped folder is {@code voices/} in the Lector folder.
 */
public final class VoiceProfiles {
    static final String SUFFIX = ".voice.properties";

    private final List<VoiceProfile> profiles;

    private VoiceProfiles(List<VoiceProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /** The profiles shipped with Lector (its {@code voices/} folder). */
    public static VoiceProfiles shipped(LectorHome home) {
        return in(home.voices());
    }

    public static VoiceProfiles in(Path dir) {
        List<VoiceProfile> found = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
                for (Path f : files) {
                    found.add(read(f));
                }
            } catch (IOException e) {
                throw new AudioException("cannot read the voice profiles in " + dir + ": " + e.getMessage(), e);
            }
        }
        found.sort(Comparator.comparing(VoiceProfile::name));
        return new VoiceProfiles(found);
    }

    public List<VoiceProfile> all() {
        return profiles;
    }

    /** The profile called {@code name}; a user error naming the available ones when there is none. */
    public VoiceProfile get(String name) {
        for (VoiceProfile p : profiles) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new AudioException("unknown voice '" + name + "' (available: "
                + String.join(", ", profiles.stream().map(VoiceProfile::name).toList())
                + "; see 'lector voices')");
    }

    static VoiceProfile read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new AudioException("cannot read voice profile " + file + ": " + e.getMessage(), e);
        }
        String fileName = file.getFileName().toString();
        String name = p.getProperty("name", fileName.substring(0, fileName.length() - SUFFIX.length())).trim();
        List<Path> lexicons = new ArrayList<>();
        for (String l : p.getProperty("lexicons", "").split(",")) {
            if (!l.isBlank()) {
                lexicons.add(file.resolveSibling(l.trim()));
            }
        }
        return new VoiceProfile(name,
                p.getProperty("engine", "freetts").trim().toLowerCase(Locale.ROOT),
                required(p, "voice", file),
                p.getProperty("language", "en").trim(),
                number(p, "rate", 150, file),
                number(p, "pitch", 100, file),
                number(p, "volume", 1, file),
                lexicons,
                p.getProperty("description", "").trim());
    }

    private static String required(Properties p, String key, Path file) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new AudioException("voice profile " + file + " has no '" + key + "'");
        }
        return v.trim();
    }

    private static float number(Properties p, String key, float fallback, Path file) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Float.parseFloat(v.trim());
        } catch (NumberFormatException e) {
            throw new AudioException("voice profile " + file + ": '" + key + "' is not a number: " + v);
        }
    }
}
