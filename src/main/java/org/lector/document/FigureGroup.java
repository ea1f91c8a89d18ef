package org.lector.document;

import java.util.List;

/** Several images shown together ({@code {{multiple image}}}, {@code <gallery>}) with an optional shared caption. */
public record FigureGroup(List<Figure> figures, List<Inline> caption) implements Block {
    public FigureGroup {
        figures = List.copyOf(figures);
        caption = List.copyOf(caption);
    }
}
