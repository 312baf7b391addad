package org.recordswatch.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.Test;

/**
 * The seed migration holds exactly the laws and calendars of {@link SeededLaws}, which the worked examples of
 * {@link DeadlineEngineTest} run against. To regenerate it after changing {@link SeededLaws} (before it is merged;
 * afterwards a new migration is needed): {@code ./mvnw test -Dtest=SeedSqlTest -Dseed.write=true}.
 */
class SeedSqlTest {

    static final Path MIGRATION = Path.of("src/main/resources/db/migration/V11__seed_laws_and_holidays.sql");

    @Test
    void theSeedMigrationMatchesTheTestedLaws() throws IOException {
        String sql = SeedSql.render(SeededLaws.laws().values(), SeededLaws.calendars().values());
        if (Boolean.getBoolean("seed.write")) {
            Files.writeString(MIGRATION, sql, StandardCharsets.UTF_8);
        }
        assertEquals(sql, Files.readString(MIGRATION, StandardCharsets.UTF_8));
    }

    /** Renders INSERT statements for laws, clocks, calendars and rules. */
    static final class SeedSql {

        private SeedSql() {
        }

        static String render(Collection<Law> laws, Collection<HolidayCalendar> calendars) {
            StringBuilder sb = new StringBuilder();
            sb.append("-- Seed: public-records laws with their clocks, and the holiday calendars they count with.\n")
                    .append("-- Generated from src/test/java/org/recordswatch/law/SeededLaws.java (SeedSqlTest checks that\n")
                    .append("-- they match); the deadline engine's worked examples run against exactly these rows.\n")
                    .append("-- Admins edit laws and holidays in the application afterwards.\n\n");
            for (HolidayCalendar c : calendars) {
                sb.append("INSERT INTO holiday_calendar (jurisdiction, name, notes) VALUES (")
                        .append(q(c.getJurisdiction())).append(", ").append(q(c.getName())).append(", ")
                        .append(q(c.getNotes())).append(");\n");
                for (HolidayRule r : c.getRules()) {
                    sb.append("INSERT INTO holiday_rule (calendar_id, name, kind, month, day_of_month, weekday, nth, "
                            + "base_name, offset_days, observance, first_year, last_year, notes) SELECT id, ")
                            .append(q(r.getName())).append(", ").append(q(r.getKind().name())).append(", ")
                            .append(n(r.getMonth())).append(", ").append(n(r.getDayOfMonth())).append(", ")
                            .append(q(r.getWeekday() == null ? null : r.getWeekday().name())).append(", ")
                            .append(n(r.getNth())).append(", ").append(q(r.getBaseName())).append(", ")
                            .append(n(r.getOffsetDays())).append(", ").append(q(r.getObservance().name()))
                            .append(", ").append(n(r.getFirstYear())).append(", ").append(n(r.getLastYear()))
                            .append(", ").append(q(r.getNotes())).append(" FROM holiday_calendar WHERE jurisdiction = ")
                            .append(q(c.getJurisdiction())).append(";\n");
                }
                sb.append('\n');
            }
            for (Law l : laws) {
                sb.append("INSERT INTO law (code, jurisdiction, name, short_name, citation, url, notes, "
                        + "calendar_jurisdiction, receipt_rule, denial_elements, denial_citation, damages_per_day, "
                        + "damages_note) VALUES (")
                        .append(q(l.getCode())).append(", ").append(q(l.getJurisdiction())).append(", ")
                        .append(q(l.getName())).append(", ").append(q(l.getShortName())).append(", ")
                        .append(q(l.getCitation())).append(", ").append(q(l.getUrl())).append(", ")
                        .append(q(l.getNotes())).append(", ").append(q(l.getCalendarJurisdiction())).append(", ")
                        .append(q(l.getReceiptRule().name())).append(", ")
                        .append(q(EnumCodes.format(l.getDenialElements()))).append(", ")
                        .append(q(l.getDenialCitation())).append(", ")
                        .append(l.getDamagesPerDay() == null ? "NULL" : l.getDamagesPerDay().toPlainString())
                        .append(", ").append(q(l.getDamagesNote())).append(");\n");
                for (StatutoryClock k : l.getClocks()) {
                    sb.append("INSERT INTO law_clock (law_id, code, name, kind, length_days, unit, starts_on, "
                            + "count_from, roll_rule, met_by, superseded_by, deemed_denial, citation, notes, uncertain, "
                            + "position) SELECT id, ")
                            .append(q(k.getCode())).append(", ").append(q(k.getName())).append(", ")
                            .append(q(k.getKind().name())).append(", ").append(n(k.getLength())).append(", ")
                            .append(q(k.getUnit().name())).append(", ").append(q(k.getStartsOn().name())).append(", ")
                            .append(q(k.getCountFrom())).append(", ").append(q(k.getRoll().name())).append(", ")
                            .append(q(EnumCodes.format(k.getMetBy()))).append(", ")
                            .append(q(EnumCodes.format(k.getSupersededBy()))).append(", ")
                            .append(k.isDeemedDenial() ? "TRUE" : "FALSE").append(", ").append(q(k.getCitation()))
                            .append(", ").append(q(k.getNotes())).append(", ").append(k.isUncertain() ? "TRUE" : "FALSE")
                            .append(", ").append(k.getPosition()).append(" FROM law WHERE code = ")
                            .append(q(l.getCode())).append(";\n");
                }
                sb.append('\n');
            }
            return sb.toString();
        }

        private static String q(String s) {
            if (s == null) {
                return "NULL";
            }
            return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'";
        }

        private static String n(Integer i) {
            return i == null ? "NULL" : i.toString();
        }
    }
}
