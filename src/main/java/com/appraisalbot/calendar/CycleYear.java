package com.appraisalbot.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * A cycle year, which runs from 1 September to 31 August and is written "2026/27".
 *
 * @param startYear the calendar year in which the cycle's September falls
 */
public record CycleYear(int startYear) implements Comparable<CycleYear> {

    public CycleYear {
        if (startYear < 2000 || startYear > 2999) {
            throw new IllegalArgumentException("A cycle year starts between 2000 and 2999, not " + startYear);
        }
    }

    /** The cycle year a date falls in. */
    public static CycleYear containing(LocalDate date) {
        return new CycleYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public CycleYear next() {
        return new CycleYear(startYear + 1);
    }

    public CycleYear previous() {
        return new CycleYear(startYear - 1);
    }

    /** "2026/27". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(CycleYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
