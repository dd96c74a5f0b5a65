namespace Azora.AuditLoggingService.Log;

/// <summary>Configuration under <c>Azora:AuditLog</c>.</summary>
internal sealed class AuditLogOptions
{
    public const string Section = "Azora:AuditLog";

    /// <summary>How often, in seconds, a tree head is signed when the log has grown since the last one.</summary>
    public int TreeHeadIntervalSeconds { get; set; } = 60;
}
