package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.lector.document.Infobox;
import org.lector.document.Inline;

/**
 * Infoboxes (and taxoboxes) read as an {@link Infobox}: its title, then entries pairing a label
 * ("birth_place" → "Birth place") with its value parsed as inline wikitext, one per fact as
 * {@link InfoboxFacts} groups the parameters (a label parameter with the one it labels, one
 * quantity in all its units, coordinates in parts, a year or reference with its fact).
 *
 * <p>The title is the subject the box names (name=, title=, above=, conventional_long_name=,
 * Name=, …), empty when it names none. Generic boxes pair labelN with dataN (an entry without a
 * label when labelN is missing) and turn headerN into an entry with no value, the way the box
 * shows it as a sub-heading. A "* a\n* b" list typed into a value joins
 * with ", " like {@code {{plainlist}}}. Left out: empty values, and parameters that
 * only place or style pictures and the box (image*, logo*, map*, caption, alt, *_size, width,
 * style, class, module, embed…), because a listener cannot see them and their captions read
 * without their images as riddles.
 */
final class InfoboxTemplate implements TemplateHandler {
    private static final List<String> TITLE_KEYS = List.of("name", "title", "above", "conventional_long_name",
            "Name", "Titel", "official_name", "common_name");
    private static final Pattern SKIP_PREFIX = Pattern.compile(
            "^(image|logo|insignia|patch|map|pushpin|module|signature|flag|coat|seal|symbol|locator|bild|karte|screenshot|audio|sound"
                    + "|beschreibung|relief|mapframe|child|embed|bodyclass|bodystyle|titlestyle|abovestyle|labelstyle"
                    + "|datastyle|headerstyle|captionstyle|belowstyle|image_map|color|colour|background|border"
                    + "|onlysourced|qid|fetchwikidata|noicon|ref$).*");
    private static final Pattern SKIP_SUFFIX = Pattern.compile(
            ".*(size|width|alt|caption|upright|style|class|color|colour|_image|_pic|_map|_icon|_label|_link)$");
    /** Keys that only feed links or tracking: reference-name keys, language tags of other fields. */
    private static final Pattern SKIP_KEY = Pattern.compile(
            "^(cianame|glottorefname|.*refname.*|.*_lang|lang\\d*|.*_ref|.*_footnote|.*_change)$");
    /** Values that are settings, not facts: "auto", or a bare media file name. */
    private static final Pattern SETTING_VALUE = Pattern.compile(
            "(?i)auto|[^|\\[\\]{}<>\n]++(?<=\\.(jpe?g|png|svg|gif|tiff?|ogg|oga|ogv|wav|mp3|webm|flac))");

    @Override
    public Set<String> names() {
        return Set.of("taxobox", "speciesbox", "automatic taxobox", "subspeciesbox", "infraspeciesbox");
    }

    @Override
    public Set<String> prefixes() {
        return Set.of("infobox");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        List<Inline> title = List.of();
        String titleKey = null;
        for (String k : TITLE_KEYS) {
            if (!Inlines.stripComments(call.getOrEmpty(k)).isEmpty()) {
                titleKey = k;
                List<Inline> parsed = context.parseInline(Inlines.stripComments(call.get(k)));
                if (!Inlines.isBlank(parsed)) {
                    title = parsed;
                }
                break;
            }
        }
        List<Infobox.Entry> entries = new ArrayList<>();
        for (InfoboxFacts.Fact f : InfoboxFacts.of(call.params(), titleKey, InfoboxFacts.english(context.language()))) {
            List<Inline> label = f.label().isEmpty() ? List.of()
                    : f.labelIsWikitext() ? context.parseInline(f.label()) : Inlines.text(f.label());
            if (f.isHeader()) {
                if (!Inlines.isBlank(label)) {
                    entries.add(new Infobox.Entry(label, List.of())); // a sub-heading
                }
            } else {
                addEntry(label, f.value(), entries, context);
            }
        }
        if (title.isEmpty() && entries.isEmpty()) {
            return TemplateResult.nothing();
        }
        return TemplateResult.block(new Infobox(title, entries));
    }

    private static void addEntry(List<Inline> label, String value, List<Infobox.Entry> entries, TemplateContext context) {
        if (isSetting(value)) {
            return;
        }
        // a bulleted list typed straight into a value reads like {{plainlist}}: items joined with ", "
        List<Inline> content = value.startsWith("*") || value.contains("\n*")
                ? Inlines.join(ListTemplates.starredItems(value).stream().map(context::parseInline).toList(), ", ")
                : context.parseInline(value);
        if (!Inlines.isBlank(content)) {
            entries.add(new Infobox.Entry(label, content));
        }
    }

    /** A value that is a setting, not a fact: "auto", or a bare media file name. */
    static boolean isSetting(String value) {
        return SETTING_VALUE.matcher(value.trim()).matches();
    }

    static boolean skipped(String key) {
        String k = key.toLowerCase(Locale.ROOT).trim();
        return SKIP_PREFIX.matcher(k).matches() || SKIP_SUFFIX.matcher(k).matches() || SKIP_KEY.matcher(k).matches();
    }

    /** "birth_place" → "Birth place" (see {@link InfoboxLabels}). */
    static String label(String key) {
        return InfoboxLabels.of(key, true);
    }
}
