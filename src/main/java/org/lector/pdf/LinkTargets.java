package org.lector.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Where each anchor landed (page and height), and the links waiting for theirs: a note marker
 * is drawn long before its note, so destinations are filled in once everything is laid out.
 */
final class LinkTargets {
    private final Map<String, PDPageXYZDestination> targets = new HashMap<>();
    private final List<Map.Entry<PDAnnotationLink, String>> pending = new ArrayList<>();

    /** Records the first place an anchor appears; later ones (a note cited twice) keep the first. */
    void place(String anchor, PDPage page, float left, float top) {
        targets.computeIfAbsent(anchor, a -> {
            PDPageXYZDestination d = new PDPageXYZDestination();
            d.setPage(page);
            d.setLeft((int) left);
            d.setTop((int) Math.ceil(top));
            return d;
        });
    }

    void link(PDAnnotationLink link, String anchor) {
        pending.add(Map.entry(link, anchor));
    }

    /** Points every waiting link at its anchor; returns how many found none. */
    int resolve() {
        int unresolved = 0;
        for (var e : pending) {
            PDPageXYZDestination d = targets.get(e.getValue());
            if (d == null) {
                unresolved++;
            } else {
                e.getKey().setDestination(d);
            }
        }
        return unresolved;
    }
}
