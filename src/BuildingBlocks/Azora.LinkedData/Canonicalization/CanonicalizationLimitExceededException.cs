namespace Azora.LinkedData.Canonicalization;

/// <summary>
/// The dataset needed more Hash N-Degree Quads work than allowed; it is refused as a possible poison dataset.
/// </summary>
public sealed class CanonicalizationLimitExceededException : InvalidOperationException
{
    public CanonicalizationLimitExceededException()
    {
    }

    public CanonicalizationLimitExceededException(string message)
        : base(message)
    {
    }

    public CanonicalizationLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
