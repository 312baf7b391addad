package org.recordswatch.tagging.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.agency.Side;
import org.recordswatch.tagging.Correspondent;

/**
 * Ties parties to agencies of the directory.
 *
 * <ol>
 * <li>By e-mail domain, longest suffix first ({@code hsi.dhs.gov} before {@code dhs.gov}).</li>
 * <li>When agencies share the domain ({@code ice.dhs.gov}, {@code state.nm.us}): the words of the party's signature
 * blocks across the batch and its display-name tags decide; failing that the producing agency, when it is one of
 * them; failing that the agency with the fewest domains, flagged as a guess.</li>
 * <li>Without an address: display-name tags ({@code (CENSUS/ADRM FED)}), the same name seen with an address elsewhere
 * in the batch, a phone number seen in a resolved signature, the owner of a printed mailbox, and last the producing
 * agency (flagged).</li>
 * <li>An unknown domain: a signature that names a directory agency; else an unknown government domain becomes a
 * proposal for the directory; else the party is flagged as unknown.</li>
 * </ol>
 */
public final class PartyResolver {

    private final AgencyDirectory directory;
    private final PartyIndex index;
    private final SignatureEvidence evidence;
    private final Map<String, PartyResolution> cache = new java.util.HashMap<>();

    public PartyResolver(AgencyDirectory directory, PartyIndex index) {
        this.directory = directory;
        this.index = index;
        this.evidence = new SignatureEvidence(directory);
    }

    public AgencyDirectory directory() {
        return directory;
    }

    /**
     * Resolves one party.
     *
     * @param party the party
     * @param producingAgency the agency code of the production the message came from (may be null)
     */
    public PartyResolution resolve(Correspondent party, String producingAgency) {
        if (party == null || party.isEmpty()) {
            return PartyResolution.unresolved(party, "no name, address or phone");
        }
        String key = party.name() + "|" + party.email() + "|" + party.phone() + "|" + producingAgency;
        PartyResolution known = cache.get(key);
        if (known != null) {
            return known;
        }
        PartyResolution r = resolveUncached(party, producingAgency);
        cache.put(key, r);
        return r;
    }

    private PartyResolution resolveUncached(Correspondent party, String producingAgency) {
        if (party.email() != null && party.domain().isPresent()) {
            return byEmail(party, party.email(), producingAgency, 1.0);
        }
        return withoutEmail(party, producingAgency);
    }

    private PartyResolution byEmail(Correspondent party, String email, String producingAgency, double factor) {
        String domain = email.substring(email.lastIndexOf('@') + 1);
        List<DirectoryAgency> candidates = directory.byDomain(domain);
        String signature = index.signatureOf(email) + "\n" + String.join(" ", PersonNames.tags(party.name()));
        if (candidates.size() == 1) {
            return found(party, candidates.get(0), ResolutionMethod.EMAIL_DOMAIN, 0.95 * factor, "domain " + domain);
        }
        if (candidates.size() > 1) {
            Optional<DirectoryAgency> bySignature = evidence.best(signature, candidates, 2);
            if (bySignature.isPresent()) {
                return found(party, bySignature.get(), ResolutionMethod.SIGNATURE, 0.9 * factor,
                        "shared domain " + domain + "; decided by signature");
            }
            Optional<DirectoryAgency> producer = candidates.stream()
                    .filter(a -> a.code().value().equals(producingAgency)).findFirst();
            if (producer.isPresent()) {
                return found(party, producer.get(), ResolutionMethod.PRODUCING_AGENCY, 0.7 * factor,
                        "shared domain " + domain + "; the producing agency");
            }
            DirectoryAgency guess = candidates.stream()
                    .min(Comparator.comparingInt((DirectoryAgency a) -> a.domains().size())).orElseThrow();
            return found(party, guess, ResolutionMethod.AMBIGUOUS_DOMAIN, 0.5 * factor,
                    "shared domain " + domain + "; nothing decided among " + codes(candidates));
        }
        Optional<DirectoryAgency> named = evidence.best(signature, directory.agencies(), 3);
        if (named.isPresent()) {
            return found(party, named.get(), ResolutionMethod.SIGNATURE, 0.6 * factor,
                    "unknown domain " + domain + "; signature names the agency");
        }
        Optional<GovernmentDomains.Guess> gov = GovernmentDomains.guess(domain);
        if (gov.isPresent()) {
            List<String> orgs = SignatureEvidence.organisationLines(index.signatureOf(email));
            String name = orgs.isEmpty() ? domain : orgs.get(orgs.size() - 1);
            AgencyProposal proposal = new AgencyProposal(domain, gov.get().code(), name, gov.get().side(),
                    gov.get().jurisdiction(), "unknown government domain " + domain);
            return new PartyResolution(party, null, gov.get().side(), ResolutionMethod.PROPOSED, 0.6 * factor,
                    proposal, "unknown government domain " + domain + "; proposed as " + gov.get().code());
        }
        return PartyResolution.unresolved(party, "unknown organisation (domain " + domain + ")");
    }

