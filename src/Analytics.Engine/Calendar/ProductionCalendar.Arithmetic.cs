namespace Analytics.Engine.Calendar;

public sealed partial class ProductionCalendar
{
    /// <summary>
    /// The date <paramref name="n"/> working days after <paramref name="start"/>. Counting starts on the working day
    /// after start: start + 1 is the next working day (Friday + 1 = Monday; a Saturday + 1 = Monday too), + 0 returns
    /// start unchanged even when it is a day off. A negative n counts back the same way (start − 1 = the previous
    /// working day). So for a working day d, AddWorkingDays(d, WorkingDaysBetween(d, x)) = x for every working x.
    /// </summary>
    /// <exception cref="CalendarRangeException">start, or the result, lies outside the loaded years.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        var s = Index(start);
        if (n == 0) return start;
        if (n > 0)
        {
            // The n-th working day after s is the first index i with cumulative(i + 1) = cumulative(s + 1) + n.
            var target = (long)_cumulative[s + 1] + n;
            if (target > _cumulative[^1]) throw PastEnd(start, n);
            return DateAt(LowerBound((int)target) - 1);
        }

        // Backwards: the working day d < s with exactly |n| working days in [d, s); cumulative(d + 1) = cumulative(s) − |n| + 1.
        var back = (long)_cumulative[s] + n + 1;
        if (back < 1) throw PastEnd(start, n);
        return DateAt(LowerBound((int)back) - 1);
    }

    /// <summary>
    /// Working days in the half-open range (from, to]: from itself is not counted, to is. Zero when from = to;
    /// negative (−count of (to, from]) when to &lt; from, so Between(a, b) = −Between(b, a). Example: from a Friday
    /// to the next Monday is 1 in an ordinary week.
    /// </summary>
    /// <exception cref="CalendarRangeException">Either date lies outside the loaded years.</exception>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        int a = Index(from), b = Index(to);
        return _cumulative[b + 1] - _cumulative[a + 1];
    }

    /// <summary>Working days in the closed range [from, to] (e.g. a month's working-day norm); 0 if to &lt; from.</summary>
    public int WorkingDaysInRange(DateOnly from, DateOnly to)
    {
        int a = Index(from), b = Index(to);
        return b < a ? 0 : _cumulative[b + 1] - _cumulative[a];
    }

    /// <summary>The date itself when it is a working day, otherwise the next working day.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date) =>
        IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    // First index j with _cumulative[j] >= value (the array is non-decreasing).
    private int LowerBound(int value)
    {
        int lo = 0, hi = _cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_cumulative[mid] < value) lo = mid + 1; else hi = mid;
        }

        return lo;
    }

    private CalendarRangeException PastEnd(DateOnly start, int n) =>
        new(start, FirstYear, LastYear, $"Adding {n} working days to");
}
