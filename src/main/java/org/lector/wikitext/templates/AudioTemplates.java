package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Inline;
import org.lector.document.Paragraph;
import org.lector.document.Text;

/**
 * Sound files. {@code {{Listen|filename=…|title=…|description=…}}} is a box with a player: its
 * title and description are words a reader sees, read as a paragraph "Audio: title. description"
 * (each further file, filename2/title2/description2…, after a semicolon); a file with no title is
 * named by its file name made readable. {@code {{audio|file.ogg|text}}} is a link to the sound
 * read as its text.
 */
final class AudioTemplates implements TemplateHandler {
    private static final int MAX_FILES = 20;

    @Override
    public Set<String> names() {
        return Set.of("listen", "audio", "audio-nohelp", "audio-ipa", "multi-listen start", "multi-listen item");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "listen", "multi-listen item" -> listen(call, context);
            case "multi-listen start" -> TemplateResult.nothing();
            default -> TemplateResult.inlinesOrNothing(context.parseInline(call.arg(2)));
        };
    }

    private static TemplateResult listen(TemplateCall call, TemplateContext context) {
        List<List<Inline>> files = new ArrayList<>();
        for (int n = 1; n <= MAX_FILES; n++) {
            String suffix = n == 1 ? "" : Integer.toString(n);
            String file = Inlines.stripComments(call.getOrEmpty("filename" + suffix));
            String title = Inlines.stripComments(call.getOrEmpty("title" + suffix));
            String description = Inlines.stripComments(call.getOrEmpty("description" + suffix));
            if (file.isEmpty() && title.isEmpty() && description.isEmpty()) {
                if (n > 1) {
                    break;
                }
                continue;
            }
            List<Inline> entry = new ArrayList<>(title.isEmpty()
                    ? Inlines.text(readable(file)) : context.parseInline(title));
            List<Inline> said = context.parseInline(description);
            if (!said.isEmpty()) {
                if (!entry.isEmpty()) {
                    entry.add(new Text(". "));
                }
                entry.addAll(said);
            }
            files.add(entry);
        }
        List<Inline> joined = Inlines.join(files, "; ");
        if (joined.isEmpty()) {
            return TemplateResult.nothing();
        }
        List<Inline> out = new ArrayList<>(Inlines.text("Audio: "));
        out.addAll(joined);
        return TemplateResult.block(new Paragraph(out));
    }

    /** "File:Frase de Neil Armstrong.ogg" → "Frase de Neil Armstrong". */
    private static String readable(String file) {
        return FigureTemplates.fileName(file).replaceFirst("\\.[A-Za-z0-9]{2,5}$", "").replace('_', ' ').trim();
    }
}
