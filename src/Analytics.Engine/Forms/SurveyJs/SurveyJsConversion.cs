namespace Analytics.Engine.Forms.SurveyJs;

/// <summary>
/// The result of a SurveyJS import or export: the definition, the SurveyJS JSON, and a warning for everything
/// that could not be carried over, each naming the element or property — nothing is dropped silently.
/// </summary>
public sealed record SurveyJsConversion(FormDefinition Form, string Json, IReadOnlyList<string> Warnings)
{
    public bool Lossless => Warnings.Count == 0;
}
