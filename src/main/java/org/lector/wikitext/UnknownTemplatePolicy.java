package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lector.wikitext.templates.TemplateCall;

/**
 * What to do with a template no handler knows. Most are page furniture — navigation boxes,
 * sidebars, footers, portals, stub and maintenance tags — or take data for a layout Lector does
 * not have; those are dropped. But an unfamiliar template may carry the article's own words
 * ({@code {{Hidden|Early life|He was born …}}}, a local quotation template, a wrapper around a
 * name): when its text parameters (the positional ones, or {@code text=}, {@code title=},
 * {@code quote=}, {@code caption=}, {@code label=}, {@code content=}, {@code name=}) read as
 * prose, that text
 * is kept, so a listener does not lose words a sighted reader sees. Either way the parser reports
 * it: how many words were dropped, or that the text was kept.
 */
final class UnknownTemplatePolicy {
    /** Named parameters that hold text to show rather than data for a layout. */
    private static final List<String> TEXT_KEYS = List.of("text", "title", "quote", "caption", "label", "content");
    /**
     * Named parameters that hold a name to show, which may as well be a page's name or an
     * identifier: held to the positional parameters' three words ("Atlantic mixed forests").
     */
    private static final List<String> NAME_KEYS = List.of("name");
    /**
     * Words a positional parameter needs to read as prose. Positional values of an unknown
     * template are more often selectors of data kept elsewhere ("Group A", "3rd place") than
     * text, while a named text parameter (title=) says what it holds: two words do there.
     */
    private static final int POSITIONAL_WORDS = 3;
    /** Positional parameters looked at; more than this is a table of data, not a sentence. */
    private static final int MAX_POSITIONAL = 9;
    /** MediaWiki titles are at most 255 bytes. */
    private static final int MAX_NAME = 255;

    /**
     * Names of page furniture: navigation ("… navbox", "… sidebar", "… footer", "… topics",
     * "portal …"), article badges and stubs, table scaffolding ("…-start", "… begin", "… end"),
     * maintenance tags (notes to editors), and interactive widgets ({@code {{switcher}}}'s "Show
     * globe" is a button). Matched anywhere in the normalized name, at word boundaries written as
     * spaces, hyphens, slashes or brackets.
     */
    private static final Pattern CHROME = Pattern.compile(
            "(?:^|[ /(-])(?:navbox(?:es)?|nav|navigation|sidebar|footer|topics|portal|stub|campaignbox|userbox|switcher"
            + "|succession|s-start|s-end|start|end|begin|top|bottom|header|infobox|taxobox|speciesbox|automatic taxobox"
            + "|location map|image label|legend|sister project|commons|wikiquote|wiktionary|wikisource|wikispecies"
            + "|authority control|coord missing|cleanup|citation needed|needed|dead link|dubious|clarify|verify"
            + "|verification|disputed|unreliable|refimprove|unreferenced|orphan|merge|split|wikify|notability"
            + "|expand|update|multiple issues|pov|tone|peacock|weasel|copy ?edit|advert|globalize|external links"
            + "|primary sources|original research|fansite|in use|under construction|use [a-z ]+|cs1 config"
            + "|reflist|references|notelist|refbegin|refend|toc|clear|anchor|shortcut|redirect|about|distinguish"
            + "|for|other uses|selfref|italic title|lowercase|display ?title|short description)(?:$|[ /)-])");
    /** Whole names that are furniture but do not say so ("spaceflight crew" is a table of portraits). */
    private static final Set<String> CHROME_NAMES = Set.of("-", "!", "=", "•", "clr", "cob", "pb", "break");

    /**
     * The verdict on one call: the wikitext of the parameters worth keeping, in order (empty: drop
     * the template), and how many words the template held in all.
     */
    record Verdict(List<String> kept, int words) {
        Verdict {
            kept = List.copyOf(kept);
        }

        boolean keepsText() {
            return !kept.isEmpty();
        }
    }

    private UnknownTemplatePolicy() {
    }

    static Verdict judge(TemplateCall call) {
        int words = 0;
        for (String value : call.params().values()) {
            words += ProseParameters.count(ProseParameters.words(value));
        }
        if (isChrome(call.key())) {
            return new Verdict(List.of(), words);
        }
        List<String> kept = new ArrayList<>();
        Map<String, String> params = call.params();
        for (int i = 1; i <= MAX_POSITIONAL; i++) {
            String v = params.get(Integer.toString(i));
            if (v != null && ProseParameters.isProse(ProseParameters.words(v), POSITIONAL_WORDS)) {
                kept.add(v.strip());
            }
        }
        for (String key : TEXT_KEYS) {
            String v = params.get(key);
            if (v != null && ProseParameters.isProse(ProseParameters.words(v))) {
                kept.add(v.strip());
            }
        }
        for (String key : NAME_KEYS) {
            String v = params.get(key);
            if (v != null && ProseParameters.isProse(ProseParameters.words(v), POSITIONAL_WORDS)) {
                kept.add(v.strip());
            }
        }
        return new Verdict(kept, words);
    }

    /** True for a template name that says it is navigation, layout or a note to editors. */
    static boolean isChrome(String normalizedName) {
        // no real template name is this long; a hostile one is not worth a scan
        return normalizedName.length() > MAX_NAME || CHROME_NAMES.contains(normalizedName)
                || CHROME.matcher(normalizedName).find();
    }
}
