package org.recordswatch.law;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.recordswatch.law.ClockEvent.ACKNOWLEDGED;
import static org.recordswatch.law.ClockEvent.ANY_RESPONSE;
import static org.recordswatch.law.ClockEvent.APPEALED;
import static org.recordswatch.law.ClockEvent.COMPLETION;
import static org.recordswatch.law.ClockEvent.DENIED;
import static org.recordswatch.law.ClockEvent.DETERMINATION;
import static org.recordswatch.law.ClockEvent.EXTENDED;
import static org.recordswatch.law.ClockEvent.RECEIVED;
import static org.recordswatch.law.DayCount.BUSINESS_DAYS;
import static org.recordswatch.law.DayCount.CALENDAR_DAYS;
import static org.recordswatch.law.Observance.NEAREST_WEEKDAY;
import static org.recordswatch.law.Observance.SUNDAY_TO_MONDAY;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The laws and holiday calendars the seed migrations (V13, V14) put in the database, built in Java so that the
 * deadline engine's worked examples run against exactly them. {@code SeedSql} writes the migrations from this class;
 * {@code LawServiceIT} checks that the database holds the same.
 */
public final class SeededLaws {

    private SeededLaws() {
    }

    private static final Set<ClockEvent> NOT_ACK = EnumSet.of(ClockEvent.EXTENDED, ClockEvent.PARTIALLY_FULFILLED,
            ClockEvent.FULFILLED, ClockEvent.DENIED, ClockEvent.NO_RECORDS);

    public static Map<String, Law> laws() {
        Map<String, Law> laws = new LinkedHashMap<>();
        for (Law law : List.of(newMexico(), california(), washington(), newYork(), nevada(), newJersey(), federal())) {
            laws.put(law.getJurisdiction(), law);
        }
        return laws;
    }

    public static Map<String, HolidayCalendar> calendars() {
        Map<String, HolidayCalendar> calendars = new LinkedHashMap<>();
        for (HolidayCalendar c : List.of(newMexicoHolidays(), californiaHolidays(), washingtonHolidays(),
                newYorkHolidays(), nevadaHolidays(), newJerseyHolidays(), federalHolidays())) {
            calendars.put(c.getJurisdiction(), c);
        }
        return calendars;
    }

    // ---------------------------------------------------------------- laws

