package org.recordswatch.agency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.csv.Csv;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Role;

/**
 * The agency directory as users see it. Reading is open to every logged-in user (the directory is public data);
 * advocates and admins add and edit agencies, one by one or by CSV import. Codes never change once made: exports
 * and ground truth refer to them.
 */
@Stateless
public class AgencyService {

    /** The columns of a directory CSV, in the order the export writes them. */
    public static final List<String> CSV_COLUMNS = List.of("code", "name", "side", "jurisdiction", "domains",
            "custodian_name", "custodian_title", "custodian_email", "custodian_phone", "postal_address", "portal_url",
            "notes");

    static final int MAX_IMPORT_ROWS = 5000;
    private static final String LABEL = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern DOMAIN = Pattern.compile(LABEL + "(\\." + LABEL + ")+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern JURISDICTION = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,15}");

    @Inject
    AgencyRepository repository;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    /** One row of an import that could not be taken, with the message key saying why. */
    public record ImportProblem(int line, String code, String messageKey) {
    }

    /** What an import did: agencies created and updated, or the problems that stopped it (then nothing changed). */
    public record ImportResult(int created, int updated, List<ImportProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    @Authorized
    public List<Agency> all() {
        return repository.all();
    }

    @Authorized
    public Agency get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("agency", id));
    }

    @Authorized
    public List<Agency> search(String text, Side side, int first, int max) {
        return repository.search(text, side, first, Math.min(max, 500));
    }

    @Authorized
    public long count(String text, Side side) {
        return repository.count(text, side);
    }

    /** Every agency of a jurisdiction ({@code NM}, {@code US}). */
    @Authorized
    public List<Agency> inJurisdiction(String jurisdiction) {
        return repository.inJurisdiction(jurisdiction);
    }

    /** For an autocomplete: at most {@code max} agencies matching the text. */
    @Authorized
    public List<Agency> suggest(String text, int max) {
        return repository.search(text, null, 0, Math.min(max, 50));
    }

    @Authorized({Role.ADVOCATE, Role.ADMIN})
    public Agency create(AgencyForm form) {
        return createAgency(form, "AGENCY_CREATE");
    }

    /**
     * Creates an agency that tagging proposed (an unknown government e-mail domain); analysts confirm proposals, so
     * they may call this one too. The same checks as {@link #create(AgencyForm)}.
     */
    @Authorized({Role.ANALYST, Role.ADVOCATE, Role.ADMIN})
    public Agency createProposed(AgencyForm form) {
        return createAgency(form, "AGENCY_CREATE_PROPOSED");
    }

    private Agency createAgency(AgencyForm form, String action) {
        String problem = problem(form);
        if (problem != null) {
            throw new BusinessException(problem);
        }
        if (repository.findByCode(form.code().strip()).isPresent()) {
            throw new BusinessException("agency.codeTaken", form.code().strip());
        }
        Agency agency = new Agency(new AgencyCode(form.code()), form.name(), form.side(), jurisdiction(form));
        apply(agency, form);
        em.persist(agency);
        em.flush();
        audit.record(callers.current().username(), action, "agency", agency.getCode().value());
        return agency;
    }

    /** Changes everything but the code. */
    @Authorized({Role.ADVOCATE, Role.ADMIN})
    public Agency update(long id, AgencyForm form) {
        Agency agency = get(id);
        AgencyForm sameCode = new AgencyForm(agency.getCode().value(), form.name(), form.side(), form.jurisdiction(),
                form.domains(), form.custodianName(), form.custodianTitle(), form.custodianEmail(),
                form.custodianPhone(), form.postalAddress(), form.portalUrl(), form.notes());
        String problem = problem(sameCode);
        if (problem != null) {
            throw new BusinessException(problem);
        }
        agency.rename(form.name());
        agency.placeOn(form.side());
        agency.moveTo(jurisdiction(form));
        apply(agency, form);
        audit.record(callers.current().username(), "AGENCY_UPDATE", "agency", agency.getCode().value());
        return agency;
    }

    /**
     * Imports a directory CSV (a header row naming the columns of {@link #CSV_COLUMNS}; code, name, side and
     * jurisdiction are required; domains separated by spaces or semicolons). Agencies are matched by code: new codes
     * are created, known ones updated. Nothing is changed when any row has a problem.
     */
    @Authorized({Role.ADVOCATE, Role.ADMIN})
    public ImportResult importCsv(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("agency.import.empty");
        }
        List<List<String>> records = Csv.read(text, MAX_IMPORT_ROWS + 2);
        if (records.size() > MAX_IMPORT_ROWS + 1) {
            throw new BusinessException("agency.import.tooMany", MAX_IMPORT_ROWS);
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("code", "name", "side", "jurisdiction")) {
            if (!columns.containsKey(required)) {
                throw new BusinessException("agency.import.missingColumn", required);
            }
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, AgencyForm> forms = new LinkedHashMap<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> row = records.get(r);
            AgencyForm form = new AgencyForm(cell(row, columns, "code"), cell(row, columns, "name"),
                    side(cell(row, columns, "side")), cell(row, columns, "jurisdiction"),
                    splitDomains(cell(row, columns, "domains")), cell(row, columns, "custodian_name"),
                    cell(row, columns, "custodian_title"), cell(row, columns, "custodian_email"),
                    cell(row, columns, "custodian_phone"), cell(row, columns, "postal_address"),
                    cell(row, columns, "portal_url"), cell(row, columns, "notes"));
            String problem = problem(form);
            String code = form.code() == null ? "" : form.code().strip();
            if (problem == null && forms.containsKey(code)) {
                problem = "agency.import.duplicateCode";
            }
            if (problem != null) {
                problems.add(new ImportProblem(r + 1, code, problem));
            } else {
                forms.put(code, form);
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(0, 0, problems);
        }
        int created = 0;
        int updated = 0;
        for (AgencyForm form : forms.values()) {
            var existing = repository.findByCode(form.code().strip());
            if (existing.isPresent()) {
                Agency a = existing.get();
                a.rename(form.name());
                a.placeOn(form.side());
                a.moveTo(jurisdiction(form));
                apply(a, form);
                updated++;
            } else {
                Agency a = new Agency(new AgencyCode(form.code()), form.name(), form.side(), jurisdiction(form));
                apply(a, form);
                em.persist(a);
                created++;
            }
        }
        em.flush();
        audit.record(callers.current().username(), "AGENCY_IMPORT", "agency", created + " created, " + updated
                + " updated");
        return new ImportResult(created, updated, List.of());
    }

    /** The whole directory as CSV, in the import format. */
    @Authorized
    public String exportCsv() {
        StringBuilder sb = new StringBuilder(Csv.line(CSV_COLUMNS));
        for (Agency a : repository.all()) {
            AgencyForm f = AgencyForm.of(a);
            sb.append(Csv.line(Arrays.asList(f.code(), f.name(), f.side().code(), f.jurisdiction(),
                    String.join(" ", f.domains()), f.custodianName(), f.custodianTitle(), f.custodianEmail(),
                    f.custodianPhone(), f.postalAddress(), f.portalUrl(), f.notes())));
        }
        audit.record(callers.current().username(), "AGENCY_EXPORT", "agency", "all");
        return sb.toString();
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= row.size() ? null : row.get(i);
    }

    private static Side side(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Side.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Domains separated by spaces, commas or semicolons. */
    public static List<String> splitDomains(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,;]+")).map(Agency::normaliseDomain).filter(d -> !d.isEmpty()).toList();
    }

    private static String jurisdiction(AgencyForm form) {
        return form.jurisdiction().strip().toUpperCase(Locale.ROOT);
    }

    /** The message key of the first problem of a form, or null. */
    static String problem(AgencyForm f) {
        if (f.code() == null || !AgencyCode.isValid(f.code())) {
            return "agency.codeInvalid";
        }
        if (f.name() == null || f.name().isBlank() || f.name().strip().length() > 255) {
            return "agency.nameRequired";
        }
        if (f.side() == null) {
            return "agency.sideRequired";
        }
        if (f.jurisdiction() == null || !JURISDICTION.matcher(f.jurisdiction().strip().toUpperCase(Locale.ROOT))
                .matches()) {
            return "agency.jurisdictionInvalid";
        }
        for (String d : f.domains() == null ? List.<String>of() : f.domains()) {
            String domain = Agency.normaliseDomain(d);
            if (!domain.isEmpty() && !DOMAIN.matcher(domain).matches()) {
                return "agency.domainInvalid";
            }
        }
        if (tooLong(f.custodianName(), 255) || tooLong(f.custodianTitle(), 255) || tooLong(f.custodianEmail(), 255)
                || tooLong(f.custodianPhone(), 64) || tooLong(f.postalAddress(), 1000) || tooLong(f.portalUrl(), 1000)
                || tooLong(f.notes(), 10_000)) {
            return "agency.tooLong";
        }
        if (f.custodianEmail() != null && !f.custodianEmail().isBlank()
                && !EMAIL.matcher(f.custodianEmail().strip()).matches()) {
            return "agency.emailInvalid";
        }
        if (f.portalUrl() != null && !f.portalUrl().isBlank()) {
            String url = f.portalUrl().strip().toLowerCase(Locale.ROOT);
            if (!url.startsWith("https://") && !url.startsWith("http://") || url.contains(" ")) {
                return "agency.portalInvalid";
            }
        }
        return null;
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.strip().length() > max;
    }

    private static void apply(Agency agency, AgencyForm form) {
        agency.useDomains(form.domains() == null ? List.of() : form.domains());
        agency.describe(new Custodian(form.custodianName(), form.custodianTitle(), form.custodianEmail(),
                form.custodianPhone(), form.postalAddress()), form.portalUrl(), form.notes());
    }
}
