using System.Globalization;

namespace Azora.Web.Learning;

public enum AutosaveState
{
    /// <summary>Nothing changed since the page was shown.</summary>
    Unchanged,
    /// <summary>An answer changed; it is saved a moment after the learner stops typing.</summary>
    Changed,
    Saving,
    Saved,
    /// <summary>The last save failed for a passing reason (the service did not answer, a concurrent write); it is tried again.</summary>
    Retrying,
    /// <summary>An answer cannot be read (e.g. letters for a number); the note beside its question says why.</summary>
    NeedsCorrection,
    Submitting,
    /// <summary>Submitting was refused or could not be done; the learner may try again.</summary>
    NotSubmitted,
    /// <summary>The attempt no longer takes answers (submitted elsewhere, or its time is up).</summary>
    Closed,
}

/// <summary>Where the quiz island's autosave stands, as the sentence its polite live region shows.</summary>
public sealed record AutosaveStatus(AutosaveState State, DateTimeOffset? SavedAt = null, string? Reason = null)
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    public static AutosaveStatus Unchanged { get; } = new(AutosaveState.Unchanged);

    public string Sentence => State switch
    {
        AutosaveState.Unchanged => "Your answers are saved as you go.",
        AutosaveState.Changed => "Changes not saved yet…",
        AutosaveState.Saving => "Saving…",
        AutosaveState.Saved => string.Create(CultureInfo.InvariantCulture, $"Saved {SavedAt:HH:mm} UTC"),
        AutosaveState.Retrying => "Could not save — retrying",
        AutosaveState.NeedsCorrection => Reason is null
            ? "Not saved: some answers need another look; see the notes beside the questions."
            : $"Not saved: {Reason}",
        AutosaveState.Submitting => "Submitting your answers…",
        AutosaveState.NotSubmitted => $"Not submitted: {Reason}",
        _ => Reason ?? "This attempt no longer takes answers.",
    };

    /// <summary>Waits twice as long after each failure in a row: 3, 6, 12, 24, then 30 seconds.</summary>
    public static TimeSpan RetryDelay(int failuresInARow)
    {
        var delay = FirstRetry * Math.Pow(2, Math.Clamp(failuresInARow - 1, 0, 10));
        return delay < LongestRetry ? delay : LongestRetry;
    }
}
