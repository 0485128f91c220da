using Aims.Core.Access;
using Aims.Core.Documents;
using Aims.Core.Documents.Input;
using Aims.Core.Organizations;
using Aims.Core.Scope;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Core.Bootstrap;

/// <summary>
/// The demo organization's AI policy and scope in force, put through the same workflow a person would use — drafted
/// and submitted by the head of AI governance, approved with her password by the chief executive, published, and
/// acknowledged by the two of them — so every step is in the documents' history and the ledger. The engineer and the
/// administrator have not acknowledged the policy yet: readiness for 5.2 and 7.3 has that to say.
/// </summary>
internal static class DemoDocuments
{
    /// <param name="lead">The head of AI governance and her password (author, publisher).</param>
    /// <param name="ceo">The chief executive and her password (approver).</param>
    /// <param name="alsoToAcknowledge">Members the policy is sent to who have not acknowledged it.</param>
    public static async Task SeedAsync(IServiceProvider services, Organization org, (AimsUser User, string Password) lead,
        (AimsUser User, string Password) ceo, IReadOnlyList<AimsUser> alsoToAcknowledge, CancellationToken ct)
    {
        var author = new Caller(lead.User.Id, lead.User.Email!, org.Id, org.Slug, Role.GovernanceLead);
        var approver = new Caller(ceo.User.Id, ceo.User.Email!, org.Id, org.Slug, Role.GovernanceLead);
        var documents = services.GetRequiredService<DocumentService>();
        var versions = services.GetRequiredService<DocumentVersionService>();
        var workflow = services.GetRequiredService<DocumentWorkflowService>();
        var approvals = services.GetRequiredService<DocumentApprovalService>();
        var communication = services.GetRequiredService<DocumentCommunicationService>();

        async Task ApproveAndPublishAsync(Guid document, int number)
        {
            await workflow.SubmitAsync(author, document, number, expectedVersion: null, ct);
            await approvals.ApproveAsync(approver, document, number, new ApprovalInput
            {
                Password = ceo.Password, Note = "Approved for the board.",
            }, ct);
            await workflow.PublishAsync(author, document, number, expectedVersion: null, ct);
        }

        var policy = await documents.CreateAsync(author, new DocumentInput
        {
            Title = "AI policy", Type = DocumentType.AiPolicy, Clauses = ["5.2"], Controls = ["A.2.2"], ReviewIntervalMonths = 12,
            Approvers = new DocumentApproversInput { People = [ceo.User.Id], Quorum = 1 },
            Acknowledgers = new DocumentAudienceInput { People = [lead.User.Id, ceo.User.Id, .. alsoToAcknowledge.Select(u => u.Id)] },
        }, ct);
        await versions.AddAsync(author, policy.Id, new DocumentVersionInput { Body = PolicyBody, ChangeSummary = "First issue" }, ct);
        await ApproveAndPublishAsync(policy.Id, 1);
        await communication.AcknowledgeAsync(author, policy.Id, 1, ct);
        await communication.AcknowledgeAsync(approver, policy.Id, 1, ct);

        var scope = services.GetRequiredService<ScopeService>();
        var (scopeDocument, scopeVersion) = await scope.PrepareVersionAsync(author, "First scope of the AIMS", ct);
        await ApproveAndPublishAsync(scopeDocument, scopeVersion);
    }

    private const string PolicyBody = """
        # AI policy

        Demo Health & Finance Ltd builds and uses AI to decide faster and more fairly for the people we lend to and insure.
        This policy says what we commit to and who answers for it. It applies to every AI system in the scope of our AI
        management system, whether we develop it or buy it.

        ## Our commitments

        1. **People stay accountable.** Every AI system has a named owner; no credit or claims decision against a
           customer is made by an AI system alone.
        2. **Fair outcomes.** We measure the outcomes of our models across age groups and other protected groups before
           release and every month in operation, and act when the differences exceed the limits we set.
        3. **Known risks, assessed before use.** Each system is risk-assessed and impact-assessed before it goes live and
           whenever it changes materially.
        4. **Transparency.** Customers are told when AI contributes to a decision about them and how to ask for a person.
        5. **Lawful and secure.** We meet the EU AI Act, data protection law and our contracts, and protect the data our
           systems learn from.
        6. **We keep improving.** We set measurable AI objectives, review them at least twice a year, and correct what
           our audits and incidents show.

        ## Who answers for what

        - The board approves this policy and the resources the AI management system needs.
        - The head of AI governance runs the AI management system and reports on it every quarter.
        - AI system owners apply this policy to their systems through the lifecycle.
        - Everyone who works with our AI systems completes the awareness training and raises concerns with their
          manager or the governance team, without fear of blame.

        ## Review

        This policy is reviewed every year, and sooner when the law, our AI systems or our risks change.
        """;
}
