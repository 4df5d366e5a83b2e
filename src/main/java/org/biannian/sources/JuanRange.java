package org.biannian.sources;

/** Juan {@code firstJuan}…{@code lastJuan} of a work cover Julian years {@code firstYear}…{@code lastYear}. */
public record JuanRange(int firstJuan, int lastJuan, int firstYear, int lastYear) {

    public JuanRange {
        if (firstJuan < 1 || lastJuan < firstJuan || lastYear < firstYear) {
            throw new IllegalArgumentException("bad juan range " + firstJuan + "-" + lastJuan + " / " + firstYear + "-" + lastYear);
        }
    }

    public boolean contains(int juan) {
        return firstJuan <= juan && juan <= lastJuan;
    }

    public boolean coversYear(int julianYear) {
        return firstYear <= julianYear && julianYear <= lastYear;
    }
}
