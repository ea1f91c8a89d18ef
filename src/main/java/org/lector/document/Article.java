package org.lector.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed article: its title, language (BCP 47), lead blocks, sections, and the notes its
 * text refers to, in the order they were first referenced.
 */
public final class Article {
    private final String title;
    private final String language;
    private final List<Block> lead = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();

    public Article(String title, String language) {
        this.title = title;
        this.language = language;
    }

    public String title() { return title; }
    public String language() { return language; }
    public List<Block> lead() { return lead; }
    public List<Section> sections() { return sections; }
    public List<Note> notes() { return notes; }
    /** Facts the article declares about itself ("englishVariety" → "british"). */
    public Map<String, String> properties() { return properties; }
    /** Human-readable warnings from reading and parsing (unknown templates, repairs). */
    public List<String> warnings() { return warnings; }
}
