package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import org.lector.document.Inline;
import org.lector.document.Text;

/**
 * Joins the parts of a reference with a separator (". " for CS1, ", " for CS2) and ends it with a
 * closing mark, the way CS1 avoids doubled punctuation: no "." after a part that already ends in
 * ".", "?" or "!" ("Jr.", "et al.", "Why?").
 */
final class InlineSentence {
    private final String separator;
    private final List<Inline> out = new ArrayList<>();
    private final StringBuilder plain = new StringBuilder();

    InlineSentence(String separator) {
        this.separator = separator;
    }

    /** Adds one part (nothing when it is empty); its plain text decides the punctuation after it. */
    InlineSentence add(List<Inline> part, String partPlain) {
        if (partPlain.isBlank()) {
            return this;
        }
        if (plain.length() > 0) {
            text(endsClosed() && separator.startsWith(".") ? separator.substring(1) : separator);
        }
        out.addAll(part);
        plain.append(partPlain);
        return this;
    }

    InlineSentence add(String partText) {
        return add(List.of(new Text(partText)), partText);
    }

    /** The finished content, ended by {@code close} unless the last part already closed itself. */
    List<Inline> finish(String close) {
        if (plain.length() > 0 && !close.isEmpty() && !(close.startsWith(".") && endsClosed())) {
            text(close);
        }
        return List.copyOf(out);
    }

    String plainText() {
        return plain.toString();
    }

    private boolean endsClosed() {
        if (plain.length() == 0) {
            return false;
        }
        char c = plain.charAt(plain.length() - 1);
        return c == '.' || c == '?' || c == '!';
    }

    private void text(String s) {
        out.add(new Text(s));
        plain.append(s);
    }
}
