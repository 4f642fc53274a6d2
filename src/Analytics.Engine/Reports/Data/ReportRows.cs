namespace Analytics.Engine.Reports.Data;

// Rows of the report queries (Reports/Annual/*.sql). Plain settable properties so Dapper maps DuckDB's column
// types without constructor-signature surprises.

/// <summary>One cell of table 4.1 before pivoting: category × channel group × year → count.</summary>
public sealed class Table41Cell
{
    public string Category { get; set; } = "";
    public string Group { get; set; } = "";
    public int Year { get; set; }
    public long N { get; set; }
}

/// <summary>An office with its appeals and electronic-queue workload.</summary>
public sealed class OfficeWorkload
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int? Category { get; set; }
    public long Appeals { get; set; }
    public long AppealsPrev { get; set; }
    public long Tickets { get; set; }
    public long Called { get; set; }
    public double? WaitMinutes { get; set; }
    public double? ServiceMinutes { get; set; }
    public long WithinNorm { get; set; }
}

/// <summary>Call-centre figures of one month.</summary>
public sealed class PhoneMonth
{
    public int Month { get; set; }
    public long Offered { get; set; }
    public long Answered { get; set; }
    public long Abandoned { get; set; }
    /// <summary>Calls answered within the methodology's answer norm, re-timed (CallsAtNorm), intervals and single calls.</summary>
    public long? AnsweredInNorm { get; set; }
    /// <summary>Calls offered in the rows comparable with the norm: the base of <see cref="AnsweredInNorm"/>'s share.</summary>
    public long? AnsweredWithNorm { get; set; }
    /// <summary>The export's own answered-in-norm column (its threshold may differ from the norm), for comparison.</summary>
    public long? ExportedInNorm { get; set; }
    public double? WaitSeconds { get; set; }
    public double? HandleSeconds { get; set; }
    public long? AnsweredWithWait { get; set; }
    public long? AnsweredWithHandle { get; set; }
    public long? ClosedByIvr { get; set; }
}

/// <summary>Appeals on one topic in N−1 and N.</summary>
public sealed class TopicCount
{
    public string Topic { get; set; } = "";
    public long Previous { get; set; }
    public long Current { get; set; }
}

/// <summary>Appeals of one channel group whose clock started in the year, by the Standard's deadline state (appeal_due).</summary>
public sealed class AnswerTime
{
    public string Group { get; set; } = "";
    /// <summary>Appeals whose clock started in the year.</summary>
    public long Appeals { get; set; }
    public long Answered { get; set; }
    public double? AvgDays { get; set; }
    public long WithDeadline { get; set; }
    public long OnTime { get; set; }
    public long Late { get; set; }
    public long OverdueOpen { get; set; }
    /// <summary>Appeals of the year whose register due date is later than the Standard's (a finding).</summary>
    public long RegisterLater { get; set; }
}

/// <summary>Complaints of the year and their control calls.</summary>
public sealed class ControlCallSummary
{
    public long Complaints { get; set; }
    public long Called { get; set; }
    public long Reached { get; set; }
    public long Answered { get; set; }
    public long Satisfied { get; set; }
}

/// <summary>How many answers had a value on one survey item.</summary>
public sealed class SurveyBucket
{
    public string Item { get; set; } = "";
    public int Value { get; set; }
    public long N { get; set; }
}

/// <summary>Audits of one checklist form.</summary>
public sealed class AuditSummary
{
    public string Form { get; set; } = "";
    public long Audits { get; set; }
    public long Offices { get; set; }
    public long Checked { get; set; }
    public long Passed { get; set; }
}

/// <summary>A checklist item and how often it was not done.</summary>
public sealed class FailedItem
{
    public string Item { get; set; } = "";
    public long Failed { get; set; }
    public long Checked { get; set; }
}

/// <summary>A photo attached to a checklist answer.</summary>
public sealed class EvidencePhoto
{
    public string Id { get; set; } = "";
    public string Item { get; set; } = "";
    public string File { get; set; } = "";
    public DateTime? TakenAt { get; set; }
    public string? Office { get; set; }
    /// <summary>The image bytes; the query returns them as base64 because DuckDB.NET reads BLOBs as streams.</summary>
    public string ContentBase64 { get; set; } = "";
    public byte[] Content => Convert.FromBase64String(ContentBase64);
}

/// <summary>A measure taken on an appeal.</summary>
public sealed class AppealMeasure
{
    public string RegisterNo { get; set; } = "";
    public int MeasureNo { get; set; }
    public string Description { get; set; } = "";
    public DateTime? CompletedAt { get; set; }
}

/// <summary>Appeals received in one month.</summary>
public sealed class MonthCount
{
    public int Year { get; set; }
    public int Month { get; set; }
    public long N { get; set; }
}

/// <summary>A corrective action of the improvement programme.</summary>
public sealed class CorrectiveActionRow
{
    public string Title { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateTime DueOn { get; set; }
    public string Status { get; set; } = "";
    public string SourceKind { get; set; } = "";
    public string Unit { get; set; } = "";
    public DateTime? CompletedOn { get; set; }

    /// <summary>The status in Russian, as printed.</summary>
    public string StatusRu => Status switch
    {
        "open" => "открыто",
        "in_progress" => "в работе",
        "done" => "выполнено",
        "verified" => "выполнено, проверено",
        "reopened" => "возобновлено",
        "cancelled" => "отменено",
        _ => Status,
    };

    /// <summary>Still open work past its due date at the end of <paramref name="year"/>.</summary>
    public bool OverdueAtYearEnd(int year) =>
        Status is "open" or "in_progress" or "reopened" && DueOn < new DateTime(year + 1, 1, 1);
}
