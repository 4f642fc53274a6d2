using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Analytics.Engine.Forms;

namespace Analytics.Engine.Tests.Forms;

public class LogicEvaluatorTests
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in LoadCases()) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Evaluate_MatchesCaseTable_ForEachCase(string name)
    {
        var c = LoadCases().Single(x => x.Name == name);
        Assert.Equal(c.Expected, LogicEvaluator.Evaluate(c.Logic, c.Answers));
    }

    [Fact]
    public void JavaScriptPort_MatchesCaseTable_WhenRunByNode()
    {
        var script = Path.Combine(RepoRoot(), "src", "SurveyDesigner", "wwwroot", "forms-logic.js");
        var cases = Path.Combine(AppContext.BaseDirectory, "Forms", "logic-cases.json");
        var runner = $$"""
            import { evaluate } from {{JsonSerializer.Serialize(new Uri(script).AbsoluteUri)}};
            import { readFileSync } from "node:fs";
            const cases = JSON.parse(readFileSync({{JsonSerializer.Serialize(cases)}}, "utf8"));
            const failed = cases.filter(c => evaluate(c.logic, c.answers) !== c.expected).map(c => c.name);
            console.log(JSON.stringify({ n: cases.length, failed }));
            """;
        var file = Path.Combine(Path.GetTempPath(), $"logic-{Guid.NewGuid():N}.mjs");
        File.WriteAllText(file, runner);
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", file) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = node.StandardOutput.ReadToEnd();
            var error = node.StandardError.ReadToEnd();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, error);
            var result = JsonNode.Parse(output)!;
            Assert.Equal(LoadCases().Count, (int)result["n"]!);
            Assert.Empty(result["failed"]!.AsArray());
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void VisibleItems_IgnoresHiddenAnswers_WhenTheyWouldRevealLaterItems()
    {
        var form = TestForms.Build(
            TestForms.YesNo("a"),
            TestForms.YesNo("b") with { ShowIf = LogicGroup.Of("a", LogicOperator.Equals, "yes") },
            TestForms.YesNo("c") with { ShowIf = LogicGroup.Of("b", LogicOperator.Equals, "yes") });
        var answers = new Dictionary<string, AnswerValue> { ["a"] = AnswerValue.Of("no"), ["b"] = AnswerValue.Of("yes") };

        var visible = LogicEvaluator.VisibleItems(form, answers);

        Assert.Equal(["a"], visible.Order());
    }

    private sealed record Case(string Name, IReadOnlyDictionary<string, AnswerValue> Answers, LogicGroup Logic, bool Expected);

    private static List<Case> LoadCases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Forms", "logic-cases.json");
        return JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(path), FormJson.Options)!;
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Analytics.sln not found above the test output.");
    }
}
