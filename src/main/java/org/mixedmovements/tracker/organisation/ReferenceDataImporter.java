package org.mixedmovements.tracker.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.mixedmovements.tracker.base.Languages;
import org.mixedmovements.tracker.base.InvalidInputException;
import org.mixedmovements.tracker.base.InvalidInputException.Problem;
import org.mixedmovements.tracker.base.csv.CsvTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads organisations (with their working-group membership) and countries from CSV on start-up. Idempotent: rows whose
 * code exists already are left as they are, so a restart duplicates nothing and keeps what administrators changed.
 */
@Component
@Order(10)
class ReferenceDataImporter implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataImporter.class);
    static final List<String> ORGANISATION_COLUMNS = List.of("code", "name", "kind", "wg_member", "voting", "chair");
    /** The columns a country file must have; a column {@code name_<language>} gives the name in another language. */
    static final List<String> COUNTRY_COLUMNS = List.of("iso2", "iso3", "name_en");

    private final OrganisationRepository organisations;
    private final CountryRepository countries;
    private final MembershipRepository memberships;
    private final Clock clock;

    ReferenceDataImporter(OrganisationRepository organisations, CountryRepository countries,
                          MembershipRepository memberships, Clock clock) {
        this.clock = clock;
        this.organisations = organisations;
        this.countries = countries;
        this.memberships = memberships;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        try (InputStream c = new ClassPathResource("plans/reference/countries.csv").getInputStream();
             InputStream o = new ClassPathResource("plans/reference/organisations.csv").getInputStream()) {
            int newCountries = importCountries(CsvTable.read(c, "countries.csv"));
            int newOrganisations = importOrganisations(CsvTable.read(o, "organisations.csv"));
            log.info("Reference data: {} new countries, {} new organisations", newCountries, newOrganisations);
        }
    }

    @Transactional
    int importCountries(CsvTable table) {
        requireColumns(table, COUNTRY_COLUMNS);
        List<Problem> problems = new ArrayList<>();
        List<Country> fresh = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String iso2 = row.get("iso2").toUpperCase(Locale.ROOT);
            String iso3 = row.get("iso3").toUpperCase(Locale.ROOT);
            if (!iso2.matches("[A-Z]{2}")) {
                problems.add(Problem.atRow(row.number(), "iso2", "import.error.iso2", iso2));
            } else if (!iso3.matches("[A-Z]{3}")) {
                problems.add(Problem.atRow(row.number(), "iso3", "import.error.iso3", iso3));
            } else if (row.get("name_en").isEmpty()) {
                problems.add(Problem.atRow(row.number(), "name_en", "import.error.required"));
            } else if (!countries.existsById(iso2)) {
                fresh.add(new Country(iso2, iso3, names(table, row)));
            }
        }
        throwIfAny(problems);
        countries.saveAll(fresh);
        return fresh.size();
    }

    /** The names of a row by language: English, and each language of the tracker with a {@code name_<tag>} column. */
    private static Map<String, String> names(CsvTable table, CsvTable.Row row) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Locale language : Languages.supported()) {
            String column = "name_" + language.toLanguageTag().toLowerCase(Locale.ROOT).replace('-', '_');
            if (table.columns().contains(column) && !row.get(column).isEmpty()) {
                names.put(language.toLanguageTag(), row.get(column));
            }
        }
        return names;
    }

    @Transactional
    int importOrganisations(CsvTable table) {
        requireColumns(table, ORGANISATION_COLUMNS);
        List<Problem> problems = new ArrayList<>();
        int created = 0;
        for (CsvTable.Row row : table.rows()) {
            String code = row.get("code");
            OrganisationKind kind = parseKind(row.get("kind"));
            if (code.isEmpty() || row.get("name").isEmpty()) {
                problems.add(Problem.atRow(row.number(), code.isEmpty() ? "code" : "name", "import.error.required"));
            } else if (kind == null) {
                problems.add(Problem.atRow(row.number(), "kind", "import.error.kind", row.get("kind")));
            }
        }
        throwIfAny(problems);
        for (CsvTable.Row row : table.rows()) {
            if (organisations.findByCode(row.get("code")).isPresent()) {
                continue;
            }
            Organisation organisation = organisations.save(
                    new Organisation(row.get("code"), row.get("name"), parseKind(row.get("kind"))));
            if (Boolean.parseBoolean(row.get("wg_member"))) {
                memberships.save(new Membership(organisation.getId(), Boolean.parseBoolean(row.get("voting")),
                        Boolean.parseBoolean(row.get("chair")), LocalDate.now(clock)));
            }
            created++;
        }
        return created;
    }

    private static OrganisationKind parseKind(String value) {
        try {
            return OrganisationKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void requireColumns(CsvTable table, List<String> required) {
        List<String> missing = table.missing(required);
        if (!missing.isEmpty()) {
            throw InvalidInputException.of(String.join(", ", missing), "import.error.missing-columns");
        }
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
