package org.lector.pipeline;

import java.nio.file.Path;

/**
 * What a run came to: how many articles it met, how many of them failed, and the file that lists
 * the failed ones ({@code OUT/failed.txt}; it exists only when {@code failed > 0}).
 */
public record ConversionResult(int articles, int failed, Path failedList) {
    public int converted() {
        return articles - failed;
    }
}
