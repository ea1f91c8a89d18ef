package org.lector.pipeline;

import java.util.Iterator;
import java.util.List;
import org.lector.script.ReadingScript;

/**
 * The articles of a run, each as the work that makes its reading script (parsing an article,
 * or nothing for a stored script), so that work runs on the conversion's threads.
 */
interface ScriptSource {
    boolean hasNext();

    PendingArticle next();

    static ScriptSource of(List<ReadingScript> scripts) {
        Iterator<ReadingScript> it = scripts.iterator();
        return new ScriptSource() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public PendingArticle next() {
                ReadingScript s = it.next();
                return new PendingArticle(s.title(), () -> s);
            }
        };
    }
}
