package org.mixedmovements.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code tracker.base-url}: the address every outgoing link is built from, checked when the application starts. */
class PublicAddressTest {

    @Test
    void linksAreBuiltFromTheConfiguredAddress() {
        PublicAddress address = new PublicAddress("https://tracker.example.org/");
        assertThat(address.base()).isEqualTo("https://tracker.example.org");
        assertThat(address.of("recommendations/12")).isEqualTo("https://tracker.example.org/recommendations/12");
        assertThat(address.of("/inbox")).isEqualTo("https://tracker.example.org/inbox");
        assertThat(new PublicAddress("http://localhost:8080/tracker").of("inbox"))
                .isEqualTo("http://localhost:8080/tracker/inbox");
    }

    @Test
    void anAddressThatIsNotAnAbsoluteWebAddressStopsTheStart() {
        for (String wrong : new String[] {"", "tracker.example.org", "ftp://tracker.example.org",
                "https://tracker.example.org/?x=1", "javascript:alert(1)"}) {
            assertThatThrownBy(() -> new PublicAddress(wrong)).as(wrong).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("tracker.base-url");
        }
    }
}
