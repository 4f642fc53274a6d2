namespace Analytics.Engine.Forms;

/// <summary>How serious a validation finding is; errors block publishing, warnings are shown.</summary>
public enum IssueSeverity { Error, Warning }

/// <summary>A finding of the pre-publish validator, naming the section and item it is about.</summary>
public sealed record FormIssue(IssueSeverity Severity, string? Section, string? Item, string Message)
{
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
        return where + Message;
    }
}
