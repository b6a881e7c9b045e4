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
    void aCountryNeedsARealIso3166CodeAndItsEnglishNameAndAnotherLanguageLeftEmptyReadsTheStandardName() {
        signIn("admin");
        UI.getCurrent().navigate("admin/countries");
        _click(_get(Button.class, spec -> spec.withId("new-country")));
        TextField iso2 = _get(TextField.class, spec -> spec.withId("country-iso2"));
        TextField nameEn = _get(TextField.class, spec -> spec.withId("country-name-en"));
        TextField nameEs = _get(TextField.class, spec -> spec.withId("country-name-es"));
        assertThat(nameEs.getLabel()).isEqualTo("Name in Spanish");
        _setValue(iso2, "XQ");
        _click(_get(Button.class, spec -> spec.withId("save-country")));
        assertThat(iso2.getErrorMessage()).isEqualTo("XQ is not an ISO 3166-1 alpha-2 country code");
        assertThat(nameEn.isInvalid()).as("English is the original name, required").isTrue();
        assertThat(nameEs.isInvalid()).isFalse();
        assertThat(context.getBean(OrganisationService.class).countryExists("XQ")).isFalse();

        _setValue(iso2, "de");
        assertThat(nameEs.getHelperText()).isEqualTo("Leave it empty for the standard name: Alemania");
        _setValue(nameEn, "Germany");
        _click(_get(Button.class, spec -> spec.withId("save-country")));
        Country germany = context.getBean(OrganisationService.class).countries().stream()
                .filter(c -> c.getIso2().equals("DE")).findFirst().orElseThrow();
        assertThat(germany.getIso3()).isEqualTo("DEU");
        assertThat(germany.names()).containsExactly(java.util.Map.entry("en", "Germany"));
        assertThat(germany.name(Locale.forLanguageTag("es"))).isEqualTo("Alemania");
        assertThat(germany.name(Locale.ENGLISH)).isEqualTo("Germany");
    }
}
