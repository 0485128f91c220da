using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Bootstrap;
using Aims.Core.Organizations;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests;

/// <summary>
/// The register list as every later register will do it, run once per database provider with the same cases: the
/// search rules (case-insensitive substrings, terms ANDed over name and purpose, at least three characters per term),
/// life-cycle order, a total order that never repeats or skips a row across pages, paging that cannot overflow, and
/// totals that follow every change at once.
/// </summary>
public abstract class RegisterListTests(AimsAppFactory app)
{
    private const string Api = "/api/v1/orgs/demo/ai-systems";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each case: the query after the test's unique word, and the seeded systems (by letter) it must find.</summary>
    public static TheoryData<string, string> SearchCases => new()
    {
        { "loan", "A" },                  // a word of the name, other case
        { "credit", "A" },                // a word of the purpose, other case
        { "DEFAULT credit", "A" },        // terms ANDed, one in the name and one in the purpose
        { "loan fraud", "" },             // ANDed: no system has both
        { "redic", "A" },                 // a substring inside a word
        { "CAFÉ", "B" },                  // case folding beyond ASCII
        { "rème", "B" },                  // non-ASCII substring
        { "50%", "C" },                   // % is a literal character, not a wildcard
        { "s_o", "C" },                   // _ is literal too ("transfers_out")…
        { "s_c", "" },                    // …so it does not stand for the space in "Suggests crème"
        { "assistant", "D" },             // a system without a purpose
        { "\"quoted", "" },               // quotes are literal, not search syntax
        { "NOT", "" },                    // neither are search operators
        { "applications scores", "A" },   // order of terms does not matter
    };

