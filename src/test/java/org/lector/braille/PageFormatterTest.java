package org.lector.braille;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page formatter on small pages (20 cells × 5 lines), with words written in ASCII Braille
 * so the expected lines can be read: every expectation below was worked out by hand from the
 * BANA rules (cell 3 / cell 1 paragraphs, hanging list indents, centring, blank lines, the page
 * number with three blank cells before it on the last line).
 */
class PageFormatterTest {
    private static final PageFormatter SMALL = new PageFormatter(20, 5);

    private static BrailleBlock block(BlockFormat format, String words) {
        List<String> cells = new ArrayList<>();
        for (String w : words.split(" ")) {
            StringBuilder sb = new StringBuilder();
            for (char c : w.toCharArray()) {
                sb.append(AsciiBraille.cellOf(c));
            }
            cells.add(sb.toString());
        }
        return new BrailleBlock(cells, format);
    }

    /** The pages as ASCII Braille lines, trailing blanks trimmed. */
    private static List<List<String>> ascii(PageFormatter.Result result) {
        List<List<String>> pages = new ArrayList<>();
        for (BraillePage p : result.pages()) {
            pages.add(p.lines().stream().map(l -> AsciiBraille.of(l).stripTrailing()).toList());
        }
        return pages;
    }

    /** A last line: its text, then blanks up to the page number at the right margin of the 20-cell line. */
    private static String last(String text, String number) {
        return text + " ".repeat(20 - text.length() - number.length()) + number;
    }

    private static List<List<String>> format(BrailleBlock... blocks) {
        return ascii(SMALL.format(Arrays.asList(blocks)));
    }

    @Test
    void paragraphStartsInCellThreeAndRunsOverToCellOne() {
        // "  ONE TWO THREE FOUR" is exactly 20 cells; FIVE no longer fits and starts the runover line in cell 1
        assertThat(format(block(BlockFormat.paragraph(), "ONE TWO THREE FOUR FIVE SIX")).get(0)).containsExactly(
                "  ONE TWO THREE FOUR",
                "FIVE SIX",
                "",
                "",
                last("", "#A"));
    }

    @Test
    void aWordThatDoesNotFitMovesWholeToTheNextLine() {
        // "  ONE TWO THREE" is 15 cells; a space and the 8-cell word would make 24
        assertThat(format(block(BlockFormat.paragraph(), "ONE TWO THREE ABCDEFGH")).get(0).subList(0, 2))
                .containsExactly("  ONE TWO THREE", "ABCDEFGH");
    }

    @Test
    void listItemsHangAndNestTwoCellsDeeper() {
        assertThat(format(
                block(BlockFormat.listItem(1), "FIRST ITEM RUNS OVER HERE"),
                block(BlockFormat.listItem(2), "NESTED ITEM RUNS OVER")).get(0)).containsExactly(
                "FIRST ITEM RUNS OVER", // 20 cells in cell 1
                "  HERE",               // runover in cell 3
                "  NESTED ITEM RUNS",   // level 2 starts in cell 3 (18 cells; " OVER" would make 23)
                "    OVER",             // and runs over to cell 5
                last("", "#A"));
    }

    @Test
    void titleIsCentredWithABlankLineAfter() {
        // (20 - 5) / 2 = 7 blank cells before the 5-cell title
        assertThat(format(block(BlockFormat.title(), "TITLE"), block(BlockFormat.paragraph(), "ONE")).get(0))
                .startsWith("       TITLE", "", "  ONE");
    }

    @Test
    void topLevelHeadingIsCentredBetweenBlankLines() {
        assertThat(format(
                block(BlockFormat.paragraph(), "ONE"),
                block(BlockFormat.heading(2), "HEAD"),
                block(BlockFormat.paragraph(), "TWO")).get(0)).containsExactly(
                "  ONE",
                "",
                "        HEAD", // (20 - 4) / 2 = 8
                "",
                last("  TWO", "#A"));
    }

