package org.mixedmovements.tracker.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.mixedmovements.tracker.base.Languages;

/**
 * A country of the region, keyed by its ISO 3166-1 alpha-2 code, with its name in English (always) and in any other
 * language the administrators gave; a language without one reads the JDK's name for the code in that language.
 */
@Entity
public class Country {

    @Id
    private String iso2;
    private String iso3;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "country_name", joinColumns = @JoinColumn(name = "country_iso2"))
    @MapKeyColumn(name = "language")
    @Column(name = "name")
    private Map<String, String> names = new HashMap<>();

    protected Country() {
    }

    Country(String iso2, String iso3, Map<String, String> names) {
        this.iso2 = iso2;
        this.iso3 = iso3;
        this.names.putAll(names);
    }

    public String getIso2() {
        return iso2;
    }

    public String getIso3() {
        return iso3;
    }

    /** The names given, by language tag ("en", "es"): English always, others where an administrator gave one. */
    public Map<String, String> names() {
        return Collections.unmodifiableMap(names);
    }

    void rename(Map<String, String> names) {
        this.names.clear();
        this.names.putAll(names);
    }

    /** The name in the reader's language: the one given, else the JDK's for the ISO code, else the English one. */
    public String name(Locale locale) {
        Locale language = Languages.of(locale);
        String given = names.get(language.toLanguageTag());
        return given != null ? given : standardName(iso2, language).orElse(names.get(Languages.DEFAULT.toLanguageTag()));
    }

    /** The JDK's (CLDR's) name of an ISO country code in a language, if it has one. */
    public static java.util.Optional<String> standardName(String iso2, Locale language) {
        String name = new Locale.Builder().setRegion(iso2).build().getDisplayCountry(language);
        return name.isBlank() || name.equalsIgnoreCase(iso2) ? java.util.Optional.empty() : java.util.Optional.of(name);
    }
}