    [Theory]
    [MemberData(nameof(SearchCases))]
    public async Task Search_matches_case_insensitive_substrings_of_name_or_purpose_with_every_term(string terms, string expected)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var word = UniqueWord();
        var seeded = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["A"] = await CreateAsync(client, $"{word} Loan default predictor", "Scores CREDIT applications"),
            ["B"] = await CreateAsync(client, $"{word} Café recommender", "Suggests crème brûlée"),
            ["C"] = await CreateAsync(client, $"{word} Fraud screen", "Flags 50% of transfers_out"),
            ["D"] = await CreateAsync(client, $"{word} HR assistant", null),
        };

        var list = await client.GetFromJsonAsync<JsonElement>($"{Api}?q={Uri.EscapeDataString(word + " " + terms)}&pageSize=200", Ct);
        var found = Names(list).Order(StringComparer.Ordinal).ToList();
        var wanted = expected.Select(letter => seeded[letter.ToString()]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(wanted, found);
        Assert.Equal(wanted.Count, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_follows_an_edit_at_once_the_old_name_no_longer_matches()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var word = UniqueWord();
        var created = await (await client.PostAsJsonAsync(Api, new { name = $"{word} Chatbot", purpose = "Answers customers" }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = created.GetProperty("id").GetGuid();
        (await client.PutAsJsonAsync($"{Api}/{id}", new { name = $"{word} Voicebot", purpose = "Routes calls" }, Ct)).EnsureSuccessStatusCode();

        Assert.Equal(0, await TotalAsync(client, $"q={word}%20chatbot"));
        Assert.Equal(0, await TotalAsync(client, $"q={word}%20customers"));
        Assert.Equal(1, await TotalAsync(client, $"q={word}%20voicebot"));
        Assert.Equal(1, await TotalAsync(client, $"q={word}%20calls"));
    }

    [Theory]
    [InlineData("ai")]
    [InlineData("risk ai")]
    [InlineData("x")]
    public async Task A_search_term_shorter_than_three_characters_answers_400_naming_q(string q)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var problem = await HttpAssertions.AssertProblemAsync(await client.GetAsync($"{Api}?q={Uri.EscapeDataString(q)}", Ct),
            HttpStatusCode.BadRequest, "q");
        Assert.Contains("at least 3 characters", problem.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_long_or_too_many_search_terms_answer_400_naming_q()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        await HttpAssertions.AssertProblemAsync(await client.GetAsync($"{Api}?q={new string('x', 201)}", Ct), HttpStatusCode.BadRequest, "q");
        var nine = string.Join("%20", Enumerable.Range(1, 9).Select(i => $"term{i}"));
        await HttpAssertions.AssertProblemAsync(await client.GetAsync($"{Api}?q={nine}", Ct), HttpStatusCode.BadRequest, "q");
    }

    [Fact]
    public async Task Lifecycle_stage_sorts_in_life_cycle_order_both_ways()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var word = UniqueWord();
        foreach (var stage in new[] { "retirement", "inception", "operationAndMonitoring", "deployment", "designAndDevelopment" })
        {
            (await client.PostAsJsonAsync(Api, new { name = $"{word} {stage}", lifecycleStage = stage, initialStageReason = stage == "inception" ? null : "In service before the AIMS" }, Ct)).EnsureSuccessStatusCode();
        }

        string[] lifeCycleOrder = ["inception", "designAndDevelopment", "deployment", "operationAndMonitoring", "retirement"];
        var ascending = await client.GetFromJsonAsync<JsonElement>($"{Api}?q={word}&sort=lifecycleStage", Ct);
        Assert.Equal(lifeCycleOrder, Stages(ascending));
        var descending = await client.GetFromJsonAsync<JsonElement>($"{Api}?q={word}&sort=-lifecycleStage", Ct);
        Assert.Equal(lifeCycleOrder.Reverse(), Stages(descending));
    }

    [Theory]
    [InlineData("createdAt")]
    [InlineData("-createdAt")]
    [InlineData("updatedAt")]
    [InlineData("-status")]
    public async Task Pages_of_rows_equal_on_the_sort_key_never_repeat_or_skip_a_row(string sort)
    {
        app.RequireProvider();
        var word = UniqueWord();
        // One save stamps every row with the same time, so createdAt and updatedAt tie for all seven.
        await using (var db = await app.OpenDbAsync())
        {
            var demo = await db.Organizations.SingleAsync(o => o.Slug == AimsInitializer.DemoSlug, Ct);
            var owner = await db.Memberships.Where(m => m.OrganizationId == demo.Id).Select(m => m.UserId).FirstAsync(Ct);
            db.TenantId = demo.Id;
            db.Actor = "test:seed";
            for (var i = 0; i < 7; i++)
            {
                db.AiSystems.Add(new AiSystem { OrganizationId = demo.Id, Name = $"{word} same {i % 2}", OwnerId = owner });
            }

            await db.SaveChangesAsync(Ct);
        }

        using var client = app.ClientWithToken(app.DemoAdminToken);
        var all = await client.GetFromJsonAsync<JsonElement>($"{Api}?q={word}&sort={sort}&pageSize=200", Ct);
        var whole = Ids(all);
        Assert.Equal(7, whole.Count);
        var paged = new List<Guid>();
        for (var page = 1; page <= 4; page++)
        {
            paged.AddRange(Ids(await client.GetFromJsonAsync<JsonElement>($"{Api}?q={word}&sort={sort}&pageSize=2&page={page}", Ct)));
        }

        Assert.Equal(whole, paged);
        var expectedOrder = sort.StartsWith('-') ? whole.OrderDescending() : whole.Order();
        if (sort.Contains("At", StringComparison.Ordinal))
        {
            // All keys tie: the id alone decides, in the sort's direction.
            Assert.Equal(expectedOrder.Select(id => id.ToString()), whole.Select(id => id.ToString()));
        }
    }

    [Theory]
    [InlineData("page=33554433&pageSize=128", "page")]   // (page - 1) × size = 2^32: wrapped around to page 1 before
    [InlineData("page=16777217&pageSize=128", "page")]   // 2^31: one past the largest offset
    [InlineData("page=99999999999", "page")]             // not a 32-bit number at all
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task Paging_out_of_range_answers_400_naming_the_field(string query, string field)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        await HttpAssertions.AssertProblemAsync(await client.GetAsync($"{Api}?{query}", Ct), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task The_largest_page_that_fits_answers_an_empty_page_not_an_earlier_one()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var last = await client.GetFromJsonAsync<JsonElement>($"{Api}?page=16777216&pageSize=128", Ct);
        Assert.Equal(0, last.GetProperty("items").GetArrayLength());
        Assert.Equal(16777216, last.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Totals_follow_creates_archives_and_writes_from_outside_the_host_at_once()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var word = UniqueWord();
        await CreateAsync(client, $"{word} first", null);
        Assert.Equal(1, await TotalAsync(client, $"q={word}&status=active"));
        var second = await (await client.PostAsJsonAsync(Api, new { name = $"{word} second" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(2, await TotalAsync(client, $"q={word}&status=active"));

        (await client.PostAsJsonAsync($"{Api}/{second.GetProperty("id").GetGuid()}/archive", new { reason = "Test" }, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(1, await TotalAsync(client, $"q={word}&status=active"));
        Assert.Equal(2, await TotalAsync(client, $"q={word}"));

        // A change made by another process (the CLI, another host) goes through the ledger too and must show.
        await using (var db = await app.OpenDbAsync())
        {
            var demo = await db.Organizations.SingleAsync(o => o.Slug == AimsInitializer.DemoSlug, Ct);
            var owner = await db.Memberships.Where(m => m.OrganizationId == demo.Id).Select(m => m.UserId).FirstAsync(Ct);
            db.TenantId = demo.Id;
            db.AiSystems.Add(new AiSystem { OrganizationId = demo.Id, Name = $"{word} third", OwnerId = owner });
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(3, await TotalAsync(client, $"q={word}"));
        Assert.Equal(2, await TotalAsync(client, $"q={word}&status=active"));
    }

    [Fact]
    public async Task A_listed_page_shows_its_owner_under_the_name_their_account_has_now()
    {
        // The page itself is cached until a record changes; an owner's account is not one of the organization's records
        // (it is on the installation's chain), and renaming it must still show on the next read of the same page.
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var word = UniqueWord();
        var (_, ownerId, _) = await Documents.DocumentsWorld.AddMemberAsync(app, Role.Contributor);
        (await client.PostAsJsonAsync(Api, new { name = $"{word} owned", ownerId }, Ct)).EnsureSuccessStatusCode();
        async Task<string?> OwnerAsync() => (await client.GetFromJsonAsync<JsonElement>($"{Api}?q={word}", Ct))
            .GetProperty("items")[0].GetProperty("ownerName").GetString();
        Assert.StartsWith("Member ", await OwnerAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Member ", await OwnerAsync(), StringComparison.Ordinal);

        await using (var db = await app.OpenDbAsync())
        {
            db.Actor = "test:operator";
            (await db.Users.SingleAsync(u => u.Id == ownerId, Ct)).DisplayName = $"Renamed {word}";
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal($"Renamed {word}", await OwnerAsync());
    }

    [Fact]
    public async Task Search_pages_keep_the_sort_and_follow_renames_from_the_api_and_from_outside_the_host()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var word = UniqueWord();
        var ids = new Dictionary<string, Guid>();
        foreach (var letter in new[] { "c", "a", "b" })
        {
            var created = await (await client.PostAsJsonAsync(Api, new { name = $"{word} {letter}", purpose = "Before" }, Ct))
                .Content.ReadFromJsonAsync<JsonElement>(Ct);
            ids[letter] = created.GetProperty("id").GetGuid();
        }

        async Task<List<string>> PageAsync(string query) => Names(await client.GetFromJsonAsync<JsonElement>($"{Api}?q={word}&{query}", Ct));
        Assert.Equal([$"{word} a", $"{word} b"], await PageAsync("pageSize=2"));
        Assert.Equal([$"{word} c"], await PageAsync("pageSize=2&page=2"));
        Assert.Equal([$"{word} c", $"{word} b"], await PageAsync("pageSize=2&sort=-name"));

        // A rename moves the record within the sorted matches; an edited purpose shows on the same search at once.
        (await client.PutAsJsonAsync($"{Api}/{ids["a"]}", new { name = $"{word} d", purpose = "After" }, Ct)).EnsureSuccessStatusCode();
        Assert.Equal([$"{word} b", $"{word} c"], await PageAsync("pageSize=2"));
        var last = await client.GetFromJsonAsync<JsonElement>($"{Api}?q={word}&pageSize=2&page=2", Ct);
        Assert.Equal([$"{word} d"], Names(last));
        Assert.Equal("After", last.GetProperty("items")[0].GetProperty("purpose").GetString());

        // Renamed by another process so that it no longer matches: gone from the search, and the total says so.
        await using (var db = await app.OpenDbAsync())
        {
            db.TenantId = await db.Organizations.Where(o => o.Slug == AimsInitializer.DemoSlug).Select(o => o.Id).SingleAsync(Ct);
            var system = await db.AiSystems.SingleAsync(s => s.Id == ids["b"], Ct);
            system.Name = "Renamed elsewhere " + Guid.NewGuid().ToString("N")[..6];
            await db.SaveChangesAsync(Ct);
        }

        var after = await client.GetFromJsonAsync<JsonElement>($"{Api}?q={word}&pageSize=2", Ct);
        Assert.Equal([$"{word} c", $"{word} d"], Names(after));
        Assert.Equal(2, after.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Deep_pages_hold_the_same_rows_in_the_same_order_as_the_database()
    {
        app.RequireProvider();
        // 620 systems of one new owner: pages 6 and 7 of 100 lie beyond the offset where the list reads ids first.
        Guid owner;
        await using (var db = await app.OpenDbAsync())
        {
            var demo = await db.Organizations.SingleAsync(o => o.Slug == AimsInitializer.DemoSlug, Ct);
            db.TenantId = demo.Id;
            db.Actor = "test:seed";
            var email = $"deep-{Guid.NewGuid():N}@example.test";
            var user = new AimsUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                DisplayName = "Deep pager", CreatedAt = db.Now(), SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            db.Users.Add(user);
            db.Memberships.Add(new Membership { OrganizationId = demo.Id, UserId = user.Id, Role = Role.Contributor });
            owner = user.Id;
            for (var i = 0; i < 620; i++)
            {
                // Every fifth name repeats, so the id decides between equal names on both providers.
                db.AiSystems.Add(new AiSystem { OrganizationId = demo.Id, Name = $"Deep {(i % 5 == 0 ? 0 : i):D4}", OwnerId = owner });
            }

            await db.SaveChangesAsync(Ct);
        }

        using var client = app.ClientWithToken(app.DemoAdminToken);
        foreach (var sort in new[] { "name", "-name", "createdAt" })
        {
            var paged = new List<Guid>();
            for (var page = 1; page <= 7; page++)
            {
                var list = await client.GetFromJsonAsync<JsonElement>($"{Api}?ownerId={owner}&sort={sort}&pageSize=100&page={page}", Ct);
                Assert.Equal(620, list.GetProperty("total").GetInt32());
                paged.AddRange(Ids(list));
            }

            await using var db = await app.OpenDbAsync();
            var systems = db.AiSystems.IgnoreQueryFilters().Where(s => s.OwnerId == owner);
            var expected = await (sort switch
            {
                "name" => systems.OrderBy(s => s.Name).ThenBy(s => s.Id),
                "-name" => systems.OrderByDescending(s => s.Name).ThenByDescending(s => s.Id),
                _ => systems.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id),
            }).Select(s => s.Id).ToListAsync(Ct);
            Assert.Equal(expected, paged);
        }
    }

    private static string UniqueWord() => "Zq" + Guid.NewGuid().ToString("N")[..10];

    private static async Task<string> CreateAsync(HttpClient client, string name, string? purpose)
    {
        var response = await client.PostAsJsonAsync(Api, new { name, purpose }, Ct);
        response.EnsureSuccessStatusCode();
        return name;
    }

    private static async Task<int> TotalAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>($"{Api}?{query}", Ct)).GetProperty("total").GetInt32();

    private static List<string> Names(JsonElement list) =>
        [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)];

    private static List<string> Stages(JsonElement list) =>
        [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("lifecycleStage").GetString()!)];

    private static List<Guid> Ids(JsonElement list) =>
        [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
}

public sealed class SqliteRegisterListTests(SqliteAppFactory app) : RegisterListTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresRegisterListTests(PostgresAppFactory app) : RegisterListTests(app), IClassFixture<PostgresAppFactory>;