    static Law newMexico() {
        Law law = new Law("nm_ipra", "NM", "Inspection of Public Records Act", "IPRA", "NMSA 1978, §§ 14-2-1 to 14-2-12");
        law.describe("Inspection of Public Records Act", "IPRA", "NMSA 1978, §§ 14-2-1 to 14-2-12",
                "https://nmonesource.com/nmos/nmsa/en/item/4374/index.do",
                "Clocks run from the day the written request reaches the custodian's office (§ 14-2-8). "
                + "Uncertain: the primary text of § 14-2-8 and any amendment after 2019 were not read; the 3-business-day "
                + "and 15-day periods are quoted from secondary sources (peer.org, corrales-nm.org). Whether the 15 days "
                + "are calendar days is not settled by the text; rld.nm.gov and nmfog.org say \"15 calendar days\", which "
                + "is what is modelled. How a deadline on a weekend or holiday rolls is not stated in IPRA; the next "
                + "business day is assumed (n/c). After a § 14-2-10 notice (excessively burdensome or broad request) "
                + "the custodian has \"a reasonable period\": the date the notice states is tracked, and the requester "
                + "may deem the request denied if it is not met; no fixed date is computed.");
        law.requireInDenial(EnumSet.of(DenialElement.RECORDS_DESCRIBED, DenialElement.RESPONSIBLE_PERSONS,
                DenialElement.REASON), "NMSA 1978, § 14-2-11(B)");
        law.damages(new BigDecimal("100.00"), "§ 14-2-11(C): if the custodian neither permits inspection nor "
                + "issues a written denial within 15 days, damages of up to $100 per day may be awarded from the day "
                + "compliance was required until a written denial is issued, paid by the public body. Faber v. King, "
                + "2015-NMSC-015: statutory damages for failing to respond; a wrongful denial gives actual damages only.");
        law.add(new StatutoryClock("ack", "Written explanation if not produced within 3 business days",
                ClockKind.ACKNOWLEDGE, 3, BUSINESS_DAYS).startsOn(RECEIVED).metBy(ANY_RESPONSE)
                .cite("NMSA 1978, § 14-2-8(D)", "If inspection is not permitted within three business days, the "
                        + "custodian must explain in writing when the records will be available or when a response "
                        + "will be given.", false));
        law.add(new StatutoryClock("produce", "Inspection permitted", ClockKind.PRODUCE, 15, CALENDAR_DAYS)
                .startsOn(RECEIVED).rolls(Roll.NEXT_BUSINESS_DAY).metBy(COMPLETION).supersededBy(EnumSet.of(EXTENDED))
                .deemedDenial(true)
                .cite("NMSA 1978, §§ 14-2-8(D), 14-2-11(A)", "Not later than fifteen days after receiving the "
                        + "request; if not permitted in that time the request may be deemed denied (§ 14-2-11(A)), "
                        + "unless the custodian gave a § 14-2-10 notice. Calendar days and the roll to the next "
                        + "business day are assumptions (n/c).", true));
        law.add(new StatutoryClock("burdensome", "Reasonable period after a burdensome-request notice",
                ClockKind.EXTENSION, null, CALENDAR_DAYS).startsOn(EXTENDED).metBy(COMPLETION)
                .cite("NMSA 1978, § 14-2-10", "The notice must be given within 15 days of receipt; the date is "
                        + "the one the custodian states. No statutory maximum.", false));
        return law;
    }

    static Law california() {
        Law law = new Law("ca_cpra", "CA", "California Public Records Act", "CPRA",
                "Cal. Gov. Code §§ 7920.000–7931.000");
        law.describe("California Public Records Act", "CPRA", "Cal. Gov. Code §§ 7920.000–7931.000",
                "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535",
                "Recodified by AB 473 (Stats. 2021, ch. 614), operative 1 January 2023. § 7922.535 says \"10 days\"; "
                + "secondary sources read calendar days (Lozano Smith handbook; coronaca.gov). Uncertain: that a "
                + "deadline on a weekend or holiday rolls to the next business day is assumed from Code Civ. Proc. "
                + "§§ 12–12a (n/c); which days count as holidays for that rule (Gov. Code § 6700 vs. judicial "
                + "holidays) is n/c. The CPRA has no deemed denial; the requester may sue (§ 7923.000, n/c).");
        law.requireInDenial(EnumSet.of(DenialElement.RESPONSIBLE_PERSONS, DenialElement.LEGAL_AUTHORITY),
                "Cal. Gov. Code §§ 7922.540, 7922.000");
        law.add(new StatutoryClock("determine", "Determination whether disclosable records exist",
                ClockKind.DETERMINE, 10, CALENDAR_DAYS).startsOn(RECEIVED).rolls(Roll.NEXT_BUSINESS_DAY)
                .metBy(EnumSet.of(ACKNOWLEDGED, ClockEvent.PARTIALLY_FULFILLED, ClockEvent.FULFILLED, DENIED,
                        ClockEvent.NO_RECORDS))
                .supersededBy(EnumSet.of(EXTENDED))
                .cite("Cal. Gov. Code § 7922.535(a)", "Within 10 days of receipt: decide, notify with reasons, and "
                        + "state the estimated date and time when records will be made available.", false));
        law.add(new StatutoryClock("unusual", "Extension for unusual circumstances (at most 14 days)",
                ClockKind.EXTENSION, 14, CALENDAR_DAYS).startsOn(EXTENDED, "determine").rolls(Roll.NEXT_BUSINESS_DAY)
                .metBy(DETERMINATION)
                .cite("Cal. Gov. Code § 7922.535(b)–(c)", "Written notice by the agency head or designee, with "
                        + "reasons and the date a determination is expected; no more than 14 days beyond the first "
                        + "period.", false));
        return law;
    }

