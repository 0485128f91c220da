using System.Text;
using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Ledger;

namespace Aims.Web.Tests;

/// <summary>The replay and comparison rules of reconciliation, one at a time, without a database.</summary>
public sealed class LedgerReplayRulesTests
{
    [Fact]
    public void A_column_added_later_must_hold_its_default_to_match()
    {
        // e.g. a boolean column a later migration added with default false, never mentioned by older entries
        Assert.Null(FieldComparer.CompareNeverSeen(typeof(AiSystem), "RequireMfa", "False", "False"));
        Assert.Contains("must hold its default 'False'", FieldComparer.CompareNeverSeen(typeof(AiSystem), "RequireMfa", "False", "True"),
            StringComparison.Ordinal);
        Assert.Null(FieldComparer.CompareNeverSeen(typeof(AiSystem), "NameKey", null, ""));
        Assert.NotNull(FieldComparer.CompareNeverSeen(typeof(AiSystem), "NameKey", null, "credit scoring"));
        // A secret never recorded is not printed even when it differs.
        Assert.DoesNotContain("abc", FieldComparer.CompareNeverSeen(typeof(AimsUser), "PasswordHash", null, "abc")!, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_applies_created_updated_deleted_in_order_and_flags_the_impossible()
    {
        var replay = new LedgerReplay();
        replay.Apply("AiSystem", "1", LedgerAction.Created, Utf8("""{"Name":"A","Purpose":null,"Version":"1"}"""));
        replay.Apply("AiSystem", "1", LedgerAction.Updated, Utf8("""{"Name":{"from":"A","to":"B"},"Version":{"from":"1","to":"2"}}"""));
        replay.Apply("AiSystem", "2", LedgerAction.Created, Utf8("""{"Name":"C"}"""));
        replay.Apply("AiSystem", "2", LedgerAction.Deleted, Utf8("""{"Name":"C"}"""));
        var state = replay.RecordsOf("AiSystem");
        Assert.Equal(["1"], state.Keys);
        Assert.Equal("B", state["1"]["Name"]);
        Assert.Equal("2", state["1"]["Version"]);
        Assert.Null(state["1"]["Purpose"]);
        Assert.Empty(replay.Anomalies);

        replay.Apply("AiSystem", "9", LedgerAction.Updated, Utf8("""{"Name":{"from":"X","to":"Y"}}"""));
        replay.Apply("AiSystem", "8", LedgerAction.Deleted, Utf8("{}"));
        Assert.Equal(2, replay.Anomalies.Count);
        Assert.All(replay.Anomalies, a => Assert.Equal(LedgerDifferenceKind.LedgerAnomaly, a.Kind));
    }

    [Fact]
    public void Personal_fields_decrypt_only_for_their_person_and_field()
    {
        var key = PersonalData.NewKey();
        var person = Guid.NewGuid();
        var cipher = PersonalData.Encrypt(key, person, "Email", "zoe@example.test");
        Assert.DoesNotContain("zoe", cipher, StringComparison.Ordinal);
        Assert.Equal("zoe@example.test", PersonalData.TryDecrypt(key, person, "Email", cipher));
        Assert.Null(PersonalData.TryDecrypt(key, Guid.NewGuid(), "Email", cipher));
        Assert.Null(PersonalData.TryDecrypt(key, person, "DisplayName", cipher));
        Assert.Null(PersonalData.TryDecrypt(PersonalData.NewKey(), person, "Email", cipher));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
