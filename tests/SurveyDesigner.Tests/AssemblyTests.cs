namespace SurveyDesigner.Tests;

public class AssemblyTests
{
    [Fact]
    public void SurveyDesigner_ReferencesTheEngine()
    {
        var references = typeof(SurveyDesigner.Marker).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.Contains("Analytics.Engine", references);
    }
}
