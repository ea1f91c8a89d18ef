package org.lector.script;

import java.util.Locale;
import java.util.Map;

/**
 * Recognises the back matter an article ends with by its heading, in the languages of the
 * corpus, so that no backend has to: "See also", "References" (and bibliographies), "Further
 * reading", "External links". Subsections of back matter are back matter of the same kind.
 */
final class SectionRoles {
    private static final Map<String, SectionRole> BY_HEADING = Map.ofEntries(
            Map.entry("see also", SectionRole.SEE_ALSO),
            Map.entry("related articles", SectionRole.SEE_ALSO),
            Map.entry("siehe auch", SectionRole.SEE_ALSO),
            Map.entry("voir aussi", SectionRole.SEE_ALSO),
            Map.entry("véase también", SectionRole.SEE_ALSO),
            Map.entry("ഇതും കാണുക", SectionRole.SEE_ALSO),
            Map.entry("references", SectionRole.REFERENCES),
            Map.entry("notes", SectionRole.REFERENCES),
            Map.entry("footnotes", SectionRole.REFERENCES),
            Map.entry("citations", SectionRole.REFERENCES),
            Map.entry("sources", SectionRole.REFERENCES),
            Map.entry("notes and references", SectionRole.REFERENCES),
            Map.entry("references and notes", SectionRole.REFERENCES),
            Map.entry("bibliography", SectionRole.REFERENCES),
            Map.entry("works cited", SectionRole.REFERENCES),
            Map.entry("einzelnachweise", SectionRole.REFERENCES),
            Map.entry("anmerkungen", SectionRole.REFERENCES),
            Map.entry("quellen", SectionRole.REFERENCES),
            Map.entry("références", SectionRole.REFERENCES),
            Map.entry("notes et références", SectionRole.REFERENCES),
            Map.entry("referencias", SectionRole.REFERENCES),
            Map.entry("അവലംബം", SectionRole.REFERENCES),
            Map.entry("further reading", SectionRole.FURTHER_READING),
            Map.entry("literatur", SectionRole.FURTHER_READING),
            Map.entry("bibliographie", SectionRole.FURTHER_READING),
            Map.entry("external links", SectionRole.EXTERNAL_LINKS),
            Map.entry("weblinks", SectionRole.EXTERNAL_LINKS),
            Map.entry("liens externes", SectionRole.EXTERNAL_LINKS),
            Map.entry("enlaces externos", SectionRole.EXTERNAL_LINKS),
            Map.entry("പുറത്തേക്കുള്ള കണ്ണികൾ", SectionRole.EXTERNAL_LINKS));

    private SectionRoles() {
    }

    /** The role of a section with this heading, given the role of the section it sits in. */
    static SectionRole of(String headingText, SectionRole parent) {
        if (parent != null && parent.isBackMatter()) {
            return parent;
        }
        String key = headingText.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\u00a0]+", " ")
                .replaceAll("[.:]$", "");
        return BY_HEADING.getOrDefault(key, SectionRole.BODY);
    }
}
