package org.lector.wikitext.templates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.document.Inline;
import org.lector.document.Text;

/**
 * Dates and date qualifiers. {@code {{Birth date|1878|12|18}}} and kin read "18 December 1878"
 * (mf=y: "December 18, 1878"). {@code {{death date and age}}} adds " (aged N)" from its own two
 * dates; {@code {{birth date and age}}} leaves the age out, because it depends on the day the
 * audiobook is made and would be wrong on every later listening. {@code {{age}}} without a second
 * date has no such way out and uses the clock. The hyphenated forms ({@code {{birth-date|0965|c. 965}}},
 * {@code {{start-date|July 16, 1969}}}) carry free text and print it. Qualifiers: {@code {{circa}}}
 * "c.", {@code {{floruit}}} "fl.", {@code {{reign}}} "r.", {@code {{as of}}} "As of" (with all its
 * parameters: alt, df, since, lc, bare, pre, post), German
 * {@code {{Datum}}} / {@code {{FormatDate}}}, and {@code {{century BC|5th}}} "5th century BC".
 */
final class DateTemplates implements TemplateHandler {
    private static final Pattern ISO_DATE = Pattern.compile("(-?\\d{1,4})-(\\d{1,2})-(\\d{1,2})");

    private final Clock clock;

    DateTemplates() {
        this(Clock.systemUTC());
    }

