using Aims.Core.Access;

namespace Aims.Core.Documents.Views;

/// <summary>The people and roles asked to acknowledge each version that comes into force; empty when nobody is.</summary>
public sealed record DocumentAudienceView(IReadOnlyList<PersonRef> People, IReadOnlyList<Role> Roles);