    static Law washington() {
        Law law = new Law("wa_pra", "WA", "Public Records Act", "PRA", "RCW 42.56");
        law.describe("Public Records Act", "PRA", "RCW 42.56",
                "https://app.leg.wa.gov/RCW/default.aspx?cite=42.56.520",
                "Within five business days the agency must provide the record, a link, an acknowledgement with a "
                + "reasonable estimate of the time it needs, an acknowledgement asking for clarification, or a denial. "
                + "The day of receipt is not counted; weekends and holidays (RCW 1.16.050) are excluded. Uncertain: "
                + "that a request arriving on a non-business day counts as received on the next business day follows "
                + "the model rules (WAC 44-14) as summarised by county guidance, not the statute (n/c). Penalties "
                + "under RCW 42.56.550 were not read (n/c).");
        law.receive(ReceiptRule.NEXT_BUSINESS_DAY);
        law.requireInDenial(EnumSet.of(DenialElement.LEGAL_AUTHORITY, DenialElement.REASON), "RCW 42.56.210(3)");
        law.add(new StatutoryClock("respond", "First response", ClockKind.DETERMINE, 5, BUSINESS_DAYS)
                .startsOn(RECEIVED).metBy(ANY_RESPONSE)
                .cite("RCW 42.56.520(1)", null, false));
        law.add(new StatutoryClock("estimate", "Date estimated in the acknowledgement", ClockKind.PRODUCE, null,
                CALENDAR_DAYS).startsOn(ACKNOWLEDGED).metBy(COMPLETION).supersededBy(EnumSet.of(EXTENDED))
                .cite("RCW 42.56.520(1)(c)", "A reasonable estimate of the time the agency will require.", false));
        law.add(new StatutoryClock("revised", "Revised date after more time was taken", ClockKind.EXTENSION, null,
                CALENDAR_DAYS).startsOn(EXTENDED).metBy(COMPLETION)
                .cite("RCW 42.56.520(2)", "More time to clarify, locate and assemble, notify third parties or "
                        + "decide exemptions.", false));
        return law;
    }

    static Law newYork() {
        Law law = new Law("ny_foil", "NY", "Freedom of Information Law", "FOIL", "N.Y. Public Officers Law §§ 84–90");
        law.describe("Freedom of Information Law", "FOIL", "N.Y. Public Officers Law §§ 84–90",
                "https://www.nysenate.gov/legislation/laws/PBO/89",
                "§ 89(3)(a): within five business days grant, deny, or acknowledge with an approximate date, which is "
                + "ordinarily no more than 20 business days after the acknowledgement; beyond that the agency must "
                + "state in writing why and give a date certain. Appeal times follow agency rules (e.g. 21 NYCRR 1401.7: "
                + "appeal within 30 days, decision within 10 business days). Uncertain: whether a missed time limit is "
                + "a constructive denial: § 89(4)(a) is read by some that way, and bill A8586 (2024) would make a "
                + "missed acknowledgement a deemed denial; status n/c, so no deemed-denial date is computed.");
        law.requireInDenial(EnumSet.of(DenialElement.REASON, DenialElement.APPEAL_RIGHTS),
                "N.Y. Pub. Off. Law § 89(3)(a), (4)(a); 21 NYCRR 1401.7");
        law.add(new StatutoryClock("ack", "Acknowledge, grant or deny", ClockKind.ACKNOWLEDGE, 5, BUSINESS_DAYS)
                .startsOn(RECEIVED).metBy(ANY_RESPONSE).cite("N.Y. Pub. Off. Law § 89(3)(a)", null, false));
        law.add(new StatutoryClock("grant", "Grant or deny after acknowledgement", ClockKind.PRODUCE, 20,
                BUSINESS_DAYS).startsOn(ACKNOWLEDGED).metBy(COMPLETION).supersededBy(EnumSet.of(EXTENDED))
                .cite("N.Y. Pub. Off. Law § 89(3)(a)", "\"Ordinarily\" 20 business days; the acknowledgement may "
                        + "name an earlier approximate date.", false));
        law.add(new StatutoryClock("date_certain", "Date certain stated with reasons", ClockKind.EXTENSION, null,
                CALENDAR_DAYS).startsOn(EXTENDED).metBy(COMPLETION)
                .cite("N.Y. Pub. Off. Law § 89(3)(a)", null, false));
        law.add(new StatutoryClock("appeal", "Requester's time to appeal a denial", ClockKind.APPEAL, 30,
                CALENDAR_DAYS).startsOn(DENIED).rolls(Roll.NEXT_BUSINESS_DAY).metBy(EnumSet.of(APPEALED))
                .cite("N.Y. Pub. Off. Law § 89(4)(a)", "Thirty days; the roll to the next business day is assumed "
                        + "(n/c).", true));
        law.add(new StatutoryClock("appeal_decision", "Decision on the appeal", ClockKind.APPEAL_DECISION, 10,
                BUSINESS_DAYS).startsOn(APPEALED).metBy(DETERMINATION)
                .cite("N.Y. Pub. Off. Law § 89(4)(a)", null, false));
        return law;
    }

