using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Aims.Core.Access;
using Aims.Web.Tests.Infrastructure;
using static Aims.Web.Tests.Documents.DocumentsWorld;

namespace Aims.Web.Tests.Documents;

/// <summary>
/// The approval workflow over HTTP on both providers: the AI policy from draft to published and acknowledged, with the
/// approval by a second, re-authenticated person in a browser session; and every refusal that makes an approval mean
/// something (self-approval, tokens, wrong password, a second signature, changing a submitted version).
/// </summary>
public abstract class DocumentWorkflowTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_ai_policy_goes_from_draft_to_published_and_acknowledged_by_the_people_it_was_sent_to()
    {
        app.RequireProvider();
        using var author = app.ClientWithToken(app.DemoAdminToken);
        var lead = await AddMemberAsync(app, Role.GovernanceLead);
        var contributorId = await UserIdAsync(app, "contributor@test.local");
        var viewerId = await UserIdAsync(app, "viewer@test.local");
        var created = await OkAsync(PostAsync(author, Base, new
        {
            title = "AI policy " + Guid.NewGuid().ToString("N")[..6],
            type = "aiPolicy",
            clauses = new[] { "5.2" },
            controls = new[] { "a.2.2" },
            acknowledgers = new { people = new[] { contributorId }, roles = new[] { "viewer" } },
        }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("draft", created.GetProperty("state").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.GetProperty("currentVersion").ValueKind);
        Assert.Equal(["A.2.2"], created.GetProperty("controls").EnumerateArray().Select(c => c.GetString()).ToList());

        const string body = "# AI policy\r\n\r\nWe use AI responsibly.\n\n| Commitment | Owner |\n| --- | --- |\n| Fairness | Board |\n";
        var v1 = await OkAsync(PostAsync(author, $"{Base}/{id}/versions", new { body, changeSummary = "First issue" }), HttpStatusCode.Created);
        Assert.Equal(1, v1.GetProperty("number").GetInt32());
        Assert.Equal("draft", v1.GetProperty("status").GetString());
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        Assert.Equal(sha, v1.GetProperty("sha256").GetString());

        var submitted = await OkAsync(PostAsync(author, $"{Base}/{id}/versions/1/submit"));
        Assert.Equal("inReview", submitted.GetProperty("status").GetString());
        Assert.Equal("inReview", (await OkAsync(SendAsync(author, HttpMethod.Get, $"{Base}/{id}"))).GetProperty("state").GetString());

        using var approver = await app.SignedInClientAsync(lead.Email);
        Assert.True(await HasWorkAsync(approver, "approvalWaiting", id));
        Assert.False(await HasWorkAsync(author, "approvalWaiting", id));
        var approved = await OkAsync(PostAsync(approver, $"{Base}/{id}/versions/1/approve",
            new { password = AimsAppFactory.AdminPassword, sha256 = sha, note = "Read in full." }));
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        var approval = approved.GetProperty("approvals")[0];
        Assert.Equal(lead.Id, approval.GetProperty("approver").GetProperty("userId").GetGuid());
        Assert.Equal(sha, approval.GetProperty("sha256").GetString());
        Assert.Equal("password", approval.GetProperty("reauthentication").GetString());
        Assert.True(approval.GetProperty("current").GetBoolean());

        var published = await OkAsync(PostAsync(author, $"{Base}/{id}/versions/1/publish"));
        Assert.Equal("published", published.GetProperty("status").GetString());
        var document = await OkAsync(SendAsync(author, HttpMethod.Get, $"{Base}/{id}"));
        Assert.Equal("published", document.GetProperty("state").GetString());
        var current = document.GetProperty("currentVersion");
        Assert.Equal(1, current.GetProperty("number").GetInt32());
        Assert.Equal(sha, current.GetProperty("sha256").GetString());
        var publishedAt = current.GetProperty("publishedAt").GetDateTimeOffset();
        Assert.Equal(DateOnly.FromDateTime(publishedAt.UtcDateTime).AddMonths(12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            document.GetProperty("review").GetProperty("nextReviewOn").GetString());
        Assert.Equal("notDue", document.GetProperty("review").GetProperty("status").GetString());

        var before = await OkAsync(SendAsync(author, HttpMethod.Get, $"{Base}/{id}/acknowledgements"));
        Assert.Equal(2, before.GetProperty("required").GetInt32());
        Assert.Equal(new[] { contributorId, viewerId }.Order(), before.GetProperty("pending").EnumerateArray()
            .Select(p => p.GetProperty("userId").GetGuid()).Order());
        using (var viewer = await app.SignedInClientAsync("viewer@test.local"))
        {
            Assert.True(await HasWorkAsync(viewer, "acknowledgementPending", id));
            var acknowledged = await OkAsync(PostAsync(viewer, $"{Base}/{id}/versions/1/acknowledge"));
            Assert.True(acknowledged.GetProperty("required").GetBoolean());
            Assert.Equal(sha, acknowledged.GetProperty("sha256").GetString());
            Assert.False(await HasWorkAsync(viewer, "acknowledgementPending", id));
        }

        var after = await OkAsync(SendAsync(author, HttpMethod.Get, $"{Base}/{id}/acknowledgements"));
        Assert.Equal(1, after.GetProperty("acknowledgedByRequired").GetInt32());
        Assert.Equal([contributorId], after.GetProperty("pending").EnumerateArray().Select(p => p.GetProperty("userId").GetGuid()).ToList());
        Assert.Equal(viewerId, after.GetProperty("acknowledged")[0].GetProperty("person").GetProperty("userId").GetGuid());

        // A token is automation, not a person: it cannot acknowledge for anyone.
        using var contributorToken = app.ClientWithToken(app.DemoContributorToken);
        await HttpAssertions.AssertProblemAsync(await contributorToken.PostAsync($"{Base}/{id}/versions/1/acknowledge", null, Ct),
            HttpStatusCode.Forbidden);

        var history = await OkAsync(SendAsync(author, HttpMethod.Get, $"{Base}/{id}/history"));
        var changes = history.EnumerateArray().Select(h => h.GetProperty("changes").GetString()!).ToList();
        Assert.Contains(changes, c => c.Contains("\"Status\":{\"from\":\"InReview\",\"to\":\"Approved\"}", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Contains(sha, StringComparison.Ordinal) && c.Contains("\"Reauthentication\":\"password\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approval_is_refused_to_the_author_to_tokens_and_to_a_wrong_password_and_nothing_changes()
    {
        app.RequireProvider();
        using var authorToken = app.ClientWithToken(app.DemoAdminToken);
        var id = await DraftAsync(authorToken, "Self-approval " + Guid.NewGuid().ToString("N")[..6], "Body");
        await OkAsync(PostAsync(authorToken, $"{Base}/{id}/versions/1/submit"));

        using var authorSession = await app.SignedInClientAsync(AimsAppFactory.AdminEmail);
        var self = await HttpAssertions.AssertProblemAsync(
            await authorSession.PostAsJsonAsync($"{Base}/{id}/versions/1/approve", new { password = AimsAppFactory.AdminPassword }, Ct),
            HttpStatusCode.Forbidden);
        Assert.Contains("cannot approve", self.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var lead = await AddMemberAsync(app, Role.GovernanceLead);
        var ledger = await LedgerCountAsync(app);
        var tokenRefusal = await HttpAssertions.AssertProblemAsync(
            await authorToken.PostAsJsonAsync($"{Base}/{id}/versions/1/approve", new { password = AimsAppFactory.AdminPassword }, Ct),
            HttpStatusCode.Forbidden);
        Assert.Contains("API token", tokenRefusal.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var approver = await app.SignedInClientAsync(lead.Email);
        ledger = await LedgerCountAsync(app);
        await HttpAssertions.AssertProblemAsync(
            await approver.PostAsJsonAsync($"{Base}/{id}/versions/1/approve", new { password = "Not-The-Password-1" }, Ct),
            HttpStatusCode.BadRequest, "password");
        await HttpAssertions.AssertProblemAsync(await approver.PostAsJsonAsync($"{Base}/{id}/versions/1/approve", new { }, Ct),
            HttpStatusCode.BadRequest, "password");
        Assert.Equal(ledger, await LedgerCountAsync(app));
        var unchanged = await OkAsync(SendAsync(authorToken, HttpMethod.Get, $"{Base}/{id}/versions/1"));
        Assert.Equal("inReview", unchanged.GetProperty("status").GetString());
        Assert.Equal(0, unchanged.GetProperty("approvals").GetArrayLength());

        // The failed attempt counted like a failed sign-in; the right password still works below the lockout threshold.
        await OkAsync(PostAsync(approver, $"{Base}/{id}/versions/1/approve", new { password = AimsAppFactory.AdminPassword }));
        var again = await HttpAssertions.AssertProblemAsync(
            await approver.PostAsJsonAsync($"{Base}/{id}/versions/1/approve", new { password = AimsAppFactory.AdminPassword }, Ct),
            HttpStatusCode.Conflict, "status");
        Assert.Contains("approved", again.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organization_may_allow_self_approval_and_a_quorum_needs_distinct_approvers()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var first = await AddMemberAsync(app, Role.GovernanceLead);
        var second = await AddMemberAsync(app, Role.GovernanceLead);
        var id = await DraftAsync(admin, "Quorum " + Guid.NewGuid().ToString("N")[..6], "Body",
            new { approvers = new { people = new[] { first.Id, second.Id }, quorum = 2 } });
        await OkAsync(PostAsync(admin, $"{Base}/{id}/versions/1/submit"));
        using var one = await app.SignedInClientAsync(first.Email);
        var half = await OkAsync(PostAsync(one, $"{Base}/{id}/versions/1/approve", new { password = AimsAppFactory.AdminPassword }));
        Assert.Equal("inReview", half.GetProperty("status").GetString());
        Assert.Equal(1, half.GetProperty("approvalCount").GetInt32());
        Assert.Equal(2, half.GetProperty("requiredApprovals").GetInt32());
        await HttpAssertions.AssertProblemAsync(
            await one.PostAsJsonAsync($"{Base}/{id}/versions/1/approve", new { password = AimsAppFactory.AdminPassword }, Ct),
            HttpStatusCode.Conflict, "approver");

        // The admin is not named: with named approvers only they may approve, whatever the role.
        using var adminSession = await app.SignedInClientAsync(AimsAppFactory.AdminEmail);
        await HttpAssertions.AssertProblemAsync(
            await adminSession.PostAsJsonAsync($"{Base}/{id}/versions/1/approve", new { password = AimsAppFactory.AdminPassword }, Ct),
            HttpStatusCode.Forbidden);
        using var two = await app.SignedInClientAsync(second.Email);
        var full = await OkAsync(PostAsync(two, $"{Base}/{id}/versions/1/approve", new { password = AimsAppFactory.AdminPassword }));
        Assert.Equal("approved", full.GetProperty("status").GetString());

        using var writer = await app.SignedInClientAsync(first.Email);
        var own = await DraftAsync(writer, "Own " + Guid.NewGuid().ToString("N")[..6], "Mine");
        await OkAsync(PostAsync(writer, $"{Base}/{own}/versions/1/submit"));
        await HttpAssertions.AssertProblemAsync(
            await writer.PostAsJsonAsync($"{Base}/{own}/versions/1/approve", new { password = AimsAppFactory.AdminPassword }, Ct),
            HttpStatusCode.Forbidden);
        await OkAsync(SendAsync(adminSession, HttpMethod.Put, "/api/v1/orgs/demo/settings", new { allowSelfApproval = true }));
        try
        {
            var selfApproved = await OkAsync(PostAsync(writer, $"{Base}/{own}/versions/1/approve", new { password = AimsAppFactory.AdminPassword }));
            Assert.Equal("approved", selfApproved.GetProperty("status").GetString());
        }
        finally
        {
            await OkAsync(SendAsync(adminSession, HttpMethod.Put, "/api/v1/orgs/demo/settings", new { allowSelfApproval = false }));
        }
    }

    [Fact]
    public async Task An_approver_with_two_factor_sign_in_gives_the_authenticator_code_too()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var lead = await AddMemberAsync(app, Role.GovernanceLead, mfa: true);
        var id = await DraftAsync(admin, "MFA approval " + Guid.NewGuid().ToString("N")[..6], "Body");
        await OkAsync(PostAsync(admin, $"{Base}/{id}/versions/1/submit"));
        using var session = new ManualSession(app);
        await session.SignInAsync(lead.Email, AimsAppFactory.AdminPassword);
        var token = await session.AntiforgeryTokenAsync("/account/login/mfa");
        await session.PostFormAsync("/account/login/mfa", new Dictionary<string, string>
        {
            ["code"] = Totp(lead.Key!), ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        });
        var url = $"{Base}/{id}/versions/1/approve";
        await HttpAssertions.AssertProblemAsync(await session.PostJsonAsync(url, $$"""{"password":"{{AimsAppFactory.AdminPassword}}"}"""),
            HttpStatusCode.BadRequest, "code");
        await HttpAssertions.AssertProblemAsync(
            await session.PostJsonAsync(url, $$"""{"password":"{{AimsAppFactory.AdminPassword}}","code":"000000"}"""),
            HttpStatusCode.BadRequest, "code");
        var approved = await session.PostJsonAsync(url, $$"""{"password":"{{AimsAppFactory.AdminPassword}}","code":"{{Totp(lead.Key!)}}"}""");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains("\"reauthentication\":\"password+authenticator\"", await approved.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submitted_version_is_immutable_and_a_second_version_supersedes_the_first_and_asks_again()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var lead = await AddMemberAsync(app, Role.GovernanceLead);
        using var approver = await app.SignedInClientAsync(lead.Email);
        var id = await DraftAsync(admin, "Immutable " + Guid.NewGuid().ToString("N")[..6], "Line one\nLine two\nLine three\n",
            new { acknowledgers = new { roles = new[] { "governanceLead" } } });
        var edited = await OkAsync(SendAsync(admin, HttpMethod.Put, $"{Base}/{id}/versions/1",
            new { body = "Line one\nLine 2\nLine three\n", changeSummary = "Fixed a typo" }));
        Assert.Equal("Line one\nLine 2\nLine three\n", edited.GetProperty("body").GetString());

        await PublishAsync(admin, approver, id, 1);
        var ledger = await LedgerCountAsync(app);
        var refused = await HttpAssertions.AssertProblemAsync(
            await admin.PutAsJsonAsync($"{Base}/{id}/versions/1", new { body = "Rewritten" }, Ct), HttpStatusCode.Conflict, "status");
        Assert.Contains("immutable", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await HttpAssertions.AssertProblemAsync(await admin.PostAsync($"{Base}/{id}/versions/1/submit", null, Ct), HttpStatusCode.Conflict, "status");
        Assert.Equal(ledger, await LedgerCountAsync(app));
        using (var leadAck = await app.SignedInClientAsync(lead.Email))
        {
            await OkAsync(PostAsync(leadAck, $"{Base}/{id}/versions/1/acknowledge"));
        }

        await OkAsync(PostAsync(admin, $"{Base}/{id}/versions", new { body = "Line one\nLine 2\nLine three\nLine four\n" }), HttpStatusCode.Created);
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Base}/{id}/versions", new { body = "Third" }, Ct),
            HttpStatusCode.Conflict, "versions");
        await PublishAsync(admin, approver, id, 2);
        var first = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/versions/1"));
        Assert.Equal("superseded", first.GetProperty("status").GetString());
        Assert.Equal(2, first.GetProperty("supersededByNumber").GetInt32());
        Assert.Equal("Line one\nLine 2\nLine three\n", first.GetProperty("body").GetString());
        var acknowledgements = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/acknowledgements"));
        Assert.Equal(2, acknowledgements.GetProperty("versionNumber").GetInt32());
        Assert.Contains(acknowledgements.GetProperty("pending").EnumerateArray(), p => p.GetProperty("userId").GetGuid() == lead.Id);

        var compared = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/versions/compare?from=1&to=2"));
        Assert.Equal(1, compared.GetProperty("linesAdded").GetInt32());
        Assert.Equal(0, compared.GetProperty("linesRemoved").GetInt32());
        Assert.Equal("Line four", compared.GetProperty("hunks")[0].GetProperty("lines").EnumerateArray()
            .Single(l => l.GetProperty("kind").GetString() == "added").GetProperty("newText").GetString());
        var diff = await admin.GetStringAsync($"{Base}/{id}/versions/compare?from=1&to=2&format=diff", Ct);
        Assert.Contains("+Line four\n", diff, StringComparison.Ordinal);
        Assert.Contains(" v1\n", diff, StringComparison.Ordinal);
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"{Base}/{id}/versions/compare?from=1", Ct), HttpStatusCode.BadRequest, "to");
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"{Base}/{id}/versions/compare?from=1&to=9", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_version_returned_to_draft_needs_new_approvals_and_a_retired_one_leaves_no_version_in_force()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var lead = await AddMemberAsync(app, Role.GovernanceLead);
        using var approver = await app.SignedInClientAsync(lead.Email);
        var id = await DraftAsync(admin, "Returned " + Guid.NewGuid().ToString("N")[..6], "Draft text");
        await OkAsync(PostAsync(admin, $"{Base}/{id}/versions/1/submit"));
        await HttpAssertions.AssertProblemAsync(await approver.PostAsJsonAsync($"{Base}/{id}/versions/1/return", new { reason = "" }, Ct),
            HttpStatusCode.BadRequest, "reason");
        var returned = await OkAsync(PostAsync(approver, $"{Base}/{id}/versions/1/return", new { reason = "Section 3 is missing." }));
        Assert.Equal("draft", returned.GetProperty("status").GetString());
        Assert.Equal("Section 3 is missing.", returned.GetProperty("returnReason").GetString());
        await OkAsync(SendAsync(admin, HttpMethod.Put, $"{Base}/{id}/versions/1", new { body = "Draft text\n\n## Section 3\n" }));
        await PublishAsync(admin, approver, id, 1);
        var version = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/versions/1"));
        Assert.Equal(2, version.GetProperty("reviewRound").GetInt32());

        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Base}/{id}/versions/1/retire", new { }, Ct),
            HttpStatusCode.BadRequest, "reason");
        var retired = await OkAsync(PostAsync(admin, $"{Base}/{id}/versions/1/retire", new { reason = "Replaced by the group policy." }));
        Assert.Equal("retired", retired.GetProperty("status").GetString());
        var document = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}"));
        Assert.Equal("retired", document.GetProperty("state").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, document.GetProperty("currentVersion").ValueKind);
        Assert.Equal("notScheduled", document.GetProperty("review").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_review_without_change_moves_the_next_review_date_and_is_listed()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var lead = await AddMemberAsync(app, Role.GovernanceLead);
        using var approver = await app.SignedInClientAsync(lead.Email);
        var id = await DraftAsync(admin, "Reviewed " + Guid.NewGuid().ToString("N")[..6], "Text", new { reviewIntervalMonths = 6 });
        await HttpAssertions.AssertProblemAsync(await approver.PostAsJsonAsync($"{Base}/{id}/review", new { }, Ct), HttpStatusCode.Conflict,
            "currentVersion");
        await PublishAsync(admin, approver, id, 1);
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Base}/{id}/review", new { }, Ct), HttpStatusCode.Forbidden);
        var reviewed = await OkAsync(PostAsync(approver, $"{Base}/{id}/review", new { note = "Still fits our practice." }));
        var review = reviewed.GetProperty("review");
        var last = review.GetProperty("lastReviewedAt").GetDateTimeOffset();
        Assert.Equal(DateOnly.FromDateTime(last.UtcDateTime).AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            review.GetProperty("nextReviewOn").GetString());
        Assert.Contains("after the last review", review.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var reviews = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/reviews"));
        Assert.Equal("Still fits our practice.", reviews[0].GetProperty("note").GetString());
        Assert.Equal(lead.Id, reviews[0].GetProperty("reviewer").GetProperty("userId").GetGuid());
    }

    [Fact]
    public async Task A_draft_from_a_template_cannot_be_submitted_while_choices_are_left_to_decide()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var created = await OkAsync(PostAsync(admin, Base, new { templateId = "ai-policy" }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("aiPolicy", created.GetProperty("type").GetString());
        Assert.Contains("5.2", created.GetProperty("clauses").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1, created.GetProperty("pendingVersion").GetProperty("number").GetInt32());
        var draft = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/versions/1"));
        Assert.True(draft.GetProperty("openChoices").GetArrayLength() > 0);
        var refused = await HttpAssertions.AssertProblemAsync(await admin.PostAsync($"{Base}/{id}/versions/1/submit", null, Ct),
            HttpStatusCode.Conflict, "body");
        Assert.Contains("to decide", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync(Base, new { templateId = "no-such-template" }, Ct),
            HttpStatusCode.BadRequest, "templateId");
    }

    // "My work" lists the document (its page is the item's link) with the kind of ask.
    private static async Task<bool> HasWorkAsync(HttpClient client, string kind, Guid documentId)
    {
        var work = await OkAsync(SendAsync(client, HttpMethod.Get, "/api/v1/orgs/demo/my-work"));
        return work.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("kind").GetString() == kind &&
                                                                   i.GetProperty("href").GetString()!.EndsWith($"/documents/{documentId}", StringComparison.Ordinal));
    }
}

public sealed class SqliteDocumentWorkflowTests(SqliteAppFactory app) : DocumentWorkflowTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresDocumentWorkflowTests(PostgresAppFactory app) : DocumentWorkflowTests(app), IClassFixture<PostgresAppFactory>;
