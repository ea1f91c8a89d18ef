package org.lector.pdf;

/**
 * Text set in one font at one size and rise, belonging to one inline tag (null: the block
 * itself). {@code actualText} is set when the glyphs drawn are replacements for characters no
 * font has: it carries the real characters, so assistive technology still gets them.
 */
record Fragment(String text, FontSet.Face face, float size, float rise, InlineTag tag, String actualText, float width) {
}
