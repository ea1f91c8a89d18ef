package org.lector.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.lector.script.Chapter;
import org.lector.script.Section;

/**
 * The outline, planned from the script's chapters (the list audio tracks and braille contents
 * are made from too): one top-level bookmark per chapter, and beneath it the headings of its
 * sections nested by level, except the heading that names the chapter, which the chapter's
 * bookmark stands for. Each bookmark opens its heading's page at its height once it is drawn;
 * a chapter's opens where the chapter begins.
 */
final class Bookmarks {
    private final PDDocumentOutline outline = new PDDocumentOutline();
    /** Heading id → the bookmarks that open at that heading. */
    private final Map<String, List<PDOutlineItem>> byHeading = new HashMap<>();

    private record Open(int level, PDOutlineItem item) {
    }

    Bookmarks(List<Chapter> chapters) {
        for (Chapter chapter : chapters) {
            if (chapter.sections().isEmpty()) {
                continue;
            }
            PDOutlineItem top = item(chapter.title());
            outline.addLast(top);
            opensAt(chapter.sections().get(0).heading().id(), top);
            Deque<Open> open = new ArrayDeque<>();
            for (Section section : chapter.sections()) {
                String id = section.heading().id();
                if (id.equals(chapter.announced())) {
                    continue;
                }
                while (!open.isEmpty() && open.peek().level() >= section.level()) {
                    open.pop();
                }
                PDOutlineItem item = item(section.heading().text().text());
                (open.isEmpty() ? top : open.peek().item()).addLast(item);
                open.push(new Open(section.level(), item));
                opensAt(id, item);
            }
        }
    }

    private static PDOutlineItem item(String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        return item;
    }

    private void opensAt(String headingId, PDOutlineItem item) {
        byHeading.computeIfAbsent(headingId, k -> new ArrayList<>()).add(item);
    }

    PDDocumentOutline outline() {
        return outline;
    }

    /** The heading {@code headingId} is drawn here: the bookmarks that open at it go here. */
    void place(String headingId, PDPage page, float left, float top) {
        for (PDOutlineItem item : byHeading.getOrDefault(headingId, List.of())) {
            PDPageXYZDestination d = new PDPageXYZDestination();
            d.setPage(page);
            d.setLeft((int) left);
            d.setTop((int) Math.ceil(top));
            item.setDestination(d);
        }
    }

    void finish() {
        outline.openNode();
        for (PDOutlineItem item : outline.children()) {
            item.openNode();
        }
    }
}