    DateTemplates(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Set<String> names() {
        return Set.of("birth date", "death date", "birth date and age", "death date and age", "start date",
                "end date", "start date and age", "end date and age", "film date", "dob", "bda", "dda",
                "birth-date", "death-date", "start-date", "end-date", "birth-date and age", "start date and years ago",
                "birth year and age", "death year and age", "age", "circa", "c.", "ca.", "floruit", "fl.", "reign", "r.",
                "as of", "oldstyledate", "datum", "formatdate", "death year", "birth year", "century bc");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String key = call.key();
        return switch (key) {
            case "birth-date", "death-date", "start-date", "end-date", "birth-date and age" ->
                    freeText(call, context);
            case "circa", "c.", "ca." -> qualifier("c.", call, context);
            case "floruit", "fl." -> qualifier("fl.", call, context);
            case "reign", "r." -> qualifier("r.", call, context);
            case "as of" -> asOf(call, context);
            case "oldstyledate" -> oldStyle(call, context);
            case "datum" -> text(Dates.format(call.arg(3), call.arg(2), call.arg(1), Dates.Style.GERMAN));
            case "formatdate" -> formatDate(call, context);
            case "age" -> age(call);
            case "century bc" -> TemplateResult.inlines(Inlines.printed(context, call.arg(1) + " century BC"));
            case "birth year and age", "death year and age", "birth year", "death year" ->
                    text(deathYearAndAge(call));
            default -> fullDate(call);
        };
    }

    private static TemplateResult fullDate(TemplateCall call) {
        Dates.Style style = style(call);
        String date = Dates.format(call.arg(1), call.arg(2), call.arg(3), style);
        if (date == null) {
            return text(String.join(" ", call.args()).trim());
        }
        if (call.key().equals("death date and age") || call.key().equals("dda")) {
            int age = Dates.yearsBetween(call.arg(4), call.arg(5), call.arg(6), call.arg(1), call.arg(2), call.arg(3));
            if (age >= 0) {
                date += " (aged " + age + ")";
            }
        }
        return text(date);
    }

    private static String deathYearAndAge(TemplateCall call) {
        if (call.key().equals("death year and age") && Dates.number(call.arg(1)) != null
                && Dates.number(call.arg(2)) != null) {
            int age = Dates.number(call.arg(1)) - Dates.number(call.arg(2));
            return call.arg(1) + " (aged " + (age - 1) + "–" + age + ")";
        }
        return call.arg(1);
    }

    private static Dates.Style style(TemplateCall call) {
        String mf = call.first("mf");
        return mf.matches("(?i)y|yes|1|true") ? Dates.Style.MDY : Dates.Style.DMY;
    }

    private static TemplateResult freeText(TemplateCall call, TemplateContext context) {
        String shown = call.arg(2).isEmpty() ? call.arg(1) : call.arg(2);
        return shown.isEmpty() ? TemplateResult.nothing() : TemplateResult.inlines(context.parseInline(shown));
    }

    /** "c. 1900", "fl. 1350–1400", "r. 1924–1953"; the bare template is the abbreviation alone. */
    private static TemplateResult qualifier(String abbreviation, TemplateCall call, TemplateContext context) {
        List<Inline> out = new ArrayList<>();
        List<String> args = call.args();
        if (args.isEmpty() || args.get(0).isEmpty()) {
            out.add(new Text(abbreviation + (abbreviation.equals("r.") ? " " : "")));
            return TemplateResult.inlines(out);
        }
        out.add(new Text(abbreviation + " "));
        out.addAll(context.parseInline(args.get(0)));
        if (args.size() > 1 && !args.get(1).isEmpty()) {
            out.add(new Text("–"));
            out.addAll(context.parseInline(args.get(1)));
        }
        return TemplateResult.inlines(out);
    }

    /**
     * {{As of|2019|5|df=us}} → "As of May 2019": alt= replaces the whole text; since=y reads
     * "Since"; lc=y starts in lower case; bare=yes is the date alone; pre= stands before the date
     * ("As of early 2019") and post= after it. df=us writes month before day, as mf=y does.
     */
    private static TemplateResult asOf(TemplateCall call, TemplateContext context) {
        String alt = call.first("alt");
        if (!alt.isEmpty()) {
            return TemplateResult.inlinesOrNothing(context.parseInline(alt));
        }
        Dates.Style style = call.first("df").equalsIgnoreCase("us") ? Dates.Style.MDY : style(call);
        String date = Dates.format(call.arg(1), call.arg(2), call.arg(3), style);
        String shown = date == null ? call.arg(1) : date;
        String pre = call.first("pre");
        if (!pre.isEmpty()) {
            shown = pre + " " + shown;
        }
        String post = call.first("post");
        boolean bare = call.first("bare").matches("(?i)y|yes|true|1");
        String lead = bare ? "" : call.first("since").matches("(?i)y|yes|true|1") ? "Since " : "As of ";
        if (!call.first("lc").isEmpty() && !lead.isEmpty()) {
            lead = lead.toLowerCase(Locale.ROOT);
        }
        return TemplateResult.inlines(Inlines.printed(context, lead + shown + post));
    }

    /** {{OldStyleDate|8 March|1917|23 February}} → "8 March [O.S. 23 February] 1917". */
    private static TemplateResult oldStyle(TemplateCall call, TemplateContext context) {
        String s = call.arg(1) + (call.arg(3).isEmpty() ? "" : " [O.S. " + call.arg(3) + "]")
                + (call.arg(2).isEmpty() ? "" : " " + call.arg(2));
        return TemplateResult.inlines(context.parseInline(s.trim()));
    }

    /** {{FormatDate|2002-09-23}}: an ISO date written in the article's language. */
    private static TemplateResult formatDate(TemplateCall call, TemplateContext context) {
        String iso = call.arg(1);
        Matcher m = ISO_DATE.matcher(iso);
        if (!m.matches()) {
            return text(iso);
        }
        Dates.Style style = context.language().startsWith("de") ? Dates.Style.GERMAN : Dates.Style.DMY;
        return text(Dates.format(m.group(1), m.group(2), m.group(3), style));
    }

    private TemplateResult age(TemplateCall call) {
        String y2 = call.arg(4);
        String m2 = call.arg(5);
        String d2 = call.arg(6);
        if (y2.isEmpty()) {
            LocalDate today = LocalDate.now(clock);
            y2 = Integer.toString(today.getYear());
            m2 = Integer.toString(today.getMonthValue());
            d2 = Integer.toString(today.getDayOfMonth());
        }
        String m1 = call.arg(2).isEmpty() ? "1" : call.arg(2);
        String d1 = call.arg(3).isEmpty() ? "1" : call.arg(3);
        int years = Dates.yearsBetween(call.arg(1), m1, d1, y2, m2, d2);
        return years < 0 ? TemplateResult.nothing() : TemplateResult.inline(new Text(Integer.toString(years)));
    }

    private static TemplateResult text(String s) {
        return s == null || s.isEmpty() ? TemplateResult.nothing() : TemplateResult.inline(new Text(s));
    }
}
