package org.lector.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** The outline: one bookmark per heading, nested by level, each opening its heading's page at its height. */
final class Bookmarks {
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final Deque<Open> open = new ArrayDeque<>();

    private record Open(int level, PDOutlineItem item) {
    }

    PDDocumentOutline outline() {
        return outline;
    }

    void add(int level, String title, PDPage page, float left, float top) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(page);
        d.setLeft((int) left);
        d.setTop((int) Math.ceil(top));
        item.setDestination(d);
        while (!open.isEmpty() && open.peek().level() >= level) {
            open.pop();
        }
        if (open.isEmpty()) {
            outline.addLast(item);
        } else {
            open.peek().item().addLast(item);
        }
        open.push(new Open(level, item));
    }

    void finish() {
        outline.openNode();
        for (PDOutlineItem item : outline.children()) {
            item.openNode();
        }
    }
}
