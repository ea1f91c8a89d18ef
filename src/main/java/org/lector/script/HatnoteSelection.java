package org.lector.script;

/**
 * Which hatnotes are read by ear and by finger. The script keeps every hatnote with its kind and
 * the PDF prints them all, as a sighted reader's page shows them; audio and braille follow the
 * article, where "For other uses, see Mercury (disambiguation)." only says which article this is
 * and costs a listener the first seconds of every chapter it stands in.
 */
public enum HatnoteSelection {
    /** The hatnotes that lead on: "Main article", "See also", "Further information" (the default). */
    MAIN,
    /** Every hatnote, the disambiguation ones too. */
    ALL,
    /** No hatnote. */
    NONE;

    public boolean keeps(ScriptBlock.HatnoteKind kind) {
        return switch (this) {
            case ALL -> true;
            case NONE -> false;
            case MAIN -> kind != ScriptBlock.HatnoteKind.DISAMBIGUATION;
        };
    }
}
