namespace Analytics.Engine.Forms;

/// <summary>How serious a validation finding is; errors block publishing, warnings are shown.</summary>
public enum IssueSeverity { Error, Warning }

/// <summary>A finding of the pre-publish validator, naming the section and item it is about.</summary>
public sealed record FormIssue(IssueSeverity Severity, string? Section, string? Item, string Message)
{
    /// <summary>The same finding in English, where one is given (Russian first, English second); null otherwise.</summary>
    public string? English { get; init; }

    /// <summary>"Section «s», item «i»: message" — the form the designer shows.</summary>
    public override string ToString()
    {
        var where = (Section, Item) switch
        {
            (not null, not null) => $"Раздел «{Section}», вопрос «{Item}»: ",
            (not null, null) => $"Раздел «{Section}»: ",
            (null, not null) => $"Вопрос «{Item}»: ",
            _ => "",
        };
        // Without a place the message opens the sentence, so it starts with a capital (D19).
        return where.Length == 0 && Message.Length > 0 ? char.ToUpper(Message[0], System.Globalization.CultureInfo.InvariantCulture) + Message[1..] : where + Message;
    }
}
