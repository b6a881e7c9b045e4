package org.mixedmovements.tracker.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountryRepository extends JpaRepository<Country, String> {

    boolean existsByIso3(String iso3);
}
