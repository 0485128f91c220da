using Aims.Core.Reminders;
using Aims.Core.Reminders.Mail;

namespace Aims.Web.Reminders;

/// <summary>One cycle of a node: the check (null when another node holds the lease) and the outbox pass (null without SMTP).</summary>
public sealed record ReminderCycle(ReminderRunResult? Check, MailDeliveryResult? Delivery);
