using System.Security.Cryptography;
using System.Text;

namespace Azora.Assessment.Domain;

/// <summary>
/// The ids a learner sees for a matching question's matches and an ordering question's items. The bank numbers them in
/// answer order (M1 goes with P1, I1 comes first), which would give the answer away, so each attempt item shows opaque
/// ids derived from its own id instead; responses are stored in those ids and translated back only to grade.
/// </summary>
internal static class PresentedIds
{
    public static string For(Guid attemptItemId, string keyId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{attemptItemId:N}:{keyId}"));
        return "k" + Convert.ToHexStringLower(hash, 0, 5);
    }

    /// <summary>The bank's id behind a presented one, or null when the question shows no such id.</summary>
    public static string? KeyIdOf(Guid attemptItemId, string presented, IEnumerable<string> keyIds) =>
        keyIds.FirstOrDefault(id => For(attemptItemId, id) == presented);

    /// <summary>A stored response in the bank's ids, ready for <see cref="QuestionGrader"/>.</summary>
    public static LearnerResponse ToKey(LearnerResponse response, Guid attemptItemId, QuestionType type, QuestionDefinition key) => type switch
    {
        QuestionType.Matching when response.Matches is { } matches => response with
        {
            Matches = matches.ToDictionary(m => m.Key, m => KeyIdOf(attemptItemId, m.Value, key.Pairs!.Select(p => p.MatchId)) ?? m.Value),
        },
        QuestionType.Ordering when response.Order is { } order => response with
        {
            Order = [.. order.Select(o => KeyIdOf(attemptItemId, o, key.Items!.Select(i => i.Id)) ?? o)],
        },
        _ => response,
    };
}
