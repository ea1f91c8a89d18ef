package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Figure;
import org.lector.document.FigureGroup;
import org.lector.document.Inline;

/**
 * Images placed by template: {@code {{multiple image}}} (imageN, altN, captionN, footer/header),
 * {@code {{Double image}}} (positional: align, image1, width1, image2, width2, caption1, caption2),
 * {@code {{Photomontage}}} (photo1a, photo1b, … and foot_montage), {@code {{wide image}}}, and
 * {@code {{Gallery|title=…|File:A.jpg|Caption A|File:B.jpg|Caption B}}} (files and captions in
 * turn, altN for the Nth file's alt text, footer= under them).
 * An image slot counts when it has a file, an alt text or a caption: the seed article blanks the
 * file names of its {@code {{multiple image}}} but keeps the captions, which are what a reader needs.
 */
final class FigureTemplates implements TemplateHandler {
    private static final int MAX_IMAGES = 20;

    @Override
    public Set<String> names() {
        return Set.of("multiple image", "multiple images", "double image", "photomontage", "photo montage",
                "wide image", "gallery");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "double image" -> doubleImage(call, context);
            case "photomontage", "photo montage" -> montage(call, context);
            case "gallery" -> gallery(call, context);
            case "wide image" -> TemplateResult.block(
                    figure(call.arg(1), call.get("alt"), call.arg(3), context));
            default -> multipleImage(call, context);
        };
    }

    private static TemplateResult multipleImage(TemplateCall call, TemplateContext context) {
        List<Figure> figures = new ArrayList<>();
        for (int n = 1; n <= MAX_IMAGES; n++) {
            String image = clean(call.get("image" + n));
            String alt = clean(call.get("alt" + n));
            String caption = clean(call.get("caption" + n));
            if (!image.isEmpty() || !alt.isEmpty() || !caption.isEmpty()) {
                figures.add(figure(image, alt, caption, context));
            }
        }
        String groupCaption = clean(call.first("footer", "header"));
        return group(figures, groupCaption, context);
    }

    private static TemplateResult gallery(TemplateCall call, TemplateContext context) {
        List<Figure> figures = new ArrayList<>();
        List<String> args = call.args();
        for (int i = 0; i < args.size() && figures.size() < MAX_IMAGES; i += 2) {
            String image = clean(args.get(i));
            String caption = i + 1 < args.size() ? clean(args.get(i + 1)) : "";
            if (!image.isEmpty() || !caption.isEmpty()) {
                figures.add(figure(image, call.get("alt" + (i / 2 + 1)), caption, context));
            }
        }
        String title = clean(call.first("title"));
        String footer = clean(call.first("footer"));
        return group(figures, title.isEmpty() ? footer : footer.isEmpty() ? title : title + ". " + footer, context);
    }

    private static TemplateResult doubleImage(TemplateCall call, TemplateContext context) {
        List<Figure> figures = new ArrayList<>();
        figures.add(figure(call.arg(2), call.get("left_alt"), call.arg(6), context));
        figures.add(figure(call.arg(4), call.get("right_alt"), call.arg(7), context));
        return group(figures, "", context);
    }

    private static TemplateResult montage(TemplateCall call, TemplateContext context) {
        List<Figure> figures = new ArrayList<>();
        for (int row = 1; row <= MAX_IMAGES; row++) {
            for (char col = 'a'; col <= 'e'; col++) {
                String image = clean(call.get("photo" + row + col));
                if (!image.isEmpty()) {
                    figures.add(figure(image, call.get("alt" + row + col), "", context));
                }
            }
        }
        return group(figures, clean(call.first("foot_montage", "text")), context);
    }

    private static TemplateResult group(List<Figure> figures, String caption, TemplateContext context) {
        if (figures.isEmpty() && caption.isEmpty()) {
            return TemplateResult.nothing();
        }
        List<Inline> groupCaption = caption.isEmpty() ? List.of() : context.parseInline(caption);
        return TemplateResult.block(new FigureGroup(figures, groupCaption));
    }

    private static Figure figure(String image, String alt, String caption, TemplateContext context) {
        String altText = clean(alt);
        String captionText = clean(caption);
        return new Figure(fileName(clean(image)), altText.isEmpty() ? "" : context.plainText(altText),
                captionText.isEmpty() ? List.of() : context.parseInline(captionText));
    }

    /** "File:Foo.jpg" and "Image:Foo.jpg" (and German "Datei:") name the same file as "Foo.jpg". */
    static String fileName(String image) {
        return image.replaceFirst("(?i)^\\s*(file|image|datei|bild|പ്രമാണം)\\s*:\\s*", "").trim();
    }

    private static String clean(String value) {
        return Inlines.stripComments(value);
    }
}
