package org.lector.wikitext.templates;

import java.util.Map;
import java.util.Set;
import org.lector.document.Note;
import org.lector.document.NoteRef;

/**
 * Templates that stand for one often-cited work, so that articles need not repeat its details:
 * the nuclear data tables ({@code {{NUBASE2020}}}, {@code {{NUBASE2016}}}, {@code {{AME2020 II}}})
 * and standard chemistry texts ({@code {{Greenwood&Earnshaw2nd}}}). Each is the CS1 reference it
 * prints; with a first parameter "ref" ({@code {{NUBASE2020|ref}}}) it is a footnote, as there.
 */
final class StandardReferences implements TemplateHandler {
    private static final Map<String, String> WORKS = Map.of(
            "nubase2020", "{{cite journal |last1=Kondev |first1=F. G. |last2=Wang |first2=M. |last3=Huang |first3=W. J."
                    + " |last4=Naimi |first4=S. |last5=Audi |first5=G. |year=2021 |title=The NUBASE2020 evaluation of"
                    + " nuclear physics properties |journal=Chinese Physics C |volume=45 |issue=3 |page=030001"
                    + " |doi=10.1088/1674-1137/abddae}}",
            "nubase2016", "{{cite journal |last1=Audi |first1=G. |last2=Kondev |first2=F. G. |last3=Wang |first3=M."
                    + " |last4=Huang |first4=W. J. |last5=Naimi |first5=S. |year=2017 |title=The NUBASE2016"
                    + " evaluation of nuclear properties |journal=Chinese Physics C |volume=41 |issue=3 |page=030001"
                    + " |doi=10.1088/1674-1137/41/3/030001}}",
            "ame2020 ii", "{{cite journal |last1=Wang |first1=Meng |last2=Huang |first2=W. J. |last3=Kondev"
                    + " |first3=F. G. |last4=Audi |first4=G. |last5=Naimi |first5=S. |year=2021 |title=The AME 2020"
                    + " atomic mass evaluation (II). Tables, graphs and references |journal=Chinese Physics C"
                    + " |volume=45 |issue=3 |page=030003 |doi=10.1088/1674-1137/abddaf}}",
            "greenwood&earnshaw2nd", "{{cite book |last1=Greenwood |first1=Norman N. |last2=Earnshaw |first2=Alan"
                    + " |year=1997 |title=Chemistry of the Elements |edition=2nd |publisher=Butterworth-Heinemann"
                    + " |isbn=978-0-08-037941-8}}");

    @Override
    public Set<String> names() {
        return WORKS.keySet();
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String reference = WORKS.get(call.key());
        if (!call.arg(1).equalsIgnoreCase("ref")) {
            return TemplateResult.inlinesOrNothing(context.parseInline(reference));
        }
        TemplateContext.NoteContent note = context.parseNote(reference);
        NoteRef ref = context.addNote(Note.Kind.CITATION, "", "template:" + call.key(), note.content(),
                note.citations());
        return TemplateResult.inline(ref);
    }
}