    @Test
    void cellFiveAndCellSevenHeadings() {
        assertThat(format(
                block(BlockFormat.paragraph(), "ONE"),
                block(BlockFormat.heading(3), "THREE"),
                block(BlockFormat.heading(4), "FOUR")).get(0)).startsWith(
                "  ONE",
                "",           // a blank line before a cell-5 heading
                "    THREE",  // cell 5
                "      FOUR"); // cell 7, no blank line before
    }

    @Test
    void noBlankLineAtTheTopOfAPageAndNeighbouringBlankLinesMerge() {
        assertThat(format(
                block(BlockFormat.heading(2), "HEAD"),   // first on the page: no blank line before it
                block(BlockFormat.displayed(), "ONE"),   // blank after the heading, blank before the quote: one line
                block(BlockFormat.displayed(), "TWO")).get(0)).containsExactly( // blank after one quote and before the next: one line
                "        HEAD",
                "",
                "  ONE",
                "",
                last("  TWO", "#A"));
    }

    @Test
    void aHeadingThatCannotBeFollowedByALineOfTextMovesToTheNextPage() {
        List<List<String>> pages = format(
                block(BlockFormat.listItem(1), "A"),
                block(BlockFormat.listItem(1), "B"),
                block(BlockFormat.listItem(1), "C"),
                block(BlockFormat.heading(3), "HEAD"), // would need a blank, itself and one more line: 3 + 3 > 5
                block(BlockFormat.paragraph(), "TEXT"));
        assertThat(pages.get(0)).containsExactly("A", "B", "C", "", last("", "#A"));
        assertThat(pages.get(1)).startsWith("    HEAD", "  TEXT"); // no blank line at the top of page 2
        assertThat(pages.get(1).get(4)).isEqualTo(last("", "#B"));
    }

    @Test
    void theLastLineLeavesThreeBlankCellsBeforeThePageNumber() {
        // lines 1-4 filled; on line 5 the number "#A" takes 2 cells and 3 more stay blank: 15 cells of text
        List<List<String>> fits = format(
                block(BlockFormat.listItem(1), "A"), block(BlockFormat.listItem(1), "B"),
                block(BlockFormat.listItem(1), "C"), block(BlockFormat.listItem(1), "D"),
                block(BlockFormat.listItem(1), "ABCDEFGHIJKLMNO"));
        assertThat(fits.get(0).get(4)).isEqualTo(last("ABCDEFGHIJKLMNO", "#A"));
        List<List<String>> tooLong = format(
                block(BlockFormat.listItem(1), "A"), block(BlockFormat.listItem(1), "B"),
                block(BlockFormat.listItem(1), "C"), block(BlockFormat.listItem(1), "D"),
                block(BlockFormat.listItem(1), "ABCDEFGHIJKLMNOP"));
        assertThat(tooLong.get(0).get(4)).isEqualTo(last("", "#A"));
        assertThat(tooLong.get(1).get(0)).isEqualTo("ABCDEFGHIJKLMNOP");
    }

