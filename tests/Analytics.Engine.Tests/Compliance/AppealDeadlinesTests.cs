using Analytics.Engine.Access;
using Analytics.Engine.Compliance;
using Analytics.Engine.Store.Ingest;
using Analytics.Engine.Tests.Store.Ingest;
using Analytics.Engine.Tests.Support;

namespace Analytics.Engine.Tests.Compliance;

// Working days of March 2025 (production calendar): 3–7, 10–14, 17–21, 24–28, 31.
public class AppealDeadlinesTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    private static AppealDeadline One(TempStore db, string no, DateOnly? asOf = null) =>
        new AppealDeadlines(db.Store).List("all", asOf ?? AsOf, AppealScope.All, BranchScope.Company).Single(a => a.RegisterNo == no);

    [Fact]
    public void Answerphone_Due5WorkingDays_WhenAPhoneWasLeft_And20_WhenAnAddress()
    {
        using var db = new TempStore();
        Seed.Appeal(db.Store, "PHONE", "O11", "2025-03-03 10:00", answered: "2025-03-20 10:00", channel: "answerphone", contact: "phone");
        Seed.Appeal(db.Store, "ADDR", "O11", "2025-03-03 10:00", answered: "2025-03-20 10:00", channel: "answerphone", contact: "address");

        var phone = One(db, "PHONE");
        var address = One(db, "ADDR");

        Assert.Equal((new DateOnly(2025, 3, 10), "late"), (phone.DueDay!.Value, phone.State));
        Assert.Equal((new DateOnly(2025, 3, 31), "on_time"), (address.DueDay!.Value, address.State));
    }

    [Fact]
    public void Answerphone_ReadsWhatWasLeft_FromTheContacts_WhenNotRecorded()
    {
        using var db = new TempStore();
        Seed.Appeal(db.Store, "P", "O11", "2025-03-03 10:00", channel: "answerphone");
        Seed.Appeal(db.Store, "A", "O11", "2025-03-03 10:00", channel: "answerphone");
        Seed.Sql(db.Store, "UPDATE appeal SET consumer_phone = '+7 900 000-00-00' WHERE register_no = 'P'");
        Seed.Sql(db.Store, "UPDATE appeal SET consumer_address = 'г. Тверь, ул. Ленина, 1' WHERE register_no = 'A'");

        Assert.Equal(("phone", new DateOnly(2025, 3, 10)), (One(db, "P").Contact, One(db, "P").DueDay!.Value));
        Assert.Equal(("address", new DateOnly(2025, 3, 31)), (One(db, "A").Contact, One(db, "A").DueDay!.Value));
    }

    [Fact]
    public void NoRegistrationTime_IsReported_AndTheClockRunsFromReceipt()
    {
        using var db = new TempStore();
        Seed.Sql(db.Store, """
            INSERT INTO appeal (register_no, office_code, consumer_type, channel, kind, received_at, registered_at, status)
            VALUES ('NOREG', 'O11', 'individual', 'post', 'complaint', TIMESTAMP '2025-03-03 10:00', NULL, 'open')
            """);
        Seed.Appeal(db.Store, "LATEREG", "O11", "2025-03-07 10:00", received: "2025-03-03 10:00");
        Seed.Appeal(db.Store, "INTIME", "O11", "2025-03-06 10:00", received: "2025-03-03 10:00");
        var deadlines = new AppealDeadlines(db.Store);

        var summary = deadlines.Summary(AsOf, AppealScope.All);
        var missing = deadlines.List("no_registration", AsOf, AppealScope.All, BranchScope.Company).Single();

        Assert.Equal(("NOREG", null, new DateOnly(2025, 4, 2)), (missing.RegisterNo, missing.RegisteredAt, missing.DueDay!.Value));
        Assert.Equal((1L, 1L, 2L), (summary.NoRegistration, summary.RegisteredInTime, summary.RegistrationJudged));
    }

    [Fact]
    public void RegisterLater_CountsAppealsWhoseRegisterDueIsLaterThanTheStandards()
    {
        using var db = new TempStore();
        Seed.Appeal(db.Store, "LONGER", "O11", "2025-03-03 10:00", dueAt: "2025-04-30 00:00");   // the Standard: 2025-04-02
        Seed.Appeal(db.Store, "SAME", "O11", "2025-03-03 10:00", dueAt: "2025-04-02 00:00");
        Seed.Appeal(db.Store, "NONE", "O11", "2025-03-03 10:00");

        var d = new AppealDeadlines(db.Store);

        Assert.Equal(1, d.Summary(AsOf, AppealScope.All).RegisterLater);
        var longer = d.List("register_later", AsOf, AppealScope.All, BranchScope.Company).Single();
        Assert.Equal(("LONGER", new DateOnly(2025, 4, 30)), (longer.RegisterNo, longer.RegisterDueIfDifferent!.Value));
        Assert.Null(One(db, "SAME").RegisterDueIfDifferent);
    }

    [Fact]
    public void List_IsHeldToTheUsersBranch_AndMasksNamesAndPhones_UnlessTheUserMaySeeThem()
    {
        using var db = new TempStore();
        Seed.Org(db.Store);
        Seed.Appeal(db.Store, "NORTH", "O11", "2025-03-03 10:00");
        Seed.Appeal(db.Store, "SOUTH", "O21", "2025-03-03 10:00");
        Seed.Sql(db.Store, "UPDATE appeal SET consumer_name = 'Кузнецова Анна Сергеевна', consumer_phone = '+7 911 555-12-34'");
        var deadlines = new AppealDeadlines(db.Store);
        var southOnly = new AppealScope { Branch = "B2" };

        // A branch manager of B1 asking for B2 still gets B1: the scope replaces the branch asked for.
        var manager = deadlines.List("overdue", AsOf, southOnly, new BranchScope("Петрова Мария Ивановна", "B1", false));
        var north = Assert.Single(manager);
        Assert.Equal("NORTH", north.RegisterNo);
        Assert.DoesNotContain("Кузнецова", north.ConsumerName ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("555-12-34", north.ConsumerPhone ?? "", StringComparison.Ordinal);

        var privileged = Assert.Single(deadlines.List("overdue", AsOf, southOnly, new BranchScope("admin", null, true)));
        Assert.Equal(("SOUTH", "Кузнецова Анна Сергеевна", "+7 911 555-12-34"),
            (privileged.RegisterNo, privileged.ConsumerName, privileged.ConsumerPhone));
    }

    [Fact]
    public void DueSoon_IsTheMethodologysWorkingDays_NotCalendarDays()
    {
        using var db = new TempStore();
        // As of Fri 2025-03-07 the 3rd working day ahead is Wed 2025-03-12 (8–9 March are off; 10 March is a working day in 2025).
        Seed.Appeal(db.Store, "WED", "O11", "2025-02-10 10:00");   // due 2025-03-12
        Seed.Appeal(db.Store, "THU", "O11", "2025-02-11 10:00");   // due 2025-03-13

        var soon = new AppealDeadlines(db.Store).List("due_soon", new DateOnly(2025, 3, 7), AppealScope.All, BranchScope.Company);

        Assert.Equal(["WED"], soon.Select(a => a.RegisterNo));
    }

    [Fact]
    public void Import_KeepsRegistrationEmpty_AndReadsContactAndReplyChannels()
    {
        using var db = new TempStore();
        var path = db.Write("a.csv", string.Join("\n",
            "Рег. номер,Код офиса,Тип потребителя,Канал,Вид обращения,Дата поступления,Дата регистрации,Оставлен контакт,Способ ответа,Ответ направлен,Дата ответа",
            "A-1,O11,ФЛ,Автоответчик,Жалоба,03.03.2025 10:00,,Адрес,,,",
            "A-2,O11,ФЛ,Почта,Жалоба,03.03.2025 10:00,04.03.2025 09:00,,Электронная почта,Почта,10.03.2025 12:00",
            "A-3,O11,ФЛ,Почта,Жалоба,03.03.2025 10:00,04.03.2025 09:00,,Почта,Почта,10.03.2025 12:00"));

        var run = db.Import(ImportKind.Appeals, path);
        var summary = new AppealDeadlines(db.Store).Summary(AsOf, AppealScope.All);

        Assert.Equal((3, 0), (run.Stored, run.Rejected));
        Assert.Equal(1, db.Count("SELECT count(*) FROM appeal WHERE register_no = 'A-1' AND registered_at IS NULL AND contact_left = 'address'"));
        Assert.Equal(1, db.Count("SELECT count(*) FROM appeal WHERE register_no = 'A-2' AND reply_channel = 'email' AND replied_via = 'post'"));
        Assert.Equal((1L, 2L), (summary.ReplyChannelKept, summary.ReplyChannelJudged));
        Assert.Equal(new DateOnly(2025, 3, 31), One(db, "A-1").DueDay);   // 20 working days from receipt: address left
    }
}
