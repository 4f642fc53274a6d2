namespace Dashboard.Records;

/// <summary>Registers every kind of record a number can drill down to, and the query over them.</summary>
public static class RecordServices
{
    public static IServiceCollection AddRecordSources(this IServiceCollection services)
    {
        services.AddSingleton<IRecordSource, AppealRecords>();
        services.AddSingleton<IRecordSource, QueueRecords>();
        services.AddSingleton<IRecordSource, CallRecords>();
        services.AddSingleton<IRecordSource, ControlCallRecords>();
        services.AddSingleton<IRecordSource, AnswerRecords>();
        services.AddSingleton<IRecordSource, SubmissionRecords>();
        services.AddSingleton<RecordsQuery>();
        return services;
    }
}
