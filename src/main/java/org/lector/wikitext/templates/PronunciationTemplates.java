package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lector.document.Inline;
import org.lector.document.LangSpan;
import org.lector.document.Text;

/**
 * Pronunciations. IPA goes into a {@link LangSpan} tagged "xx-fonipa" (BCP 47's variant for IPA)
 * so speech can skip or voice it deliberately instead of spelling out symbols.
 * {@code {{IPA|de|ˈbɛl…||audio.ogg}}} and {@code {{IPA-de|…}}} read "German pronunciation: [ˈbɛl…]";
 * a lone {@code {{IPA|ʃ}}} is the symbol itself; {@code {{IPAc-en|b|ə|ˈ|r|ɑː|k}}} joins its pieces
 * between slashes ("_" is a space; audio= and leading labels such as "lang", "US" are dropped);
 * {@code {{respell|bə|RAHK}}} joins with hyphens as Template:Respell does.
 */
final class PronunciationTemplates implements TemplateHandler {
    /** IPAc-en's optional leading labels ("lang" → "English:", "US", "pron", …): not transcription. */
    private static final Set<String> IPAC_LABELS = Set.of("lang", "pron", "local", "ipa", "also", "uk", "us",
            "uklang", "uslang", "ukalso", "usalso", "alsouk", "alsous");

    @Override
    public Set<String> names() {
        return Set.of("ipa", "ipac-en", "ipalink", "ipa link", "respell");
    }

    @Override
    public Set<String> prefixes() {
        return Set.of("ipa-");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String key = call.key();
        if (key.startsWith("ipa-")) {
            String code = call.name().trim().substring("ipa-".length());
            return labelled(code, call.arg(1));
        }
        return switch (key) {
            case "ipa" -> ipa(call);
            case "ipac-en" -> ipacEn(call);
            case "respell" -> respell(call);
            default -> plainIpa("und", call.arg(1)); // ipalink: the symbol
        };
    }

    private static TemplateResult ipa(TemplateCall call) {
        List<String> args = call.args();
        if (args.size() >= 2 && args.get(0).matches("[a-z]{2,3}(-[A-Za-z]+)?")) {
            return labelled(args.get(0), args.get(1));
        }
        return plainIpa("und", call.arg(1));
    }

    private static TemplateResult labelled(String code, String transcription) {
        if (transcription.isEmpty()) {
            return TemplateResult.nothing();
        }
        String t = transcription.matches("^[/\\[].*") ? transcription : "[" + transcription + "]";
        List<Inline> out = new ArrayList<>();
        String name = LanguageNames.of(code);
        if (!name.isEmpty()) {
            out.add(new Text(name + " pronunciation: "));
        }
        out.add(new LangSpan(code + "-fonipa", List.of(new Text(t))));
        return TemplateResult.inlines(out);
    }

    private static TemplateResult plainIpa(String code, String transcription) {
        if (transcription.isEmpty()) {
            return TemplateResult.nothing();
        }
        return TemplateResult.inline(new LangSpan(code + "-fonipa", List.of(new Text(transcription))));
    }

    private static TemplateResult ipacEn(TemplateCall call) {
        StringBuilder sb = new StringBuilder();
        boolean leading = true;
        for (String piece : call.args()) {
            if (leading && IPAC_LABELS.contains(piece.toLowerCase(Locale.ROOT))) {
                continue;
            }
            leading = false;
            sb.append(piece.equals("_") ? " " : piece);
        }
        String t = sb.toString().trim();
        if (t.isEmpty()) {
            return TemplateResult.nothing();
        }
        return TemplateResult.inline(new LangSpan("en-fonipa", List.of(new Text("/" + t + "/"))));
    }

    private static TemplateResult respell(TemplateCall call) {
        StringBuilder sb = new StringBuilder();
        for (String piece : call.args()) {
            if (piece.equals("_")) {
                sb.append(' ');
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append('-');
            }
            sb.append(piece);
        }
        String t = sb.toString().trim();
        return t.isEmpty() ? TemplateResult.nothing() : TemplateResult.inline(new Text(t));
    }
}
