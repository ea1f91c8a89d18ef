package org.lector.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreprocessorTest {

    @Test
    void templatesLinksAndTextAreSeparated() {
        List<Node> nodes = Preprocessor.parse("a {{sfn|Kotkin|2014|p=426}} b [[x|y]] c");
        assertThat(nodes).containsExactly(
                new Node.TextNode("a "),
                new Node.TemplateNode(List.of("sfn", "Kotkin", "2014", "p=426")),
                new Node.TextNode(" b "),
                new Node.LinkNode(List.of("x", "y")),
                new Node.TextNode(" c"));
    }

    @Test
    void pipesInsideNestedConstructsDoNotSplitTheOuterTemplate() {
        List<Node> nodes = Preprocessor.parse("{{Quote box|quote=He said [[a|b]] {{lang|ru|да}}|source=<ref name=x>p|q</ref>}}");
        assertThat(nodes).hasSize(1);
        Node.TemplateNode t = (Node.TemplateNode) nodes.get(0);
        assertThat(t.parts()).containsExactly("Quote box", "quote=He said [[a|b]] {{lang|ru|да}}",
                "source=<ref name=x>p|q</ref>");
    }

    @Test
    void commentsAreRemovedAndExtensionTagsKeptWhole() {
        List<Node> nodes = Preprocessor.parse("x<!-- hidden {{ -->y<ref name=\"a\">{{cite|}}</ref><ref name=a/>");
        assertThat(nodes).containsExactly(
                new Node.TextNode("xy"),
                new Node.TagNode("ref", Map.of("name", "a"), "{{cite|}}", false),
                new Node.TagNode("ref", Map.of("name", "a"), "", true));
    }

    @Test
    void unclosedOpenersBecomeTextAndInnerConstructsSurvive() {
        List<Node> nodes = Preprocessor.parse("{{broken {{sfn|A|2000}} tail");
        assertThat(nodes).containsExactly(
                new Node.TextNode("{{broken "),
                new Node.TemplateNode(List.of("sfn", "A", "2000")),
                new Node.TextNode(" tail"));
    }

    @Test
    void tripleBracesAreArguments() {
        assertThat(Preprocessor.parse("{{{1|default}}}"))
                .containsExactly(new Node.ArgumentNode(List.of("1", "default")));
    }

    @Test
    void deepNestingNeedsNoCallStack() {
        String deep = "{{".repeat(100_000) + "x" + "}}".repeat(100_000);
        List<Node> nodes = Preprocessor.parse(deep);
        assertThat(nodes).hasSize(1).first().isInstanceOf(Node.TemplateNode.class);
        String open = "[[".repeat(100_000) + "{{".repeat(100_000);
        assertThat(Preprocessor.parse(open)).extracting(Object::getClass).containsOnly(Node.TextNode.class);
    }
}
