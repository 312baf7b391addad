package org.recordswatch.tagging.party;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.agency.Side;

/**
 * An agency of the directory as party resolution sees it: code, side, jurisdiction, e-mail domains, and the words
 * that name it in signature blocks and display names.
 *
 * @param code the agency code
 * @param name its name
 * @param side its side
 * @param jurisdiction {@code NM}, {@code US}...
 * @param domains e-mail domains (a domain also covers its sub-domains)
 * @param names names and unit names, matched case-insensitively ({@code Enforcement and Removal Operations})
 * @param abbreviations abbreviations, matched case-sensitively as whole words ({@code ERO}, {@code CENSUS})
 * @param titles job titles that only this agency uses ({@code Deportation Officer})
 */
public record DirectoryAgency(AgencyCode code, String name, Side side, String jurisdiction, Set<String> domains,
        List<String> names, List<String> abbreviations, List<String> titles) {

    public DirectoryAgency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(side, "side");
        name = name == null ? code.value() : name;
        jurisdiction = jurisdiction == null ? "" : jurisdiction.strip().toUpperCase(Locale.ROOT);
        Set<String> d = new TreeSet<>();
        if (domains != null) {
            for (String s : domains) {
                String n = normaliseDomain(s);
                if (!n.isEmpty()) {
                    d.add(n);
                }
            }
        }
        domains = Set.copyOf(d);
        names = names == null ? List.of() : List.copyOf(names);
        abbreviations = abbreviations == null ? List.of() : List.copyOf(abbreviations);
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    public static DirectoryAgency of(String code, String name, Side side, String jurisdiction, String... domains) {
        return new DirectoryAgency(new AgencyCode(code), name, side, jurisdiction, Set.of(domains), List.of(),
                List.of(), List.of());
    }

    /** This agency with signature and display-name words added. */
    public DirectoryAgency withAliases(List<String> moreNames, List<String> moreAbbreviations,
            List<String> moreTitles) {
        return new DirectoryAgency(code, name, side, jurisdiction, domains, concat(names, moreNames),
                concat(abbreviations, moreAbbreviations), concat(titles, moreTitles));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        if (b != null) {
            for (String s : b) {
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    static String normaliseDomain(String domain) {
        if (domain == null) {
            return "";
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        while (d.startsWith("@") || d.startsWith(".")) {
            d = d.substring(1);
        }
        return d;
    }
}
