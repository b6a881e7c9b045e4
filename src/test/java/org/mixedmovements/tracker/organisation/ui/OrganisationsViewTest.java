package org.mixedmovements.tracker.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mixedmovements.tracker.UiTest;
import org.mixedmovements.tracker.organisation.Country;
import org.mixedmovements.tracker.organisation.OrganisationKind;
import org.mixedmovements.tracker.organisation.OrganisationService;

class OrganisationsViewTest extends UiTest {

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorAddsAnOrganisationAndATakenCodeIsRefused() {
        signIn("admin");
        UI.getCurrent().navigate("admin/organisations");
        _click(_get(Button.class, spec -> spec.withId("new-organisation")));
        _setValue(_get(TextField.class, spec -> spec.withId("organisation-code")), "DEFENSORIA-PE");
        _setValue(_get(TextField.class, spec -> spec.withId("organisation-name")), "Defensoría del Pueblo del Perú");
        _setValue(_get(Select.class, spec -> spec.withId("organisation-kind")), OrganisationKind.STATE_INSTITUTION);
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));
        assertThat(context.getBean(OrganisationService.class).findByCode("DEFENSORIA-PE"))
                .hasValueSatisfying(o -> assertThat(o.getKind()).isEqualTo(OrganisationKind.STATE_INSTITUTION));

        _click(_get(Button.class, spec -> spec.withId("new-organisation")));
        TextField code = _get(TextField.class, spec -> spec.withId("organisation-code"));
        _setValue(code, "unhcr");
        _setValue(_get(TextField.class, spec -> spec.withId("organisation-name")), "Another UNHCR");
        _setValue(_get(Select.class, spec -> spec.withId("organisation-kind")), OrganisationKind.UN_AGENCY);
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("The code unhcr is taken");
        assertThat(context.getBean(OrganisationService.class).findByCode("unhcr")).isEmpty();
    }

    @Test
    void aCountryNeedsARealIso3166CodeAndBothNames() {
        signIn("admin");
        UI.getCurrent().navigate("admin/countries");
        _click(_get(Button.class, spec -> spec.withId("new-country")));
        TextField iso2 = _get(TextField.class, spec -> spec.withId("country-iso2"));
        TextField nameEs = _get(TextField.class, spec -> spec.withId("country-name-es"));
        _setValue(iso2, "XQ");
        _setValue(_get(TextField.class, spec -> spec.withId("country-name-en")), "Nowhere");
        _click(_get(Button.class, spec -> spec.withId("save-country")));
        assertThat(iso2.getErrorMessage()).isEqualTo("XQ is not an ISO 3166-1 alpha-2 country code");
        assertThat(nameEs.isInvalid()).isTrue();
        assertThat(context.getBean(OrganisationService.class).countryExists("XQ")).isFalse();

        _setValue(iso2, "pt");
        _setValue(_get(TextField.class, spec -> spec.withId("country-name-en")), "Portugal");
        _setValue(nameEs, "Portugal");
        _click(_get(Button.class, spec -> spec.withId("save-country")));
        Country portugal = context.getBean(OrganisationService.class).countries().stream()
                .filter(c -> c.getIso2().equals("PT")).findFirst().orElseThrow();
        assertThat(portugal.getIso3()).isEqualTo("PRT");
        assertThat(portugal.name(Locale.forLanguageTag("es"))).isEqualTo("Portugal");
    }
}