    static Law nevada() {
        Law law = new Law("nv_pra", "NV", "Nevada Public Records Act", "NPRA", "NRS Chapter 239");
        law.describe("Nevada Public Records Act", "NPRA", "NRS Chapter 239",
                "https://www.leg.state.nv.us/NRS/NRS-239.html",
                "NRS 239.0107: not later than the end of the fifth business day after receiving the request the "
                + "custodian must provide the record; or say that the agency does not have it and who does; or say "
                + "why it cannot be provided by then and give the earliest date and time it will be; or deny in "
                + "writing citing the specific statute or other legal authority. Penalties and fees were not read "
                + "(n/c).");
        law.requireInDenial(EnumSet.of(DenialElement.LEGAL_AUTHORITY), "NRS 239.0107(1)(d)");
        law.add(new StatutoryClock("respond", "Respond by the end of the fifth business day", ClockKind.DETERMINE, 5,
                BUSINESS_DAYS).startsOn(RECEIVED).metBy(ANY_RESPONSE).cite("NRS 239.0107(1)", null, false));
        law.add(new StatutoryClock("earliest", "Earliest date stated by the custodian", ClockKind.PRODUCE, null,
                CALENDAR_DAYS).startsOn(ACKNOWLEDGED).metBy(COMPLETION).supersededBy(EnumSet.of(EXTENDED))
                .cite("NRS 239.0107(1)(c)", null, false));
        law.add(new StatutoryClock("later", "Later date stated by the custodian", ClockKind.EXTENSION, null,
                CALENDAR_DAYS).startsOn(EXTENDED).metBy(COMPLETION).cite("NRS 239.0107(1)(c)", null, false));
        return law;
    }

    static Law newJersey() {
        Law law = new Law("nj_opra", "NJ", "Open Public Records Act", "OPRA", "N.J.S.A. 47:1A-1 et seq.");
        law.describe("Open Public Records Act", "OPRA", "N.J.S.A. 47:1A-1 et seq.",
                "https://www.nj.gov/grc/public/complaints/time.html",
                "N.J.S.A. 47:1A-5(i): grant or deny within seven business days; a custodian who does not respond "
                + "in time is deemed to have denied the request. Other periods not modelled: immediate access for "
                + "some records (budgets, bills, contracts), 14 business days for commercial-purpose and Daniel's "
                + "Law reviews (with notice within 7), 2 business days for some election records; emergencies "
                + "suspend the clock (N.J.A.C. 5:3-1.7). Uncertain: whether a bare acknowledgement stops the deemed "
                + "denial (modelled: it does not; an extension request or an answer does), and whether missing an "
                + "extended date is again a deemed denial (not modelled) are n/c.");
        law.requireInDenial(EnumSet.of(DenialElement.REASON, DenialElement.LEGAL_AUTHORITY), "N.J.S.A. 47:1A-5(g)");
        law.add(new StatutoryClock("respond", "Grant or deny (silence is denial)", ClockKind.DETERMINE, 7,
                BUSINESS_DAYS).startsOn(RECEIVED).metBy(NOT_ACK).deemedDenial(true)
                .cite("N.J.S.A. 47:1A-5(i)", null, false));
        law.add(new StatutoryClock("extended", "Date of the requested extension", ClockKind.EXTENSION, null,
                CALENDAR_DAYS).startsOn(EXTENDED).metBy(COMPLETION).cite("N.J.S.A. 47:1A-5(i)", null, true));
        return law;
    }

