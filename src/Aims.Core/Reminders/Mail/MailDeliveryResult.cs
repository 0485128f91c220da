namespace Aims.Core.Reminders.Mail;

/// <summary>What one pass over the outbox did.</summary>
/// <param name="Sent">Handed to the mail server and marked sent.</param>
/// <param name="Failed">Not accepted; back in the outbox with a later retry time.</param>
/// <param name="Abandoned">Cannot be sent (the person has no address any more); kept, marked abandoned.</param>
/// <param name="ClaimedElsewhere">Due, but another node claimed it first.</param>
public sealed record MailDeliveryResult(int Sent, int Failed, int Abandoned, int ClaimedElsewhere);
