namespace SurveyDesigner;

/// <summary>Anchor type for locating this Razor class library (routing, tests).</summary>
public sealed class Marker
{
    /// <summary>The engine's store is what definitions and submissions go through.</summary>
    public static Type StoreType => typeof(Analytics.Engine.Store.AnalyticsStore);
}
