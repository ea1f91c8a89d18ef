package org.lector.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the text of a MediaWiki edit form that people copy along with the wikitext: the page
 * title and notices before the edit box ("Warning: You are not logged in…", "Anti-spam check. Do
 * not fill this in!") and the form below it ("Summary:", "Please note that all contributions…",
 * "Cancel", "Editing help").
 *
 * <p>It must never damage an ordinary article, so it only removes text made of known edit-form
 * sentences, and only if that text contains no wiki markup.
 */
public final class EditPageChrome {

    /** The result: the wikitext, the page title if the chrome named one, and what was removed. */
    public record Stripped(String text, Optional<String> title, List<String> warnings) {
        public Stripped {
            warnings = List.copyOf(warnings);
        }
    }

    /** Trailing chrome must start this close to the end. */
    private static final int TAIL_WINDOW = 6000;
    private static final int MAX_TITLE = 250;
    private static final int MAX_PREFIX = 500;

    /** Phrases that only an edit form says; one must be present before anything is removed. */
    private static final Pattern HEAD_MARKER = Pattern.compile(
            "(?:Warning:\\s*)?You are not logged in|Anti-spam check|Your IP address will be"
                    + "|Do not fill this in!");

    private static final String SENTENCE_REST = "[^.!\\n{}\\[\\]<>|=]{0,300}?[.!]";

    /** The sentences of the notices above the edit box, consumed one after another. */
    private static final List<Pattern> HEAD_SENTENCES = List.of(
            Pattern.compile("Warning:\\s*You are not logged in\\."),
            Pattern.compile("You are not logged in\\."),
            Pattern.compile("Your IP address will be" + SENTENCE_REST),
            Pattern.compile("If you (?:log in|create an account)" + SENTENCE_REST),
            Pattern.compile("Log in or create an account" + SENTENCE_REST),
            Pattern.compile("Anti-spam check\\."),
            Pattern.compile("Do not fill this in!"),
            Pattern.compile("Content that violates any copyrights will be deleted\\."),
            Pattern.compile("Encyclopedic content must be verifiable" + SENTENCE_REST),
            Pattern.compile("Work submitted to \\S+ can be edited" + "[^\\n{}\\[\\]<>|=]{0,300}?conditions\\."));

    /** Phrases of the form below the edit box; the earliest one found starts the trailing chrome. */
    private static final Pattern TAIL_MARKER = Pattern.compile(
            "Please note that all contributions to \\S+(?: \\S+){0,3} may be edited"
                    + "|By (?:publishing|saving) changes, you agree to the Terms of Use"
                    + "|Cancel\\s+Editing help|Editing help \\(opens in new window\\)");

    /** Form labels that sit just before the tail markers. */
    private static final Pattern TAIL_LABEL = Pattern.compile(
            "(?:(?:Edit )?[Ss]ummary(?: \\([^)\\n]{0,80}\\))?:\\s*)$");

    /** If any of these occur in text we would remove, it is wikitext, not chrome. */
    private static final Pattern MARKUP = Pattern.compile("\\{\\{|\\}\\}|\\[\\[|\\]\\]|==|''|<ref|\\{\\|");

    private EditPageChrome() {
    }

    /** Strips edit-page chrome from both ends of {@code text}; returns it unchanged if there is none. */
    public static Stripped strip(String text) {
        List<String> warnings = new ArrayList<>();
        Optional<String> title = Optional.empty();
        String body = text;

        int[] head = findHead(body);
        if (head != null) {
            title = titleFrom(body.substring(0, head[0]));
            body = body.substring(head[1]).stripLeading();
            warnings.add("removed MediaWiki edit-page text before the wikitext"
                    + title.map(t -> " (page title: " + t + ")").orElse(""));
        }
        int tail = findTail(body);
        if (tail >= 0) {
            body = body.substring(0, tail).stripTrailing();
            warnings.add("removed MediaWiki edit-page text after the wikitext");
        }
        return new Stripped(warnings.isEmpty() ? text : body, title, warnings);
    }

    /** Returns {markerStart, chromeEnd} or null when the text does not begin with edit-form notices. */
    private static int[] findHead(String text) {
        Matcher marker = HEAD_MARKER.matcher(text);
        marker.region(0, Math.min(text.length(), MAX_PREFIX + 100));
        if (!marker.find()) {
            return null;
        }
        int start = marker.start();
        // Before the notices there is only the page title (perhaps "Editing …"), never markup.
        if (start > MAX_PREFIX || MARKUP.matcher(text.substring(0, start)).find()) {
            return null;
        }
        int position = start;
        boolean consumed = true;
        while (consumed) {
            consumed = false;
            int p = skipWhitespace(text, position);
            for (Pattern sentence : HEAD_SENTENCES) {
                Matcher m = sentence.matcher(text).region(p, text.length());
                if (m.lookingAt()) {
                    position = m.end();
                    consumed = true;
                    break;
                }
            }
        }
        return position > start ? new int[] {start, position} : null;
    }

    /** Returns where the trailing chrome starts, or -1. */
    private static int findTail(String text) {
        int from = Math.max(0, text.length() - TAIL_WINDOW);
        Matcher marker = TAIL_MARKER.matcher(text).region(from, text.length());
        if (!marker.find()) {
            return -1;
        }
        int cut = marker.start();
        Matcher label = TAIL_LABEL.matcher(text).region(Math.max(0, cut - 120), cut);
        if (label.find()) {
            cut = label.start();
        }
        return MARKUP.matcher(text.substring(cut)).find() ? -1 : cut;
    }

    /** The page title is whatever precedes the notices, minus the form's own "Editing …" wording. */
    private static Optional<String> titleFrom(String prefix) {
        String[] lines = prefix.strip().split("\n");
        String title = lines[lines.length - 1].strip()
                .replaceFirst("^Editing\\s+", "")
                .replaceFirst("\\s*\\((?:new )?section\\)$", "")
                .replaceAll("\\s+", " ");
        return title.isEmpty() || title.length() > MAX_TITLE ? Optional.empty() : Optional.of(title);
    }

    private static int skipWhitespace(String text, int p) {
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }
}
