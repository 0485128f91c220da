namespace Aims.Core.Documents;

/// <summary>
/// What kind of controlled document a register entry is. A fixed API contract: the values are serialised camelCase
/// (<c>aiPolicy</c>, <c>topicPolicy</c>, …) and their order is part of it, so never reorder, rename or insert: new types go at the end.
/// </summary>
public enum DocumentType
{
    /// <summary>The AI policy top management sets (clause 5.2, A.2.2).</summary>
    AiPolicy,

    /// <summary>A policy on one subject that supports the AI policy, e.g. acceptable use of generative AI.</summary>
    TopicPolicy,

    /// <summary>Who does what, when and how, step by step (e.g. internal audit, incident response).</summary>
    Procedure,

    /// <summary>How a process runs end to end, its inputs, outputs and owners, without step-level detail.</summary>
    ProcessDescription,

    /// <summary>Intended actions with owners and dates (e.g. the AI risk treatment plan, an audit programme).</summary>
    Plan,

    /// <summary>How something is assessed or decided (e.g. the AI risk assessment and treatment method).</summary>
    Methodology,

    /// <summary>A blank form whose filled copies become records (e.g. an impact-assessment form).</summary>
    RecordTemplate,

    /// <summary>A document written outside the organization but controlled by it (a law, a contract, a standard).</summary>
    ExternalOrigin,

    /// <summary>The AIMS scope (clause 4.3): its versions are built from the scope register and published like any document.</summary>
    ScopeStatement,
}
