using System.Reflection;

namespace Analytics.Engine.Calendar;

public sealed partial class ProductionCalendar
{
    private const string ResourcePrefix = "Analytics.Engine.Calendar.Data.";

    /// <summary>Loads every <c>*.xml</c> file of a folder (e.g. a newer calendar than the embedded one).</summary>
    public static ProductionCalendar FromDirectory(string directory)
    {
        var files = Directory.GetFiles(directory, "*.xml");
        if (files.Length == 0) throw new CalendarFormatException($"No production-calendar *.xml files in '{directory}'.");
        var streams = files.Select(f => (Name: f, Xml: (Stream)File.OpenRead(f))).ToList();
        try
        {
            return new ProductionCalendar(streams);
        }
        finally
        {
            foreach (var (_, xml) in streams) xml.Dispose();
        }
    }

    private static ProductionCalendar LoadEmbedded()
    {
        var assembly = typeof(ProductionCalendar).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).ToList();
        if (names.Count == 0) throw new CalendarFormatException("The assembly carries no embedded production calendar.");
        var streams = names.Select(n => (Name: n, Xml: Open(assembly, n))).ToList();
        try
        {
            return new ProductionCalendar(streams);
        }
        finally
        {
            foreach (var (_, xml) in streams) xml.Dispose();
        }
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new CalendarFormatException($"Resource {name} is missing.");
}
