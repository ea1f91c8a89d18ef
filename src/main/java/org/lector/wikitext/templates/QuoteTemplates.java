package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Block;
import org.lector.document.Inline;
import org.lector.document.Quote;

/**
 * Quotations set apart from the text: {@code {{Quote box}}}, {@code {{quote}}},
 * {@code {{blockquote}}}, {@code {{cquote}}}, {@code {{rquote}}}, {@code {{quotation}}},
 * {@code {{poem quote}}} and German {@code {{Zitat}}}. Each template spells its parameters
 * differently; this class maps them onto one shape (text, author, title, source) and builds a
 * {@link Quote}. The source reads "author, title, source" with empty parts left out, and without
 * the leading dash editors type ("— Stalin, 1931"): the backends announce the source themselves.
 */
final class QuoteTemplates implements TemplateHandler {

    /** The four things every quotation template carries, as raw wikitext. */
    private record Parts(String text, String author, String title, String source) {
    }

    @Override
    public Set<String> names() {
        return Set.of("quote box", "quote", "blockquote", "block quote", "quotation", "cquote", "rquote",
                "poem quote", "zitat");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        Parts p = parts(call);
        String text = p.text();
        if (call.key().equals("poem quote")) {
            text = keepLineBreaks(text);
        }
        List<Block> body = text.isBlank() ? List.of() : context.parseBlocks(text);
        return TemplateResult.block(new Quote(body, source(p, context)));
    }

    private static Parts parts(TemplateCall c) {
        return switch (c.key()) {
            case "quote box" -> new Parts(c.first("quote", "1"), c.first("author"), c.first("title"),
                    c.first("source"));
            case "cquote" -> new Parts(c.first("quote", "text", "1"), c.first("author", "4"), c.first("title"),
                    c.first("source", "5"));
            case "rquote" -> new Parts(c.first("quote", "2"), c.first("author", "3"), c.first("title"),
                    c.first("source", "5", "4"));
            case "poem quote" -> new Parts(c.first("text", "quote", "1"), c.first("char", "sign", "author", "2"),
                    c.first("title"), c.first("source", "3"));
            case "zitat" -> new Parts(c.first("Text", "text", "1"), c.first("Autor", "autor", "2"), "",
                    c.first("Quelle", "quelle", "3"));
            // quote, blockquote, quotation share Template:Blockquote's parameters
            default -> new Parts(c.first("text", "quote", "1"), c.first("author", "sign", "character", "2"),
                    c.first("title"), c.first("source", "citation", "3"));
        };
    }

    private static List<Inline> source(Parts p, TemplateContext context) {
        List<List<Inline>> pieces = new ArrayList<>();
        for (String s : List.of(p.author(), p.title(), p.source())) {
            String clean = stripLeadingDash(Inlines.stripComments(s));
            if (!clean.isEmpty()) {
                pieces.add(context.parseInline(clean));
            }
        }
        return Inlines.join(pieces, ", ");
    }

    static String stripLeadingDash(String s) {
        return s.replaceFirst("^(?:[\\u2014\\u2013\\u2015~-]|&mdash;|&ndash;|\\{\\{[nm]dash}})+\\s*", "").trim();
    }

    /** A poem's single newlines are line breaks; in ordinary wikitext they would fold into spaces. */
    private static String keepLineBreaks(String text) {
        if (text.contains("<poem")) {
            return text;
        }
        return text.strip().replaceAll("(?<!\\n)\\n(?!\\n)", "<br />\n");
    }
}
