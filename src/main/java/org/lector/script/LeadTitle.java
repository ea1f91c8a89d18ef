package org.lector.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.document.Article;
import org.lector.document.Block;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;

/**
 * The title as the article itself writes it, for a title guessed from a file name
 * ("ibn-al-haytham.wiki" gives "Ibn al haytham"; "kerala-ml.wiki" gives "Kerala ml").
 * Wikipedia's lead names its subject in bold in the first sentence; failing that, its words
 * appear in the lead with their proper case and hyphens. A trailing word that is the article's
 * language code (a file-naming habit: "-ml", "-de") is not part of the title.
 */
final class LeadTitle {
    private LeadTitle() {
    }

    static String of(Article article) {
        String lead = leadText(article);
        String bold = firstBold(article);
        List<String> words = new ArrayList<>(List.of(article.title().trim().split("\\s+")));
        if (words.size() > 1 && words.get(words.size() - 1).equalsIgnoreCase(article.language())) {
            words.remove(words.size() - 1);
        }
        String title = String.join(" ", words);
        if (title.equals("Untitled") || title.isEmpty()) {
            return bold != null && !bold.isBlank() ? bold : article.title();
        }
        if (bold != null && bold.toLowerCase(Locale.ROOT).equals(title.toLowerCase(Locale.ROOT))) {
            return bold;
        }
        // the whole title in the lead, allowing hyphens where the file name had spaces
        StringBuilder phrase = new StringBuilder();
        for (String w : words) {
            phrase.append(phrase.length() == 0 ? "" : "[\\s\\-–]+").append(Pattern.quote(w));
        }
        Matcher whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + phrase + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(lead);
        if (whole.find()) {
            return whole.group();
        }
        List<String> spelled = new ArrayList<>();
        for (String w : words) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(lead);
            spelled.add(m.find() ? m.group() : w);
        }
        return String.join(" ", spelled);
    }

    private static String leadText(Article article) {
        StringBuilder sb = new StringBuilder();
        for (Block b : article.lead()) {
            if (b instanceof Paragraph p) {
                sb.append(PlainText.of(p.content())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String firstBold(Article article) {
        for (Block b : article.lead()) {
            if (b instanceof Paragraph p) {
                return firstBold(p.content());
            }
        }
        return null;
    }

    private static String firstBold(List<Inline> content) {
        for (Inline in : content) {
            if (in instanceof Emphasis e) {
                if (e.style() == Emphasis.Style.BOLD) {
                    return PlainText.of(e.children());
                }
                String inner = firstBold(e.children());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
