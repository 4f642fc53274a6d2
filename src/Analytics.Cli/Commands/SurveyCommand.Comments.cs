using System.CommandLine;
using Analytics.Cli.Common;
using Analytics.Engine.Surveys;

namespace Analytics.Cli.Commands;

public static partial class SurveyCommand
{
    /// <summary>
    /// <c>analytics survey comments --form CODE [--topic T] [--sentiment S] [--search W] [--train] --json</c>: comments
    /// with their scores, topic and the sentiment the scores imply; <c>--train</c> adds the sentiment model's
    /// cross-validated accuracy ({"sentimentModel":{"accuracy","macroF1","n"}}).
    /// </summary>
    private static Command Comments(CliConsole console)
    {
        var topic = new Option<string?>("--topic") { Description = "Appeal topic code, e.g. billing_payments" };
        var sentiment = new Option<string?>("--sentiment") { Description = "negative, neutral or positive" };
        var search = new Option<string?>("--search") { Description = "Only comments containing these words" };
        var limit = new Option<int>("--limit") { Description = "At most this many comments", DefaultValueFactory = _ => 200 };
        var train = new Option<bool>("--train") { Description = "Train the sentiment model and print its cross-validated accuracy" };
        var json = GlobalOptions.Json();
        var command = new Command("comments", "Comments with scores, topic and sentiment") { Form, topic, sentiment, search, limit, train, FromMonth, ToMonth, Branch, Office, MinN, json };
        command.SetAction(parse =>
        {
            var (filter, _) = Filter(parse);
            using var store = GlobalOptions.MigratedStore(parse);
            var query = new Comments(store);
            var list = Run(() => query.Load(filter, parse.GetValue(topic), parse.GetValue(sentiment), parse.GetValue(search), parse.GetValue(limit)));
            var model = parse.GetValue(train) ? SentimentModel.Train(query.Load(filter, limit: 20_000)) : null;
            if (parse.GetValue(json))
                console.WriteJson(new
                {
                    form = filter.Form,
                    comments = list.Select(c => new { id = c.SubmissionId, at = c.SubmittedAt, office = c.OfficeCode, item = c.Item, text = c.Text, nps = c.Nps, csat = c.Csat, topic = c.Topic, sentiment = c.Sentiment }),
                    sentimentModel = model is null ? null : new { accuracy = model.Accuracy, macroF1 = model.MacroF1, n = model.Comments },
                });
            else
            {
                foreach (var c in list) console.Out.WriteLine($"{c.SubmittedAt:yyyy-MM-dd} {c.OfficeCode,-8} NPS {c.Nps?.ToString() ?? "-",-2} {c.Sentiment,-8} {c.Topic,-18} {c.Text}");
                if (model is not null) console.Out.WriteLine(FormattableString.Invariant($"sentiment model: cross-validated accuracy {model.Accuracy:0.000}, macro-F1 {model.MacroF1:0.000}, n={model.Comments}"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