    static Law federal() {
        Law law = new Law("us_foia", "US", "Freedom of Information Act", "FOIA", "5 U.S.C. § 552");
        law.describe("Freedom of Information Act", "FOIA", "5 U.S.C. § 552",
                "https://www.law.cornell.edu/uscode/text/5/552",
                "20 days \"excepting Saturdays, Sundays, and legal public holidays\" (working days) from receipt by "
                + "the component designated to receive requests (up to 10 working days after first receipt elsewhere, "
                + "not modelled). Unusual circumstances add up to 10 working days by written notice. Missing the "
                + "time limit lets the requester sue without an appeal (constructive exhaustion, (a)(6)(C)(i)); that "
                + "date is shown as the deemed-denial date. Since the OPEN Government Act (2007) the agency may toll "
                + "the clock once to ask for information and as needed for fee questions; tolling is not modelled. "
                + "Holidays: 5 U.S.C. 6103; closures by executive order are added as one-year rules.");
        law.requireInDenial(EnumSet.of(DenialElement.REASON, DenialElement.RESPONSIBLE_PERSONS,
                DenialElement.APPEAL_RIGHTS, DenialElement.VOLUME_ESTIMATE),
                "5 U.S.C. § 552(a)(6)(A)(i), (a)(6)(C)(i), (a)(6)(F)");
        law.add(new StatutoryClock("tracking", "Tracking number for requests taking over 10 days",
                ClockKind.ACKNOWLEDGE, 10, CALENDAR_DAYS).startsOn(RECEIVED).rolls(Roll.NONE).metBy(ANY_RESPONSE)
                .cite("5 U.S.C. § 552(a)(7)(A)", "An individualized tracking number for each request that will "
                        + "take longer than ten days; no roll rule is stated (n/c).", true));
        law.add(new StatutoryClock("determine", "Determination", ClockKind.DETERMINE, 20, BUSINESS_DAYS)
                .startsOn(RECEIVED).metBy(DETERMINATION).supersededBy(EnumSet.of(EXTENDED)).deemedDenial(true)
                .cite("5 U.S.C. § 552(a)(6)(A)(i), (a)(6)(C)(i)", null, false));
        law.add(new StatutoryClock("unusual", "Unusual circumstances (10 more working days)", ClockKind.EXTENSION, 10,
                BUSINESS_DAYS).startsOn(EXTENDED, "determine").metBy(DETERMINATION).deemedDenial(true)
                .cite("5 U.S.C. § 552(a)(6)(B)(i)", null, false));
        law.add(new StatutoryClock("appeal", "Requester's time to appeal", ClockKind.APPEAL, 90, CALENDAR_DAYS)
                .startsOn(DENIED).rolls(Roll.NEXT_BUSINESS_DAY).metBy(EnumSet.of(APPEALED))
                .cite("5 U.S.C. § 552(a)(6)(A)(i)(III)(aa)", "Not less than 90 days after the adverse "
                        + "determination; agencies' own rules apply; the roll to the next business day is assumed.",
                        true));
        law.add(new StatutoryClock("appeal_decision", "Decision on the appeal", ClockKind.APPEAL_DECISION, 20,
                BUSINESS_DAYS).startsOn(APPEALED).metBy(DETERMINATION)
                .cite("5 U.S.C. § 552(a)(6)(A)(ii)", null, false));
        return law;
    }

