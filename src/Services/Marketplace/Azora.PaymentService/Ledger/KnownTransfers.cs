using Azora.PaymentService.Domain;

namespace Azora.PaymentService.Ledger;

/// <summary>
/// The transfers a group of requests names, by their own ids or as the originals its reversals undo, as the database
/// had them when the group began, plus those the group's accepted requests wrote since; and which originals are reversed.
/// </summary>
internal sealed class KnownTransfers
{
    private readonly Dictionary<Guid, Transfer> _byId;
    private readonly HashSet<Guid> _reversed;

    public KnownTransfers(IEnumerable<Transfer> stored, IEnumerable<Guid> reversed)
    {
        _byId = stored.ToDictionary(t => t.Id);
        _reversed = [.. reversed];
    }

    public Transfer? Find(Guid id) => _byId.GetValueOrDefault(id);

    public bool IsReversed(Guid original) => _reversed.Contains(original);

    public void Add(Transfer written)
    {
        _byId.Add(written.Id, written);
        if (written.Reverses is { } original)
        {
            _reversed.Add(original);
        }
    }
}
