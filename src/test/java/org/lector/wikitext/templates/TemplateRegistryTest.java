package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateRegistryTest {
    private record Named(Set<String> names) implements TemplateHandler {
        @Override
        public TemplateResult handle(TemplateCall call, TemplateContext context) {
            return TemplateResult.nothing();
        }
    }

    @Test
    void everyShippedNameHasOneFamily() {
        // standard() throws when two families claim one name (engvara was layout and variety at once)
        TemplateRegistry registry = TemplateRegistry.standard();
        assertThat(registry.find("engvara")).get().isInstanceOf(EnglishVarietyTemplates.class);
        assertThat(registry.find("sfn")).get().isInstanceOf(SfnHandler.class);
    }

    @Test
    void aSecondFamilyClaimingANameIsRefused() {
        TemplateRegistry registry = new TemplateRegistry().register(new Named(Set.of("foo", "bar")));
        assertThatThrownBy(() -> registry.register(new Named(Set.of("bar"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{{bar}}");
    }
}
