using System.Globalization;
using System.Text;

namespace Analytics.Engine.Demo;

/// <summary>A fictional person: name parts agree in gender, as Russian names must.</summary>
public readonly record struct DemoPerson(string Surname, string FirstName, string Patronymic)
{
    public string FullName => $"{Surname} {FirstName} {Patronymic}";

    /// <summary>"Иванова А. С." — how registers and executor columns name staff.</summary>
    public string Short => $"{Surname} {FirstName[0]}. {Patronymic[0]}.";
}

/// <summary>Fictional personal data for the demo: names, phones, e-mails, addresses and legal entities.</summary>
public static class DemoPeople
{
    private static readonly string[] Surnames =
    [
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
        "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
        "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
        "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв",
        "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов",
        "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров",
        "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов",
        "Гаврилов", "Тихонов", "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов",
        "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров", "Калинин", "Исаев", "Чернышёв", "Быков", "Маслов",
        "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов", "Филатов", "Пономарёв", "Голубев", "Кудрявцев", "Прохоров",
        "Рочев", "Канев", "Попугаев", "Истомин", "Шишкин", "Вешняков", "Поморцев", "Двинянин", "Ладожский", "Онежский",
    ];

    private static readonly string[] MaleNames =
    [
        "Александр", "Алексей", "Андрей", "Антон", "Артём", "Борис", "Вадим", "Валерий", "Василий", "Виктор",
        "Владимир", "Вячеслав", "Геннадий", "Георгий", "Григорий", "Денис", "Дмитрий", "Евгений", "Егор", "Иван",
        "Игорь", "Кирилл", "Константин", "Леонид", "Максим", "Михаил", "Никита", "Николай", "Олег", "Павел",
        "Пётр", "Роман", "Сергей", "Станислав", "Степан", "Тимофей", "Фёдор", "Юрий", "Ярослав", "Илья",
    ];

    private static readonly string[] FemaleNames =
    [
        "Александра", "Алина", "Анастасия", "Анна", "Валентина", "Валерия", "Вера", "Виктория", "Галина", "Дарья",
        "Екатерина", "Елена", "Елизавета", "Жанна", "Зоя", "Ирина", "Карина", "Ксения", "Лариса", "Людмила",
        "Любовь", "Маргарита", "Марина", "Мария", "Надежда", "Наталья", "Нина", "Оксана", "Ольга", "Полина",
        "Светлана", "Софья", "Тамара", "Татьяна", "Юлия", "Яна", "Евгения", "Кристина", "Алла", "Раиса",
    ];

    // Fathers' names in the male patronymic form; the female form swaps the ending (-ович → -овна, -евич → -евна).
    private static readonly string[] Patronymics =
    [
        "Александрович", "Алексеевич", "Андреевич", "Борисович", "Васильевич", "Викторович", "Владимирович",
        "Геннадьевич", "Григорьевич", "Дмитриевич", "Евгеньевич", "Иванович", "Игоревич", "Константинович",
        "Леонидович", "Михайлович", "Николаевич", "Олегович", "Павлович", "Петрович", "Романович", "Сергеевич",
        "Степанович", "Юрьевич", "Анатольевич", "Валерьевич", "Вячеславович", "Фёдорович", "Максимович", "Антонович",
    ];

    internal static readonly string[] Streets =
    [
        "ул. Ленина", "ул. Советская", "ул. Мира", "ул. Гагарина", "ул. Пушкина", "ул. Садовая", "ул. Лесная",
        "наб. Северная", "ул. Октябрьская", "ул. Школьная", "ул. Молодёжная", "ул. Заводская", "ул. Кирова",
        "ул. Комсомольская", "ул. Первомайская", "ул. Строителей", "пр. Победы", "ул. Морская", "ул. Полярная",
        "ул. Профсоюзная", "ул. Набережная", "пер. Почтовый", "ул. Энергетиков", "ул. Железнодорожная",
        "ул. Чкалова", "ул. Лермонтова", "ул. Гоголя", "ул. Калинина", "ул. Северная", "пр. Ломоносова",
    ];