    @Test
    void pagesAreNumberedConsecutivelyAtTheBottomRight() {
        List<BrailleBlock> blocks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            blocks.add(block(BlockFormat.listItem(1), "LINE"));
        }
        List<List<String>> pages = ascii(SMALL.format(blocks));
        // 4 lines of text a page (the fifth fits "LINE" too: 4 cells + 3 + 2 <= 20), so 5 a page: 12 lines = 3 pages
        assertThat(pages).hasSize(3);
        assertThat(pages).extracting(p -> p.get(4).substring(18)).containsExactly("#A", "#B", "#C");
        assertThat(pages.get(0).get(4)).isEqualTo(last("LINE", "#A"));
    }

    @Test
    void aBlockRunningOntoPageTenLeavesRoomForItsThreeCellNumber() {
        List<BrailleBlock> blocks = new ArrayList<>();
        for (int i = 0; i < 44; i++) {
            blocks.add(block(BlockFormat.listItem(1), "LINE")); // pages 1-8 and four lines of page 9
        }
        blocks.add(block(BlockFormat.listItem(1), "ABCDEFG ".repeat(12).trim()));
        List<List<String>> pages = ascii(SMALL.format(blocks));
        // page 9, line 5: 20 - 3 - "#I" leaves 15 cells, two 7-cell words
        assertThat(pages.get(8).get(4)).isEqualTo(last("ABCDEFG ABCDEFG", "#I"));
        // page 10: two words a line at the runover indent, then on line 5 only 14 cells ("#AJ" is 3): one word
        assertThat(pages.get(9)).containsExactly("  ABCDEFG ABCDEFG", "  ABCDEFG ABCDEFG", "  ABCDEFG ABCDEFG",
                "  ABCDEFG ABCDEFG", last("  ABCDEFG", "#AJ"));
        assertThat(pages.get(10).get(0)).isEqualTo("  ABCDEFG");
    }

    @Test
    void onlyAWordLongerThanALineIsCutAndTheCutIsCounted() {
        PageFormatter.Result result = SMALL.format(List.of(block(BlockFormat.listItem(1), "ABCDEFGHIJKLMNOPQRSTUVWXY END")));
        assertThat(result.hardBreaks()).isEqualTo(1);
        assertThat(ascii(result).get(0).subList(0, 2)).containsExactly(
                "ABCDEFGHIJKLMNOPQRST", // the first 20 cells
                "  UVWXY END");          // the rest at the runover indent, then the next word
    }

    @Test
    void anOverlongWordIsCutAfterABracketSlashOrHyphenWhenOneFallsInTheSecondHalfOfTheLine() {
        // in ASCII Braille dots 46 is "." and dots 345 is ">", so ".>" is the two-cell UEB closing bracket
        PageFormatter.Result result = SMALL.format(List.of(block(BlockFormat.listItem(1), "WORD.>#AB.>#AC.>#AD.>#AE.>")));
        // 26 cells; the last bracket wholly within the 20-cell line ends at cell 16 (the next would end at cell 21)
        assertThat(ascii(result).get(0).subList(0, 2)).containsExactly("WORD.>#AB.>#AC.>", "  #AD.>#AE.>");
        assertThat(result.hardBreaks()).isEqualTo(1);
        // a slash ("/" is dots 34 alone; UEB slash is dots 456 then 34: "_/") too early in the line is not used
        PageFormatter.Result early = SMALL.format(List.of(block(BlockFormat.listItem(1), "AB_/CDEFGHIJKLMNOPQRSTUVWXYZ")));
        assertThat(ascii(early).get(0).get(0)).isEqualTo("AB_/CDEFGHIJKLMNOPQR");
    }

    @Test
    void aWordOfManyLinesIsCutAfterABracketOnEveryLineAndLosesNoCell() {
        // 400 note references in one word, as a paragraph of refs without spaces gives: 2,000 cells on one page of 60 lines
        String refs = "#AB.>".repeat(400);
        PageFormatter.Result result = new PageFormatter(40, 60).format(List.of(block(BlockFormat.listItem(1), refs)));
        List<String> lines = ascii(result).get(0).stream().filter(l -> !l.isBlank()).toList();
        List<String> text = lines.subList(0, lines.size() - 1); // the last is the page number's line
        assertThat(text).hasSizeGreaterThan(50).allMatch(l -> l.strip().endsWith(".>") && l.strip().startsWith("#AB"));
        assertThat(String.join("", text.stream().map(String::strip).toList())).isEqualTo(refs);
        assertThat(result.hardBreaks()).isEqualTo(text.size() - 1);
    }

    @Test
    void anEmptyDocumentIsOneNumberedPage() {
        List<List<String>> pages = ascii(SMALL.format(List.of()));
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).containsExactly("", "", "", "", last("", "#A"));
    }

    @Test
    void transcribersNotesStartInCellSevenAndRunOverToCellFive() {
        assertThat(format(block(BlockFormat.transcribersNote(), "IMAGE OF A LARGE RED HOUSE BY THE SEA")).get(0)).startsWith(
                "      IMAGE OF A",       // cell 7; " LARGE" would make 22 cells
                "    LARGE RED HOUSE",    // cell 5, 19 cells; " BY" would make 22
                "    BY THE SEA");
    }
}
