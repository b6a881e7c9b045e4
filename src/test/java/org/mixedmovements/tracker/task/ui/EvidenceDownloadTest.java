package org.mixedmovements.tracker.task.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.milestone.EvidenceItem;
import org.mixedmovements.tracker.milestone.EvidenceService;
import org.mixedmovements.tracker.task.MyTaskService;
import org.mixedmovements.tracker.workflow.WorkItemKind;
import org.mixedmovements.tracker.workinggroup.VoteChoice;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An evidence file is served with its own checked type and {@code nosniff}: a PDF or an image opens in the browser's
 * tab ({@code Content-Disposition: inline}) under a content security policy that lets it run nothing, any other file
 * downloads ({@code attachment}); a hostile name (a path, markup) comes back sanitised.
 */
class EvidenceDownloadTest extends UiTest {

    static final byte[] PDF = "%PDF-1.7\n% the minutes".getBytes(StandardCharsets.UTF_8);

    @Autowired MyTaskService tasks;
    @Autowired EvidenceService evidence;

    @Test
    void anUploadedFileWithAHostileNameIsServedAsAnAttachmentOfItsCheckedType() throws Exception {
        Long recommendation = fixtures.newRecommendation("Evidence download");
        fixtures.adopt(recommendation, "R4V");
        tasks.submitImplementationPlan(fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.DRAFT_PLAN),
                List.of(fixtures.milestone("R4V publishes its minutes", "R4V", 40, true)));
        fixtures.everyMemberVotes(recommendation, VoteChoice.APPROVE);
        String work = fixtures.taskOf("agency.r4v", recommendation, WorkItemKind.WORK_ON_MILESTONE);
        signIn("agency.r4v");
        EvidenceItem item = tasks.attachFile(work, "../../etc/<img src=x onerror=alert(1)>passwd.pdf",
                "application/pdf", PDF, null);
        assertThat(item.fileName()).doesNotContain("/", "\\", "<", ">").endsWith("passwd.pdf");

        Served served = serve(work, item);

        assertThat(served.headers().get("Content-Disposition")).startsWith("inline").contains("passwd.pdf")
                .doesNotContain("..", "<");
        assertThat(served.headers().get("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(served.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(served.contentType()).isEqualTo("application/pdf");
        assertThat(served.body()).isEqualTo(PDF);

        EvidenceItem text = tasks.attachFile(work, "figures.txt", "text/plain",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), null);
        Served download = serve(work, text);
        assertThat(download.headers().get("Content-Disposition")).startsWith("attachment").contains("figures.txt");
        assertThat(download.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.contentType()).isEqualTo("text/plain");
    }

    record Served(Map<String, String> headers, String contentType, byte[] body) {
    }

    /** Renders the owner's evidence list and fetches the item through its link, as the browser would. */
    Served serve(String work, EvidenceItem item) throws Exception {
        EvidencePanel panel = new EvidencePanel(work, tasks, evidence);
        UI.getCurrent().add(panel);
        Anchor link = _get(panel, Anchor.class, spec -> spec.withId("evidence-" + item.id()));
        assertThat(link.getText()).isEqualTo(item.fileName());

        StreamResourceRegistry.ElementStreamResource resource = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(link.getHref()))
                .orElseThrow();
        Map<String, String> headers = new HashMap<>();
        String[] contentType = new String[1];
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        VaadinResponse response = mock(VaadinResponse.class);
        doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1))).when(response)
                .setHeader(anyString(), anyString());
        doAnswer(call -> contentType[0] = call.getArgument(0)).when(response).setContentType(anyString());
        when(response.getOutputStream()).thenReturn(body);
        resource.getElementRequestHandler().handleRequest(mock(VaadinRequest.class), response,
                VaadinSession.getCurrent(), resource.getOwner());
        UI.getCurrent().remove(panel);
        return new Served(headers, contentType[0], body.toByteArray());
    }
}
