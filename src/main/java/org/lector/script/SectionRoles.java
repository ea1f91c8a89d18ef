package org.lector.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises the back matter an article ends with by its heading, in the languages of the
 * corpus, so that no backend has to: "See also", "References" (and notes, sources,
 * bibliographies, works cited), "Further reading", "External links". Subsections of back matter
 * are back matter of the same kind.
 *
 * <p>Wikipedia's appendices are top-level sections (MOS:APPENDIX), so a heading is read as back
 * matter only at the top level: "Sources" inside "Historical views" is about historical sources,
 * not a list of them. Combined headings ("Notes and references", "Further reading and external
 * links", "Literatur und Weblinks") are back matter when every part is, with the first part's
 * role. A "Bibliography" placed before "See also" is the subject's own works (MOS:WORKS puts
 * works first and the sources after "See also"), so it is read as body.
 */
final class SectionRoles {
    private static final Map<String, SectionRole> BY_HEADING = Map.ofEntries(
            Map.entry("see also", SectionRole.SEE_ALSO),
            Map.entry("related articles", SectionRole.SEE_ALSO),
            Map.entry("related pages", SectionRole.SEE_ALSO),
            Map.entry("related topics", SectionRole.SEE_ALSO),
            Map.entry("siehe auch", SectionRole.SEE_ALSO),
            Map.entry("voir aussi", SectionRole.SEE_ALSO),
            Map.entry("véase también", SectionRole.SEE_ALSO),
            Map.entry("ഇതും കാണുക", SectionRole.SEE_ALSO),
            Map.entry("references", SectionRole.REFERENCES),
            Map.entry("reference", SectionRole.REFERENCES),
            Map.entry("notes", SectionRole.REFERENCES),
            Map.entry("footnotes", SectionRole.REFERENCES),
            Map.entry("endnotes", SectionRole.REFERENCES),
            Map.entry("citations", SectionRole.REFERENCES),
            Map.entry("sources", SectionRole.REFERENCES),
            Map.entry("bibliography", SectionRole.REFERENCES),
            Map.entry("works cited", SectionRole.REFERENCES),
            Map.entry("cited works", SectionRole.REFERENCES),
            Map.entry("sources cited", SectionRole.REFERENCES),
            Map.entry("cited sources", SectionRole.REFERENCES),
            Map.entry("literature cited", SectionRole.REFERENCES),
            Map.entry("general references", SectionRole.REFERENCES),
            Map.entry("general sources", SectionRole.REFERENCES),
            Map.entry("einzelnachweise", SectionRole.REFERENCES),
            Map.entry("anmerkungen", SectionRole.REFERENCES),
            Map.entry("fußnoten", SectionRole.REFERENCES),
            Map.entry("belege", SectionRole.REFERENCES),
            Map.entry("nachweise", SectionRole.REFERENCES),
            Map.entry("quellen", SectionRole.REFERENCES),
            Map.entry("références", SectionRole.REFERENCES),
            Map.entry("notes et références", SectionRole.REFERENCES),
            Map.entry("referencias", SectionRole.REFERENCES),
            Map.entry("notas", SectionRole.REFERENCES),
            Map.entry("അവലംബം", SectionRole.REFERENCES),
            Map.entry("further reading", SectionRole.FURTHER_READING),
            Map.entry("additional reading", SectionRole.FURTHER_READING),
            Map.entry("suggested reading", SectionRole.FURTHER_READING),
            Map.entry("literatur", SectionRole.FURTHER_READING),
            Map.entry("bibliographie", SectionRole.FURTHER_READING),
            Map.entry("external links", SectionRole.EXTERNAL_LINKS),
            Map.entry("external link", SectionRole.EXTERNAL_LINKS),
            Map.entry("weblinks", SectionRole.EXTERNAL_LINKS),
            Map.entry("web links", SectionRole.EXTERNAL_LINKS),
            Map.entry("liens externes", SectionRole.EXTERNAL_LINKS),
            Map.entry("enlaces externos", SectionRole.EXTERNAL_LINKS),
            Map.entry("പുറത്തേക്കുള്ള കണ്ണികൾ", SectionRole.EXTERNAL_LINKS));

    /** How combined headings join their parts: "Notes and references", "Literatur und Weblinks", "Notes & sources". */
    private static final Pattern JOINS = Pattern.compile(" (?:and|und|et|y|&) |, | / ");

    private SectionRoles() {
    }

    /**
     * The roles of sibling sections, in order, given their headings and the role of the section
     * they sit in ({@code null} for the article's top level).
     */
    static List<SectionRole> of(List<String> headings, SectionRole parent) {
        List<SectionRole> roles = new ArrayList<>(headings.size());
        for (String h : headings) {
            roles.add(parent == null ? byHeading(h)
                    : parent.isBackMatter() ? parent
                    : SectionRole.BODY);
        }
        if (parent == null) {
            worksBeforeSeeAlso(headings, roles);
        }
        return roles;
    }

    /** MOS:WORKS: "Bibliography" before "See also" lists the subject's works; it is the article's own text. */
    private static void worksBeforeSeeAlso(List<String> headings, List<SectionRole> roles) {
        int seeAlso = roles.indexOf(SectionRole.SEE_ALSO);
        for (int i = 0; i < seeAlso; i++) {
            if (normalised(headings.get(i)).equals("bibliography")) {
                roles.set(i, SectionRole.BODY);
            }
        }
    }

    /** The role a top-level heading names, BODY when it names none. */
    static SectionRole byHeading(String headingText) {
        String key = normalised(headingText);
        SectionRole whole = BY_HEADING.get(key);
        if (whole != null) {
            return whole;
        }
        String[] parts = JOINS.split(key);
        if (parts.length < 2) {
            return SectionRole.BODY;
        }
        for (String part : parts) {
            if (!BY_HEADING.containsKey(part.strip())) {
                return SectionRole.BODY;
            }
        }
        return BY_HEADING.get(parts[0].strip());
    }

    private static String normalised(String headingText) {
        return headingText.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\u00a0]++", " ")
                .replaceAll("[.:]$", "");
    }
}
