package org.lector.wikitext.templates;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lector.document.Text;

/**
 * Flags: the picture says nothing to a listener, the country name does. {@code {{flag|Belgium}}}
 * and {@code {{flagcountry|BEL}}} read as the country's name (IOC/FIFA codes mapped for the
 * countries the corpus names, else the code as written); {@code {{flagicon}}} is only a picture and
 * gives nothing.
 */
final class FlagTemplates implements TemplateHandler {
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("BEL", "Belgium"), Map.entry("USA", "United States"), Map.entry("US", "United States"),
            Map.entry("CAN", "Canada"), Map.entry("MEX", "Mexico"), Map.entry("GER", "Germany"),
            Map.entry("DEU", "Germany"), Map.entry("FRA", "France"), Map.entry("NED", "Netherlands"),
            Map.entry("NLD", "Netherlands"), Map.entry("LUX", "Luxembourg"), Map.entry("GBR", "United Kingdom"),
            Map.entry("UK", "United Kingdom"), Map.entry("ENG", "England"), Map.entry("SCO", "Scotland"),
            Map.entry("ESP", "Spain"), Map.entry("ITA", "Italy"), Map.entry("POR", "Portugal"),
            Map.entry("BRA", "Brazil"), Map.entry("ARG", "Argentina"), Map.entry("JPN", "Japan"),
            Map.entry("KOR", "South Korea"), Map.entry("AUS", "Australia"), Map.entry("IND", "India"),
            Map.entry("CHN", "China"), Map.entry("RUS", "Russia"), Map.entry("URS", "Soviet Union"),
            Map.entry("SUI", "Switzerland"), Map.entry("AUT", "Austria"), Map.entry("URU", "Uruguay"),
            Map.entry("CRO", "Croatia"), Map.entry("MAR", "Morocco"), Map.entry("SEN", "Senegal"),
            Map.entry("KSA", "Saudi Arabia"), Map.entry("IRN", "Iran"), Map.entry("QAT", "Qatar"),
            Map.entry("EST", "Estonia"), Map.entry("KEN", "Kenya"), Map.entry("IDN", "Indonesia"),
            Map.entry("ALG", "Algeria"), Map.entry("BIH", "Bosnia and Herzegovina"), Map.entry("COL", "Colombia"),
            Map.entry("CIV", "Ivory Coast"), Map.entry("COD", "DR Congo"), Map.entry("CPV", "Cape Verde"),
            Map.entry("CUW", "Curaçao"), Map.entry("CZE", "Czech Republic"), Map.entry("ECU", "Ecuador"),
            Map.entry("EGY", "Egypt"), Map.entry("GHA", "Ghana"), Map.entry("HAI", "Haiti"),
            Map.entry("IRQ", "Iraq"), Map.entry("JOR", "Jordan"), Map.entry("NOR", "Norway"),
            Map.entry("NZL", "New Zealand"), Map.entry("PAN", "Panama"), Map.entry("PAR", "Paraguay"),
            Map.entry("RSA", "South Africa"), Map.entry("SWE", "Sweden"), Map.entry("TUN", "Tunisia"),
            Map.entry("TUR", "Turkey"), Map.entry("UZB", "Uzbekistan"), Map.entry("CMR", "Cameroon"),
            Map.entry("NGA", "Nigeria"), Map.entry("DEN", "Denmark"), Map.entry("POL", "Poland"),
            Map.entry("SRB", "Serbia"), Map.entry("UKR", "Ukraine"), Map.entry("WAL", "Wales"),
            Map.entry("CRC", "Costa Rica"), Map.entry("CHI", "Chile"), Map.entry("PER", "Peru"));

    @Override
    public Set<String> names() {
        return Set.of("flag", "flagcountry", "flagicon", "flagu", "flagdeco", "flag country", "flag icon", "fb",
                "fbu", "country flag", "#invoke:flag");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String key = call.key();
        String country = call.arg(1);
        if (key.equals("#invoke:flag")) {
            // Module:Flag: {{#invoke:flag|fb|AUS}} names the team; its "icon" functions draw only a flag
            key = call.arg(1).toLowerCase(Locale.ROOT).contains("icon") ? "flagicon" : "flag";
            country = call.arg(2);
        }
        if (key.equals("flagicon") || key.equals("flag icon") || key.equals("flagdeco")) {
            return TemplateResult.nothing();
        }
        if (country.isEmpty()) {
            return TemplateResult.nothing();
        }
        String name = CODES.getOrDefault(country.toUpperCase(Locale.ROOT), country);
        return TemplateResult.inline(new Text(name));
    }
}
