package org.mixedmovements.tracker.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Locale;

/** A country of the region, keyed by its ISO 3166-1 alpha-2 code. */
@Entity
public class Country {

    @Id
    private String iso2;
    private String iso3;
    private String nameEn;
    private String nameEs;

    protected Country() {
    }

    Country(String iso2, String iso3, String nameEn, String nameEs) {
        this.iso2 = iso2;
        this.iso3 = iso3;
        this.nameEn = nameEn;
        this.nameEs = nameEs;
    }

    public String getIso2() {
        return iso2;
    }

    public String getIso3() {
        return iso3;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameEs() {
        return nameEs;
    }

    void rename(String nameEn, String nameEs) {
        this.nameEn = nameEn;
        this.nameEs = nameEs;
    }

    public String name(Locale locale) {
        return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
    }
}
