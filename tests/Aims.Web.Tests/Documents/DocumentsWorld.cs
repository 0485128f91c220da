using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Core.Organizations;
using Aims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Aims.Web.Tests.Documents;

/// <summary>
/// What the document tests share: extra members of the demo organization (an approver needs to be a second person),
/// JSON calls that return the status and the parsed body, and a document taken through the workflow to publication.
/// </summary>
internal static class DocumentsWorld
{
    public const string Base = "/api/v1/orgs/demo/documents";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new member of demo with <paramref name="role"/>; with <paramref name="mfa"/>, enrolled in an authenticator
    /// app whose key is returned.</summary>
    public static async Task<(string Email, Guid Id, string? Key)> AddMemberAsync(AimsAppFactory app, Role role, bool mfa = false)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
        var user = new AimsUser { UserName = email, Email = email, DisplayName = "Member " + email[..12], CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, AimsAppFactory.AdminPassword)).Succeeded);
        string? key = null;
        if (mfa)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        await using var db = await app.OpenDbAsync();
        db.Actor = "test:setup";
        var demo = await db.Organizations.SingleAsync(o => o.Slug == "demo", Ct);
        db.Memberships.Add(new Membership { OrganizationId = demo.Id, UserId = user.Id, Role = role });
        await db.SaveChangesAsync(Ct);
        return (email, user.Id, key);
    }

    public static string Totp(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    public static async Task<Guid> UserIdAsync(AimsAppFactory app, string email)
    {
        await using var db = await app.OpenDbAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct);
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string path,
        object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string path, object? body = null) =>
        SendAsync(client, HttpMethod.Post, path, body ?? new { });

    public static async Task<JsonElement> OkAsync(Task<(HttpStatusCode Status, JsonElement Body)> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (status, body) = await call;
        Assert.True(status == expected, $"Expected {(int)expected}, got {(int)status}: {body}");
        return body;
    }

    /// <summary>A document with one draft version; returns its id.</summary>
    public static async Task<Guid> DraftAsync(HttpClient author, string title, string body, object? extra = null)
    {
        var fields = new Dictionary<string, object?> { ["title"] = title, ["type"] = "aiPolicy" };
        if (extra is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject())
            {
                fields[property.Name] = property.Value;
            }
        }

        var created = await OkAsync(PostAsync(author, Base, fields), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await OkAsync(PostAsync(author, $"{Base}/{id}/versions", new { body, changeSummary = "First draft" }), HttpStatusCode.Created);
        return id;
    }

    /// <summary>Submits version <paramref name="number"/>, has <paramref name="approver"/> (a signed-in second person)
    /// approve it with the shared test password, and publishes it.</summary>
    public static async Task PublishAsync(HttpClient author, HttpClient approver, Guid id, int number)
    {
        await OkAsync(PostAsync(author, $"{Base}/{id}/versions/{number}/submit"));
        await OkAsync(PostAsync(approver, $"{Base}/{id}/versions/{number}/approve", new { password = AimsAppFactory.AdminPassword }));
        await OkAsync(PostAsync(author, $"{Base}/{id}/versions/{number}/publish"));
    }

    public static async Task<int> LedgerCountAsync(AimsAppFactory app)
    {
        await using var db = await app.OpenDbAsync();
        return await db.LedgerEntries.CountAsync(Ct);
    }
}