    private static readonly string[] LegalForms = ["ООО", "ООО", "ООО", "АО", "ТСЖ", "МУП", "МКУ", "СНТ", "ПК", "МБОУ"];

    private static readonly string[] LegalWords =
    [
        "Северная пекарня", "Балтийский берег", "Полярная звезда", "Двина-Строй", "Технопарк", "Уют", "Рассвет",
        "Кольская рыба", "Печора-Транс", "Ладога", "Хлебный дом", "Автоцентр Север", "Янтарный край", "Теплосервис",
        "Белые ночи", "Заря", "Лесопромышленник", "Монолит", "Мегастрой", "Медицинский центр «Здоровье»",
        "Школа № 5", "Детский сад «Солнышко»", "Гостиница «Поморье»", "Промснаб", "Северное сияние", "Агрохолдинг Онега",
    ];

    public static DemoPerson Person(DemoRandom rng)
    {
        var female = rng.Chance(0.55);
        var surname = rng.Pick(Surnames);
        var patronymic = rng.Pick(Patronymics);
        if (!female) return new DemoPerson(surname, rng.Pick(MaleNames), patronymic);
        return new DemoPerson(FeminineSurname(surname), rng.Pick(FemaleNames), patronymic[..^2] + "на");
    }

    /// <summary>A mobile number in the +7 9xx format; fictional, drawn from the seed.</summary>
    public static string Phone(DemoRandom rng) => string.Create(CultureInfo.InvariantCulture,
        $"+7 9{rng.Between(0, 99):D2} {rng.Between(100, 999)}-{rng.Between(0, 99):D2}-{rng.Between(0, 99):D2}");

    /// <summary>An address in a reserved example domain, so no demo e-mail can reach a real mailbox.</summary>
    public static string Email(DemoRandom rng, DemoPerson person)
    {
        var domain = rng.Pick(ExampleDomains);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Translit(person.Surname)}.{Translit(person.FirstName[..1])}{rng.Between(1, 999)}@{domain}");
    }

    public static string Address(DemoRandom rng, string city, bool apartment) => apartment
        ? string.Create(CultureInfo.InvariantCulture, $"г. {city}, {rng.Pick(Streets)}, д. {rng.Between(1, 120)}, кв. {rng.Between(1, 240)}")
        : string.Create(CultureInfo.InvariantCulture, $"г. {city}, {rng.Pick(Streets)}, д. {rng.Between(1, 120)}");

    /// <summary>A fictional legal entity, e.g. «ООО «Северная пекарня»» or an individual entrepreneur.</summary>
    public static string LegalEntity(DemoRandom rng)
    {
        if (rng.Chance(0.15)) return "ИП " + Person(rng).Short;
        return $"{rng.Pick(LegalForms)} «{rng.Pick(LegalWords)}»";
    }

    private static readonly string[] ExampleDomains = ["example.com", "example.org", "example.net"];

    private static string FeminineSurname(string surname) => surname switch
    {
        _ when surname.EndsWith("ский", StringComparison.Ordinal) => surname[..^2] + "ая",
        _ when surname.EndsWith("ов", StringComparison.Ordinal) || surname.EndsWith("ев", StringComparison.Ordinal)
            || surname.EndsWith("ёв", StringComparison.Ordinal) || surname.EndsWith("ин", StringComparison.Ordinal) => surname + "а",
        _ => surname,
    };

    private static string Translit(string text)
    {
        var sb = new StringBuilder(text.Length * 2);
        foreach (var c in text.ToLowerInvariant()) sb.Append(TranslitChar(c));
        return sb.ToString();
    }

    private static string TranslitChar(char c) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' => "e", 'ё' => "e", 'ж' => "zh", 'з' => "z",
        'и' => "i", 'й' => "y", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r",
        'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh",
        'щ' => "shch", 'ы' => "y", 'э' => "e", 'ю' => "yu", 'я' => "ya", 'ь' or 'ъ' => "",
        _ => c.ToString(),
    };
}
