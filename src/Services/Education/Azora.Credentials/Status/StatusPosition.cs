using Azora.Credentials.Domain;

namespace Azora.Credentials.Status;

/// <summary>One bit of the issuer's status lists: the list (by its purpose) and the index in it.</summary>
internal readonly record struct StatusPosition(StatusPurpose Purpose, int Index);
