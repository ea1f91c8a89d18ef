package org.lector.cli;

import java.nio.file.Path;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;

/** Opens the INPUT argument: a file path, or "-" for standard input. */
final class Inputs {
    private Inputs() {
    }

    static ArticleStream open(String input, CommonOptions common) {
        long max = common.maxInputBytes();
        if (ArticleReader.STDIN.equals(input)) {
            return ArticleReader.open(System.in, ArticleReader.STDIN, max);
        }
        return ArticleReader.open(Path.of(input), max);
    }
}
