package org.mixedmovements.tracker.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.recommendation.CommentService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Markup and formulas that someone types are kept as they were typed and shown as text: the page shows the
 * characters, the browser never parses them (HostileInputTest covers what is refused).
 */
class HostileTextRenderingTest extends UiTest {

    static final String SCRIPT = "<script>alert('pwned')</script><img src=x onerror=alert(1)>";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @Autowired CommentService comments;

    @Test
    void aCommentWithMarkupOrAFormulaIsStoredAsTypedAndShownAsText() {
        Long recommendation = fixtures.newRecommendation("Hostile text");
        signIn("wg.ocha");
        comments.add(recommendation, null, SCRIPT);
        comments.add(recommendation, null, FORMULA);

        UI.getCurrent().navigate(RecommendationDetailView.class, recommendation);
        List<String> shown = _find(Div.class, spec -> spec.withClasses("comment-text")).stream()
                .map(Div::getText).toList();
        assertThat(shown).contains(SCRIPT, FORMULA);
        // no element of the page got the text as HTML
        assertThat(_find(Component.class)).noneMatch(c -> String.valueOf(c.getElement().getProperty("innerHTML"))
                .contains("<script>"));
    }
}
