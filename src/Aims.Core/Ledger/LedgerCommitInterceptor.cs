using System.Data.Common;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Aims.Core.Ledger;

/// <summary>
/// Tells the <see cref="LedgerCheckpointSignal"/> which chains a transaction appended to, once it has committed (never
/// before: a signer must not look for a head that may still roll back). Works for the context's own transaction and
/// for ones a service opened around several saves.
/// </summary>
public sealed class LedgerCommitInterceptor(LedgerCheckpointSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Publish(eventData);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Publish(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        (eventData.Context as AimsDbContext)?.TakeAppendedChains();
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    private void Publish(TransactionEndEventData eventData)
    {
        LedgerHeadReader.Forget();
        if (eventData.Context is AimsDbContext db && db.TakeAppendedChains() is { Count: > 0 } chains)
        {
            signal.Notify(chains);
        }
    }
}
