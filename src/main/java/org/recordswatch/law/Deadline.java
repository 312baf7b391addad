package org.recordswatch.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A computed deadline that explains itself: where the count started, how many days of which kind were counted,
 * every weekend day or holiday skipped while counting, where a calendar-day count landed, every day it rolled past,
 * and the due date. Stored with each request deadline ({@link #serialize()}) so that what a user saw stays what the
 * date was computed from, even after a law or holiday is edited.
 */
public record Deadline(LocalDate start, int length, DayCount unit, Roll roll, LocalDate landedOn,
        List<SkippedDay> skipped, List<SkippedDay> rolledPast, LocalDate due) {

    public Deadline {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(roll, "roll");
        Objects.requireNonNull(due, "due");
        skipped = List.copyOf(skipped);
        rolledPast = List.copyOf(rolledPast);
    }

    /** A date the agency stated itself (an extension's date certain); nothing was counted. */
    public static Deadline stated(LocalDate statedOn, LocalDate due) {
        return new Deadline(statedOn, 0, DayCount.CALENDAR_DAYS, Roll.NONE, null, List.of(), List.of(), due);
    }

    public boolean isStated() {
        return landedOn == null;
    }

    /** True when a calendar-day count landed on a non-business day and was moved. */
    public boolean rolled() {
        return !rolledPast.isEmpty();
    }

    /** Weekend days and holidays passed over, while counting and while rolling, in date order. */
    public List<SkippedDay> allSkipped() {
        List<SkippedDay> all = new ArrayList<>(skipped);
        all.addAll(rolledPast);
        all.sort((a, b) -> a.date().compareTo(b.date()));
        return all;
    }

    /** Holidays only (weekends left out), for a short explanation. */
    public List<SkippedDay> holidaysSkipped() {
        return allSkipped().stream().filter(s -> !s.isWeekend()).toList();
    }

    private static final String VERSION = "deadline/1";

    /** A compact line format: one field per line, one skipped day per line. */
    public String serialize() {
        StringBuilder sb = new StringBuilder(VERSION).append('\n');
        sb.append("start=").append(start).append('\n');
        sb.append("length=").append(length).append('\n');
        sb.append("unit=").append(unit).append('\n');
        sb.append("roll=").append(roll).append('\n');
        if (landedOn != null) {
            sb.append("landed=").append(landedOn).append('\n');
        }
        for (SkippedDay s : skipped) {
            line(sb, "skip", s);
        }
        for (SkippedDay s : rolledPast) {
            line(sb, "rolled", s);
        }
        sb.append("due=").append(due).append('\n');
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, SkippedDay s) {
        sb.append(key).append('=').append(s.date()).append('|').append(s.reason());
        if (s.holidayName() != null) {
            sb.append('|').append(s.holidayName().replace('\n', ' '));
        }
        sb.append('\n');
    }

    /** Reads {@link #serialize()}'s format back. */
    public static Deadline parse(String text) {
        if (text == null || !text.startsWith(VERSION)) {
            throw new IllegalArgumentException("Not a serialized deadline");
        }
        LocalDate start = null;
        LocalDate landed = null;
        LocalDate due = null;
        int length = 0;
        DayCount unit = DayCount.CALENDAR_DAYS;
        Roll roll = Roll.NONE;
        List<SkippedDay> skipped = new ArrayList<>();
        List<SkippedDay> rolled = new ArrayList<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            switch (key) {
                case "start" -> start = LocalDate.parse(value);
                case "length" -> length = Integer.parseInt(value);
                case "unit" -> unit = DayCount.valueOf(value);
                case "roll" -> roll = Roll.valueOf(value);
                case "landed" -> landed = LocalDate.parse(value);
                case "due" -> due = LocalDate.parse(value);
                case "skip" -> skipped.add(skippedDay(value));
                case "rolled" -> rolled.add(skippedDay(value));
                default -> {
                    // unknown keys of later versions are ignored
                }
            }
        }
        return new Deadline(start, length, unit, roll, landed, skipped, rolled, due);
    }

    private static SkippedDay skippedDay(String value) {
        String[] parts = value.split("\\|", 3);
        return new SkippedDay(LocalDate.parse(parts[0]), SkippedDay.Reason.valueOf(parts[1]),
                parts.length > 2 ? parts[2] : null);
    }
}
