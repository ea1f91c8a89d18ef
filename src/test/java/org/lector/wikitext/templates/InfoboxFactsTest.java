package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Infobox parameters grouped into the facts a reader sees (hand-written boxes in the shapes of
 * Infobox country, settlement, language and the generic {{Infobox}}; expectations from how
 * Wikipedia shows them).
 */
class InfoboxFactsTest {

    private static String facts(String call) {
        return Results.text(Run.call(call));
    }

    @Test
    void aParameterThatLabelsAnotherGivesItsLabelAndIsNeverAFactOfItsOwn() {
        assertThat(facts("{{Infobox country|common_name=Belgium|languages_type=Recognised regional languages"
                + "|languages=Walloon, Picard|leader_title1=[[Monarchy of Belgium|Monarch]]|leader_name1=[[Philippe]]"
                + "|sovereignty_type=Independence|sovereignty_note=from the Netherlands"
                + "|established_event1=Declared|established_date1=4 October 1830|website_label=Official site"
                + "|website=belgium.be|government_type=Federal parliamentary monarchy}}"))
                .isEqualTo("Belgium\nRecognised regional languages: Walloon, Picard\nMonarch: Philippe\n"
                        + "Independence: from the Netherlands\nDeclared: 4 October 1830\nOfficial site: belgium.be\n"
                        + "Government type: Federal parliamentary monarchy");
    }

    @Test
    void settlementsLabelTheirBlankFieldsSubdivisionsAndParts() {
        assertThat(facts("{{Infobox settlement|name=Kerala|subdivision_type=Country|subdivision_name=India"
                + "|parts_type=[[Districts of Kerala|Districts]]|parts_style=para|p1=Kollam|p2=Kochi"
                + "|blank_name_sec1=[[Human Development Index|HDI]]|blank_info_sec1=0.835"
                + "|blank1_name_sec1=HDI rank|blank1_info_sec1=1st (2011)|blank_info_sec2=orphan value}}"))
                .isEqualTo("Kerala\nCountry: India\nDistricts: Kollam, Kochi\nHDI: 0.835\nHDI rank: 1st (2011)");
    }

    @Test
    void aQuantityInSeveralUnitsIsOneFactWithItsUnits() {
        assertThat(facts("{{Infobox country|name=B|area_km2=30,689<ref>Statbel</ref>|area_sq_mi=11,849"
                + "|area_rank=136th|population_density_km2=385|population_density_sq_mi=|elevation_m=900"
                + "|area_water_percent=0.64|TotalArea=about half|length_km=long|density_sq_mi=low}}"))
                .isEqualTo("B\nArea: 30,689 km² (11,849 sq mi)\nArea rank: 136th\nPopulation density: 385/km²\n"
                        + "Elevation: 900 m\nWater area: 0.64%\nTotal area: about half\nLength (km): long\n"
                        + "Density (per sq mi): low");
    }

    @Test
    void aDensityGivenAsAutoIsASettingNotAFact() {
        assertThat(facts("{{Infobox settlement|name=K|population_total=33387677|population_density_km2=auto}}"))
                .isEqualTo("K\nTotal population: 33387677");
    }

    @Test
    void yearsAndNotesJoinTheFactTheyQualify() {
        assertThat(facts("{{Infobox country|name=B|religion=59% no religion|religion_year=2023"
                + "|GDP_PPP=$937 billion|GDP_PPP_year=2026|population_note=(estimate)|population=11.8 million"
                + "|Gini=24.9|Gini_change=increase|Gini_ref=<ref>Eurostat</ref>|ethnic_groups_year=2025}}"))
                .isEqualTo("B\nReligion: 59% no religion (2023)\nGDP (PPP): $937 billion (2026)\n"
                        + "Population: 11.8 million (estimate)\nGini coefficient: 24.9\nEthnic groups year: 2025");
    }

    @Test
    void coordinatesInPartsAreOneFact() {
        assertThat(facts("{{Infobox language|name=Magahi|latd=24|latm=45|latNS=N|longd=85|longm=0|longEW=E|speakers=12.7 million}}"))
                .isEqualTo("Magahi\nCoordinates: 24°45′N 85°0′E\nSpeakers: 12.7 million");
        assertThat(facts("{{Infobox place|name=P|latitude=8.5|longitude=-77.25}}")).isEqualTo("P\nCoordinates: 8.5°N 77.25°W");
        // coordinates= already says it: the parts add nothing
        assertThat(facts("{{Infobox place|name=P|coordinates={{coord|8.5|77}}|coor_pinpoint=Thiruvananthapuram|latd=8}}"))
                .isEqualTo("P\nCoordinates: 8.5°N 77°E (Thiruvananthapuram)");
        // parts that do not make a position are left out, not read as numbers
        assertThat(facts("{{Infobox place|name=P|latd=x|latNS=N|longd=3|longEW=E}}")).isEqualTo("P");
    }

    @Test
    void namesRunTogetherReadAsWordsAndKeepTheirCapitalsOutsideEnglish() {
        assertThat(facts("{{Infobox city|name=X|TotalArea=12|PopulationDensity=3}}"))
                .isEqualTo("X\nTotal area: 12\nPopulation density: 3");
        assertThat(Results.text(Run.call("{{Infobox Software|Name=Firefox|AktuelleVersion=55.0.3"
                + "|AktuelleVersionFreigabeDatum=25. August 2017}}", new ContentFakeContext("de"))))
                .isEqualTo("Firefox\nAktuelle Version: 55.0.3\nAktuelle Version Freigabe Datum: 25. August 2017");
    }

    @Test
    void aLanguagesSpeakerCountKeepsItsDateAndATaxoboxItsStatusInWords() {
        assertThat(facts("{{Infobox language|name=Magahi|speakers=12.7 million|date=2011 census|fam1=Indo-European|fam2=Indic}}"))
                .isEqualTo("Magahi\nSpeakers: 12.7 million (2011 census)\nLanguage family: Indo-European, Indic");
        assertThat(facts("{{Speciesbox|name=Cattle|status=DOM|genus=Bos|audio=Mudchute cow 1.ogg|percent_water=2}}"))
                .isEqualTo("Cattle\nConservation status: Domesticated\nGenus: Bos\nPercent water: 2");
    }

    @Test
    void aParameterIsInOnePairAtMost() {
        // office_title labels office_name; office_name is then no label of office_info
        assertThat(facts("{{Infobox x|name=X|office_title=Mayor|office_name=Ann|office_info=since 2001}}"))
                .isEqualTo("X\nMayor: Ann\nOffice info: since 2001");
    }
}
