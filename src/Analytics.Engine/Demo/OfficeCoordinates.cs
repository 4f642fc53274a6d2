namespace Analytics.Engine.Demo;

/// <summary>
/// Where the demo offices stand: the real centre of each city (WGS 84 degrees) and a small fixed offset per office,
/// so two offices of one city are a few kilometres apart and the proof-of-visit distance check has something to measure.
/// </summary>
internal static class OfficeCoordinates
{
    private static readonly Dictionary<string, (double Lat, double Lon)> Cities = new(StringComparer.Ordinal)
    {
        ["Санкт-Петербург"] = (59.9386, 30.3141), ["Гатчина"] = (59.5764, 30.1283), ["Выборг"] = (60.7096, 28.7490),
        ["Всеволожск"] = (60.0204, 30.6373), ["Тихвин"] = (59.6449, 33.5422), ["Кингисепп"] = (59.3733, 28.6134),
        ["Луга"] = (58.7374, 29.8465), ["Калининград"] = (54.7104, 20.4522), ["Советск"] = (55.0817, 21.8886),
        ["Черняховск"] = (54.6244, 21.7969), ["Гусев"] = (54.5915, 22.1995), ["Светлогорск"] = (54.9439, 20.1514),
        ["Балтийск"] = (54.6531, 19.9146), ["Архангельск"] = (64.5393, 40.5187), ["Северодвинск"] = (64.5635, 39.8302),
        ["Котлас"] = (61.2528, 46.6333), ["Новодвинск"] = (64.4165, 40.8122), ["Онега"] = (63.9162, 38.0805),
        ["Вельск"] = (61.0667, 42.1000), ["Мурманск"] = (68.9707, 33.0749), ["Апатиты"] = (67.5677, 33.3933),
        ["Мончегорск"] = (67.9386, 32.9359), ["Кандалакша"] = (67.1567, 32.4117), ["Североморск"] = (69.0689, 33.4162),
        ["Сыктывкар"] = (61.6688, 50.8364), ["Ухта"] = (63.5671, 53.6835), ["Воркута"] = (67.4974, 64.0611),
        ["Печора"] = (65.1486, 57.2242), ["Инта"] = (66.0365, 60.1152), ["Усинск"] = (65.9941, 57.5569),
        ["Сосногорск"] = (63.6016, 53.8782), ["Вуктыл"] = (63.8567, 57.3094),
    };

    /// <summary>The office's coordinates; the n-th office of a city is moved about 1.5 km per step from the centre.</summary>
    public static (double? Lat, double? Lon) Of(DemoOffice office, int indexInCity)
    {
        if (!Cities.TryGetValue(office.City, out var c)) return (null, null);
        var step = indexInCity * 0.0135;
        return (Math.Round(c.Lat + step, 6), Math.Round(c.Lon + step * 1.8, 6));
    }
}