    // ------------------------------------------------------------ holidays

    private static HolidayRule fixed(String name, int month, int day, Observance o) {
        return HolidayRule.fixed(name, month, day, o);
    }

    static HolidayCalendar federalHolidays() {
        Observance o = NEAREST_WEEKDAY;
        HolidayCalendar c = new HolidayCalendar("US", "Federal legal public holidays");
        c.describe("Federal legal public holidays", "5 U.S.C. 6103(a); a holiday on a Saturday is observed on the "
                + "Friday before, one on a Sunday on the Monday after (5 U.S.C. 6103(b), Executive Order 11582). "
                + "Inauguration Day (Washington area only) is not modelled. Closures by executive order are added "
                + "as rules limited to one year.");
        c.add(fixed("New Year's Day", 1, 1, o));
        c.add(HolidayRule.nthWeekday("Birthday of Martin Luther King, Jr.", 3, MONDAY, 1).validBetween(1986, null));
        c.add(HolidayRule.nthWeekday("Washington's Birthday", 3, MONDAY, 2));
        c.add(HolidayRule.lastWeekday("Memorial Day", MONDAY, 5));
        c.add(fixed("Juneteenth National Independence Day", 6, 19, o).validBetween(2021, null));
        c.add(fixed("Independence Day", 7, 4, o));
        c.add(HolidayRule.nthWeekday("Labor Day", 1, MONDAY, 9));
        c.add(HolidayRule.nthWeekday("Columbus Day", 2, MONDAY, 10));
        c.add(fixed("Veterans Day", 11, 11, o));
        c.add(HolidayRule.nthWeekday("Thanksgiving Day", 4, THURSDAY, 11));
        c.add(fixed("Christmas Day", 12, 25, o));
        c.add(fixed("National Day of Mourning for President Carter", 1, 9, Observance.NONE).validBetween(2025, 2025)
                .withNotes("Executive departments closed by executive order on 9 January 2025."));
        return c;
    }

    static HolidayCalendar newMexicoHolidays() {
        Observance o = NEAREST_WEEKDAY;
        HolidayCalendar c = new HolidayCalendar("NM", "New Mexico state holidays");
        c.describe("New Mexico state holidays", "NMSA 1978, § 12-5-2 and the State Personnel Office's observance "
                + "calendar: Presidents' Day is observed on the day after Thanksgiving. Uncertain (n/c): the "
                + "weekend rule (modelled as Saturday to Friday, Sunday to Monday), whether Juneteenth is a state "
                + "holiday (not modelled), and the year Indigenous Peoples' Day replaced Columbus Day (2019 assumed).");
        c.add(fixed("New Year's Day", 1, 1, o));
        c.add(HolidayRule.nthWeekday("Martin Luther King Jr. Day", 3, MONDAY, 1));
        c.add(HolidayRule.lastWeekday("Memorial Day", MONDAY, 5));
        c.add(fixed("Independence Day", 7, 4, o));
        c.add(HolidayRule.nthWeekday("Labor Day", 1, MONDAY, 9));
        c.add(HolidayRule.nthWeekday("Columbus Day", 2, MONDAY, 10).validBetween(null, 2018));
        c.add(HolidayRule.nthWeekday("Indigenous Peoples' Day", 2, MONDAY, 10).validBetween(2019, null));
        c.add(fixed("Veterans Day", 11, 11, o));
        c.add(HolidayRule.nthWeekday("Thanksgiving Day", 4, THURSDAY, 11));
        c.add(HolidayRule.relativeTo("Presidents' Day (observed after Thanksgiving)", "Thanksgiving Day", 1));
        c.add(fixed("Christmas Day", 12, 25, o));
        return c;
    }

