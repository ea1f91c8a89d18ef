package org.lector.pipeline;

import java.util.function.Supplier;
import org.lector.script.ReadingScript;

/**
 * One article of a run before its script is made: its title as the input gives it (what a
 * failure is reported under when the script cannot be made) and the work that makes the script.
 */
record PendingArticle(String title, Supplier<ReadingScript> script) {
}
