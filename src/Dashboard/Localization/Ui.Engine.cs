namespace Dashboard.Localization;

public sealed partial class Ui
{
    /// <summary>Engine queries that build tables take their headers as a lookup; the string table is that lookup.</summary>
    public static implicit operator Func<string, string>(Ui t) => key => t[key];
}