    static HolidayCalendar californiaHolidays() {
        Observance o = SUNDAY_TO_MONDAY;
        HolidayCalendar c = new HolidayCalendar("CA", "California state holidays");
        c.describe("California state holidays", "Cal. Gov. Code § 6700; a holiday on a Sunday is observed on the "
                + "Monday after. Uncertain (n/c): Saturday holidays (not moved here; Saturdays are never business "
                + "days anyway), Juneteenth (added by AB 1655, 2022, assumed from 2022), whether Columbus Day and "
                + "Lincoln Day still count for computing time limits.");
        c.add(fixed("New Year's Day", 1, 1, o));
        c.add(HolidayRule.nthWeekday("Martin Luther King Jr. Day", 3, MONDAY, 1));
        c.add(fixed("Lincoln Day", 2, 12, o));
        c.add(HolidayRule.nthWeekday("Washington's Birthday", 3, MONDAY, 2));
        c.add(fixed("Cesar Chavez Day", 3, 31, o));
        c.add(HolidayRule.lastWeekday("Memorial Day", MONDAY, 5));
        c.add(fixed("Juneteenth", 6, 19, o).validBetween(2022, null));
        c.add(fixed("Independence Day", 7, 4, o));
        c.add(HolidayRule.nthWeekday("Labor Day", 1, MONDAY, 9));
        c.add(HolidayRule.nthWeekday("Native American Day", 4, FRIDAY, 9));
        c.add(HolidayRule.nthWeekday("Columbus Day", 2, MONDAY, 10));
        c.add(fixed("Veterans Day", 11, 11, o));
        c.add(HolidayRule.nthWeekday("Thanksgiving Day", 4, THURSDAY, 11));
        c.add(HolidayRule.relativeTo("Day after Thanksgiving", "Thanksgiving Day", 1));
        c.add(fixed("Christmas Day", 12, 25, o));
        return c;
    }

    static HolidayCalendar washingtonHolidays() {
        Observance o = NEAREST_WEEKDAY;
        HolidayCalendar c = new HolidayCalendar("WA", "Washington state legal holidays");
        c.describe("Washington state legal holidays", "RCW 1.16.050: a holiday on a Saturday is observed on the "
                + "Friday before, one on a Sunday on the Monday after. Juneteenth from 2022.");
        c.add(fixed("New Year's Day", 1, 1, o));
        c.add(HolidayRule.nthWeekday("Martin Luther King Jr. Day", 3, MONDAY, 1));
        c.add(HolidayRule.nthWeekday("Presidents' Day", 3, MONDAY, 2));
        c.add(HolidayRule.lastWeekday("Memorial Day", MONDAY, 5));
        c.add(fixed("Juneteenth", 6, 19, o).validBetween(2022, null));
        c.add(fixed("Independence Day", 7, 4, o));
        c.add(HolidayRule.nthWeekday("Labor Day", 1, MONDAY, 9));
        c.add(fixed("Veterans Day", 11, 11, o));
        c.add(HolidayRule.nthWeekday("Thanksgiving Day", 4, THURSDAY, 11));
        c.add(HolidayRule.relativeTo("Native American Heritage Day", "Thanksgiving Day", 1));
        c.add(fixed("Christmas Day", 12, 25, o));
        return c;
    }

    static HolidayCalendar newYorkHolidays() {
        Observance o = SUNDAY_TO_MONDAY;
        HolidayCalendar c = new HolidayCalendar("NY", "New York public holidays");
        c.describe("New York public holidays", "N.Y. General Construction Law § 24; a holiday on a Sunday is "
                + "observed on the Monday after. Flag Day (second Sunday in June) always falls on a Sunday and is "
                + "left out. Uncertain (n/c): Saturday holidays (not moved), Juneteenth from 2020, and whether "
                + "general election day counts for FOIL's business days.");
        c.add(fixed("New Year's Day", 1, 1, o));
        c.add(HolidayRule.nthWeekday("Martin Luther King Jr. Day", 3, MONDAY, 1));
        c.add(fixed("Lincoln's Birthday", 2, 12, o));
        c.add(HolidayRule.nthWeekday("Washington's Birthday", 3, MONDAY, 2));
        c.add(HolidayRule.lastWeekday("Memorial Day", MONDAY, 5));
        c.add(fixed("Juneteenth", 6, 19, o).validBetween(2020, null));
        c.add(fixed("Independence Day", 7, 4, o));
        c.add(HolidayRule.nthWeekday("Labor Day", 1, MONDAY, 9));
        c.add(HolidayRule.nthWeekday("Columbus Day", 2, MONDAY, 10));
        c.add(HolidayRule.weekdayOnOrAfter("General Election Day", TUESDAY, 11, 2));
        c.add(fixed("Veterans Day", 11, 11, o));
        c.add(HolidayRule.nthWeekday("Thanksgiving Day", 4, THURSDAY, 11));
        c.add(fixed("Christmas Day", 12, 25, o));
        return c;
    }

