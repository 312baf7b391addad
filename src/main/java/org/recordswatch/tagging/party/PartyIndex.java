package org.recordswatch.tagging.party;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.tagging.Correspondent;

/**
 * What a batch of messages tells about its people beyond each single message: the signatures each address signed
 * with, the addresses each name was seen with (in headers and quoted headers), who owns the printed mailboxes, and
 * which phone numbers belong to which agency. Party resolution reads it; the engine fills it.
 */
public final class PartyIndex {

    private static final Pattern HEADER_LINE = Pattern.compile(
            "^\\s*(?:From|To|Cc|De|Para|CC|Sent\\s+by)\\s*:\\s*(.+)$", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESS = Pattern.compile(
            "([^<;\\[]*?)\\s*(?:<|\\[mailto:)\\s*([\\w.'+-]+@[\\w-]+(?:\\.[\\w-]+)+)\\s*[>\\]]");

    private final Map<String, StringBuilder> signatures = new HashMap<>();
    private final Map<String, Set<String>> emailsByName = new HashMap<>();
    private final Map<String, Set<String>> mailboxAgencies = new HashMap<>();
    private final Map<String, AgencyCode> phones = new HashMap<>();
    private final Map<String, Set<String>> allEmailsByLocalKey = new HashMap<>();

    /** Records a party seen in a header (its name with its address). */
    public void party(Correspondent c) {
        if (c == null) {
            return;
        }
        if (c.email() != null) {
            String key = PersonNames.key(c.name());
            if (!key.isEmpty()) {
                emailsByName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.email());
            }
            String local = PersonNames.keyOfEmail(c.email());
            if (!local.isEmpty()) {
                allEmailsByLocalKey.computeIfAbsent(local, k -> new LinkedHashSet<>()).add(c.email());
            }
        }
    }

    /** Records the signature an address signed one of its messages with. */
    public void signature(String email, String signature) {
        if (email == null || signature == null || signature.isBlank()) {
            return;
        }
        signatures.computeIfAbsent(email.toLowerCase(java.util.Locale.ROOT), k -> new StringBuilder())
                .append('\n').append(signature);
    }

    /** Records the owner of a printed mailbox and the agency that produced it. */
    public void mailboxOwner(String ownerName, String producingAgency) {
        String key = PersonNames.key(ownerName);
        if (!key.isEmpty() && producingAgency != null) {
            mailboxAgencies.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(producingAgency);
        }
    }

    /** Reads the {@code From:}/{@code To:}/{@code Cc:} lines of quoted history for names with addresses. */
    public void quotedHeaders(String quoted) {
        if (quoted == null || quoted.isBlank()) {
            return;
        }
        Matcher line = HEADER_LINE.matcher(quoted);
        while (line.find()) {
            for (String part : line.group(1).split(";")) {
                Matcher a = ADDRESS.matcher(part);
                if (a.find()) {
                    party(Correspondent.of(a.group(1).replace("\"", "").strip(), a.group(2)));
                }
            }
        }
    }

    /** Ties a phone number to an agency (from a resolved signature). */
    public void phone(String phone, AgencyCode agency) {
        String key = phoneKey(phone);
        if (key.length() == 10 && agency != null) {
            phones.putIfAbsent(key, agency);
        }
    }

    public String signatureOf(String email) {
        StringBuilder sb = email == null ? null : signatures.get(email.toLowerCase(java.util.Locale.ROOT));
        return sb == null ? "" : sb.toString();
    }

    public Map<String, String> allSignatures() {
        Map<String, String> out = new HashMap<>();
        signatures.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    /** The addresses a name was seen with (by display name, else by the address's local part). */
    public Set<String> emailsFor(String displayName) {
        String key = PersonNames.key(displayName);
        if (key.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>(emailsByName.getOrDefault(key, Set.of()));
        out.addAll(allEmailsByLocalKey.getOrDefault(key, Set.of()));
        return out;
    }

    public Set<String> mailboxAgencies(String displayName) {
        return mailboxAgencies.getOrDefault(PersonNames.key(displayName), Set.of());
    }

    public Optional<AgencyCode> agencyOfPhone(String phone) {
        return Optional.ofNullable(phones.get(phoneKey(phone)));
    }

    /** A phone number's comparison key: its digits, without a leading 1 on an 11-digit number. */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return "";
        }
        String d = phone.replaceAll("\\D", "");
        return d.length() == 11 && d.startsWith("1") ? d.substring(1) : d;
    }

    /** Phone numbers written in a text (10-digit North American form), as comparison keys (digits only). */
    public static List<String> phonesIn(String text) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("\\(?\\b\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}\\b").matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(phoneKey(m.group()));
        }
        return out;
    }
}
