package org.lector.pipeline;

/**
 * An article a run could not convert, and why. {@code position} is the article's place in the
 * input (1 for the first article), which finds it in a dump when its title alone does not;
 * {@code reason} is one line for the user, naming the stage that failed ("braille: …");
 * {@code cause} is what was thrown, for {@code --debug}.
 */
public record ArticleFailure(int position, String title, String reason, Throwable cause) {
}
