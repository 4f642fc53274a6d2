using static Analytics.Engine.Store.Ingest.Schemas.FieldSpec;

namespace Analytics.Engine.Store.Ingest.Schemas;

/// <summary><c>plans</c>: plan values per scope, year and target (criterion or indicator) into <c>plan</c>.</summary>
public sealed class PlanSchema : KindSchema
{
    public override ImportKind Kind => ImportKind.Plans;
    public override string Table => "plan";
    public override string[] NaturalKey => ["scope_code", "year", "target"];

    public override IReadOnlyList<FieldSpec> Fields { get; } =
    [
        Req("scope_code", FieldType.Text, "Код", "Подразделение", "Код подразделения", "Область", "Организация", "scope"),
        Req("year", FieldType.Integer, "Год", "Плановый год", "period"),
        Req("target", FieldType.Text, "Показатель", "Критерий", "Индикатор", "Код показателя", "indicator", "criterion"),
        Req("value", FieldType.Double, "Значение", "План", "Плановое значение", "plan"),
        Opt("tolerance", FieldType.Double, "Допуск", "Допустимое отклонение", "Отклонение"),
        Opt("source", FieldType.Text, "Источник", "Основание", "Документ"),
    ];

    public override (string Column, string Reason)? Complete(RowContext row)
    {
        var year = row.Values[IndexOf("year")].Integer;
        if (year is < 2000 or > 2100) return ("year", $"year {year} is outside 2000–2100");
        var tolerance = row.Values[IndexOf("tolerance")];
        return !tolerance.IsNull && tolerance.Double < 0 ? ("tolerance", Analytics.Engine.Vocabulary.ImportReasons.Text("negative_tolerance")) : null;
    }
}