    static HolidayCalendar nevadaHolidays() {
        Observance o = NEAREST_WEEKDAY;
        HolidayCalendar c = new HolidayCalendar("NV", "Nevada legal holidays");
        c.describe("Nevada legal holidays", "NRS 236.015: a holiday on a Saturday is observed on the Friday "
                + "before, one on a Sunday on the Monday after. Uncertain (n/c): the first year of Juneteenth "
                + "(2022 assumed).");
        c.add(fixed("New Year's Day", 1, 1, o));
        c.add(HolidayRule.nthWeekday("Martin Luther King Jr. Day", 3, MONDAY, 1));
        c.add(HolidayRule.nthWeekday("Washington's Birthday", 3, MONDAY, 2));
        c.add(HolidayRule.lastWeekday("Memorial Day", MONDAY, 5));
        c.add(fixed("Juneteenth Day", 6, 19, o).validBetween(2022, null));
        c.add(fixed("Independence Day", 7, 4, o));
        c.add(HolidayRule.nthWeekday("Labor Day", 1, MONDAY, 9));
        c.add(HolidayRule.lastWeekday("Nevada Day", FRIDAY, 10));
        c.add(fixed("Veterans Day", 11, 11, o));
        c.add(HolidayRule.nthWeekday("Thanksgiving Day", 4, THURSDAY, 11));
        c.add(HolidayRule.relativeTo("Family Day", "Thanksgiving Day", 1));
        c.add(fixed("Christmas Day", 12, 25, o));
        return c;
    }

    static HolidayCalendar newJerseyHolidays() {
        Observance o = SUNDAY_TO_MONDAY;
        HolidayCalendar c = new HolidayCalendar("NJ", "New Jersey state holidays");
        c.describe("New Jersey state holidays", "N.J.S.A. 36:1-1; a holiday on a Sunday is observed on the Monday "
                + "after. Juneteenth is the third Friday in June (from 2021). Uncertain (n/c): Saturday holidays "
                + "(not moved), the first year of Juneteenth.");
        c.add(fixed("New Year's Day", 1, 1, o));
        c.add(HolidayRule.nthWeekday("Martin Luther King Jr. Day", 3, MONDAY, 1));
        c.add(fixed("Lincoln's Birthday", 2, 12, o));
        c.add(HolidayRule.nthWeekday("Washington's Birthday", 3, MONDAY, 2));
        c.add(HolidayRule.easterOffset("Good Friday", -2));
        c.add(HolidayRule.lastWeekday("Memorial Day", MONDAY, 5));
        c.add(HolidayRule.nthWeekday("Juneteenth Day", 3, FRIDAY, 6).validBetween(2021, null));
        c.add(fixed("Independence Day", 7, 4, o));
        c.add(HolidayRule.nthWeekday("Labor Day", 1, MONDAY, 9));
        c.add(HolidayRule.nthWeekday("Columbus Day", 2, MONDAY, 10));
        c.add(HolidayRule.weekdayOnOrAfter("General Election Day", TUESDAY, 11, 2));
        c.add(fixed("Veterans Day", 11, 11, o));
        c.add(HolidayRule.nthWeekday("Thanksgiving Day", 4, THURSDAY, 11));
        c.add(fixed("Christmas Day", 12, 25, o));
        return c;
    }
}
