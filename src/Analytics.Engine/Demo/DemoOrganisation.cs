namespace Analytics.Engine.Demo;

/// <summary>The fictional company of the demo: one company, its branches and their offices.</summary>
public sealed record DemoOrganisation(DemoCompany Company, IReadOnlyList<DemoBranch> Branches, IReadOnlyList<DemoOffice> Offices);

/// <summary>The company row of the demo organisation.</summary>
public sealed record DemoCompany(string Code, string Name, string Region, string TimeZone, string Address);

/// <summary>
/// A branch and its designed behaviour: the share of late answers per data year (oldest first), the call-centre
/// service level per year, and how satisfied consumers are on control calls.
/// </summary>
public sealed record DemoBranch(
    int Index,
    string Code,
    string Short,
    string Name,
    string Region,
    string TimeZone,
    string Address,
    double Weight,
    double[] LateShare,
    double[] CallServiceLevel,
    double Satisfaction)
{
    public string CallCenterCode => "CC-" + Short;

    /// <summary>The value for data year <paramref name="yearIndex"/> (0 = oldest), the last one for later years.</summary>
    public static double ForYear(double[] values, int yearIndex) => values[Math.Clamp(yearIndex, 0, values.Length - 1)];
}

/// <summary>A customer-service office; <see cref="Congested"/> offices have too few windows at peak hours.</summary>
public sealed record DemoOffice(
    int Index,
    DemoBranch Branch,
    string Code,
    string Name,
    int Category,
    string City,
    string Address,
    double Weight,
    bool Congested,
    int Windows,
    DateOnly OpenedOn,
    IReadOnlyList<string> Staff);
