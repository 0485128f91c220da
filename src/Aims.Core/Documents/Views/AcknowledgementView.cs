namespace Aims.Core.Documents.Views;

/// <summary>
/// One person's acknowledgement of a version. <see cref="Required"/> is false for someone who acknowledged without
/// being asked (not named and holding no named role).
/// </summary>
public sealed record AcknowledgementView(PersonRef Person, int VersionNumber, string Sha256, DateTimeOffset AcknowledgedAt, bool Required);
