package org.lector.wikitext;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.document.Figure;

/**
 * The parts of a file link {@code [[File:x.jpg|thumb|left|alt=…|caption]]}: the file name, its
 * alt text, its caption (the last part that is not an option), and whether it is shown as a
 * figure (thumbnail, frame, or a caption) rather than as an inline icon.
 */
record FileLink(String fileName, String alt, String caption, boolean framed) {
    private static final Set<String> FRAMING = Set.of(
            "thumb", "thumbnail", "frame", "framed", "frameless", "mini", "miniatur", "rahmen",
            "rahmenlos", "gerahmt", "ലഘുചിത്രം", "ലഘു", "ചട്ടം", "ചട്ടരഹിതം");
    private static final Set<String> OPTIONS = Set.of(
            "border", "left", "right", "center", "centre", "none", "upright", "baseline", "middle",
            "sub", "super", "text-top", "text-bottom", "top", "bottom", "loop", "muted",
            "links", "rechts", "zentriert", "ohne", "hochkant", "rand",
            "ഇടത്ത്", "വലത്ത്", "നടുവിൽ", "ഒന്നുമില്ല", "നേരേകുത്തനെ");
    private static final Pattern SIZE = Pattern.compile("(\\d+\\s*)?(x\\s*\\d+\\s*)?(px|пкс|ബിന്ദു)");
    private static final Set<String> KEYED_OPTIONS = Set.of(
            "upright", "hochkant", "link", "verweis", "page", "seite", "lang", "class", "thumbtime",
            "start", "end", "thumb", "thumbnail", "mini", "miniatur", "loop", "border", "കണ്ണി", "ലഘു");
    private static final Pattern ICON_WIDTH = Pattern.compile("(\\d{1,4})\\s*(?:x\\s*\\d+\\s*)?px");
    private static final Set<String> ALT_KEYS = Set.of("alt", "alternativtext", "ബദൽ");

    /** The figure this link shows, its alt text and caption parsed as wikitext. */
    Figure toFigure(ParseSession session) {
        return new Figure(fileName, session.plainText(alt), session.parseInline(caption));
    }

    static FileLink parse(List<String> parts, Consumer<String> warn) {
        String target = parts.get(0).trim();
        String file = TitleText.fileName(target.substring(target.indexOf(':') + 1), warn);
        String alt = "";
        String caption = "";
        boolean framed = false;
        boolean iconSized = false;
        int firstCaptionPart = -1;
        for (int i = 1; i < parts.size(); i++) {
            String part = parts.get(i).trim();
            String lower = part.toLowerCase(Locale.ROOT);
            int eq = part.indexOf('=');
            String key = eq > 0 ? lower.substring(0, eq).trim() : "";
            if (FRAMING.contains(lower)) {
                framed = true;
            } else if (OPTIONS.contains(lower) || SIZE.matcher(lower).matches()) {
                Matcher width = ICON_WIDTH.matcher(lower);
                if (width.lookingAt() && Integer.parseInt(width.group(1)) <= 60) {
                    iconSized = true;
                }
                continue;
            } else if (ALT_KEYS.contains(key)) {
                alt = part.substring(eq + 1).trim();
            } else if (KEYED_OPTIONS.contains(key)) {
                if (key.equals("thumb") || key.equals("thumbnail") || key.equals("mini")) {
                    framed = true;
                }
            } else {
                caption = part;
                if (firstCaptionPart < 0) {
                    firstCaptionPart = i;
                }
            }
        }
        if (firstCaptionPart > 0 && String.join("|", parts.subList(firstCaptionPart, parts.size())).contains("\n{|")) {
            // a table inside the caption: its cell pipes are not option separators
            caption = String.join("|", parts.subList(firstCaptionPart, parts.size())).trim();
        }
        // an unframed image with a caption is a figure, unless it is icon-sized: then MediaWiki
        // shows it inline and the caption is only its tooltip ([[File:Flag.svg|20px|France]])
        return new FileLink(file, alt, caption, framed || !caption.isBlank() && !iconSized);
    }
}
