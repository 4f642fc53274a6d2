namespace Analytics.Engine.Demo;

/// <summary>
/// A consumer who appeals, possibly more than once. <see cref="Key"/> is the pseudonymised identity analytics join
/// on; the personal data sits in its own columns so access rules can mask it.
/// </summary>
internal sealed record DemoConsumer(string Key, bool Legal, string Name, string? Phone, string? Email, string Address,
    string Account, string? Organisation)
{
    public static DemoConsumer New(DemoRandom rng, DemoOffice office, string channel)
    {
        var legal = rng.Chance(AppealProfile.LegalShare(channel));
        var person = DemoPeople.Person(rng);
        var organisation = legal ? DemoPeople.LegalEntity(rng) : null;
        var wantsEmail = channel is "email" or "internet_reception" or "personal_account" || rng.Chance(legal ? 0.6 : 0.15);
        return new DemoConsumer(
            Key: rng.NextULong().ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
            Legal: legal,
            Name: organisation ?? person.FullName,
            Phone: channel is "phone" or "answerphone" || rng.Chance(0.8) ? DemoPeople.Phone(rng) : null,
            Email: wantsEmail ? DemoPeople.Email(rng, person) : null,
            Address: DemoPeople.Address(rng, office.City, apartment: !legal && rng.Chance(0.7)),
            Account: string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{(legal ? "77" : "47")}{office.Branch.Index}{rng.Between(0, 9_999_999):D7}"),
            Organisation: organisation);
    }
}
