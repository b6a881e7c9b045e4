-- Country names: a row per language instead of a column per language (issue 18), so that a language is added by
-- adding its bundles; a language without a row reads the JDK's name for the ISO code.
create table country_name (
    country_iso2 varchar(2)   not null references country (iso2),
    language     varchar(16)  not null,
    name         varchar(100) not null,
    primary key (country_iso2, language)
);

insert into country_name (country_iso2, language, name) select iso2, 'en', name_en from country;
insert into country_name (country_iso2, language, name) select iso2, 'es', name_es from country;

alter table country drop column name_en;
alter table country drop column name_es;
