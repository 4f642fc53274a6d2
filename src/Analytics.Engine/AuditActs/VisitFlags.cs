using Analytics.Engine.Vocabulary;

namespace Analytics.Engine.AuditActs;

/// <summary>One proof-of-visit finding: its code (catalogue <see cref="Vocab.VisitFlag"/>) and what was found, in Russian.</summary>
public sealed record VisitFlag(string Code, string Detail)
{
    public const string FarLocation = "far_location", ReusedPhoto = "reused_photo", OverlappingVisit = "overlapping_visit", TooFast = "too_fast";

    /// <summary>"Место проверки далеко от офиса: 1,2 км (порог 500 м)".</summary>
    public string Text => $"{Labels.Ru(Vocab.VisitFlag, Code)}: {Detail}";
}

/// <summary>
/// What the reviewer needs to trust a visit: the distance from the office (null when either position is unknown) and
/// the flags raised. No flag is not proof of a visit, only the absence of evidence against it.
/// </summary>
public sealed record VisitReport(string SubmissionId, double? DistanceMeters, IReadOnlyList<VisitFlag> Flags)
{
    public bool Flagged => Flags.Count > 0;

    /// <summary>"350 м" or "1,2 км"; "место не записано" when unknown.</summary>
    public string DistanceText => Distance(DistanceMeters);

    public static string Distance(double? meters) => meters switch
    {
        null => "место не записано",
        < 1000 => $"{Numbers.Decimal(Math.Round(meters.Value), 0)} м",
        _ => $"{Numbers.Decimal(meters.Value / 1000, 1)} км",
    };
}
