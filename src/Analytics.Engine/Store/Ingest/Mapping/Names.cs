using System.Text;

namespace Analytics.Engine.Store.Ingest.Mapping;

/// <summary>
/// Normalises header names and vocabulary values so «Рег. номер», "рег номер" and "РЕГ_НОМЕР" compare equal:
/// lower case, ё → е, letters and digits only.
/// </summary>
public static class Names
{
    public static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            var lower = char.ToLowerInvariant(c);
            builder.Append(lower == 'ё' ? 'е' : lower);
        }
        return builder.ToString();
    }
}