    private PartyResolution withoutEmail(Correspondent party, String producingAgency) {
        List<String> tags = PersonNames.tags(party.name());
        if (!tags.isEmpty()) {
            Optional<DirectoryAgency> tagged = evidence.best(String.join(" ", tags), directory.agencies(), 2);
            if (tagged.isPresent()) {
                return found(party, tagged.get(), ResolutionMethod.DISPLAY_NAME, 0.85, "display-name tag " + tags);
            }
        }
        Set<String> emails = index.emailsFor(party.name());
        if (!emails.isEmpty()) {
            Set<String> agencies = new LinkedHashSet<>();
            PartyResolution first = null;
            for (String e : emails) {
                PartyResolution r = byEmail(party, e, producingAgency, 0.9);
                agencies.add(r.exportCode());
                if (first == null || r.confidence() > first.confidence()) {
                    first = r;
                }
            }
            if (agencies.size() == 1 && first.agency() != null) {
                return new PartyResolution(party, first.agency(), first.side(), ResolutionMethod.KNOWN_NAME,
                        first.confidence(), null, "same name seen as " + String.join(", ", emails));
            }
        }
        if (party.phone() != null) {
            Optional<AgencyCode> byPhone = index.agencyOfPhone(party.phone());
            if (byPhone.isPresent()) {
                Optional<DirectoryAgency> a = directory.agency(byPhone.get());
                if (a.isPresent()) {
                    return found(party, a.get(), ResolutionMethod.PHONE, 0.8, "phone in a signature");
                }
            }
        }
        Set<String> mailbox = index.mailboxAgencies(party.name());
        if (mailbox.size() == 1) {
            Optional<DirectoryAgency> a = directory.agency(mailbox.iterator().next());
            if (a.isPresent()) {
                return found(party, a.get(), ResolutionMethod.PRODUCING_AGENCY, 0.7,
                        "owner of a printed mailbox of the producing agency");
            }
        }
        Optional<DirectoryAgency> producer = directory.agency(producingAgency);
        if (producer.isPresent() && party.name() != null) {
            return found(party, producer.get(), ResolutionMethod.PRODUCING_AGENCY, 0.4,
                    "name only; assumed staff of the producing agency");
        }
        return PartyResolution.unresolved(party, "name only, not seen elsewhere");
    }

    private static PartyResolution found(Correspondent party, DirectoryAgency agency, ResolutionMethod method,
            double confidence, String note) {
        return new PartyResolution(party, agency.code(), agency.side(), method, confidence, null, note);
    }

    private static String codes(List<DirectoryAgency> agencies) {
        List<String> out = new ArrayList<>();
        agencies.forEach(a -> out.add(a.code().value()));
        return out.toString();
    }

    /** Ties the phone numbers of resolved signatures to their agencies (call after resolving the senders). */
    public void learnPhones(Map<String, AgencyCode> agencyByEmail) {
        cache.clear();
        agencyByEmail.forEach((email, agency) -> {
            for (String p : PartyIndex.phonesIn(index.signatureOf(email))) {
                index.phone(p, agency);
            }
        });
    }

    /** The side of a resolution's agency, {@link Side#OTHER} when unknown. */
    public static Side sideOf(PartyResolution r) {
        return r == null ? Side.OTHER : r.side();
    }
}
